// W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) export: one
// `assessing` annotation per claim, collected in an AnnotationCollection, so that annotation
// tools (Hypothesis-style clients, AnnoRepo, IIIF viewers) can re-attach our verdicts to the page.
// Each target carries a TextQuoteSelector (survives edits to the page) and a TextPositionSelector
// (exact, cheap), both counted in the document's own text (see utils/page/document-text.ts for
// the extension's; a .txt file's text for the CLI); `anchorQuote` is the inverse used to re-attach
// a quote to a text.
import type { AnnotatedClaim, CitationRef, ClaimDocument, Verdict } from '../claim';
import { httpUrl } from './safe-url';
import { conflictText, whenLine } from '../match/reason';

/** Characters of context kept on each side of the quote, as the brief and Hypothesis do. */
export const QUOTE_CONTEXT = 32;

export interface TextQuote {
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface TextQuoteSelector extends TextQuote {
  type: 'TextQuoteSelector';
  prefix: string;
  suffix: string;
}

/** Positions count Unicode code points (the model's "characters"), as Apache Annotator does. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** [start, end) in UTF-16 code units (JavaScript string indices). */
export interface TextSpan {
  start: number;
  end: number;
}

/** The text selectors are written against, and where each claim (by id) is in it. */
export interface AnchorText {
  text: string;
  /**
   * Spans found from the page's DOM; a claim without one is placed by its own offsets when they
   * still select its text, else searched for by its text.
   */
  spans: Readonly<Record<string, TextSpan>>;
}

const VERDICT_LABEL: Record<Verdict, string> = {
  corroborated: 'Corroborated',
  'single-sourced': 'Single-sourced',
  unverifiable: 'Unverifiable',
};

// A string that starts with a low surrogate or ends with a high surrogate holds half a
// character; JSON then carries a lone `\udXXX` escape that UTF-8 consumers reject.
function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Start of the prefix window, moved right rather than splitting a surrogate pair. */
function prefixStart(text: string, start: number): number {
  let from = Math.max(0, start - QUOTE_CONTEXT);
  if (from > 0 && from < start && isLowSurrogate(text.charCodeAt(from))) from += 1;
  return from;
}

/** End of the suffix window, moved left rather than splitting a surrogate pair. */
function suffixEnd(text: string, end: number): number {
  let to = Math.min(text.length, end + QUOTE_CONTEXT);
  if (to < text.length && to > end && isHighSurrogate(text.charCodeAt(to - 1))) to -= 1;
  return to;
}

/** Every index at which `exact` occurs in `text`, overlapping occurrences included. */
function occurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  let at = text.indexOf(exact);
  while (at !== -1) {
    found.push(at);
    at = text.indexOf(exact, at + 1);
  }
  return found;
}

function nearest(candidates: readonly number[], hint: number): number | null {
  let best: number | null = null;
  for (const candidate of candidates) {
    if (best === null || Math.abs(candidate - hint) < Math.abs(best - hint)) best = candidate;
  }
  return best;
}

/**
 * Re-anchors a TextQuoteSelector in `text`: first an occurrence of `exact` whose surrounding
 * text equals `prefix`/`suffix`, else any occurrence of `exact` alone; among several, the one
 * starting nearest `hint` (default 0, i.e. the first). Null when `exact` is empty or absent.
 */
export function anchorQuote(
  text: string,
  selector: TextQuote,
  hint?: number,
): { start: number; end: number } | null {
  const { exact } = selector;
  if (exact === '') return null;
  const prefix = selector.prefix ?? '';
  const suffix = selector.suffix ?? '';
  const all = occurrences(text, exact);
  const inContext = all.filter(
    (at) =>
      at >= prefix.length &&
      text.startsWith(prefix, at - prefix.length) &&
      text.startsWith(suffix, at + exact.length),
  );
  const target = hint ?? 0;
  const start = nearest(inContext, target) ?? nearest(all, target);
  return start === null ? null : { start, end: start + exact.length };
}

/**
 * UTF-16 index → code point index in one text. Claims come in document order, so each call
 * counts on from the last one: a page's selectors cost one pass over its text, not one each.
 */
export function codePointCounter(text: string): (index: number) => number {
  let unit = 0;
  let points = 0;
  return (index) => {
    if (index < unit) {
      unit = 0;
      points = 0;
    }
    while (unit < index) {
      unit +=
        isHighSurrogate(text.charCodeAt(unit)) && isLowSurrogate(text.charCodeAt(unit + 1)) ? 2 : 1;
      points += 1;
    }
    return points;
  };
}

/**
 * The quote and position selectors for the span [start, end) of `text` (UTF-16 offsets);
 * `points` converts them to the position selector's code points.
 */
export function selectorsFor(
  text: string,
  span: TextSpan,
  points: (index: number) => number = codePointCounter(text),
): [TextQuoteSelector, TextPositionSelector] {
  const { start, end } = span;
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart(text, start), start),
      suffix: text.slice(end, suffixEnd(text, end)),
    },
    { type: 'TextPositionSelector', start: points(start), end: points(end) },
  ];
}

/**
 * Where the claim sits in the anchor text: the span found in the page's DOM, else the claim's
 * own offsets when they still select its text; otherwise (the text and the claims drifted apart)
 * the text is searched for near the old offset, and when it is gone only a quote selector is
 * written: a position selector that points at other words would mislead every consumer.
 */
