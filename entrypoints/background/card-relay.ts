// Relays the claim card between a tab's content script and its card frame (card.html, an
// extension-origin iframe the page cannot read). The frame connects a port named CARD_PORT with a
// token in its URL's fragment that only the content script which created it knows; card content
// goes only to the port with that tab and token, so no page (not even one that embeds card.html
// itself) is ever handed a card. What the frame reports (its size, Escape) goes back to the tab's
// top-frame content script.
import { browser, type Browser } from 'wxt/browser';
import {
  CARD_PORT,
  onMessage,
  reply,
  sendMessage,
  type CardEvent,
  type CardPortMessage,
} from '@/utils/messaging';

type Port = Browser.runtime.Port;

const key = (tabId: number, token: string): string => `${tabId}#${token}`;

export function registerCardRelay(): void {
  const ports = new Map<string, Port>();
  /** A card asked for before its frame connected: shown as soon as it does. */
  const pending = new Map<string, CardPortMessage>();
  const frameUrl = browser.runtime.getURL('/card.html');

  const deliver = (k: string, message: CardPortMessage): void => {
    const port = ports.get(k);
    if (port) port.postMessage(message);
    else pending.set(k, message);
  };

  browser.runtime.onConnect.addListener((port) => {
    const tabId = port.sender?.tab?.id;
    const url = port.sender?.url ?? '';
    if (port.name !== CARD_PORT || tabId === undefined || !url.startsWith(frameUrl)) return;
    const token = new URL(url).hash.slice(1);
    if (!token) return port.disconnect();
    const k = key(tabId, token);
    ports.set(k, port);
    port.onDisconnect.addListener(() => {
      if (ports.get(k) === port) ports.delete(k);
    });
    port.onMessage.addListener((event: unknown) => {
      // The tab's top frame: the content script that made this frame.
      void sendMessage('cardEvent', event as CardEvent, { tabId, frameId: 0 }).catch(() => {});
    });
    const waiting = pending.get(k);
    pending.delete(k);
    if (waiting) port.postMessage(waiting);
  });

  const tabOf = (sender: { tab?: { id?: number }; frameId?: number }): number => {
    const id = sender.tab?.id;
    if (id === undefined || sender.frameId !== 0) throw new Error('cards open from a tab’s page');
    return id;
  };
  onMessage('showCard', ({ data, sender }) =>
    reply(() => {
      deliver(key(tabOf(sender), data.token), { type: 'show', card: data.card });
      return null;
    }),
  );
  onMessage('hideCard', ({ data, sender }) =>
    reply(() => {
      const k = key(tabOf(sender), data.token);
      pending.delete(k);
      ports.get(k)?.postMessage({ type: 'hide' } satisfies CardPortMessage);
      return null;
    }),
  );
}
