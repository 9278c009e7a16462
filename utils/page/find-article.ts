// Picks the element that holds the article body and decides which elements inside it are not
// article text (navigation, ads, comments, inputs, code, hidden content, our own UI).
import { OWN_UI_SELECTOR } from './ui-names';

const EXCLUDED_TAGS = new Set(
  'nav header footer aside script style noscript template svg math code pre kbd samp input textarea select option button iframe object embed canvas video audio dialog head title'.split(
    ' ',
  ),
);

const EXCLUDED_ROLES = new Set(
  'navigation banner contentinfo complementary search menu menubar toolbar tablist dialog alertdialog'.split(
    ' ',
  ),
);

/**
 * Class or id tokens of page furniture: comments, related links, ads, share bars, newsletters,
 * bylines and meta lines ("Analysis · 6 min read").
 */
const FURNITURE =
  /(?:^|[\s_-])(?:comment(?:s|-list)?|disqus|related|recommend\w*|ads?|advert\w*|ad-?slot|sponsor(?:ed)?|promos?|shar(?:e|ing)|social|newsletter|subscri(?:be|ption)|signup|paywall|outbrain|taboola|breadcrumbs?|sidebar|popular|trending|most-read|more-stories|read-more|cookie|consent|byline|meta|read(?:ing)?-?time|timestamp)(?=$|[\s_-])/i;

export interface ExclusionOptions {
  /** Also ask the browser whether the element renders (Element.checkVisibility). Default true. */
  checkVisibility?: boolean;
}

/** True when `el` and its whole subtree are not article text. */
export function isExcludedElement(el: Element, options: ExclusionOptions = {}): boolean {
  const tag = el.localName;
  if (EXCLUDED_TAGS.has(tag)) return true;
  if (el.matches(OWN_UI_SELECTOR)) return true;
  const role = el.getAttribute('role');
  if (role && EXCLUDED_ROLES.has(role.trim().toLowerCase())) return true;
  if (el.hasAttribute('hidden') || el.hasAttribute('inert')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  const className = el.getAttribute('class');
  if (className && FURNITURE.test(className)) return true;
  const id = el.id;
  if (id && FURNITURE.test(id)) return true;
  const style = (el as HTMLElement).style;
  if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  if (options.checkVisibility !== false) {
    const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
    if (typeof check === 'function' && !check.call(el, { visibilityProperty: true })) return true;
  }
  return false;
}

/** True when `el` or an ancestor below `stop` is excluded. */
export function isInsideExcluded(
  el: Element,
  stop: Element | null = null,
  options: ExclusionOptions = {},
): boolean {
  for (let cur: Element | null = el; cur && cur !== stop; cur = cur.parentElement) {
    if (cur.localName === 'body' || cur.localName === 'html') return false;
    if (isExcludedElement(cur, options)) return true;
  }
  return false;
}

/** Visible paragraph text under `el` (a cheap length estimate). */
function paragraphText(el: Element): number {
  let total = 0;
  for (const p of el.querySelectorAll('p')) total += (p.textContent ?? '').trim().length;
  return total;
}

const MIN_BODY_TEXT = 200;

function best(
  candidates: Iterable<Element>,
  options: ExclusionOptions,
): { el: Element; score: number } | null {
  let top: { el: Element; score: number } | null = null;
  for (const el of candidates) {
    if (isInsideExcluded(el, null, options)) continue;
    const score = paragraphText(el);
    if (!top || score > top.score) top = { el, score };
  }
  return top;
}

/**
 * The article body root: `[itemprop=articleBody]`, else the `<article>` with most paragraph
 * text, else `<main>`, else the container that holds most paragraph text, else `<body>`.
 */
export function findArticleRoot(doc: Document, options: ExclusionOptions = {}): Element | null {
  const body = doc.body;
  if (!body) return null;

  const itemBody = best(doc.querySelectorAll('[itemprop~="articleBody"]'), options);
  if (itemBody && itemBody.score >= MIN_BODY_TEXT) return itemBody.el;

  const article = best(doc.querySelectorAll('article'), options);
  if (article && article.score >= MIN_BODY_TEXT) return article.el;

  const main = best(doc.querySelectorAll('main, [role="main"]'), options);
  if (main && main.score >= MIN_BODY_TEXT) return main.el;

  // Readability-lite: each paragraph scores its parent fully and its grandparent by half.
  // Paragraphs share parents: each parent's exclusion (an ancestor walk that asks the browser
  // about visibility) is checked once, not once per paragraph, which counts on a huge page.
  const scores = new Map<Element, number>();
  const excluded = new Set<Element>();
  for (const p of body.querySelectorAll('p')) {
    const length = (p.textContent ?? '').trim().length;
    if (length < 25) continue;
    const parent = p.parentElement;
    if (!parent || excluded.has(parent)) continue;
    if (!scores.has(parent) && isInsideExcluded(parent, null, options)) {
      excluded.add(parent);
      continue;
    }
    scores.set(parent, (scores.get(parent) ?? 0) + length);
    const grand = parent.parentElement;
    if (grand && grand !== doc.documentElement) {
      scores.set(grand, (scores.get(grand) ?? 0) + length / 2);
    }
  }
  let top: Element | null = null;
  let topScore = 0;
  for (const [el, score] of scores) {
    if (score > topScore) {
      top = el;
      topScore = score;
    }
  }
  return top ?? article?.el ?? main?.el ?? body;
}