function claimSpan(claim: AnnotatedClaim, anchor: AnchorText): TextSpan | null {
  const { text } = anchor;
  const found = anchor.spans[claim.id];
  if (found && found.start >= 0 && found.start < found.end && found.end <= text.length) {
    return found;
  }
  const inRange = claim.start >= 0 && claim.end <= text.length && claim.start < claim.end;
  if (inRange && text.slice(claim.start, claim.end) === claim.text) {
    return { start: claim.start, end: claim.end };
  }
  return anchorQuote(text, { exact: claim.text }, claim.start);
}

function claimSelectors(
  claim: AnnotatedClaim,
  anchor: AnchorText,
  points: (index: number) => number,
): (TextQuoteSelector | TextPositionSelector)[] {
  const span = claimSpan(claim, anchor);
  if (span) return selectorsFor(anchor.text, span, points);
  return [{ type: 'TextQuoteSelector', exact: claim.text, prefix: '', suffix: '' }];
}

// RFC 8141 allows only these characters unescaped in a URN's namespace-specific string; `?` and
// `#` would start the URN's own query/fragment components, so they must be percent-encoded.
const URN_SAFE = /[A-Za-z0-9\-._~!$&'()*+,;=:@/%]/;

function urnEncode(value: string): string {
  let out = '';
  for (const char of value) out += URN_SAFE.test(char) ? char : encodeURIComponent(char);
  return out;
}

/** FNV-1a over UTF-16 code units: a stable, dependency-free name for a page without a URL. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The IRI our annotations hang off: the page URL without its fragment, or a hash of the text. */
function documentUrn(url: string | null, pageText: string): string {
  if (url === null || url === '') return `urn:corroborate:doc-${fnv1a(pageText)}`;
  let base: string;
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    base = parsed.href;
  } catch {
    base = url.split('#')[0] ?? url;
  }
  return `urn:corroborate:${urnEncode(base)}`;
}

function citationLabel(citation: CitationRef): string {
  let label = `${citation.publisher}, ${whenLine(citation)}: ${citation.claim}`;
  if (citation.rating) label += ` (rated ${citation.rating})`;
  return label;
}

/**
 * One body item per citation. A citation with an http(s) URL becomes a SpecificResource whose
 * source is that web page, published by the citation's publisher; any other citation (no URL, or a
 * URL that is not http(s) and so must never become a link) stays a TextualBody.
 */
function citationBody(citation: CitationRef): Record<string, unknown> {
  const url = httpUrl(citation.url);
  if (url === null) {
    return {
      type: 'TextualBody',
      purpose: 'describing',
      value: citationLabel(citation),
      format: 'text/plain',
    };
  }
  return {
    type: 'SpecificResource',
    purpose: 'linking',
    label: citationLabel(citation),
    source: {
      id: url,
      type: 'Text',
      format: 'text/html',
      creator: { type: 'Organization', name: citation.publisher },
    },
  };
}

function annotationFor(
  claim: AnnotatedClaim,
  anchor: AnchorText,
  points: (index: number) => number,
  base: string,
  source: string,
): Record<string, unknown> {
  const assessment = claim.reason
    ? `${VERDICT_LABEL[claim.verdict]}: ${claim.reason}`
    : VERDICT_LABEL[claim.verdict];
  return {
    id: `${base}#${urnEncode(claim.id)}`,
    type: 'Annotation',
    motivation: 'assessing',
    body: [
      { type: 'TextualBody', purpose: 'assessing', value: assessment, format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: claim.verdict },
      ...claim.citations.map(citationBody),
      // Conflicts question the claim: what disagrees, of which kind, for when.
      ...claim.conflicts.map((conflict) => ({
        type: 'TextualBody',
        purpose: 'questioning',
        value: `${conflictText(conflict)} (${citationLabel(conflict)})`,
        format: 'text/plain',
      })),
    ],
    target: { source, selector: claimSelectors(claim, anchor, points) },
  };
}

/** "“Title” (https://…)", the title or the URL alone, or a stand-in when the page has neither. */
export function pageLabel(doc: ClaimDocument): string {
  const title = doc.title?.trim() ?? '';
  const url = doc.url ?? '';
  if (title !== '' && url !== '') return `“${title}” (${url})`;
  if (title !== '') return `“${title}”`;
  return url !== '' ? url : 'a page without URL';
}

/**
 * The page's claims as a W3C AnnotationCollection (JSON-LD, 2-space indent, final newline).
 * `anchor` is the text the selectors count in, with each claim's span in it.
 */
export function toWebAnnotations(doc: ClaimDocument, anchor: AnchorText): string {
  const base = documentUrn(doc.url, anchor.text);
  // The target source must be an IRI; the page URL when there is one, else our document URN.
  const source = doc.url !== null && doc.url !== '' ? doc.url : base;
  const points = codePointCounter(anchor.text);
  const items = doc.claims.map((claim) => annotationFor(claim, anchor, points, base, source));
  const collection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: base,
    type: 'AnnotationCollection',
    label: `Corroborate assessments of ${pageLabel(doc)}`,
    total: items.length,
    first: { id: `${base}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
