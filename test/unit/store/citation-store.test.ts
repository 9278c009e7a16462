import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { CitationRecord } from '../../../utils/citations/record';
import { CitationStore } from '../../../utils/store/citation-store';
import { citation } from '../match/records';

let opened: CitationStore[] = [];
let counter = 0;

async function freshStore(): Promise<CitationStore> {
  const store = await CitationStore.open(`corroborate-test-${++counter}`);
  opened.push(store);
  return store;
}

afterEach(() => {
  for (const store of opened) store.close();
  opened = [];
});

const quill = (
  publisher: string,
  value: number,
  extra: Partial<Parameters<typeof citation>[0]> = {},
  origin: CitationRecord['origin'] = 'user',
) =>
  citation(
    {
      publisher,
      subject: 'Quillbridge',
      claim: `Quillbridge cuts ${value}% of jobs (${publisher})`,
      value,
      unit: 'percent',
      ...extra,
    },
    origin,
  );

describe('CitationStore.importRecords', () => {
  it('adds records once: importing the same file again adds nothing', async () => {
    const store = await freshStore();
    const records = [quill('CNBC', 15), quill('Reuters', 15), quill('Axios', 8)];
    expect(await store.importRecords(records)).toEqual({ added: 3, skipped: 0 });
    expect(await store.importRecords(records)).toEqual({ added: 0, skipped: 3 });
    expect(await store.importRecords([...records, quill('Wired', 15)])).toEqual({
      added: 1,
      skipped: 3,
    });
    expect(await store.count()).toBe(4);
    const unseen = quill('Forbes', 15);
    expect(await store.existingIds([records[0]?.id ?? '', unseen.id])).toEqual(
      new Set([records[0]?.id]),
    );
  });

  it('writes nothing when a record fails half-way', async () => {
    const store = await freshStore();
    await store.importRecords([quill('CNBC', 15)]);
    const good = Array.from({ length: 50 }, (_, index) => quill(`Outlet ${index}`, index + 1));
    // A record without a key: IndexedDB refuses it, in the middle of the batch.
    const broken = { ...quill('Broken', 99), id: undefined } as unknown as CitationRecord;
    await expect(
      store.importRecords([...good.slice(0, 25), broken, ...good.slice(25)]),
    ).rejects.toThrow();
    expect(await store.count()).toBe(1);
    // The store is still usable afterwards.
    expect(await store.importRecords(good)).toEqual({ added: 50, skipped: 0 });
  });

  it('rolls back when IndexedDB refuses a value (DataCloneError)', async () => {
    const store = await freshStore();
    // A function cannot be cloned into IndexedDB (DataCloneError).
    const uncloneable = { ...quill('Broken', 99), rating: (() => 'x') as unknown as string };
    await expect(store.importRecords([quill('CNBC', 15), uncloneable])).rejects.toThrow();
    expect(await store.count()).toBe(0);
  });
});

describe('CitationStore queries and edits', () => {
  async function seeded(): Promise<CitationStore> {
    const store = await freshStore();
    await store.importRecords([
      quill('CNBC', 15, { published: '2025-01-14', url: 'https://www.cnbc.com/q' }),
      quill('reuters.com', 15, { published: '2025-01-15' }),
      quill('Axios', 8, { published: '2022-11-02' }),
      citation({
        publisher: 'MarketWatch',
        subject: 'Tallowtech',
        claim: 'Tallowtech revenue grew 9%',
        value: 9,
        unit: 'percent',
      }),
      citation(
        {
          publisher: 'Harbor Wire',
          subject: 'Meta Platforms',
          claim: 'Meta trims 5% of staff',
          value: 5,
          unit: 'percent',
        },
        'learned',
      ),
    ]);
    return store;
  }

  it('searches by normalised publisher and subject, text, origin and measure', async () => {
    const store = await seeded();
    expect(
      (await store.search({ publisher: 'Reuters' })).records.map((record) => record.publisher),
    ).toEqual(['reuters.com']);
    expect(
      (await store.search({ subject: 'Facebook' })).records.map((record) => record.publisher),
    ).toEqual(['Harbor Wire']);
    expect((await store.search({ text: 'REVENUE' })).total).toBe(1);
    expect((await store.search({ origin: 'learned' })).total).toBe(1);
    expect([await store.count('learned'), await store.count('user'), await store.count()]).toEqual([
      1, 4, 5,
    ]);
    expect((await store.search({ measure: 'job cuts' })).total).toBe(4);
    expect((await store.search({ publisher: 'cnbc.com', text: 'quillbridge' })).total).toBe(1);
  });

  it('sorts and pages, reporting the total before paging', async () => {
    const store = await seeded();
    const page = await store.search(
      { subject: 'Quillbridge' },
      { sort: 'published-asc', offset: 1, limit: 1 },
    );
    expect(page.total).toBe(3);
    expect(page.records.map((record) => record.published)).toEqual(['2025-01-14']);
    const newest = await store.search({}, { sort: 'published-desc', limit: 2 });
    expect(newest.records.map((record) => record.publisher)).toEqual(['reuters.com', 'CNBC']);
    expect(newest.records[0]).not.toHaveProperty('publisherKey');
  });

  it('puts, replaces, deletes and clears by origin', async () => {
    const store = await seeded();
    const [axios] = (await store.search({ publisher: 'Axios' })).records;
    if (!axios) throw new Error('seed missing');
    const edited = quill('Axios', 9, { published: '2022-11-02' });
    await store.put(edited, axios.id);
    expect(
      (await store.search({ publisher: 'Axios' })).records.map((record) => record.value),
    ).toEqual([9]);
    await store.delete(edited.id);
    expect(await store.count()).toBe(4);
    expect(await store.clear('learned')).toBe(1);
    expect(await store.count()).toBe(3);
    expect(await store.clear()).toBe(3);
    expect(await store.all()).toEqual([]);
  });
});

describe('CitationStore.replaceOrigin', () => {
  it('replaces the starter pack and never touches user or learned records', async () => {
    const store = await freshStore();
    const mine = quill('CNBC', 15);
    const learned = quill('Harbor Wire', 15, {}, 'learned');
    const oldPack = [quill('Reuters', 15, {}, 'starter'), quill('Axios', 8, {}, 'starter')];
    await store.importRecords([mine, learned, ...oldPack]);
    expect(await store.packVersion('starter')).toBeNull();

    const newPack = [quill('Reuters', 15, {}, 'starter'), quill('Bloomberg', 15, {}, 'starter')];
    expect(await store.replaceOrigin('starter', newPack, '2025.02')).toEqual({
      removed: 2,
      added: 2,
    });
    const ids = (await store.all()).map((record) => record.id).sort();
    expect(ids).toEqual([mine.id, learned.id, ...newPack.map((record) => record.id)].sort());
    expect(await store.packVersion('starter')).toBe('2025.02');
  });

  it('refuses records of another origin before writing anything', async () => {
    const store = await freshStore();
    await store.importRecords([quill('Reuters', 15, {}, 'starter')]);
    await expect(store.replaceOrigin('starter', [quill('CNBC', 15)])).rejects.toThrow(
      /origin 'user'/,
    );
    expect(await store.count()).toBe(1);
  });
});
