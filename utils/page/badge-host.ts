// One badge: a `<corroborate-badge>` host element hosting an open shadow root. The host is the
// focusable button (role button; one of them is the tab stop, see roving.ts) and carries the contract-3 attributes and the
// aria-label, so `document.querySelectorAll('[data-credibility-verdict]')`, `activeElement` and
// the accessibility tree all see the same element. All styles live inside the shadow root.
import { h, render } from 'preact';
import { Badge, badgeAriaLabel, badgeText } from '../../components/Badge';
import type { AnnotatedClaim } from '../claim';
import { warns } from '../match/reason';
import { afterFrame, yieldToMain } from './schedule';
import { BADGE_TAG, KIND_ATTR, RUN_TAG, UI_ATTR, VERDICT_ATTR } from './ui-names';

export const CLAIM_ID_ATTR = 'data-corroborate-claim';

/** One constructed stylesheet shared by every badge (parsed once), where the browser allows it. */
let shared: { css: string; sheet: CSSStyleSheet | null } | null = null;

function sharedSheet(css: string): { css: string; sheet: CSSStyleSheet | null } {
  if (shared?.css !== css) {
    let sheet: CSSStyleSheet | null;
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    } catch {
      sheet = null;
    }
    shared = { css, sheet };
  }
  return shared;
}

function adoptStyles(shadow: ShadowRoot, css: string, doc: Document): void {
  const entry = sharedSheet(css);
  if (entry.sheet) {
    try {
      shadow.adoptedStyleSheets = [entry.sheet];
      if (shadow.adoptedStyleSheets.length === 1) return;
    } catch {
      // Some content-script sandboxes refuse sheets built in them: use a <style> from now on.
    }
    entry.sheet = null;
  }
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style);
}

export function createBadgeHost(claim: AnnotatedClaim, css: string, doc: Document): HTMLElement {
  const host = doc.createElement(BADGE_TAG);
  host.setAttribute(VERDICT_ATTR, claim.verdict);
  host.setAttribute(KIND_ATTR, claim.kind);
  host.setAttribute(CLAIM_ID_ATTR, claim.id);
  host.setAttribute('role', 'button');
  // One tab stop for all badges (utils/page/roving.ts): focusable, not each a Tab stop.
  host.setAttribute('tabindex', '-1');
  host.setAttribute('aria-label', badgeAriaLabel(claim));
  host.setAttribute('aria-haspopup', 'dialog');
  host.setAttribute('aria-expanded', 'false');
  host.setAttribute('translate', 'no');
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyles(shadow, css, doc);
  shadow.append(badgeContent(claim, doc));
  return host;
}

/** Rendered badge contents per look (verdict, word, conflict), copied per badge. */
const protos = new Map<string, Node>();

/** The badge looks, rendered and laid out ahead of the first badges, the commonest first. */
const LOOKS: Pick<AnnotatedClaim, 'verdict' | 'citations' | 'conflicts'>[] = [
  { verdict: 'unverifiable', citations: [], conflicts: [] },
  { verdict: 'single-sourced', citations: [], conflicts: [] },
  { verdict: 'corroborated', citations: [], conflicts: [] },
  // The ⚠ of a figure reported for another time.
  {
    verdict: 'single-sourced',
    citations: [],
    conflicts: [
      {
        publisher: '',
        url: null,
        published: null,
        claim: '',
        value: 0,
        unit: 'count',
        kind: 'period',
      },
    ],
  },
];

/** Out of sight and out of the page's layout: a box whose contents alone are laid out. */
const UNSEEN =
  'position:absolute!important;left:-9999px!important;top:0!important;' +
  'visibility:hidden!important;contain:strict!important;pointer-events:none!important';

/**
 * The pieces of the looks that each need a font of their own: a badge without text (the host's
 * font, which sets its line), then every part of every look, each once and the last part first
 * (the word, in the badge's own font, before the icon's heavier weight; the fallback fonts of
 * ✓ ◐ ⚠ each in a piece of their own).
 */
function* fontPieces(doc: Document): Generator<Node> {
  const seen = new Set<string>();
  for (const look of LOOKS) {
    const badge = badgeContent(look, doc);
    if (badge.nodeType !== 1) continue;
    for (const part of [null, ...[...(badge as Element).children].reverse()]) {
      const key = part ? `${part.className}|${part.textContent}` : '';
      if (seen.has(key)) continue;
      seen.add(key);
      const piece = badge.cloneNode(false);
      if (part) piece.appendChild(part.cloneNode(true));
      yield piece;
    }
  }
}

/**
 * Parses the badge stylesheet and renders every look ahead of the first badges (while the engine
 * reads the first batch): the first render of all is several times the cost of the next, and it
 * held up the first badge in the frame that showed it.
 */
export function prepareBadges(css: string, doc: Document): void {
  sharedSheet(css);
  for (const look of LOOKS) badgeContent(look, doc);
}

/**
 * Lays the badge looks out once, hidden, a piece per task, ahead of the first badges. The first
 * layout of a font (a family at a size and weight, or the fallback font of a symbol) asks the
 * browser process for it and waits for the answer: in Chromium on Linux 0.4–19 ms each, five of
 * them, and they all fell in the frame that showed the first badges (that frame took 10–31 ms
 * at a load of 2–3). Laid out here, the answers are cached before any badge goes in, and each
 * task waits only for the fonts of one piece. It starts after a frame, when the page's own
 * layout is done, so the first piece lays out nothing of the page's but the hidden box it goes
 * in, and the next ones only what is inside the box (it contains its layout). `alive` says
 * whether the run is still wanted; the box goes when it is not, or when `signal` aborts.
 */
