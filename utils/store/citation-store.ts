// The citation store: queries and writes over the IndexedDB schema in ./db. Writes that take
// many records run in one transaction, so an import is all or nothing.
import type { CitationOrigin, CitationRecord } from '../citations/record';
import { normaliseMeasure } from '../match/measure';
import { publisherKey } from '../match/publisher';
import { subjectKey } from '../match/subject';
import {
  DB_NAME,
  fromStored,
  openCitationDb,
  toStored,
  type CorroborateDb,
  type StoredCitation,
} from './db';

export interface SearchQuery {
  /** Case-insensitive substring of the claim, publisher, subject, URL or rating. */
  text?: string;
  publisher?: string;
  subject?: string;
  origin?: CitationOrigin;
  measure?: string;
}

export type SearchSort = 'published-desc' | 'published-asc' | 'publisher' | 'subject';

export interface SearchPage {
  offset?: number;
  limit?: number;
  sort?: SearchSort;
}

export interface SearchResult {
  /** Matches before paging. */
  total: number;
  records: CitationRecord[];
}

const DEFAULT_LIMIT = 50;

const SORTS: Record<SearchSort, (a: StoredCitation, b: StoredCitation) => number> = {
  // Undated records go last either way: they are the least informative.
  'published-desc': (a, b) => (b.published ?? '').localeCompare(a.published ?? ''),
  'published-asc': (a, b) => (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff'),
  publisher: (a, b) => a.publisher.localeCompare(b.publisher),
  subject: (a, b) => (a.subject ?? '\uffff').localeCompare(b.subject ?? '\uffff'),
};

export class CitationStore {
  constructor(private readonly db: CorroborateDb) {}

  static async open(name: string = DB_NAME): Promise<CitationStore> {
    return new CitationStore(await openCitationDb(name));
  }

  close(): void {
    this.db.close();
  }

  /** Adds the records not stored yet, in one transaction: on any failure nothing is written. */
  async importRecords(
    records: readonly CitationRecord[],
  ): Promise<{ added: number; skipped: number }> {
    const transaction = this.db.transaction('citations', 'readwrite');
    try {
      const known = new Set(await transaction.store.getAllKeys());
      let added = 0;
      for (const record of records) {
        if (known.has(record.id)) continue;
        known.add(record.id);
        queue(transaction.store.add(toStored(record)));
        added++;
      }
      await transaction.done;
      return { added, skipped: records.length - added };
    } catch (error) {
      abortQuietly(transaction);
      await transaction.done.catch(() => undefined);
      throw error;
    }
  }

  /** Which of `ids` are stored already: an import preview's duplicates, read in one transaction. */
  async existingIds(ids: readonly string[]): Promise<Set<string>> {
    const stored = new Set(await this.db.getAllKeys('citations'));
    return new Set(ids.filter((id) => stored.has(id)));
  }

  async all(): Promise<CitationRecord[]> {
    return (await this.db.getAll('citations')).map(fromStored);
  }

  /** All records, or those of one origin (counted by the index, without reading records). */
  count(origin?: CitationOrigin): Promise<number> {
    return origin === undefined
      ? this.db.count('citations')
      : this.db.countFromIndex('citations', 'origin', origin);
  }

  async search(query: SearchQuery = {}, page: SearchPage = {}): Promise<SearchResult> {
    const publisher = query.publisher ? publisherKey(query.publisher) : null;
    const subject = query.subject ? subjectKey(query.subject) : null;
    const measure = query.measure ? normaliseMeasure(query.measure) : null;
    // The most selective index first; the remaining criteria filter in memory.
    let candidates: StoredCitation[];
    if (publisher !== null)
      candidates = await this.db.getAllFromIndex('citations', 'publisher', publisher);
    else if (subject !== null)
      candidates = await this.db.getAllFromIndex('citations', 'subject', subject);
    else if (measure !== null)
      candidates = await this.db.getAllFromIndex('citations', 'measure', measure);
    else if (query.origin)
      candidates = await this.db.getAllFromIndex('citations', 'origin', query.origin);
    else candidates = await this.db.getAll('citations');

    const text = query.text?.trim().toLowerCase() ?? '';
    const matches = candidates.filter(
      (record) =>
        (publisher === null || record.publisherKey === publisher) &&
        (subject === null || record.subjectKey === subject) &&
        (measure === null || record.measure === measure) &&
        (!query.origin || record.origin === query.origin) &&
        (text === '' ||
          [record.claim, record.publisher, record.subject, record.url, record.rating].some(
            (field) => field?.toLowerCase().includes(text),
          )),
    );
    matches.sort(SORTS[page.sort ?? 'published-desc']);
    const offset = Math.max(0, page.offset ?? 0);
    const limit = Math.max(0, page.limit ?? DEFAULT_LIMIT);
    return {
      total: matches.length,
      records: matches.slice(offset, offset + limit).map(fromStored),
    };
  }

  /**
   * Stores one record. Ids are content hashes, so an edited record has a new id: pass the old
   * one as `replacesId` to swap them in one transaction.
   */
  async put(record: CitationRecord, replacesId?: string): Promise<void> {
    const transaction = this.db.transaction('citations', 'readwrite');
    if (replacesId !== undefined && replacesId !== record.id)
      queue(transaction.store.delete(replacesId));
    queue(transaction.store.put(toStored(record)));
    await transaction.done;
  }

  delete(id: string): Promise<void> {
    return this.db.delete('citations', id);
  }

  /** Deletes every record, or those of one origin; returns how many went. */
  async clear(origin?: CitationOrigin): Promise<number> {
    const transaction = this.db.transaction('citations', 'readwrite');
    const keys =
      origin === undefined
        ? await transaction.store.getAllKeys()
        : await transaction.store.index('origin').getAllKeys(origin);
    if (origin === undefined) queue(transaction.store.clear());
    else for (const key of keys) queue(transaction.store.delete(key));
    await transaction.done;
    return keys.length;
  }

  /**
   * Replaces every record of `origin` with `records` in one transaction (a starter pack upgrade);
   * other origins are never touched. `version` is remembered for `packVersion`.
   */
  async replaceOrigin(
    origin: CitationOrigin,
    records: readonly CitationRecord[],
    version?: string,
  ): Promise<{ removed: number; added: number }> {
    const stray = records.find((record) => record.origin !== origin);
    if (stray)
      throw new Error(
        `replaceOrigin('${origin}') was given a record of origin '${stray.origin}' (${stray.id})`,
      );
    const transaction = this.db.transaction(['citations', 'meta'], 'readwrite');
    const citations = transaction.objectStore('citations');
    try {
      const old = await citations.index('origin').getAllKeys(origin);
      for (const key of old) queue(citations.delete(key));
      const ids = new Set<string>();
      for (const record of records) {
        ids.add(record.id);
        queue(citations.put(toStored(record)));
      }
      if (version !== undefined)
        queue(transaction.objectStore('meta').put({ key: packVersionKey(origin), value: version }));
      await transaction.done;
      return { removed: old.length, added: ids.size };
    } catch (error) {
      abortQuietly(transaction);
      await transaction.done.catch(() => undefined);
      throw error;
    }
  }

  /** The version given to the last `replaceOrigin(origin, …, version)`, or null. */
  async packVersion(origin: CitationOrigin): Promise<string | null> {
    return (await this.db.get('meta', packVersionKey(origin)))?.value ?? null;
  }
}

/**
 * Issues a request without awaiting it: requests of one transaction run in order, and a failed
 * one aborts the transaction, which `transaction.done` reports. Awaiting each of 100,000 writes
 * would only add a microtask hop per record.
 */
function queue(request: Promise<unknown>): void {
  void request.catch(() => undefined);
}

const packVersionKey = (origin: CitationOrigin): string => `pack-version:${origin}`;

// The transaction may already be aborted (a failed request) or finished; either way it is over.
function abortQuietly(transaction: { abort(): void }): void {
  try {
    transaction.abort();
  } catch {
    // InvalidStateError: nothing left to abort.
  }
}
