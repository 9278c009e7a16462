import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { CitationRecord } from '../../../utils/citations/record';
import { CitationStore } from '../../../utils/store/citation-store';
import { BLOCK_SIZE, openCitationDb, type CitationBlock } from '../../../utils/store/db';
import { citation } from '../match/records';

let opened: CitationStore[] = [];
let counter = 0;
let lastName = '';

async function freshStore(): Promise<CitationStore> {
  lastName = `corroborate-test-${++counter}`;
  const store = await CitationStore.open(lastName);
  opened.push(store);
  return store;
}

/** The blocks of the store last opened by `freshStore`, in id order, read past the store's API. */
async function storedBlocks(): Promise<CitationBlock[]> {
  const db = await openCitationDb(lastName);
  try {
    return await db.getAll('blocks');
  } finally {
    db.close();
  }
}

const shape = (blocks: readonly CitationBlock[]) =>
  blocks.map((block) => `${block.origin}:${block.records.length}`);

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
    expect(await store.existingIds([...records.slice(0, 1), unseen])).toEqual(
      new Set([records[0]?.id]),
    );
  });

  it('writes nothing when a record fails half-way', async () => {
    const store = await freshStore();
    await store.importRecords([quill('CNBC', 15)]);
    const good = many(1500);
    // A record without a key, in the middle of the batch: the store refuses it after the first
    // block (the stored record + 999 new ones) was already written, so only the abort undoes it.
    const broken = { ...quill('Broken', 99), id: undefined } as unknown as CitationRecord;
    await expect(
      store.importRecords([...good.slice(0, 1200), broken, ...good.slice(1200)]),
    ).rejects.toThrow(/id must be text/);
    expect(await store.count()).toBe(1);
    expect(shape(await storedBlocks())).toEqual(['user:1']);
    // The store is still usable afterwards.
    expect(await store.importRecords(good)).toEqual({ added: 1500, skipped: 0 });
    expect(await store.count()).toBe(1501);
  });

  it('rolls back when IndexedDB refuses a value (DataCloneError)', async () => {
    const store = await freshStore();
    // A function cannot be cloned into IndexedDB (DataCloneError).
    // It sits in the second block, so the first was already written when IndexedDB refuses it.
    const uncloneable = { ...quill('Broken', 99), rating: (() => 'x') as unknown as string };
    await expect(store.importRecords([...many(BLOCK_SIZE), uncloneable])).rejects.toThrow();
    expect(await store.count()).toBe(0);
    expect(await storedBlocks()).toEqual([]);
  });
});

/** `count` distinct records of one origin, each with its own publisher, value and date. */
function many(
  count: number,
  origin: CitationRecord['origin'] = 'user',
  from = 0,
): CitationRecord[] {
  return Array.from({ length: count }, (_, n) =>
    // Counts, not shares: values run past 100, and a share of staff over 100% is refused.
    quill(
      `Outlet ${from + n}`,
      from + n + 1,
      {
        published: `20${10 + ((from + n) % 15)}-01-01`,
        claim: `Quillbridge cuts ${from + n + 1} jobs (Outlet ${from + n})`,
        unit: 'count',
      },
      origin,
    ),
  );
}

