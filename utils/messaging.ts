// The one typed messaging protocol of the extension. Every reply is serialisable
// `{ ok: true, value } | { ok: false, error }` so failures cross the process boundary as data.
// https://webext-core.aklinker1.io/messaging/installation
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AnchorText } from './export/web-annotation';
import type { CitationFormat } from './citations/import';
import type { ColumnMapping } from './citations/column-mapping';
import type { ImportError } from './citations/parse-result';
import type { CitationOrigin, CitationRecord } from './citations/record';
import type { AnnotatedClaim, ClaimDocument } from './claim';
import type { SearchPage, SearchQuery, SearchResult } from './store/citation-store';

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Reply<T> => ({ ok: true, value });
export const fail = (error: unknown): Reply<never> => ({
  ok: false,
  error: error instanceof Error ? error.message : String(error),
});

/** Runs `fn` and turns a throw into `{ ok: false }`, so every handler replies as data. */
export async function reply<T>(fn: () => T | Promise<T>): Promise<Reply<T>> {
  try {
    return ok(await fn());
  } catch (error) {
    return fail(error);
  }
}

/** What the content script reports about its tab (popup). */
export interface TabAnnotations {
  /** 'annotated' once claims are on the page; 'idle' when the page was not annotated yet. */
  status: 'idle' | 'working' | 'annotated';
  hidden: boolean;
  document: ClaimDocument;
  /** The text the claims' offsets index into (the popup's list quotes context from it). */
  text: string;
  /**
   * The page's own text and each claim's span in it, for the W3C export's selectors. Read only
   * once the page is annotated (the popup exports only then): it walks the whole body.
   */
  page: AnchorText | null;
  /** Set when a limit left part of the page out (utils/page/annotator.ts DEFAULT_LIMITS). */
  capped?: PageLimit;
}

/** The per-page limit a huge page reached: the most claims marked, or characters read. */
export interface PageLimit {
  what: 'claims' | 'characters';
  most: number;
}

/** What the page says about itself, for prefilling a citation (context menu "Add selection…"). */
export interface PageMetadata {
  /** og:site_name, or the JSON-LD publisher's name. */
  siteName: string | null;
  /** YYYY-MM-DD when the page gives a date in that form, else the page's own string. */
  published: string | null;
  url: string;
}

export interface StoreSummary {
  total: number;
  byOrigin: Record<CitationOrigin, number>;
  /** Where the store lives: the extension origin that opened IndexedDB. */
  origin: string;
  starterPackVersion: string | null;
}

/** A parsed file held by the background until the user confirms or cancels the import. */
export interface ImportPreview {
  token: string;
  name: string;
  format: CitationFormat | 'unknown';
  valid: number;
  /** Already in the store (same content): importing them adds nothing. */
  duplicates: number;
  errorCount: number;
  /** The first errors, for display. */
  errors: ImportError[];
  /** Which column fills which field (CSV, layoff tracker, ClaimReview). */
  columns: ColumnMapping[];
  /** The first valid records, so mojibake or a wrong column shows before importing. */
  sample: CitationRecord[];
}

/**
 * The claim card lives in an extension-origin frame (card.html) that page scripts cannot read.
 * Its content goes content script → background → frame over the frame's own port, never through
 * the page: `CardShow` is what the frame renders, `CardEvent` what it reports back.
 */
export interface CardShow {
  /** Echoed in the frame's size report, so a late report for an earlier card is ignored. */
  seq: number;
  claim: AnnotatedClaim;
  theme: 'light' | 'dark';
  /** Move keyboard focus into the card (Enter on a badge). */
  focus: boolean;
  /** The page viewport's share the card may take, in CSS pixels. */
  maxWidth: number;
  maxHeight: number;
  reducedMotion: boolean;
}

export type CardEvent =
  /** The rendered card's size: the content script sizes and places the frame. */
  | { type: 'size'; seq: number; width: number; height: number }
  /** Escape or the close button: close, and give focus back to the badge when asked. */
  | { type: 'close'; returnFocus: boolean };

/** Port name of the card frame, and what travels on it (background → frame). */
export const CARD_PORT = 'corroborate-card';
export type CardPortMessage = { type: 'show'; card: CardShow } | { type: 'hide' };

export interface ProtocolMap {
  // content script → background
  /** One batch of a page's text; claim offsets index into the document's batches joined by "\n". */
  annotateText(data: {
    text: string;
    /** The content script's id for the page's text: batches of one document are one article. */
    document: string;
    /** The last batch there is for now. */
    final: boolean;
    url: string | null;
    /** The page's own outlet (og:site_name), which never corroborates the page. */
    publisher?: string | null;
    /** The page's publication day (YYYY-MM-DD, from its metadata), for relative periods. */
    published?: string | null;
  }): Reply<AnnotatedClaim[]>;
  storeSummary(): Reply<StoreSummary>;
  /** Show a claim in this tab's card frame, the one whose URL carries `token`. */
  showCard(data: { token: string; card: CardShow }): Reply<null>;
  hideCard(data: { token: string }): Reply<null>;
  // options page → background (the background alone owns IndexedDB)
  previewImport(data: { name: string; text: string }): Reply<ImportPreview>;
  commitImport(token: string): Reply<{ added: number; skipped: number }>;
  cancelImport(token: string): Reply<null>;
  searchCitations(data: { query: SearchQuery; page: SearchPage }): Reply<SearchResult>;
  saveCitation(data: {
    input: Record<string, unknown>;
    replacesId?: string;
  }): Reply<CitationRecord>;
  deleteCitation(id: string): Reply<null>;
  clearCitations(origin?: CitationOrigin): Reply<number>;
  exportCitations(format: 'json' | 'csv'): Reply<string>;
  resetStarterPack(): Reply<{ removed: number; added: number }>;
  // popup / background → content script of a tab
  getTabAnnotations(): Reply<TabAnnotations>;
  annotatePage(): Reply<TabAnnotations>;
  toggleAnnotations(): Reply<{ hidden: boolean }>;
  focusClaim(id: string): Reply<boolean>;
  // background (context menu) → content script of a tab
  pageMetadata(): Reply<PageMetadata>;
  // background (relaying the card frame) → content script of a tab
  cardEvent(data: CardEvent): Reply<null>;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
