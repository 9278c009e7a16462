// In-memory stand-ins for the extension behind the popup and options page: the same shapes as
// components/popup-api.ts and options-api.ts, backed by arrays and the real pure modules
// (validation, file parsing). Not a test file itself.
import { vi } from 'vitest';
import type { OptionsApi, Shortcut } from '../../../components/options-api';
import type { PopupApi } from '../../../components/popup-api';
import { columnMapping } from '../../../utils/citations/column-mapping';
import { parseCitationFile } from '../../../utils/citations/import';
import { validateCitation, type CitationRecord } from '../../../utils/citations/record';
import { ok, type Reply, type StoreSummary, type TabAnnotations } from '../../../utils/messaging';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../../../utils/settings';
import type { SearchPage, SearchQuery, SearchResult } from '../../../utils/store/citation-store';
import { makeDocument, PAGE_ANCHOR, PAGE_TEXT } from '../export/fixture';

export function tabAnnotations(over: Partial<TabAnnotations> = {}): TabAnnotations {
  return {
    status: 'annotated',
    hidden: false,
    document: makeDocument(),
    text: PAGE_TEXT,
    page: PAGE_ANCHOR,
    ...over,
  };
}

export class FakePopupApi implements PopupApi {
  disabledSites = new Set<string>();
  focused: string[] = [];
  /** Throws like sendMessage does when no content script answers. */
  unreachable = false;

  constructor(public tab: TabAnnotations = tabAnnotations()) {}

  private reach(): void {
    if (this.unreachable)
      throw new Error('Could not establish connection. Receiving end does not exist.');
  }

  getTabAnnotations = vi.fn(async (): Promise<Reply<TabAnnotations>> => {
    this.reach();
    return ok(this.tab);
  });

  annotatePage = vi.fn(async (): Promise<Reply<TabAnnotations>> => {
    this.reach();
    this.tab = { ...this.tab, status: 'annotated', document: makeDocument() };
    return ok(this.tab);
  });

  toggleAnnotations = vi.fn(async (): Promise<Reply<{ hidden: boolean }>> => {
    this.tab = { ...this.tab, hidden: !this.tab.hidden };
    return ok({ hidden: this.tab.hidden });
  });

  focusClaim = vi.fn(async (id: string): Promise<Reply<boolean>> => {
    this.focused.push(id);
    return ok(this.tab.document.claims.some((c) => c.id === id));
  });

  isSiteDisabled = vi.fn(async (url: string) => this.disabledSites.has(new URL(url).hostname));

  setSiteDisabled = vi.fn(async (url: string, disabled: boolean) => {
    const host = new URL(url).hostname;
    if (disabled) this.disabledSites.add(host);
    else this.disabledSites.delete(host);
  });

  quietMode = false;
  getQuietMode = vi.fn(async () => this.quietMode);
  setQuietMode = vi.fn(async (on: boolean) => void (this.quietMode = on));

  openOptions = vi.fn(async () => undefined);

  /** What browser.commands.getAll() would say; '' for a command without a key. */
  shortcutKeys: Record<string, string> = { 'annotate-page': 'Alt+Shift+A' };

  shortcuts = vi.fn(async () =>
    Object.entries(this.shortcutKeys).map(([name, shortcut]) => ({
      name,
      description: name,
      shortcut,
    })),
  );
}

export function citation(
  input: Record<string, unknown>,
  origin: CitationRecord['origin'] = 'user',
): CitationRecord {
  const result = validateCitation(input, origin);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.record;
}

const SORTS: Record<
  NonNullable<SearchPage['sort']>,
  (a: CitationRecord, b: CitationRecord) => number
