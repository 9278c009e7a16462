// The in-page code comes in two parts, so that pages which are not articles pay for almost
// nothing (budgets: ≤ 10 KB of script on every page, ≤ 60 KB for the annotator where it runs).
// entrypoints/content (the cheap article check and the message handlers) runs on every page and
// loads entrypoints/annotator (annotator.js, a web-accessible resource) with `import()` only when
// a page is to be annotated. The loaded script hands its start function over on the content
// script's own global: the isolated world's, which page scripts do not share.
import type { PageMetadata } from '../messaging';
import type { Annotator } from './annotator';

export const ANNOTATOR_GLOBAL = '__corroborateAnnotator';
export const ANNOTATOR_PATH = '/annotator.js';

export interface PageAnnotator {
  annotator: Annotator;
  metadata(): PageMetadata;
}

export interface AnnotatorDeps {
  /** Aborts when the content script is invalidated. */
  signal: AbortSignal;
  /** After an SPA navigation: annotate the new page automatically? */
  shouldAutoRun: () => boolean;
  /** Quiet mode at the start (settings); later changes go through `annotator.setQuiet`. */
  quiet: boolean;
}

export type StartAnnotator = (deps: AnnotatorDeps) => PageAnnotator;
