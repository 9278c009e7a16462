// An HTML page as the extension reads it: Readability picks the article body (menus, footers,
// related links and comments fall away), then the content script's own text collector
// (utils/page/collect-text.ts) turns it into text on linkedom's DOM. One page, one text, in the
// CLI and in the browser: inline markup joins (`<b>482</b> million`, `Market<i>Watch</i>`) and
// blocks are separated by "\n" the same way.

import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import { collectText } from '../page/collect-text';
import { readPageMetadata } from '../page/metadata';

export interface HtmlArticle {
  text: string;
  /** The page's own publication day (metadata, JSON-LD, `<time datetime>`), or null. */
  published: string | null;
  /** The page's own outlet name (og:site_name, JSON-LD publisher), or null. */
  siteName: string | null;
}

/** The article body of `html` as text, with what the page says about itself. */
export function articleText(html: string): HtmlArticle {
  const parser = new DOMParser();
  const doc = parser.parseFromString(html, 'text/html') as unknown as Document;
  const { siteName, published } = readPageMetadata(doc, '');
  const article = new Readability(doc).parse();
  const title = article?.title?.replace(/\s+/g, ' ').trim() ?? '';
  const root = article?.content
    ? (parser.parseFromString(
        `<!doctype html><html><body>${article.content}</body></html>`,
        'text/html',
      ) as unknown as Document)
    : doc;
  if (!root.body) return { text: '', published, siteName };
  // linkedom renders nothing, so only the markup (hidden, aria-hidden, styles) says what shows.
  const body = collectText(root.body, { checkVisibility: false }).text;
  const text = title && !body.startsWith(title) ? `${title}\n${body}` : body;
  return { text, published, siteName };
}
