import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CitationStore } from '../../../utils/store/citation-store';
import { DB_VERSION, openCitationDb, toStored } from '../../../utils/store/db';
import { citation } from '../match/records';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

// The v1 schema written out with the raw API, as the first released version created it.
async function createVersion1(name: string, records: unknown[]): Promise<void> {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    const citations = open.result.createObjectStore('citations', { keyPath: 'id' });
    citations.createIndex('unit_value', ['unit', 'value']);
    citations.createIndex('subject', 'subjectKey');
    citations.createIndex('publisher', 'publisherKey');
    citations.createIndex('origin', 'origin');
  };
  const db = await request(open);
  const transaction = db.transaction('citations', 'readwrite');
  for (const record of records) transaction.objectStore('citations').put(record);
  await new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
  db.close();
}

describe('database upgrades', () => {
  it('upgrades a v1 database in place without losing a record', async () => {
    const records = [
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
    await createVersion1('corroborate-upgrade', records.map(toStored));

    const db = await openCitationDb('corroborate-upgrade');
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['citations', 'meta']);
    expect([...db.transaction('citations').store.indexNames].sort()).toEqual([
      'measure',
      'origin',
      'publisher',
      'subject',
      'unit_value',
    ]);
    db.close();

    const store = await CitationStore.open('corroborate-upgrade');
    const all = await store.all();
    expect(all.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...records].sort((a, b) => a.id.localeCompare(b.id)),
    );
    // The index added in v2 covers the records written by v1.
    expect((await store.search({ measure: 'layoffs' })).total).toBe(2);
    expect(await store.importRecords(records)).toEqual({ added: 0, skipped: 3 });
    store.close();
  });

  it('creates the current schema from nothing', async () => {
    const db = await openCitationDb('corroborate-fresh');
    expect(db.version).toBe(DB_VERSION);
    expect(db.objectStoreNames.contains('meta')).toBe(true);
    db.close();
  });
});