> = {
  'published-desc': (a, b) => (b.published ?? '').localeCompare(a.published ?? ''),
  'published-asc': (a, b) => (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff'),
  publisher: (a, b) => a.publisher.localeCompare(b.publisher),
  subject: (a, b) => (a.subject ?? '\uffff').localeCompare(b.subject ?? '\uffff'),
};

/** The background's store service over an array; validation and parsing are the real modules. */
export class FakeOptionsApi implements OptionsApi {
  records: CitationRecord[];
  settings: Settings = normalizeSettings(DEFAULT_SETTINGS);
  pending = new Map<string, CitationRecord[]>();
  shortcutList: Shortcut[] = [
    {
      name: 'toggle-annotations',
      description: 'Hide or show annotations',
      shortcut: 'Alt+Shift+C',
    },
    { name: 'annotate-page', description: 'Annotate this page now', shortcut: 'Alt+Shift+A' },
  ];

  constructor(records: CitationRecord[] = []) {
    this.records = [...records];
  }

  searchCitations = vi.fn(async (query: SearchQuery, page: SearchPage): Promise<SearchResult> => {
    const text = query.text?.toLowerCase() ?? '';
    const matches = this.records.filter(
      (r) =>
        (!query.publisher || r.publisher.toLowerCase() === query.publisher.toLowerCase()) &&
        (!query.subject || r.subject?.toLowerCase() === query.subject.toLowerCase()) &&
        (!query.origin || r.origin === query.origin) &&
        (!text || [r.claim, r.publisher, r.subject].some((f) => f?.toLowerCase().includes(text))),
    );
    matches.sort(SORTS[page.sort ?? 'published-desc']);
    const offset = page.offset ?? 0;
    return { total: matches.length, records: matches.slice(offset, offset + (page.limit ?? 50)) };
  });

  saveCitation = vi.fn(
    async (input: Record<string, unknown>, replacesId?: string): Promise<Reply<CitationRecord>> => {
      const result = validateCitation(input, 'user');
      // The same error text as StoreService.save.
      if (!result.ok)
        return { ok: false, error: result.errors.map((e) => `${e.field}: ${e.reason}`).join('; ') };
      this.records = this.records.filter((r) => r.id !== replacesId && r.id !== result.record.id);
      this.records.push(result.record);
      return ok(result.record);
    },
  );

  deleteCitation = vi.fn(async (id: string) => {
    this.records = this.records.filter((r) => r.id !== id);
  });

  clearCitations = vi.fn(async () => {
    const removed = this.records.length;
    this.records = [];
    return removed;
  });

  exportCitations = vi.fn(async (format: 'json' | 'csv') =>
    format === 'json' ? JSON.stringify(this.records) : 'publisher,claim\n',
  );

  resetStarterPack = vi.fn(async () => ({ removed: 0, added: 3 }));

  storeSummary = vi.fn(async (): Promise<StoreSummary> => ({
    total: this.records.length,
    byOrigin: {
      user: this.records.filter((r) => r.origin === 'user').length,
      starter: this.records.filter((r) => r.origin === 'starter').length,
      learned: this.records.filter((r) => r.origin === 'learned').length,
    },
    origin: 'chrome-extension://abcdefghijklmnop',
    starterPackVersion: '2025.1',
  }));

  previewImport = vi.fn(async (name: string, text: string) => {
    const parsed = parseCitationFile(name, text);
    const token = `t${this.pending.size + 1}`;
    this.pending.set(token, parsed.records);
    const known = new Set(this.records.map((r) => r.id));
    return {
      token,
      name,
      format: parsed.format,
      valid: parsed.records.length,
      duplicates: parsed.records.filter((r) => known.has(r.id)).length,
      errorCount: parsed.errors.length,
      errors: parsed.errors.slice(0, 50),
      columns: columnMapping(parsed.format, text),
      sample: parsed.records.slice(0, 5),
    };
  });

  commitImport = vi.fn(async (token: string) => {
    const records = this.pending.get(token);
    if (!records) throw new Error('This import preview expired; choose the file again.');
    this.pending.delete(token);
    const known = new Set(this.records.map((r) => r.id));
    const fresh = records.filter((r) => !known.has(r.id));
    this.records.push(...fresh);
    return { added: fresh.length, skipped: records.length - fresh.length };
  });

  cancelImport = vi.fn(async (token: string) => {
    this.pending.delete(token);
  });

  getSettings = vi.fn(async () => this.settings);

  updateSettings = vi.fn(async (patch: Partial<Settings>) => {
    this.settings = normalizeSettings({ ...this.settings, ...patch });
    return this.settings;
  });

  shortcuts = vi.fn(async () => this.shortcutList);
}

/** A store of `total` synthetic citations that builds only the rows asked for. */
export class HugeStoreApi extends FakeOptionsApi {
  constructor(readonly total: number) {
    super();
  }

  override searchCitations = vi.fn(
    async (_query: SearchQuery, page: SearchPage): Promise<SearchResult> => {
      const offset = page.offset ?? 0;
      const end = Math.min(this.total, offset + (page.limit ?? 50));
      const records: CitationRecord[] = [];
      for (let i = offset; i < end; i++) {
        records.push(
          citation({
            publisher: `Publisher ${i}`,
            claim: `Claim number ${i}`,
            published: '2025-01-01',
          }),
        );
      }
      return { total: this.total, records };
    },
  );
}

/** The value, or a failed test when it is missing (instead of a non-null assertion). */
export function defined<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`expected a ${what}`);
  return value;
}