export async function warmBadgeFonts(
  css: string,
  doc: Document,
  alive: () => boolean,
  signal: AbortSignal,
): Promise<void> {
  await new Promise<void>((resolve) => afterFrame(() => resolve()));
  const box = doc.createElement('span');
  box.setAttribute(UI_ATTR, '');
  box.setAttribute('aria-hidden', 'true');
  box.style.cssText = UNSEEN;
  const remove = (): void => box.remove();
  signal.addEventListener('abort', remove, { once: true });
  try {
    for (const piece of fontPieces(doc)) {
      if (!alive() || signal.aborted) return;
      const host = doc.createElement('span');
      const shadow = host.attachShadow({ mode: 'open' });
      adoptStyles(shadow, css, doc);
      shadow.append(piece);
      box.append(host);
      if (!box.isConnected) doc.documentElement.append(box);
      host.getBoundingClientRect();
      await yieldToMain();
    }
  } finally {
    remove();
    signal.removeEventListener('abort', remove);
  }
}

/**
 * The `<Badge>` component rendered once per look, then copied: badges go in by the hundred per
 * frame, and a copy costs far less than a Preact render each. The copy is the badge alone,
 * without the node Preact renders into: one node less for every frame to lay out and paint per
 * badge on the page (about 0.5 ms less thread time per frame at 167 badges).
 */
function badgeContent(
  claim: Pick<AnnotatedClaim, 'verdict' | 'citations' | 'conflicts'>,
  doc: Document,
): Node {
  const key = `${claim.verdict}|${badgeText(claim)}|${warns(claim)}`;
  let proto = protos.get(key);
  if (!proto) {
    const mount = doc.createElement('span');
    render(h(Badge, { claim }), mount);
    proto = mount.firstChild ?? mount;
    protos.set(key, proto);
  }
  return doc.importNode(proto, true);
}

/** Elements a badge must not land inside: a click on it would follow the link or press the button. */
export const INTERACTIVE =
  'a[href], button, label, summary, select, [role="link"], [role="button"]';

/**
 * Splits a text node at `offset` and returns the tail. The annotator's splitter also marks the
 * tail as read and moves other claim ranges past the split into the tail (browsers move live
 * ranges themselves; not every DOM implementation does).
 */
export type Splitter = (text: Text, offset: number) => Text;

export const plainSplit: Splitter = (text, offset) => text.splitText(offset);

/**
 * Whether children of `parent` are laid out as flex or grid items: there a badge needs a run
 * wrapper. Asked before the insertions of a batch, so the style is read once, not between writes.
 */
export type InFlex = (parent: Element) => boolean;

const noFlex: InFlex = () => false;

/**
 * Puts `host` before `ref` in `parent`. Where the parent lays its children out as flex or grid
 * items, `node` (what the badge follows), the badge and `tail` (the rest of a text node split for
 * it) go into one run wrapper instead: one item, as the text node was.
 */
function place(
  parent: Node,
  node: Node,
  host: Element,
  ref: Node | null,
  inFlex: InFlex,
  tail: Node | null = null,
): void {
  if (parent.nodeType === 1 && inFlex(parent as Element)) {
    const run = (host.ownerDocument as Document).createElement(RUN_TAG);
    parent.insertBefore(run, node);
    run.append(node, host);
    if (tail) run.append(tail);
    return;
  }
  parent.insertBefore(host, ref);
}

/**
 * Inserts `host` right after the end of `range` (inline). Splitting a text node keeps `range`
 * valid (it ends at the split point).
 */
export function insertAfterRange(
  range: Pick<AbstractRange, 'endContainer' | 'endOffset'>,
  host: Element,
  split: Splitter = plainSplit,
  inFlex: InFlex = noFlex,
): boolean {
  const container = range.endContainer;
  const offset = range.endOffset;
  const el = container.nodeType === 3 ? container.parentElement : (container as Element);
  if (!el) return false;
  const interactive = el.closest(INTERACTIVE);
  if (interactive && interactive !== host && interactive.parentNode) {
    place(interactive.parentNode, interactive, host, interactive.nextSibling, inFlex);
    return true;
  }
  if (container.nodeType === 3) {
    const text = container as Text;
    const parent = text.parentNode;
    if (!parent) return false;
    if (offset <= 0) parent.insertBefore(host, text);
    else if (offset >= text.length) place(parent, text, host, text.nextSibling, inFlex);
    else {
      const tail = split(text, offset);
      place(parent, text, host, tail, inFlex, tail);
    }
    return true;
  }
  container.insertBefore(host, container.childNodes[offset] ?? null);
  return true;
}

/** Removes a badge host, and the run wrapper it came with once no badge is left in it. */
export function removeBadgeHost(host: Element): void {
  const run = host.parentElement;
  host.remove();
  if (run?.localName !== RUN_TAG || run.getElementsByTagName(BADGE_TAG).length > 0) return;
  const parent = run.parentNode;
  if (parent) while (run.firstChild) parent.insertBefore(run.firstChild, run);
  run.remove();
}