describe('CitationStore blocks', () => {
  it(`fills a block to ${BLOCK_SIZE} records, then starts a new one`, async () => {
    const store = await freshStore();
    await store.importRecords(many(BLOCK_SIZE - 1));
    expect(shape(await storedBlocks())).toEqual([`user:${BLOCK_SIZE - 1}`]);
    await store.importRecords(many(1, 'user', BLOCK_SIZE - 1));
    expect(shape(await storedBlocks())).toEqual([`user:${BLOCK_SIZE}`]);
    await store.importRecords(many(1, 'user', BLOCK_SIZE));
    expect(shape(await storedBlocks())).toEqual([`user:${BLOCK_SIZE}`, 'user:1']);
    // A later import fills the last block before starting another.
    await store.importRecords(many(BLOCK_SIZE + 10, 'user', BLOCK_SIZE + 1));
    expect(shape(await storedBlocks())).toEqual([
      `user:${BLOCK_SIZE}`,
      `user:${BLOCK_SIZE}`,
      'user:11',
    ]);
    expect(await store.count()).toBe(2 * BLOCK_SIZE + 11);
    expect(await store.count('user')).toBe(2 * BLOCK_SIZE + 11);

    // Each block's index keys list its records' keys once.
    const [first] = await storedBlocks();
    expect(first?.ids).toHaveLength(BLOCK_SIZE);
    expect(first?.ids).toEqual(first?.records.map((record) => record.id));
    expect(first?.subjects).toEqual(['quillbridge']);
    expect(first?.measures).toEqual(['layoffs']);
    expect(first?.unitValues.slice(0, 2)).toEqual(['count|1', 'count|2']);
    expect(first?.publishers).toHaveLength(BLOCK_SIZE);
  });

  it('keeps each origin in blocks of its own', async () => {
    const store = await freshStore();
    const mixed = [
      ...many(3, 'user'),
      ...many(2, 'learned', 100),
      ...many(BLOCK_SIZE + 1, 'starter', 200),
    ];
    // Interleaved, as a file could hold them.
    mixed.sort((a, b) => a.id.localeCompare(b.id));
    expect(await store.importRecords(mixed)).toEqual({ added: mixed.length, skipped: 0 });
    const blocks = await storedBlocks();
    for (const block of blocks)
      expect(new Set(block.records.map((record) => record.origin))).toEqual(
        new Set([block.origin]),
      );
    expect(shape(blocks).sort()).toEqual(
      ['learned:2', `starter:${BLOCK_SIZE}`, 'starter:1', 'user:3'].sort(),
    );
    expect([
      await store.count('user'),
      await store.count('learned'),
      await store.count('starter'),
      await store.count(),
    ]).toEqual([3, 2, BLOCK_SIZE + 1, BLOCK_SIZE + 6]);
    // Learning appends to the learned block, not to another origin's.
    await store.importRecords(many(1, 'learned', 150));
    expect(shape(await storedBlocks())).toContain('learned:3');

    expect(await store.clear('starter')).toBe(BLOCK_SIZE + 1);
    expect(shape(await storedBlocks()).sort()).toEqual(['learned:3', 'user:3']);
    // all() keeps the order of the per-record store: by id.
    const ids = (await store.all()).map((record) => record.id);
    expect(ids).toEqual([...ids].sort());
  });

  it('edits and deletes a record inside a block, and drops a block once empty', async () => {
    const store = await freshStore();
    const records = many(BLOCK_SIZE + 2);
    await store.importRecords(records);
    const inFirst = records[10];
    const inSecond = records[BLOCK_SIZE + 1];
    if (!inFirst || !inSecond) throw new Error('seed missing');

    // An edit swaps the record in place: same block, same position, nothing appended.
    const edited = quill('Outlet 10', 42, { published: '2024-05-05' });
    await store.put(edited, inFirst.id);
    let blocks = await storedBlocks();
    expect(shape(blocks)).toEqual([`user:${BLOCK_SIZE}`, 'user:2']);
    expect(blocks[0]?.records[10]?.id).toBe(edited.id);
    expect(blocks[0]?.ids).toContain(edited.id);
    expect(blocks[0]?.ids).not.toContain(inFirst.id);
    expect(blocks[0]?.unitValues).toContain('percent|42');
    expect(blocks[0]?.unitValues).not.toContain('count|11');
    expect(await store.existingIds([inFirst, edited])).toEqual(new Set([edited.id]));
    expect((await store.search({ publisher: 'Outlet 10' })).records).toEqual([edited]);

    // Putting the same record again overwrites it; a new one goes into the last block.
    await store.put(edited);
    const fresh = quill('Outlet new', 7);
    await store.put(fresh);
    expect(shape(await storedBlocks())).toEqual([`user:${BLOCK_SIZE}`, 'user:3']);

    // An edit that changes origin leaves its block for one of the new origin.
    const learned = quill('Outlet 12', 13, {}, 'learned');
    await store.put(learned, records[12]?.id);
    expect(shape(await storedBlocks())).toEqual([`user:${BLOCK_SIZE - 1}`, 'user:3', 'learned:1']);

    await store.delete(edited.id);
    await store.delete('no such id');
    blocks = await storedBlocks();
    expect(shape(blocks)).toEqual([`user:${BLOCK_SIZE - 2}`, 'user:3', 'learned:1']);
    expect(blocks[0]?.ids).not.toContain(edited.id);
    expect(await store.search({ publisher: 'Outlet 10' })).toEqual({ total: 0, records: [] });

    for (const id of [inSecond.id, records[BLOCK_SIZE]?.id ?? '', fresh.id]) await store.delete(id);
    expect(shape(await storedBlocks())).toEqual([`user:${BLOCK_SIZE - 2}`, 'learned:1']);
    expect(await store.count()).toBe(BLOCK_SIZE - 1);
  });

  it('finds records through the block indexes wherever they sit', async () => {
    const store = await freshStore();
    await store.importRecords([
      ...many(2 * BLOCK_SIZE),
      quill('Reuters', 15, { published: '2025-01-15' }),
    ]);
    await store.importRecords([quill('Reuters', 16, {}, 'learned')]);
    const reuters = await store.search({ publisher: 'reuters.com' });
    expect(reuters.records.map((record) => record.value)).toEqual([15, 16]);
    expect((await store.search({ publisher: 'Reuters', origin: 'learned' })).total).toBe(1);
    expect((await store.search({ origin: 'learned' })).total).toBe(1);
    expect((await store.search({ subject: 'Quillbridge' })).total).toBe(2 * BLOCK_SIZE + 2);
    expect((await store.search({ text: 'outlet 1999' })).total).toBe(1);
    // Paging over every block, ties in id order.
    const page = await store.search({}, { sort: 'subject', offset: BLOCK_SIZE, limit: 3 });
    const ids = (await store.all()).map((record) => record.id);
    expect(page.records.map((record) => record.id)).toEqual(ids.slice(BLOCK_SIZE, BLOCK_SIZE + 3));
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
