// Cooperative scheduling: give the main thread back between chunks of work.

/**
 * Resolves in a new task, queued behind the tasks already waiting (a MessageChannel message).
 * Not `scheduler.yield()`: its continuation runs ahead of the page's own queued tasks, so on a
 * huge page a long chain of slices kept the page from answering anything for seconds.
 */
export function yieldToMain(): Promise<void> {
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
