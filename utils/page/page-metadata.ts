// What the page says about itself: its outlet (og:site_name or the JSON-LD publisher) and its
// publication date. The outlet goes with every annotateText batch (a page never corroborates
// itself) and answers the background's pageMetadata message (context menu prefill).
import type { PageMetadata } from '../messaging';

const meta = (doc: Document, selector: string): string | null =>
  doc.querySelector(selector)?.getAttribute('content')?.trim() || null;

/** The first JSON-LD value at `pick(node)` over all nodes, incl. arrays and @graph. */
function fromJsonLd(
  doc: Document,
  pick: (node: Record<string, unknown>) => unknown,
): string | null {
  const visit = (value: unknown, depth: number): string | null => {
    if (depth > 5 || !value || typeof value !== 'object') return null;
    if (Array.isArray(value)) {
      for (const v of value) {
        const found = visit(v, depth + 1);
        if (found) return found;
      }
      return null;
    }
    const node = value as Record<string, unknown>;
    const picked = pick(node);
    if (typeof picked === 'string' && picked.trim()) return picked.trim();
    return visit(node['@graph'], depth + 1);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      const found = visit(JSON.parse(script.textContent ?? ''), 0);
      if (found) return found;
    } catch {
      // ignore broken JSON-LD
    }
  }
  return null;
}

/** "2025-01-27T08:00:00Z" → "2025-01-27"; other strings as the page gives them. */
export function isoDay(value: string | null): string | null {
  if (!value) return null;
  const m = /^(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(value.trim());
  return m ? (m[1] ?? null) : value.trim();
}

/** The page's own outlet name, or null. */
export function pagePublisher(doc: Document): string | null {
  return (
    meta(doc, 'meta[property="og:site_name" i]') ??
    fromJsonLd(doc, (n) => {
      const p = n.publisher as { name?: unknown } | { name?: unknown }[] | undefined;
      return (Array.isArray(p) ? p[0] : p)?.name;
    })
  );
}

export function readPageMetadata(doc: Document): PageMetadata {
  const published =
    meta(doc, 'meta[property="article:published_time" i]') ??
    meta(doc, 'meta[itemprop="datePublished"]') ??
    fromJsonLd(doc, (n) => n.datePublished) ??
    doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ??
    null;
  return {
    siteName: pagePublisher(doc),
    published: isoDay(published),
    url: doc.location?.href ?? '',
  };
}
