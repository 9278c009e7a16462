// Names of the DOM nodes Corroborate puts into pages. Everything that walks or observes the page
// uses these to recognise (and skip) our own UI.

/** Host element of one badge (open shadow root, focusable, carries contract-3 attributes). */
export const BADGE_TAG = 'corroborate-badge';
/** Fallback highlight wrapper when the CSS Custom Highlight API is missing. */
export const MARK_TAG = 'corroborate-mark';
/** Host element of the claim card (closed shadow root holding its extension-origin frame). */
export const CARD_TAG = 'corroborate-card';
/**
 * Inline wrapper that keeps a badge and the text around it one item in a flex or grid container
 * (`p { display: flex }`), where a bare badge would split the paragraph's text into items.
 * Holds page text, so it is read like the text around it.
 */
export const RUN_TAG = 'corroborate-run';
/**
 * On a badge host of a large document (utils/page/page-size.ts): the badge takes no room in the
 * line and is drawn just above it, so it never adds a line (see BADGE_CSS).
 */
export const FLOAT_ATTR = 'data-corroborate-float';
/** Any other node we add (the page stylesheet). */
export const UI_ATTR = 'data-corroborate-ui';
/** Attribute on fallback marks holding the verdict. Not `data-credibility-verdict`: that one marks badges. */
export const MARK_ATTR = 'data-corroborate-mark';

export const VERDICT_ATTR = 'data-credibility-verdict';
export const KIND_ATTR = 'data-credibility-kind';

export function isOwnUiNode(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const name = (node as Element).localName;
  return (
    name === BADGE_TAG ||
    name === CARD_TAG ||
    name === MARK_TAG ||
    name === RUN_TAG ||
    (node as Element).hasAttribute(UI_ATTR)
  );
}

/** Highlight registry name for a verdict: `::highlight(corroborate-corroborated)` etc. */
export const highlightName = (verdict: string): string => `corroborate-${verdict}`;
