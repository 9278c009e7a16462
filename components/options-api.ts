// What the options page needs from the extension: the background's citation store (the only
// place IndexedDB is opened), settings storage and the browser's command list. Failed replies
// become thrown Errors, except `saveCitation`, whose error names fields for the form. Tests pass
// an in-memory fake.
import type { CitationRecord } from '../utils/citations/record';
import { sendMessage, type ImportPreview, type Reply, type StoreSummary } from '../utils/messaging';
import { getSettings, updateSettings, type Settings } from '../utils/settings';
import { commandShortcuts, type Shortcut } from './shortcuts';
import type { SearchPage, SearchQuery, SearchResult } from '../utils/store/citation-store';

export type { Shortcut } from './shortcuts';

export interface OptionsApi {
  searchCitations(query: SearchQuery, page: SearchPage): Promise<SearchResult>;
  saveCitation(input: Record<string, unknown>, replacesId?: string): Promise<Reply<CitationRecord>>;
  deleteCitation(id: string): Promise<void>;
  clearCitations(): Promise<number>;
  exportCitations(format: 'json' | 'csv'): Promise<string>;
  resetStarterPack(): Promise<{ removed: number; added: number }>;
  storeSummary(): Promise<StoreSummary>;
  previewImport(name: string, text: string): Promise<ImportPreview>;
  commitImport(token: string): Promise<{ added: number; skipped: number }>;
  cancelImport(token: string): Promise<void>;
  getSettings(): Promise<Settings>;
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
  shortcuts(): Promise<Shortcut[]>;
}

/** A failed reply as a thrown Error carrying the background's message. */
export async function unwrap<T>(pending: Promise<Reply<T>>): Promise<T> {
  const reply = await pending;
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

export function createOptionsApi(): OptionsApi {
  return {
    searchCitations: (query, page) => unwrap(sendMessage('searchCitations', { query, page })),
    saveCitation: (input, replacesId) =>
      sendMessage('saveCitation', replacesId === undefined ? { input } : { input, replacesId }),
    deleteCitation: async (id) => {
      await unwrap(sendMessage('deleteCitation', id));
    },
    clearCitations: () => unwrap(sendMessage('clearCitations', undefined)),
    exportCitations: (format) => unwrap(sendMessage('exportCitations', format)),
    resetStarterPack: () => unwrap(sendMessage('resetStarterPack', undefined)),
    storeSummary: () => unwrap(sendMessage('storeSummary', undefined)),
    previewImport: (name, text) => unwrap(sendMessage('previewImport', { name, text })),
    commitImport: (token) => unwrap(sendMessage('commitImport', token)),
    cancelImport: async (token) => {
      await unwrap(sendMessage('cancelImport', token));
    },
    getSettings,
    updateSettings,
    shortcuts: commandShortcuts,
  };
}

/** "What went wrong" for a status line, whatever was thrown. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
