// The cheap check that runs before any work: does this page declare itself a news article, or is
// it on the user's list of automatic sites? A few selector lookups; JSON-LD is parsed only when
// its text mentions an article type.

/** schema.org types that mean "an article": Article and its subtypes, blog and live-blog posts. */
const ARTICLE_TYPE = /^(?:\w*Article|(?:Live)?BlogPosting|Report)$/;

/** Normalises a site entry or host: lower case, no scheme, no `www.`, no path or port. */
export function normalizeHost(value: string): string {
  let host = value.trim().toLowerCase();
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  host = host.replace(/[/?#].*$/, '').replace(/:\d+$/, '');
  host = host
    .replace(/^\*\./, '')
    .replace(/^www\./, '')
    .replace(/\.$/, '');
  return host;
}

/** True when `host` is one of `sites` or a subdomain of one. */
export function hostMatches(host: string, sites: readonly string[]): boolean {
  const h = normalizeHost(host);
  if (!h) return false;
  for (const entry of sites) {
    const site = normalizeHost(entry);
    if (!site) continue;
    if (h === site || h.endsWith('.' + site)) return true;
  }
  return false;
}

/** `<meta property="og:type" content="article">` (also `article:*` types some sites use). */
export function hasArticleMeta(doc: Document): boolean {
  const metas = doc.querySelectorAll('meta[property="og:type" i], meta[name="og:type" i]');
  for (const meta of metas) {
    const type = (meta.getAttribute('content') ?? '').trim().toLowerCase();
    if (type === 'article' || type.startsWith('article.') || type === 'news.article') return true;
  }
  return false;
}

function typeIsArticle(type: unknown): boolean {
  if (typeof type === 'string') {
    // "NewsArticle", "schema:NewsArticle", "https://schema.org/NewsArticle"
    const name = type.slice(Math.max(type.lastIndexOf('/'), type.lastIndexOf(':')) + 1);
    return ARTICLE_TYPE.test(name);
  }
  if (Array.isArray(type)) return type.some(typeIsArticle);
  return false;
}

/**
 * The first `pick(node)` that is not undefined, over every JSON-LD node of the page: arrays,
 * `@graph` and `mainEntity` included. Scripts whose text fails `filter` are not parsed.
 */
export function findInJsonLd<T>(
  doc: Document,
  pick: (node: Record<string, unknown>) => T | undefined,
  filter?: RegExp,
): T | undefined {
  const visit = (value: unknown, depth: number): T | undefined => {
    if (depth > 6 || !value || typeof value !== 'object') return undefined;
    if (Array.isArray(value)) {
      for (const v of value) {
        const found = visit(v, depth + 1);
        if (found !== undefined) return found;
      }
      return undefined;
    }
    const node = value as Record<string, unknown>;
    return pick(node) ?? visit(node['@graph'], depth + 1) ?? visit(node.mainEntity, depth + 1);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    const text = script.textContent ?? '';
    if (filter && !filter.test(text)) continue;
    try {
      const found = visit(JSON.parse(text), 0);
      if (found !== undefined) return found;
    } catch {
      // Broken JSON-LD is common; ignore it.
    }
  }
  return undefined;
}

/** schema.org Article (or a subtype) in JSON-LD, incl. `@graph` arrays, or in microdata. */
export function hasArticleSchema(doc: Document): boolean {
  if (findInJsonLd(doc, (n) => typeIsArticle(n['@type']) || undefined, /Article|Posting|Report/)) {
    return true;
  }
  for (const el of doc.querySelectorAll('[itemscope][itemtype]')) {
    const types = (el.getAttribute('itemtype') ?? '').split(/\s+/);
    if (types.some(typeIsArticle)) return true;
  }
  return false;
}

export interface ArticleCheckOptions {
  /** The page URL (defaults to the document's). */
  url?: string;
  /** The user's automatic-sites list. */
  autoSites?: readonly string[];
}

/** Why a page is annotated automatically, or null when it is not. */
export function articleReason(
  doc: Document,
  options: ArticleCheckOptions = {},
): 'meta' | 'schema' | 'site' | null {
  if (hasArticleMeta(doc)) return 'meta';
  if (hasArticleSchema(doc)) return 'schema';
  const url = options.url ?? doc.location?.href ?? '';
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    host = '';
  }
  if (host && options.autoSites && hostMatches(host, options.autoSites)) return 'site';
  return null;
}

export function isArticlePage(doc: Document, options: ArticleCheckOptions = {}): boolean {
  return articleReason(doc, options) !== null;
}
