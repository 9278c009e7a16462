import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { CitationOrigin, CitationRecord } from '../../../utils/citations/record';
import { CitationStore } from '../../../utils/store/citation-store';
import {
  BLOCK_SIZE,
  DB_VERSION,
  openCitationDb,
  toStored,
  type CitationBlock,
} from '../../../utils/store/db';
import { citation } from '../match/records';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

// The v1 schema written out with the raw API, as the first released version created it.
function createVersion1Schema(db: IDBDatabase): IDBObjectStore {
  const citations = db.createObjectStore('citations', { keyPath: 'id' });
  citations.createIndex('unit_value', ['unit', 'value']);
  citations.createIndex('subject', 'subjectKey');
  citations.createIndex('publisher', 'publisherKey');
  citations.createIndex('origin', 'origin');
  return citations;
}

/**
 * A database as version 1 or 2 left it, written with the raw API (not ./db, which only knows how
 * to reach the current version): v2 added the 'meta' store and the 'measure' index.
 */
async function createOldVersion(
  name: string,
  version: 1 | 2,
  records: readonly CitationRecord[],
  meta: { key: string; value: string }[] = [],
  stored: (record: CitationRecord) => object = toStored,
): Promise<void> {
  const open = indexedDB.open(name, version);
  open.onupgradeneeded = () => {
    const citations = createVersion1Schema(open.result);
    if (version === 2) {
      open.result.createObjectStore('meta', { keyPath: 'key' });
      citations.createIndex('measure', 'measure');
    }
  };
  const db = await request(open);
  const stores = version === 2 ? ['citations', 'meta'] : ['citations'];
  const transaction = db.transaction(stores, 'readwrite');
  for (const record of records) transaction.objectStore('citations').put(stored(record));
  for (const entry of meta) transaction.objectStore('meta').put(entry);
  await new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
  db.close();
}

const byId = (records: readonly CitationRecord[]) =>
  [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const seed = [
  citation({
    publisher: 'CNBC',
    subject: 'Quillbridge',
    claim: 'Quillbridge cuts 15% of jobs',
    value: 15,
    unit: 'percent',
  }),
  citation(
    {
      publisher: 'Reuters',
      subject: 'Quillbridge',
      claim: 'Quillbridge cuts 15% of jobs',
      value: 15,
      unit: 'percent',
    },
    'starter',
  ),
  citation({ publisher: 'Harbor Wire', claim: 'Tallowtech revenue grew 9%' }, 'learned'),
];

/** More records than one block holds, of three origins, interleaved by id in the old store. */
function crowd(): CitationRecord[] {
  const origins: CitationOrigin[] = ['user', 'starter', 'learned'];
  const records = Array.from({ length: 2 * BLOCK_SIZE + 500 }, (_, n) =>
    citation(
      {
        publisher: `Outlet ${n}`,
        subject: `Company ${n % 40}`,
        claim: `Company ${n % 40} revenue grew ${n}%`,
        value: n,
        unit: 'percent',
      },
      origins[n % 3],
    ),
  );
  return [...seed, ...records];
}

async function blocksOf(name: string): Promise<CitationBlock[]> {
  const db = await openCitationDb(name);
  try {
    return await db.getAll('blocks');
  } finally {
    db.close();
  }
}

// Thousands of records through fake-indexeddb upgrades: about 2 s each alone, far more on a loaded
// 2-core machine, so these get room beyond the 5 s default.
describe('database upgrades', { timeout: 30_000 }, () => {
  it('upgrades a v1 database in place without losing a record', async () => {
    const records = crowd();
    await createOldVersion('corroborate-upgrade-v1', 1, records);

    const db = await openCitationDb('corroborate-upgrade-v1');
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['blocks', 'meta']);
    expect([...db.transaction('blocks').store.indexNames].sort()).toEqual([
      'id',
      'measure',
      'origin',
      'origin_size',
      'publisher',
      'subject',
      'unit_value',
    ]);
    db.close();

    const store = await CitationStore.open('corroborate-upgrade-v1');
    expect(await store.all()).toEqual(byId(records));
    expect(await store.count()).toBe(records.length);
    // The measure index (v2) covers the records written by v1.
    expect((await store.search({ measure: 'layoffs' })).total).toBe(2);
    expect(await store.importRecords(seed)).toEqual({ added: 0, skipped: 3 });
    expect(await store.packVersion('starter')).toBeNull();
    store.close();
  });

  it('moves every record of a v2 database into blocks of one origin, keeping meta', async () => {
    const records = crowd();
    await createOldVersion('corroborate-upgrade-v2', 2, records, [
      { key: 'pack-version:starter', value: '2025.01' },
    ]);

    const store = await CitationStore.open('corroborate-upgrade-v2');
    expect(await store.all()).toEqual(byId(records));
    const counted = (origin: CitationOrigin) => records.filter((r) => r.origin === origin).length;
    expect([
      await store.count('user'),
      await store.count('starter'),
      await store.count('learned'),
      await store.count(),
    ]).toEqual([counted('user'), counted('starter'), counted('learned'), records.length]);
    expect(await store.packVersion('starter')).toBe('2025.01');
    // Every index finds the moved records.
    expect((await store.search({ publisher: 'Outlet 1234' })).total).toBe(1);
    expect((await store.search({ subject: 'Company 7' })).total).toBe(63);
    expect((await store.search({ measure: 'revenue' })).total).toBe(records.length - 2);
    expect((await store.search({ origin: 'learned' })).total).toBe(counted('learned'));
    expect(await store.importRecords(records)).toEqual({ added: 0, skipped: records.length });
    store.close();

    const blocks = await blocksOf('corroborate-upgrade-v2');
    for (const block of blocks) {
      expect(block.records.length).toBeLessThanOrEqual(BLOCK_SIZE);
      expect(block.records.every((record) => record.origin === block.origin)).toBe(true);
      expect(block.ids).toEqual(block.records.map((record) => record.id));
    }
    // Full blocks of each origin, then one partial block per origin.
    expect(blocks.filter((block) => block.records.length < BLOCK_SIZE)).toHaveLength(3);
  });

  it('re-keys subjects to canonical company names and reads records without a period (v4)', async () => {
    const dell = citation({
      publisher: 'Harbor Wire',
      subject: 'Dell Technologies',
      claim: 'Dell Technologies revenue grew 9%',
      value: 9,
      unit: 'percent',
    });
    // As an older version stored it: the subject key before canonical names, no period field.
    const { period, ...withoutPeriod } = toStored(dell);
    expect(period).toBeNull();
    await createOldVersion('corroborate-upgrade-v4', 2, [dell], [], () => ({
      ...withoutPeriod,
      subjectKey: 'dell technologies',
    }));

    const store = await CitationStore.open('corroborate-upgrade-v4');
    const [read] = await store.all();
    // Same id as before periods existed, period read as null.
    expect(read).toEqual({ ...dell, period: null });
    expect(read?.id).toBe(dell.id);
    expect((await store.search({ subject: 'Dell' })).total).toBe(1);
    expect((await store.search({ subject: 'Dell Technologies Inc.' })).total).toBe(1);
    store.close();
  });

  it('creates the current schema from nothing', async () => {
    const db = await openCitationDb('corroborate-fresh');
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['blocks', 'meta']);
    db.close();
  });
});
