// One badge: a `<corroborate-badge>` host element hosting an open shadow root. The host is the
// focusable button (role button; one of them is the tab stop, see roving.ts) and carries the contract-3 attributes and the
// aria-label, so `document.querySelectorAll('[data-credibility-verdict]')`, `activeElement` and
// the accessibility tree all see the same element. All styles live inside the shadow root.
import { h, render } from 'preact';
import { Badge, badgeAriaLabel, badgeText } from '../../components/Badge';
import type { AnnotatedClaim } from '../claim';
import { BADGE_TAG, KIND_ATTR, VERDICT_ATTR } from './ui-names';

export const CLAIM_ID_ATTR = 'data-corroborate-claim';

/** One constructed stylesheet shared by every badge (parsed once), where the browser allows it. */
let shared: { css: string; sheet: CSSStyleSheet | null } | null = null;

function adoptStyles(shadow: ShadowRoot, css: string, doc: Document): void {
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
  if (shared.sheet) {
    try {
      shadow.adoptedStyleSheets = [shared.sheet];
      if (shadow.adoptedStyleSheets.length === 1) return;
    } catch {
      // Some content-script sandboxes refuse sheets built in them: use a <style> from now on.
    }
    shared.sheet = null;
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

/**
 * The `<Badge>` component rendered in its mount `<span>` once per look, then copied: badges go in
 * by the hundred per frame, and a copy costs far less than a Preact render each.
 */
function badgeContent(claim: AnnotatedClaim, doc: Document): Node {
  const key = `${claim.verdict}|${badgeText(claim)}|${claim.conflicts.length > 0}`;
  let proto = protos.get(key);
  if (!proto) {
    proto = doc.createElement('span');
    render(h(Badge, { claim }), proto as Element);
    protos.set(key, proto);
  }
  return doc.importNode(proto, true);
}

/** Elements a badge must not land inside: a click on it would follow the link or press the button. */
const INTERACTIVE = 'a[href], button, label, summary, select, [role="link"], [role="button"]';

/**
 * Splits a text node at `offset` and returns the tail. The annotator's splitter also marks the
 * tail as read and moves other claim ranges past the split into the tail (browsers move live
 * ranges themselves; not every DOM implementation does).
 */
export type Splitter = (text: Text, offset: number) => Text;

export const plainSplit: Splitter = (text, offset) => text.splitText(offset);

/**
 * Inserts `host` right after the end of `range` (inline). Splitting a text node keeps `range`
 * valid (it ends at the split point).
 */
export function insertAfterRange(
  range: Pick<AbstractRange, 'endContainer' | 'endOffset'>,
  host: Element,
  split: Splitter = plainSplit,
): boolean {
  const container = range.endContainer;
  const offset = range.endOffset;
  const el = container.nodeType === 3 ? container.parentElement : (container as Element);
  if (!el) return false;
  const interactive = el.closest(INTERACTIVE);
  if (interactive && interactive !== host && interactive.parentNode) {
    interactive.parentNode.insertBefore(host, interactive.nextSibling);
    return true;
  }
  if (container.nodeType === 3) {
    const text = container as Text;
    const parent = text.parentNode;
    if (!parent) return false;
    if (offset <= 0) parent.insertBefore(host, text);
    else if (offset >= text.length) parent.insertBefore(host, text.nextSibling);
    else {
      const tail = split(text, offset);
      parent.insertBefore(host, tail);
    }
    return true;
  }
  container.insertBefore(host, container.childNodes[offset] ?? null);
  return true;
}
