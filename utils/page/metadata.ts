// What a page says about itself, for prefilling a citation from a selection (the context menu
// "Add selection as a citation"): the outlet's name and the publication date. Pure DOM reads, no
// layout; the content script answers the `pageMetadata` message with `readPageMetadata(document)`.
// The prefill travels to the options page in its URL hash: `options.html#add?claim=…&url=…`.
import type { PageMetadata } from '../messaging';

const MAX_JSON_LD_CHARS = 200_000;

/** What metadata is read from, found in one walk of the document (see `pageTags`). */
interface PageTags {
  /** The content of the first `<meta>` per attribute and value ("property og:site_name"). */
  metas: Map<string, string>;
  jsonLd: Element[];
  /** The first `<time datetime>`. */
  time: Element | null;
}

/** The `<meta>` attributes that name what the tag says. */
const META_KEYS = ['property', 'name', 'itemprop'] as const;

/**
 * The page's metadata elements, in one walk: on a page of a million nodes every selector that
 * matches nothing walks the whole document (10–60 ms each), and most pages lack most of the tags
 * asked for below.
 */
function pageTags(doc: Document): PageTags {
  const tags: PageTags = { metas: new Map(), jsonLd: [], time: null };
  for (const el of doc.querySelectorAll(
    'meta, script[type="application/ld+json" i], time[datetime]',
  )) {
    if (el.localName === 'meta') {
      for (const attr of META_KEYS) {
        const key = `${attr} ${(el.getAttribute(attr) ?? '').toLowerCase()}`;
        if (el.hasAttribute(attr) && !tags.metas.has(key))
          tags.metas.set(key, el.getAttribute('content') ?? '');
      }
    } else if (el.localName === 'time') tags.time ??= el;
    else tags.jsonLd.push(el);
  }
  return tags;
}

/** The first non-empty content of `keys` ("property og:site_name"), in the order given. */
function metaContent(tags: PageTags, keys: readonly string[]): string | null {
  for (const key of keys) {
    const content = tags.metas.get(key)?.trim();
    if (content) return content;
  }
  return null;
}

/** Every object in the page's JSON-LD blocks, `@graph` members included. Bad JSON is skipped. */
function jsonLdObjects(scripts: readonly Element[]): Record<string, unknown>[] {
  const objects: Record<string, unknown>[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const obj = value as Record<string, unknown>;
    objects.push(obj);
    visit(obj['@graph'], depth + 1);
    visit(obj['mainEntity'], depth + 1);
  };
  for (const script of scripts) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_LD_CHARS) continue;
    try {
      visit(JSON.parse(text), 0);
    } catch {
      // A page's broken JSON-LD is the page's problem.
    }
  }
  return objects;
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().replace(/\s+/g, ' ') : null;

function publisherName(value: unknown): string | null {
  if (Array.isArray(value)) return publisherName(value[0]);
  if (value !== null && typeof value === 'object')
    return text((value as Record<string, unknown>)['name']);
  return text(value);
}

/** `2025-01-27T09:00:00Z` → `2025-01-27`; anything else as the page wrote it. */
export function publishedDay(value: string | null): string | null {
  if (value === null) return null;
  const day = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(value.trim());
  return day?.[1] ?? value.trim();
}

/**
 * og:site_name (else the JSON-LD publisher) and article:published_time (else JSON-LD
 * datePublished, else the first `<time datetime>`).
 */
export function readPageMetadata(
  doc: Document,
  url: string = doc.location?.href ?? '',
): PageMetadata {
  const tags = pageTags(doc);
  let siteName = metaContent(tags, [
    'property og:site_name',
    'name og:site_name',
    'name application-name',
  ]);
  let published = metaContent(tags, [
    'property article:published_time',
    'name article:published_time',
    'itemprop datepublished',
  ]);
  if (siteName === null || published === null) {
    for (const obj of jsonLdObjects(tags.jsonLd)) {
      siteName ??= publisherName(obj['publisher']);
      published ??= text(obj['datePublished']);
      if (siteName !== null && published !== null) break;
    }
  }
  // Pages with neither: the article's own <time datetime> (the first one, as bylines print it).
  published ??= text(tags.time?.getAttribute('datetime'));
  return { siteName, published: publishedDay(published), url };
}

/** Titles beyond this are not titles; the exports repeat it on every CSV row. */
const MAX_TITLE_CHARS = 300;

/**
 * The article's title for exports: og:title (the headline without the site's suffix), else
 * `<title>`, else the first `<h1>`; white space collapsed, null when the page has none.
 */
export function pageTitle(doc: Document): string | null {
  const title =
    text(metaContent(pageTags(doc), ['property og:title', 'name twitter:title'])) ??
    text(doc.querySelector('title')?.textContent) ??
    text(doc.querySelector('h1')?.textContent);
  return title === null ? null : title.slice(0, MAX_TITLE_CHARS);
}

/** The fields the options page's add form can be prefilled with. */
export interface CitationPrefill {
  claim?: string;
  url?: string;
  publisher?: string;
  published?: string;
}

const PREFILL_FIELDS = ['claim', 'url', 'publisher', 'published'] as const;
/** Keeps the options page URL a sane length whatever the user selected. */
const MAX_PREFILL_CHARS = 2000;

/** `#add?claim=…&url=…&publisher=…&published=…` for `options.html`. */
export function addCitationHash(prefill: CitationPrefill): string {
  const params = new URLSearchParams();
  for (const field of PREFILL_FIELDS) {
    const value = prefill[field]?.trim();
    if (value) params.set(field, value.slice(0, MAX_PREFILL_CHARS));
  }
  const query = params.toString();
  return query === '' ? '#add' : `#add?${query}`;
}

/** The prefill of an `#add…` hash, or null when the hash asks for something else. */
export function parseAddCitationHash(hash: string): CitationPrefill | null {
  const match = /^#?add(?:\?(.*))?$/s.exec(hash);
  if (!match) return null;
  const params = new URLSearchParams(match[1] ?? '');
  const prefill: CitationPrefill = {};
  for (const field of PREFILL_FIELDS) {
    const value = params.get(field)?.trim();
    if (value) prefill[field] = value.slice(0, MAX_PREFILL_CHARS);
  }
  return prefill;
}

/** The publisher to suggest when the page names none: its host without `www.`. */
export function hostPublisher(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return host === '' ? null : host;
  } catch {
    return null;
  }
}
