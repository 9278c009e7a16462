// The citation store's IndexedDB schema and its upgrade ladder. Only the background and
// extension pages open it: a content script's `indexedDB` is the web page's, not ours.
//
// Each version is one function that moves a database from the previous version, so a v1
// database upgrades in place, step by step, and no step ever drops user data.
//
// Since v3 the records live in blocks of up to BLOCK_SIZE records per IndexedDB value, not one
// value each: IndexedDB's cost is per request, so 100,000 `add()`s took 17 s in Chromium's
// service worker (8 s even without indexes) against ~3 s for the same records in blocks of
// 1,000, and the import budget is 5 s (DESIGN.md "Budgets"; `npm run bench -- idb-import`,
// scripts/bench/idb-import.ts, measured 25 s through the options page before blocks). A block's
// multiEntry indexes list the keys of its records, so a lookup finds the blocks to read and the
// records are filtered in memory.
import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';
import type { CitationOrigin, CitationRecord } from '../citations/record';
import { publisherKey } from '../match/publisher';
import { subjectKey } from '../match/subject';

export const DB_NAME = 'corroborate';

/** A record as stored: with the normalised keys its indexes look up. */
export interface StoredCitation extends CitationRecord {
  publisherKey: string;
  /** Absent (not null) without a subject, so the record stays out of the 'subject' index. */
  subjectKey?: string;
}

/** The most records one block holds: big enough that requests stay few, small enough that
 * rewriting one block for a single edit stays cheap. */
export const BLOCK_SIZE = 1000;

/**
 * Up to BLOCK_SIZE records of one origin, with the keys of its records for the multiEntry
 * indexes (each list without duplicates). Ids are numbers given in creation order, so an
 * origin's last block is the one with its highest id.
 */
export interface CitationBlock {
  id: number;
  origin: CitationOrigin;
  records: StoredCitation[];
  ids: string[];
  /** `${unit}|${value}` of the records with both, as the v1 index on [unit, value] covered. */
  unitValues: string[];
  subjects: string[];
  publishers: string[];
  measures: string[];
}

export interface MetaEntry {
  key: string;
  value: string;
}

export interface CorroborateSchema extends DBSchema {
  /** v1–v2 only: v3 moves its records into 'blocks' and deletes it. Kept for the ladder. */
  citations: {
    key: string;
    value: StoredCitation;
    indexes: {
      unit_value: [string, number];
      subject: string;
      publisher: string;
      origin: CitationOrigin;
      measure: string;
    };
  };
  blocks: {
    key: number;
    value: CitationBlock;
    indexes: {
      /** multiEntry over `ids`: the block holding a record. */
      id: string;
      unit_value: string;
      subject: string;
      publisher: string;
      measure: string;
      origin: CitationOrigin;
      /**
       * [origin, number of records] (key path 'ids.length'): `count` and `clear` sum it with a
       * key cursor, one index key per block. Counting 100,000 records this way took 1–6 ms in
       * Chromium and Firefox, against 250–500 ms reading the origin's blocks.
       */
      origin_size: [CitationOrigin, number];
    };
  };
  meta: { key: string; value: MetaEntry };
}

export type CorroborateDb = IDBPDatabase<CorroborateSchema>;
type UpgradeTransaction = IDBPTransaction<
  CorroborateSchema,
  StoreNames<CorroborateSchema>[],
  'versionchange'
>;
type Upgrade = (db: CorroborateDb, transaction: UpgradeTransaction) => void | Promise<void>;

/** v1: the citations and the indexes matching and the options page search by. */
function toVersion1(db: CorroborateDb): void {
  const citations = db.createObjectStore('citations', { keyPath: 'id' });
  citations.createIndex('unit_value', ['unit', 'value']);
  citations.createIndex('subject', 'subjectKey');
  citations.createIndex('publisher', 'publisherKey');
  citations.createIndex('origin', 'origin');
}

/**
 * v2: a 'meta' store for the bundled pack's version (so an upgrade of the extension knows when
 * to replace the starter citations) and a 'measure' index for the options page's filter.
 */
function toVersion2(db: CorroborateDb, transaction: UpgradeTransaction): void {
  db.createObjectStore('meta', { keyPath: 'key' });
  transaction.objectStore('citations').createIndex('measure', 'measure');
}

/**
 * v3: the records move into blocks (see the top of this file), grouped by origin, in the
 * versionchange transaction, so the move is all or nothing; then 'citations' goes.
 */
async function toVersion3(db: CorroborateDb, transaction: UpgradeTransaction): Promise<void> {
  const blocks = db.createObjectStore('blocks', { keyPath: 'id' });
  blocks.createIndex('id', 'ids', { multiEntry: true });
  blocks.createIndex('unit_value', 'unitValues', { multiEntry: true });
  blocks.createIndex('subject', 'subjects', { multiEntry: true });
  blocks.createIndex('publisher', 'publishers', { multiEntry: true });
  blocks.createIndex('measure', 'measures', { multiEntry: true });
  blocks.createIndex('origin', 'origin');
  blocks.createIndex('origin_size', ['origin', 'ids.length']);

  // Pages of BLOCK_SIZE records rather than a cursor step per record: one request per page.
  const citations = transaction.objectStore('citations');
  const filling = new Map<CitationOrigin, StoredCitation[]>();
  let nextId = 1;
  let after: string | null = null;
  for (;;) {
    const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const page = await citations.getAll(range, BLOCK_SIZE);
    for (const record of page) {
      const records = filling.get(record.origin) ?? [];
      records.push(record);
      filling.set(record.origin, records);
      if (records.length === BLOCK_SIZE) {
        queue(blocks.add(toBlock(nextId++, record.origin, records)));
        filling.delete(record.origin);
      }
    }
    const last = page.at(-1);
    if (page.length < BLOCK_SIZE || last === undefined) break;
    after = last.id;
  }
  for (const [origin, records] of filling) queue(blocks.add(toBlock(nextId++, origin, records)));
  db.deleteObjectStore('citations');
}

