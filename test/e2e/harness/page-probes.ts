// Functions evaluated inside the page under test. They reach into open shadow roots, which is how
// Corroborate's badges and cards are mounted (DESIGN.md contract 3). Each is self-contained:
// it is serialised into the page, so it may not use anything from this module's scope.

export interface BadgeInfo {
  verdict: string | null;
  kind: string | null;
  label: string | null;
  /** The landmark the badge sits in, if any: badges must never land in nav/header/aside/footer. */
  landmark: string | null;
  rect: { x: number; y: number; width: number; height: number };
}

/** Every element carrying contract 3's data-credibility-verdict, in page and shadow DOM. */
export function listBadges(): BadgeInfo[] {
  const found: Element[] = [];
  const visit = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.hasAttribute('data-credibility-verdict') && el.hasAttribute('aria-label')) {
        found.push(el);
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  return found.map((el) => {
    const host = (el.getRootNode() as ShadowRoot).host ?? el;
    const landmark = host.closest('nav, header, aside, footer');
    const r = el.getBoundingClientRect();
    return {
      verdict: el.getAttribute('data-credibility-verdict'),
      kind: el.getAttribute('data-credibility-kind'),
      label: el.getAttribute('aria-label'),
      landmark: landmark ? landmark.tagName.toLowerCase() : null,
      rect: { x: r.x, y: r.y, width: r.width, height: r.height },
    };
  });
}

/** Focuses the n-th badge (keyboard path), returning its label. */
export function focusBadge(n: number): string | null {
  const found: HTMLElement[] = [];
  const visit = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      if (el.hasAttribute('data-credibility-verdict') && el.hasAttribute('aria-label')) {
        found.push(el);
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  const el = found[n];
  el?.scrollIntoView({ block: 'center' });
  el?.focus();
  return el?.getAttribute('aria-label') ?? null;
}

/** Text of the open card (role dialog or tooltip) in any open shadow root, or null. */
export function openCardText(): string | null {
  let text: string | null = null;
  const visit = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll<HTMLElement>('[role="dialog"], [role="tooltip"]')) {
      const style = getComputedStyle(el);
      if (style.display !== 'none' && style.visibility !== 'hidden' && el.offsetParent !== null) {
        text = el.innerText;
      }
    }
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
  };
  visit(document);
  return text;
}

/** Names of the IndexedDB databases visible to the current origin. */
export async function databaseNames(): Promise<string[]> {
  const dbs = await indexedDB.databases();
  return dbs.map((d) => d.name ?? '');
}
