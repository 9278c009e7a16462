// The engine shared by the background and the CLI: text → claims → verdicts. Pure: no browser API.
import type { ClaimDocument } from './claim';
import { ArticleExtractor } from './extract';
import type { CitationIndex } from './match';

export interface AnnotateOptions {
  url: string | null;
  index: CitationIndex;
  /** The page's own publisher when known (e.g. og:site_name); it never corroborates the page. */
  pagePublisher?: string | null;
  /** The page's publication day (YYYY-MM-DD), for relative periods. */
  published?: string | null;
}

export function annotateText(text: string, options: AnnotateOptions): ClaimDocument {
  // The whole text as one article: the same reading the extension gives it in batches.
  const article = new ArticleExtractor({
    published: options.published ?? null,
    url: options.url,
    outlet: options.pagePublisher ?? null,
  });
  const claims = options.index.assess(article.readWhole(text), {
    pageUrl: options.url,
    pagePublisher: options.pagePublisher ?? null,
    // The same day extraction resolves periods against: stale figures are told by it.
    pagePublished: article.published,
  });
  return { version: 1, url: options.url, claims };
}
