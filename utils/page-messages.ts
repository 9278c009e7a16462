// The receiving end of the message protocol for the content script that runs on every page. It
// speaks @webext-core/messaging's wire format (`{ id, type, data, timestamp }` in, `{ res }` out)
// and takes its types from the same ProtocolMap, in a few hundred bytes instead of the library's
// 3 KB: that script's budget is 10 KB (utils/page/lazy.ts). Senders keep using the library.
import type { ProtocolMap, Reply } from './messaging';

type Handlers = {
  [K in keyof ProtocolMap]?: (
    data: Parameters<ProtocolMap[K]>[0],
  ) => ReturnType<ProtocolMap[K]> extends Reply<infer T> ? T | Promise<T> : never;
};

interface RuntimeEvents {
  onMessage: {
    addListener(
      fn: (message: unknown, sender: unknown, respond: (r: unknown) => void) => boolean,
    ): void;
    removeListener(fn: unknown): void;
  };
}

/** Handles these messages in this context; each reply is `Reply` data, never a throw. */
export function onPageMessages(handlers: Handlers): () => void {
  const runtime = (globalThis as unknown as { chrome: { runtime: RuntimeEvents } }).chrome.runtime;
  const listener = (message: unknown, _sender: unknown, respond: (r: unknown) => void): boolean => {
    const m = message as { type?: unknown; data?: unknown; timestamp?: unknown } | null;
    if (typeof m?.type !== 'string' || typeof m.timestamp !== 'number') return false;
    const handler = handlers[m.type as keyof ProtocolMap] as
      ((data: unknown) => unknown) | undefined;
    if (!handler) return false;
    (async () => handler(m.data))().then(
      (value) => respond({ res: { ok: true, value } }),
      (error: unknown) =>
        respond({
          res: { ok: false, error: error instanceof Error ? error.message : String(error) },
        }),
    );
    return true;
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}
