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

/** Names of the IndexedDB databases visible to the current origin. */
export async function databaseNames(): Promise<string[]> {
  const dbs = await indexedDB.databases();
  return dbs.map((d) => d.name ?? '');
}

/** The claim text of each badge's aria-label ("482 million — unverifiable" → "482 million"). */
export function badgeClaims(): string[] {
  const found: string[] = [];
  const visit = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      const label = el.getAttribute('aria-label');
      if (el.hasAttribute('data-credibility-verdict') && label) {
        found.push(label.split(' — ')[0] ?? label);
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  return found;
}

/**
 * Scrolls the first badge whose aria-label starts with `prefix` into the middle of the viewport
 * (unless it is there already) and returns its centre (viewport coordinates) and label, or null when there is none.
 */
export function revealBadge(prefix: string): { x: number; y: number; label: string } | null {
  const found: HTMLElement[] = [];
  const visit = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      if (
        el.hasAttribute('data-credibility-verdict') &&
        (el.getAttribute('aria-label') ?? '').startsWith(prefix)
      ) {
        found.push(el);
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  const el = found[0];
  if (!el) return null;
  let r = el.getBoundingClientRect();
  if (r.top < innerHeight * 0.2 || r.bottom > innerHeight * 0.8) {
    el.scrollIntoView({ block: 'center', inline: 'nearest' });
    r = el.getBoundingClientRect();
  }
  return {
    x: r.x + r.width / 2,
    y: r.y + r.height / 2,
    label: el.getAttribute('aria-label') ?? '',
  };
}

/** The aria-label of the focused element (looking into open shadow roots) if it is a badge. */
export function focusedBadgeLabel(): string | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el?.hasAttribute('data-credibility-verdict') ? el.getAttribute('aria-label') : null;
}

/** The card's host element as the page sees it (it cannot see into the card's frame). */
export interface CardHostInfo {
  rect: { x: number; y: number; width: number; height: number };
  /** Tag of what `document.elementFromPoint` finds at the card's centre (its host when on top). */
  topAtCentre: string | null;
  /** Bounding boxes of the badges whose card is open (aria-expanded). */
  anchors: { x: number; y: number; width: number; height: number }[];
  /** The layout viewport (without scrollbars): the card must fit inside it. */
  viewport: { width: number; height: number };
  /** The card host holds focus (focus is inside its frame). */
  focused: boolean;
}

/** Page side: the shown, placed card host, or null when no card is shown. */
export function cardHostInfo(): CardHostInfo | null {
  const host = document.querySelector<HTMLElement>('corroborate-card');
  if (!host || host.hidden || host.hasAttribute('data-positioning')) return null;
  const r = host.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return null;
  const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
  const rect = (b: DOMRect) => ({ x: b.x, y: b.y, width: b.width, height: b.height });
  return {
    rect: rect(r),
    topAtCentre: top ? top.localName : null,
    anchors: [...document.querySelectorAll('[aria-expanded="true"][data-credibility-verdict]')].map(
      (el) => rect(el.getBoundingClientRect()),
    ),
    viewport: {
      width: document.documentElement.clientWidth,
      height: document.documentElement.clientHeight,
    },
    focused: document.activeElement === host,
  };
}

/** What the card frame shows: read through the browser's frames, never by the page. */
export interface CardFrameInfo {
  text: string;
  /** Computed colours of the dialog: `rgb(…)` strings. */
  background: string;
  color: string;
  theme: string | null;
  fontSize: number;
  animationName: string;
  animationDuration: string;
  transitionDuration: string;
  /** Every animation of the dialog has finished (for screenshots). */
  settled: boolean;
  /** Links in the card (citation URLs). */
  links: string[];
  /** The frame has focus, and what in it is focused: 'dialog', an element's tag, or null. */
  focus: string | null;
}

/** Frame side (runs in card.html): the rendered dialog, or null when the frame shows none. */
export function cardFrameInfo(): CardFrameInfo | null {
  const d = document.querySelector<HTMLElement>('[role="dialog"]');
  if (!d) return null;
  const style = getComputedStyle(d);
  const active = document.activeElement;
  return {
    text: d.innerText,
    background: style.backgroundColor,
    color: style.color,
    theme: d.getAttribute('data-theme'),
    fontSize: parseFloat(style.fontSize),
    animationName: style.animationName,
    animationDuration: style.animationDuration,
    transitionDuration: style.transitionDuration,
    settled: d.getAnimations().every((a) => a.playState === 'finished'),
    links: [...d.querySelectorAll('a')].map((a) => a.href),
    focus: !document.hasFocus()
      ? null
      : active === d
        ? 'dialog'
        : active && active !== document.body
          ? active.localName
          : null,
  };
}
