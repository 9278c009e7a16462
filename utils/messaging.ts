// The one typed messaging protocol of the extension. Every reply is serialisable
// `{ ok: true, value } | { ok: false, error }` so failures cross the process boundary as data.
// https://webext-core.aklinker1.io/messaging/installation
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AnnotatedClaim, ClaimDocument } from './claim';

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
}

export interface StoreSummary {
  total: number;
  /** Where the store lives: the extension origin that opened IndexedDB. */
  origin: string;
}

interface ProtocolMap {
  // content script → background
  annotateText(data: { text: string; url: string | null }): Reply<AnnotatedClaim[]>;
  storeSummary(): Reply<StoreSummary>;
  // popup / background → content script of a tab
  getTabAnnotations(): Reply<TabAnnotations>;
  annotatePage(): Reply<TabAnnotations>;
  toggleAnnotations(): Reply<{ hidden: boolean }>;
  focusClaim(id: string): Reply<boolean>;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
