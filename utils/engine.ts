// The engine shared by the background and the CLI: text → claims → verdicts. Pure: no browser API.
import type { ClaimDocument } from './claim';
import { extractBounded } from './bounded-extract';
import type { CitationIndex } from './match';

export interface AnnotateOptions {
  url: string | null;
  index: CitationIndex;
  /** The page's own publisher when known (e.g. og:site_name); it never corroborates the page. */
  pagePublisher?: string | null;
}

export function annotateText(text: string, options: AnnotateOptions): ClaimDocument {
  const claims = options.index.assess(extractBounded(text), {
    pageUrl: options.url,
    pagePublisher: options.pagePublisher ?? null,
  });
  return { version: 1, url: options.url, claims };
}
