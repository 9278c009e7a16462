// Picks the element that holds the article body and decides which elements inside it are not
// article text (navigation, ads, comments, inputs, code, hidden content, our own UI).
import { BADGE_TAG, CARD_TAG, UI_ATTR } from './ui-names';

const EXCLUDED_TAGS = new Set(
  'nav footer aside script style noscript template svg math code pre kbd samp input textarea select option button iframe object embed canvas video audio dialog head title'.split(
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

/** Phrasing elements that only hide by an attribute (see isExcludedElement). */
const INLINE = new Set(
  'a abbr b bdi bdo cite data dfn em font i mark q s small span strong sub sup u var'.split(' '),
);

/** Sectioning elements that make a `<header>` theirs rather than the page's banner (HTML-AAM). */
const SECTIONING = 'article, aside, main, nav, section, [role="main"], [role="article"]';

/** Column header words of a rank column ("Rank", "#", "No."). */
const RANK_HEADER = /^\s*(?:rank(?:ing)?|#|no\.?|pos(?:ition)?\.?)\s*$/i;

/**
 * Rank columns of a table: a header that says so, or body cells that count 1, 2, 3… (ties
 * allowed) down at least three rows. Their numbers are positions, not claims.
 */
// Rows and cells read through children, not `table.rows`/`row.cells`/`cellIndex`: the CLI runs
// this over linkedom's DOM, which has no table interfaces.
const rowsOf = (table: Element): Element[] =>
  [...table.querySelectorAll('tr')].filter((row) => row.closest('table') === table);
const cellsOf = (row: Element): Element[] =>
  [...row.children].filter((cell) => cell.localName === 'td' || cell.localName === 'th');

function rankColumns(table: Element): Set<number> {
  const found = new Set<number>();
  const rows = rowsOf(table).map((row) => ({ row, cells: cellsOf(row) }));
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  for (let col = 0; col < width; col++) {
    // Positions 1, 2, 3… with ties as rankings write them (1, 2, 2, 4): never below the one
    // before, never above the row's own position.
    let previous = 0;
    let counted = 0;
    let header = false;
    let broken = false;
    for (const [index, { row, cells }] of rows.entries()) {
      const cell = cells[col];
      if (!cell) continue;
      const text = (cell.textContent ?? '').trim();
      if (cell.localName === 'th' && (row.parentElement?.localName === 'thead' || index === 0)) {
        header ||= RANK_HEADER.test(text);
        continue;
      }
      const n = /^\d{1,3}\.?$/.test(text) ? Number.parseInt(text, 10) : NaN;
      if (n >= Math.max(previous, 1) && n <= counted + 1) {
        previous = n;
        counted += 1;
      } else if (!header) {
        broken = true;
        break;
      }
    }
    if (header || (!broken && counted >= 3)) found.add(col);
  }
  return found;
}

const rankCache = new WeakMap<Element, Set<number>>();

function isRankCell(el: Element): boolean {
  const table = el.closest('table');
  if (!table) return false;
  let cols = rankCache.get(table);
  if (!cols) rankCache.set(table, (cols = rankColumns(table)));
  const row = el.parentElement;
  return row !== null && cols.has(cellsOf(row).indexOf(el));
}

/** A `<time>` that stands on its own (a timestamp line), not one inside running text. */
function isStandaloneTime(el: Element): boolean {
  for (let n = el.previousSibling; n; n = n.previousSibling) {
    if (n.nodeType === 1 || (n.textContent ?? '').trim()) return false;
  }
  return true;
}

/** True when `el` and its whole subtree are not article text. */
export function isExcludedElement(el: Element, options: ExclusionOptions = {}): boolean {
  const tag = el.localName;
  if (EXCLUDED_TAGS.has(tag)) return true;
  // The page's banner; a header of an article or section (its headline) is article text.
  if (tag === 'header' && !el.parentElement?.closest(SECTIONING)) return true;
  if (tag === 'time' && isStandaloneTime(el)) return true;
  if ((tag === 'td' || tag === 'th') && isRankCell(el)) return true;
  // Our own nodes (not the fallback marks, which hold page text); a tag test, not a selector
  // match: this runs for every element of the article.
  if (tag === BADGE_TAG || tag === CARD_TAG) return true;
  // A bare inline element (no class, id, role, style or other attribute) shows when its text
  // block does. Asking the browser about each one costs a style recalculation after every DOM
  // change, which on a page of a million nodes is what made it unresponsive (issue 13.4).
  if (INLINE.has(tag) && !el.hasAttributes()) return false;
  if (el.hasAttribute(UI_ATTR)) return true;
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

/** Enough paragraph text to tell candidates apart; counting on would only cost time. */
const TEXT_CAP = 50_000;

/** Visible paragraph text under `el` (a cheap length estimate, capped). */
function paragraphText(el: Element): number {
  let total = 0;
  for (const p of el.querySelectorAll('p')) {
    total += (p.textContent ?? '').trim().length;
    if (total >= TEXT_CAP) return TEXT_CAP;
  }
  return total;
}

const MIN_BODY_TEXT = 200;
const ITEM_BODY = '[itemprop~="articleBody"]';
const MAIN = 'main, [role="main"]';

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
 * A live blog is a feed of `<article class="entry">` items under one headline: when the chosen
 * article has sibling articles, the feed (their parent) is the article.
 */
function feedOf(article: Element, options: ExclusionOptions): Element {
  const parent = article.parentElement;
  if (!parent || parent.localName === 'body' || parent.localName === 'html') return article;
  let entries = 0;
  for (const el of parent.children) {
    if (el.localName === 'article' && !isExcludedElement(el, options)) entries += 1;
  }
  return entries >= 2 ? parent : article;
}

/**
 * The page's headline (its first `<h1>`) belongs to the article even when it sits above the
 * article element: the root grows to their closest common container, short of `<body>`.
 */
function withHeadline(doc: Document, root: Element, options: ExclusionOptions): Element {
  const h1 = doc.querySelector('h1');
  if (!h1 || root.contains(h1) || isInsideExcluded(h1, null, options)) return root;
  for (let cur = root.parentElement; cur; cur = cur.parentElement) {
    if (cur.localName === 'body' || cur.localName === 'html') return root;
    if (cur.contains(h1)) return cur;
  }
  return root;
}

/**
 * The article body root: `[itemprop=articleBody]`, else the `<article>` with most paragraph
 * text, else `<main>`, else the container that holds most paragraph text, else `<body>`.
 */
export function findArticleRoot(doc: Document, options: ExclusionOptions = {}): Element | null {
  const body = doc.body;
  if (!body) return null;

  // One walk of the document for all three kinds of candidate: on a page of a million nodes
  // each walk costs tens of milliseconds.
  const candidates = [...doc.querySelectorAll(`${ITEM_BODY}, article, ${MAIN}`)];
  const of = (selector: string): Element[] => candidates.filter((el) => el.matches(selector));

  const itemBody = best(of(ITEM_BODY), options);
  if (itemBody && itemBody.score >= MIN_BODY_TEXT) return itemBody.el;

  const article = best(of('article'), options);
  if (article && article.score >= MIN_BODY_TEXT)
    return withHeadline(doc, feedOf(article.el, options), options);

  const main = best(of(MAIN), options);
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
