// The engine shared by the background and the CLI: text → claims → verdicts. Pure: no browser API.
import type { ClaimDocument } from './claim';
import { extract } from './extract';
import { publicationDay } from './extract/resolve/published';
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
  const claims = options.index.assess(
    extract(text, {
      published: options.published ?? null,
      url: options.url,
      outlet: options.pagePublisher ?? null,
    }),
    {
      pageUrl: options.url,
      pagePublisher: options.pagePublisher ?? null,
      // The same day extraction resolves periods against: stale figures are told by it.
      pagePublished: publicationDay(options.published, options.url, text).day,
    },
  );
  return { version: 1, url: options.url, claims };
}
