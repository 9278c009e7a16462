// The claim card's frame: an extension page (card.html) the content script embeds as an iframe,
// so the card's text, citations and links live in the extension's origin where page scripts
// cannot read them. Its content arrives over this frame's own port from the background (see
// entrypoints/background/card-relay.ts), never through the page.
//
// Keyboard: the content script focuses this frame on Enter; focus then goes to the dialog, Tab
// and Shift+Tab cycle through the card's controls (never out to the page), Escape asks the
// content script to close the card and give focus back to the badge.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ClaimCard } from '@/components/ClaimCard';
import { CARD_PORT, type CardEvent, type CardPortMessage, type CardShow } from '@/utils/messaging';
import './card.css';

const mount = document.getElementById('card') as HTMLElement;
const port = browser.runtime.connect({ name: CARD_PORT });
const send = (event: CardEvent): void => port.postMessage(event);
const dialog = (): HTMLElement | null => mount.querySelector<HTMLElement>('[role="dialog"]');

function show(card: CardShow): void {
  const root = document.documentElement;
  root.toggleAttribute('data-reduced-motion', card.reducedMotion);
  root.style.setProperty('--max-width', `${card.maxWidth}px`);
  root.style.setProperty('--max-height', `${card.maxHeight}px`);
  render(null, mount);
  render(
    <ClaimCard
      claim={card.claim}
      headingId="corroborate-card-title"
      theme={card.theme}
      onClose={() => send({ type: 'close', returnFocus: true })}
    />,
    mount,
  );
  const box = dialog()?.getBoundingClientRect();
  if (box)
    send({
      type: 'size',
      seq: card.seq,
      width: Math.ceil(box.width),
      height: Math.ceil(box.height),
    });
}

port.onMessage.addListener((message: unknown) => {
  const m = message as CardPortMessage;
  if (m.type === 'show') show(m.card);
  else render(null, mount);
});

// The content script focused the frame: put focus on the dialog, which names the card.
addEventListener('focus', () => {
  if (document.activeElement === document.body || !document.activeElement) dialog()?.focus();
});

const FOCUSABLE = 'a[href], button, [tabindex]:not([tabindex="-1"])';

document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') {
    e.preventDefault();
    send({ type: 'close', returnFocus: true });
    return;
  }
  if (e.key !== 'Tab') return;
  // Cycle inside the card: past the last control to the first, and back.
  const stops = [...mount.querySelectorAll<HTMLElement>(FOCUSABLE)];
  if (stops.length === 0) return;
  e.preventDefault();
  const at = stops.indexOf(document.activeElement as HTMLElement);
  const next = e.shiftKey ? (at <= 0 ? stops.length - 1 : at - 1) : (at + 1) % stops.length;
  stops[next]?.focus();
});
