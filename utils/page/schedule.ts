// Cooperative scheduling: give the main thread back between chunks of work.

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/** Resolves in a new task: `scheduler.yield()` where available, else a MessageChannel message. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Next animation frame when the page is visible; a short timeout when hidden (rAF is paused). */
export function nextFrame(callback: () => void): () => void {
  if (typeof requestAnimationFrame === 'function' && document.visibilityState !== 'hidden') {
    const id = requestAnimationFrame(() => callback());
    return () => cancelAnimationFrame(id);
  }
  const id = setTimeout(callback, 16);
  return () => clearTimeout(id);
}

export const now = (): number =>
  typeof performance !== 'undefined' ? performance.now() : Date.now();

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