/**
 * v4: subject keys fold known companies to one canonical name (utils/vocab/companies.ts: "Dell
 * Technologies" = "Dell"), so every stored record's `subjectKey` and every block's 'subject'
 * index keys are recomputed; the records themselves, and so their ids, stay as they were.
 * Records stored before citations had a `period` have none; `fromStored` reads them as null.
 */
async function toVersion4(_db: CorroborateDb, transaction: UpgradeTransaction): Promise<void> {
  const blocks = transaction.objectStore('blocks');
  const keyed = storedKeys();
  for (let cursor = await blocks.openCursor(); cursor; cursor = await cursor.continue()) {
    const block = cursor.value;
    const records = block.records.map((stored) => keyed(fromStored(stored)));
    queue(cursor.update(toBlock(block.id, block.origin, records)));
  }
}

const UPGRADES: readonly Upgrade[] = [toVersion1, toVersion2, toVersion3, toVersion4];
export const DB_VERSION = UPGRADES.length;

export function openCitationDb(name: string = DB_NAME): Promise<CorroborateDb> {
  return openDB<CorroborateSchema>(name, DB_VERSION, {
    async upgrade(db, oldVersion, newVersion, transaction) {
      try {
        for (let version = oldVersion; version < (newVersion ?? DB_VERSION); version++)
          await UPGRADES[version]?.(db, transaction);
      } catch (error) {
        // A thrown step must not commit half an upgrade: aborting keeps the old version, and
        // opening fails.
        console.error('Corroborate: database upgrade failed', error);
        try {
          transaction.abort();
        } catch {
          // Already aborted by the failed request.
        }
      }
    },
  });
}

/**
 * Issues a request without awaiting it: requests of one transaction run in order, and a failed
 * one aborts the transaction, which `transaction.done` (or opening the database) reports.
 * Awaiting each write would only add a microtask hop per request.
 */
export function queue(request: Promise<unknown>): void {
  void request.catch(() => undefined);
}

/** A block of `records` (all of `origin`, at most BLOCK_SIZE) with its index keys. */
export function toBlock(
  id: number,
  origin: CitationOrigin,
  records: StoredCitation[],
): CitationBlock {
  const unitValues = new Set<string>();
  const subjects = new Set<string>();
  const publishers = new Set<string>();
  const measures = new Set<string>();
  for (const record of records) {
    if (record.unit !== null && record.value !== null)
      unitValues.add(`${record.unit}|${record.value}`);
    if (record.subjectKey !== undefined) subjects.add(record.subjectKey);
    publishers.add(record.publisherKey);
    if (record.measure !== null) measures.add(record.measure);
  }
  return {
    id,
    origin,
    records,
    ids: records.map((record) => record.id),
    unitValues: [...unitValues],
    subjects: [...subjects],
    publishers: [...publishers],
    measures: [...measures],
  };
}

export function toStored(record: CitationRecord): StoredCitation {
  const key = subjectKey(record.subject);
  const stored: StoredCitation = { ...record, publisherKey: publisherKey(record.publisher) };
  if (key !== null) stored.subjectKey = key;
  return stored;
}

/**
 * `toStored` remembering the keys of each publisher and subject text it has seen: the keys took
 * ~1 s of a 100,000-record import, whose files name the same outlets and companies over and
 * over. One per write, so the memory goes with it.
 */
export function storedKeys(): (record: CitationRecord) => StoredCitation {
  const publishers = new Map<string, string>();
  const subjects = new Map<string | null, string | null>();
  return (record) => {
    let publisher = publishers.get(record.publisher);
    if (publisher === undefined) {
      publisher = publisherKey(record.publisher);
      publishers.set(record.publisher, publisher);
    }
    let subject = subjects.get(record.subject);
    if (subject === undefined) {
      subject = subjectKey(record.subject);
      subjects.set(record.subject, subject);
    }
    const stored: StoredCitation = { ...record, publisherKey: publisher };
    if (subject !== null) stored.subjectKey = subject;
    return stored;
  };
}

export function fromStored(stored: StoredCitation): CitationRecord {
  const { id, origin, publisher, claim, url, published, subject, value, unit, measure, rating } =
    stored;
  // Records stored before periods existed have no `period` field.
  const period = stored.period ?? null;
  const record = {
    id,
    origin,
    publisher,
    claim,
    url,
    published,
    subject,
    value,
    unit,
    measure,
    rating,
    period,
  };
  return stored.read === undefined ? record : { ...record, read: stored.read };
}
