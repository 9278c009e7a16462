// The citation store: queries and writes over the IndexedDB schema in ./db, where records live
// in blocks of up to BLOCK_SIZE per value (why: ./db). Every write runs in one transaction, so an
// import is all or nothing; a write edits the blocks it touches in memory and puts each back once.
import type { IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import { sameContentIds, type CitationOrigin, type CitationRecord } from '../citations/record';
import { normaliseMeasure } from '../match/measure';
import { publisherKey } from '../match/publisher';
import { subjectKey } from '../match/subject';
import {
  BLOCK_SIZE,
  DB_NAME,
  fromStored,
  openCitationDb,
  queue,
  storedKeys,
  toBlock,
  toStored,
  type CitationBlock,
  type CorroborateDb,
  type CorroborateSchema,
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
/**
 * Up to this many ids are looked up one by one in the 'id' index (200 lookups: 8–31 ms);
 * more, and reading every block is cheaper: one getAll, ~0.5 s for 100,000 records in Chromium
 * and Firefox on this machine, where walking the 'id' index's keys took 1–1.8 s (a request per
 * key).
 */
const LOOKUP_MAX = 500;

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

  /**
   * Adds the records whose content is not stored yet under any origin, in one transaction: on
   * any failure nothing is written.
   */
  importRecords(records: readonly CitationRecord[]): Promise<{ added: number; skipped: number }> {
    return this.write(async (blocks, writer) => {
      const variants = records.map(sameContentIds);
      const known = await knownIds(blocks, variants.flat());
      for (const origin of new Set(records.map((record) => record.origin)))
        await writer.openOrigin(origin);
      const keyed = storedKeys();
      let added = 0;
      for (const [at, record] of records.entries()) {
        if (variants[at]?.some((id) => known.has(id))) continue;
        known.add(record.id);
        // Full blocks are written as they fill, so a bad record late in a big file fails
        // after writes were issued: the abort in `write` is what keeps them out.
        writer.append(checked(keyed(record)));
        added++;
      }
      return { added, skipped: records.length - added };
    });
  }

  /**
   * The ids of `records` whose content is stored already, under any origin (what
   * `importRecords` would skip): an import preview's duplicates, read in one transaction.
   */
  async existingIds(records: readonly CitationRecord[]): Promise<Set<string>> {
    const variants = records.map(sameContentIds);
    const known = await knownIds(this.db.transaction('blocks').store, variants.flat());
    return new Set(
      records.filter((_, at) => variants[at]?.some((id) => known.has(id))).map((r) => r.id),
    );
  }

  /** Every record, in id order (the order of the per-record store before blocks). */
  async all(): Promise<CitationRecord[]> {
    const records = (await this.db.getAll('blocks')).flatMap((block) =>
      block.records.map(fromStored),
    );
    return records.sort((a, b) => compareIds(a.id, b.id));
  }

  /** All records, or those of one origin (summed from index keys, without reading records). */
  async count(origin?: CitationOrigin): Promise<number> {
    return (await blocksOf(this.db.transaction('blocks').store, origin)).records;
  }

  async search(query: SearchQuery = {}, page: SearchPage = {}): Promise<SearchResult> {
    const publisher = query.publisher ? publisherKey(query.publisher) : null;
    const subject = query.subject ? subjectKey(query.subject) : null;
    const measure = query.measure ? normaliseMeasure(query.measure) : null;
    // The most selective index finds the blocks to read; every criterion filters their records.
    let blocks: CitationBlock[];
    if (publisher !== null)
      blocks = await this.db.getAllFromIndex('blocks', 'publisher', publisher);
    else if (subject !== null) blocks = await this.db.getAllFromIndex('blocks', 'subject', subject);
    else if (measure !== null) blocks = await this.db.getAllFromIndex('blocks', 'measure', measure);
    else if (query.origin) blocks = await this.db.getAllFromIndex('blocks', 'origin', query.origin);
    else blocks = await this.db.getAll('blocks');

    const text = query.text?.trim().toLowerCase() ?? '';
    const matches = blocks
      .flatMap((block) => block.records)
      .filter(
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
    // Ties in id order, as the per-record store returned them before blocks.
    const sort = SORTS[page.sort ?? 'published-desc'];
    matches.sort((a, b) => sort(a, b) || compareIds(a.id, b.id));
    const offset = Math.max(0, page.offset ?? 0);
    const limit = Math.max(0, page.limit ?? DEFAULT_LIMIT);
    return {
      total: matches.length,
      records: matches.slice(offset, offset + limit).map(fromStored),
    };
  }

  /**
   * Stores one record. Ids are content hashes, so an edited record has a new id: pass the old
   * one as `replacesId` to swap them in one transaction (in place, when the origin is the same).
   */
  async put(record: CitationRecord, replacesId?: string): Promise<void> {
    const stored = checked(toStored(record));
    await this.write(async (_blocks, writer) => {
      let placed = false;
      const current = await writer.holding(stored.id);
      if (current?.origin === stored.origin) placed = writer.replace(current, stored.id, stored);
      else if (current) writer.remove(current, stored.id);
      if (replacesId !== undefined && replacesId !== stored.id) {
        const old = await writer.holding(replacesId);
        if (old && !placed && old.origin === stored.origin)
          placed = writer.replace(old, replacesId, stored);
        else if (old) writer.remove(old, replacesId);
      }
      if (!placed) {
        await writer.openOrigin(stored.origin);
        writer.append(stored);
      }
    });
  }

  async delete(id: string): Promise<void> {
    await this.write(async (_blocks, writer) => {
      const block = await writer.holding(id);
      if (block) writer.remove(block, id);
    });
  }

  /** Deletes every record, or those of one origin; returns how many went. */
  clear(origin?: CitationOrigin): Promise<number> {
    return this.write(async (blocks) => {
      const found = await blocksOf(blocks, origin);
      if (origin === undefined) queue(blocks.clear());
      else for (const key of found.keys) queue(blocks.delete(key));
      return found.records;
    });
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
    return this.write(async (blocks, writer, transaction) => {
      const old = await blocksOf(blocks, origin);
      for (const key of old.keys) queue(blocks.delete(key));
      await writer.openOrigin(origin, { fresh: true });
      // One record per id, the last given winning, as successive puts would have.
      // Ids hash the origin too, so no other origin's block holds one of these.
      const byId = new Map<string, StoredCitation>();
      const keyed = storedKeys();
      for (const record of records) byId.set(record.id, checked(keyed(record)));
      for (const record of byId.values()) writer.append(record);
      if (version !== undefined)
        queue(transaction.objectStore('meta').put({ key: packVersionKey(origin), value: version }));
      return { removed: old.records, added: byId.size };
    });
  }

  /** The version given to the last `replaceOrigin(origin, …, version)`, or null. */
  async packVersion(origin: CitationOrigin): Promise<string | null> {
    return (await this.db.get('meta', packVersionKey(origin)))?.value ?? null;
  }

  /**
   * Runs `work` in one readwrite transaction, then writes the blocks its writer changed. Any
   * failure (a thrown error, a refused request) aborts it all.
   */
  private async write<T>(
    work: (blocks: BlockStore, writer: BlockWriter, transaction: WriteTransaction) => Promise<T>,
  ): Promise<T> {
    const transaction = this.db.transaction(['blocks', 'meta'], 'readwrite');
    try {
      const blocks = transaction.objectStore('blocks');
      const writer = new BlockWriter(blocks);
      const result = await work(blocks, writer, transaction);
      writer.flush();
      await transaction.done;
      return result;
    } catch (error) {
      abortQuietly(transaction);
      await transaction.done.catch(() => undefined);
      throw error;
    }
  }
}

type WriteTransaction = IDBPTransaction<CorroborateSchema, ('blocks' | 'meta')[], 'readwrite'>;
type BlockStore = IDBPObjectStore<
  CorroborateSchema,
  ArrayLike<StoreNames<CorroborateSchema>>,
  'blocks',
  'readwrite'
>;
type ReadableBlockStore = IDBPObjectStore<
  CorroborateSchema,
  ArrayLike<StoreNames<CorroborateSchema>>,
  'blocks',
  IDBTransactionMode
>;

/** A block being edited in memory, written back by `BlockWriter.flush`. */
interface OpenBlock {
  id: number;
  origin: CitationOrigin;
  records: StoredCitation[];
}

/**
 * The blocks one write transaction reads and changes. Each block is read once and put back once
 * (deleted when it ends up empty), except that a block filled by `append` is put at once, so a
 * big import hands its blocks to IndexedDB while it builds the next ones.
 */
class BlockWriter {
  private readonly open = new Map<number, OpenBlock>();
  private readonly changed = new Set<OpenBlock>();
  /** The block `append` fills next, per origin (null: start a new one). */
  private readonly last = new Map<CitationOrigin, OpenBlock | null>();
  private nextId: number | null = null;

  constructor(private readonly store: BlockStore) {}

  /** The block holding the record `id`, as this transaction has left it so far. */
  async holding(id: string): Promise<OpenBlock | undefined> {
    const key = await this.store.index('id').getKey(id);
    if (key === undefined) return undefined;
    let block = this.open.get(key);
    if (!block) {
      const stored = await this.store.get(key);
      if (!stored) return undefined;
      block = this.adopt(stored);
    }
    return block.records.some((record) => record.id === id) ? block : undefined;
  }

  /**
   * Prepares `append` for `origin`: it fills the origin's last block (the highest id) when that
   * has room, else new blocks; `fresh` skips the last block (its blocks are being deleted).
   */
  async openOrigin(origin: CitationOrigin, { fresh = false } = {}): Promise<void> {
    if (this.nextId === null) {
      const highest = await this.store.openKeyCursor(null, 'prev');
      this.nextId = (highest?.key ?? 0) + 1;
    }
    if (fresh) {
      this.last.set(origin, null);
      return;
    }
    if (this.last.has(origin)) return;
    const cursor = await this.store.index('origin').openCursor(origin, 'prev');
    this.last.set(
      origin,
      cursor ? (this.open.get(cursor.value.id) ?? this.adopt(cursor.value)) : null,
    );
  }

  append(record: StoredCitation): void {
    let block = this.last.get(record.origin);
    if (block === undefined || this.nextId === null)
      throw new Error(`openOrigin('${record.origin}') must come before append`);
    if (block === null || block.records.length >= BLOCK_SIZE) {
      block = { id: this.nextId++, origin: record.origin, records: [] };
      this.open.set(block.id, block);
      this.last.set(record.origin, block);
    }
    block.records.push(record);
    this.changed.add(block);
    if (block.records.length === BLOCK_SIZE) this.put(block);
  }

  /** Swaps the record `id` of `block` for `record`; always true, for the caller's `placed`. */
  replace(block: OpenBlock, id: string, record: StoredCitation): true {
    block.records = block.records.map((old) => (old.id === id ? record : old));
    this.changed.add(block);
    return true;
  }

  remove(block: OpenBlock, id: string): void {
    block.records = block.records.filter((record) => record.id !== id);
    this.changed.add(block);
  }

  /** Puts back every block changed and not yet put. */
  flush(): void {
    for (const block of this.changed) this.put(block);
  }

  private put(block: OpenBlock): void {
    this.changed.delete(block);
    if (block.records.length === 0) queue(this.store.delete(block.id));
    // `put` clones the block now, so later edits of `block` need a put of their own.
    else queue(this.store.put(toBlock(block.id, block.origin, block.records)));
  }

  private adopt(stored: CitationBlock): OpenBlock {
    const block = { id: stored.id, origin: stored.origin, records: stored.records };
    this.open.set(block.id, block);
    return block;
  }
}

/**
 * Which of `ids` are stored (possibly with others): a few are looked up in the 'id' index, many
 * by reading every block's ids. Ids that are not text are left out, for the write to refuse.
 */
async function knownIds(store: ReadableBlockStore, ids: readonly unknown[]): Promise<Set<string>> {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
  if (wanted.length <= LOOKUP_MAX) {
    const index = store.index('id');
    const counts = await Promise.all(wanted.map((id) => index.count(id)));
    return new Set(wanted.filter((_, at) => (counts[at] ?? 0) > 0));
  }
  const known = new Set<string>();
  for (const block of await store.getAll()) for (const id of block.ids) known.add(id);
  return known;
}

/** The keys of every block, or of one origin's, and how many records they hold. */
async function blocksOf(
  store: ReadableBlockStore,
  origin?: CitationOrigin,
): Promise<{ keys: number[]; records: number }> {
  const range =
    origin === undefined ? null : IDBKeyRange.bound([origin, 0], [origin, Number.MAX_VALUE]);
  const keys: number[] = [];
  let records = 0;
  for (
    let cursor = await store.index('origin_size').openKeyCursor(range);
    cursor;
    cursor = await cursor.continue()
  ) {
    keys.push(cursor.primaryKey);
    records += cursor.key[1];
  }
  return { keys, records };
}

/**
 * A record IndexedDB would have refused as a key: in a block its id is only an entry of a
 * multiEntry index, which skips invalid keys silently instead of failing the write.
 */
function checked(record: StoredCitation): StoredCitation {
  if (typeof record.id !== 'string')
    throw new DOMException(`A citation's id must be text, not ${typeof record.id}`, 'DataError');
  return record;
}

/** IndexedDB's order for string keys (code units), which `localeCompare` is not. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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
