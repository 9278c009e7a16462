// Test helpers: build fixture DOM without HTML sinks on live nodes (the lint rule forbids
// innerHTML everywhere), and narrow nullable values without non-null assertions.

/** Parses a whole page. */
export function parsePage(head: string, body = ''): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

/** Replaces the test document's body with `html`. */
export function setBody(html: string): void {
  const parsed = parsePage('', html);
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.adoptNode(n)));
}

export function must<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`missing ${what}`);
  return value;
}

export const byId = (id: string): HTMLElement => must(document.getElementById(id), `#${id}`);
