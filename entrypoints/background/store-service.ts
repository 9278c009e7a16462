// The background owns the citation store (IndexedDB in the extension's origin: a content script's
// indexedDB would be the web page's). It keeps one CitationIndex over the store for matching and
// rebuilds it only after a write, so annotating a page never waits on IndexedDB.
import { browser, type PublicPath } from 'wxt/browser';
import { columnMapping } from '@/utils/citations/column-mapping';
import { parseCitationFile } from '@/utils/citations/import';
import type { CitationOrigin, CitationRecord } from '@/utils/citations/record';
import { validateCitation } from '@/utils/citations/record';
import {
  STARTER_PACK_DIR,
  STARTER_PACK_INDEX,
  STARTER_PACK_RECORDS,
  parseStarterIndex,
  parseStarterRecords,
} from '@/utils/citations/starter-pack';
import { citationsToCsv, citationsToJson } from '@/utils/export/citations';
import { CitationIndex } from '@/utils/match';
import { forMatching, learnedCitations, readingNotes } from '@/utils/match/learn';
import type { ImportPreview, StoreSummary } from '@/utils/messaging';
import { CitationStore } from '@/utils/store/citation-store';
import type { ExtractedClaim } from '@/utils/claim';

const PREVIEW_ERRORS_SHOWN = 50;
const PREVIEW_SAMPLE_ROWS = 5;

interface Matcher {
  index: CitationIndex;
  notes: ReturnType<typeof readingNotes>;
}

interface PendingImport {
  records: CitationRecord[];
  /** Dropped if the user never answers, so a big parsed file does not stay in memory. */
  timer: ReturnType<typeof setTimeout>;
}

/** A file of the bundled starter pack, from the extension's own package. */
async function packFile(file: string): Promise<unknown> {
  // The build writes the pack's files (wxt.config.ts), so WXT does not list them among its typed
  // public paths.
  const url = browser.runtime.getURL(`/${STARTER_PACK_DIR}/${file}` as PublicPath);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`starter pack ${file}: HTTP ${response.status}`);
  return response.json();
}

export class StoreService {
  private index: Promise<Matcher> | null = null;
  private readonly pending = new Map<string, PendingImport>();

  private constructor(private readonly store: CitationStore) {}

  static async open(): Promise<StoreService> {
    const service = new StoreService(await CitationStore.open());
    await service.ensureStarterPack();
    return service;
  }

  /** Loads the bundled pack on first run and replaces it when the extension ships a new one. */
  async ensureStarterPack(force = false): Promise<{ removed: number; added: number }> {
    // The index alone says whether anything changed, so a restart reads one small file.
    const index = parseStarterIndex(await packFile(STARTER_PACK_INDEX));
    if (!force && (await this.store.packVersion('starter')) === index.version)
      return { removed: 0, added: 0 };
    const started = performance.now();
    const records = parseStarterRecords(await packFile(STARTER_PACK_RECORDS));
    const result = await this.store.replaceOrigin('starter', records, index.version);
    console.info(
      `Corroborate: starter pack ${index.version} loaded, ${result.added} citations in ${Math.round(performance.now() - started)} ms`,
    );
    this.invalidate();
    return result;
  }

  /** The index to match against, and what to tell the card about citations learned from reading. */
  matcher(): Promise<Matcher> {
    this.index ??= this.store.all().then((records) => ({
      index: new CitationIndex(forMatching(records)),
      notes: readingNotes(records),
    }));
    return this.index;
  }

  private invalidate(): void {
    this.index = null;
  }

  async summary(): Promise<StoreSummary> {
    const byOrigin: Record<CitationOrigin, number> = { user: 0, starter: 0, learned: 0 };
    for (const origin of Object.keys(byOrigin) as CitationOrigin[]) {
      byOrigin[origin] = await this.store.count(origin);
    }
    return {
      total: await this.store.count(),
      byOrigin,
      origin: location.origin,
      starterPackVersion: await this.store.packVersion('starter'),
    };
  }

  async preview(name: string, text: string): Promise<ImportPreview> {
    const parsed = parseCitationFile(name, text);
    const known = await this.store.existingIds(parsed.records);
    const token = crypto.randomUUID();
    this.pending.set(token, {
      records: parsed.records,
      timer: setTimeout(() => this.pending.delete(token), 10 * 60_000),
    });
    return {
      token,
      name,
      format: parsed.format,
      valid: parsed.records.length,
      duplicates: known.size,
      errorCount: parsed.errors.length,
      errors: parsed.errors.slice(0, PREVIEW_ERRORS_SHOWN),
      columns: columnMapping(parsed.format, text),
      sample: parsed.records.slice(0, PREVIEW_SAMPLE_ROWS),
    };
  }

  async commit(token: string): Promise<{ added: number; skipped: number }> {
    const pending = this.takePending(token);
    const result = await this.store.importRecords(pending.records);
    this.invalidate();
    return result;
  }

  cancel(token: string): null {
    this.takePending(token);
    return null;
  }

  private takePending(token: string): PendingImport {
    const pending = this.pending.get(token);
    if (!pending) throw new Error('This import preview expired; choose the file again.');
    clearTimeout(pending.timer);
    this.pending.delete(token);
    return pending;
  }

  search(...args: Parameters<CitationStore['search']>) {
    return this.store.search(...args);
  }

  async save(input: Record<string, unknown>, replacesId?: string): Promise<CitationRecord> {
    const result = validateCitation(input, 'user');
    if (!result.ok) throw new Error(result.errors.map((e) => `${e.field}: ${e.reason}`).join('; '));
    await this.store.put(result.record, replacesId);
    this.invalidate();
    return result.record;
  }

  async delete(id: string): Promise<null> {
    await this.store.delete(id);
    this.invalidate();
    return null;
  }

  async clear(origin?: CitationOrigin): Promise<number> {
    const removed = await this.store.clear(origin);
    this.invalidate();
    return removed;
  }

  async exportAll(format: 'json' | 'csv'): Promise<string> {
    const records = await this.store.all();
    return format === 'json' ? citationsToJson(records) : citationsToCsv(records);
  }

  /**
   * Learning from reading (opt-in): the page's claims become citations of its site, dated today.
   * The page's own claims about its name are not asked for: they are not believed.
   */
  async learn(claims: readonly ExtractedClaim[], pageUrl: string): Promise<void> {
    const read = new Date().toISOString().slice(0, 10);
    const records = learnedCitations(claims, pageUrl, { read });
    if (records.length === 0) return;
    const { added } = await this.store.importRecords(records);
    if (added > 0) this.invalidate();
  }
}
