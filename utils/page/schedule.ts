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

/** Runs `callback` in a task of its own, queued behind the tasks already waiting. */
export function soon(callback: () => void): () => void {
  let cancelled = false;
  void yieldToMain().then(() => cancelled || callback());
  return () => void (cancelled = true);
}

/**
 * Runs `callback` in a task of its own just after the next frame: the browser renders what the
 * last call wrote in that frame's task, and this call's writes wait for the frame after. Called
 * from the frame itself (requestAnimationFrame), the writes and the style, layout and paint they
 * cause made one long task. The callback gets how long the frame took from its animation
 * callbacks on (its style, layout and paint, and any task queued before ours), or null when the
 * page is hidden (no frames: it runs after a short timeout).
 */
export function afterFrame(callback: (frameMs: number | null) => void): () => void {
  if (typeof requestAnimationFrame === 'function' && document.visibilityState !== 'hidden') {
    let cancelTask: (() => void) | null = null;
    const id = requestAnimationFrame(() => {
      const start = now();
      cancelTask = soon(() => callback(now() - start));
    });
    return () => (cancelTask ? cancelTask() : cancelAnimationFrame(id));
  }
  const id = setTimeout(() => callback(null), 16);
  return () => clearTimeout(id);
}

export const now = (): number =>
  typeof performance !== 'undefined' ? performance.now() : Date.now();

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
