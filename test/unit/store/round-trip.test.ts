// Issue 14.4: the store's own export, read back into a store holding the starter pack, adds
// nothing, as CSV and as JSON; and the CSV export opens as UTF-8 (13.6, 14.9).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCitationFile } from '../../../utils/citations/import';
import { decodeText } from '../../../utils/decode-text';
import { citationsToCsv, citationsToJson } from '../../../utils/export/citations';
import { CitationStore } from '../../../utils/store/citation-store';
import { readStarterPack } from '../../../scripts/starter-pack-files';
import { citation } from '../match/records';

const pack = readStarterPack();
let opened: CitationStore[] = [];
let counter = 0;

async function storeWithPack(): Promise<CitationStore> {
  const store = await CitationStore.open(`round-trip-${++counter}`);
  opened.push(store);
  await store.replaceOrigin('starter', pack.records, pack.version);
  return store;
}

afterEach(() => {
  for (const store of opened) store.close();
  opened = [];
});

const EXPORTS = [
  ['CSV', 'store.csv', citationsToCsv],
  ['JSON', 'store.json', citationsToJson],
] as const;

// Each case loads all of the starter pack (3,000+ citations) into a store and reads it back,
// which takes seconds on a loaded machine: room beyond vitest's 5 s default.
describe('store round trip', { timeout: 30_000 }, () => {
  it('has a starter pack to round-trip', () => {
    expect(pack.records.length).toBeGreaterThan(10);
  });

  it.each(EXPORTS)(
    '%s: the export of a starter-pack store adds nothing',
    async (_f, name, write) => {
      const store = await storeWithPack();
      const file = write(await store.all());
      // Through the bytes, as the options page and the CLI read a file.
      const text = decodeText(new TextEncoder().encode(file), name);
      const parsed = parseCitationFile(name, text);
      expect(parsed.errors).toEqual([]);
      expect(parsed.records).toHaveLength(pack.records.length);
      expect((await store.existingIds(parsed.records)).size).toBe(pack.records.length);
      expect(await store.importRecords(parsed.records)).toEqual({
        added: 0,
        skipped: pack.records.length,
      });
      expect(await store.count()).toBe(pack.records.length);
    },
  );

  it.each(EXPORTS)(
    '%s: user, learned and odd records (formula-like text, £, negatives) come back whole',
    async (_f, name, write) => {
      const store = await storeWithPack();
      const mine = [
        citation({
          publisher: 'CNBC',
          claim: '=cmd|x: Acme lost $3 million',
          value: -3e6,
          unit: 'usd',
        }),
        citation({
          publisher: 'The Guardian',
          claim: 'Acme raised £1.7bn, "a record"',
          value: 1.7e9,
          unit: 'gbp',
        }),
        citation({ publisher: 'Reuters', claim: 'Acme, Inc.\nsecond line', subject: 'Acme' }),
      ];
      await store.importRecords(mine);
      const learned = citation(
        { publisher: 'Axios', claim: 'Acme revenue: 12%', value: 12, unit: 'percent' },
        'learned',
      );
      await store.importRecords([learned]);
      const before = await store.count();
      const parsed = parseCitationFile(name, write(await store.all()));
      expect(parsed.errors).toEqual([]);
      expect(await store.importRecords(parsed.records)).toMatchObject({ added: 0 });
      expect(await store.count()).toBe(before);
      // Into an empty store, every field survives.
      const empty = await CitationStore.open(`round-trip-empty-${++counter}`);
      opened.push(empty);
      await empty.importRecords(parsed.records);
      // Everything but id and origin, which the importer decides.
      const strip = ({ id: _id, origin: _origin, ...fields }: (typeof mine)[number]) => fields;
      const sort = (list: ReturnType<typeof strip>[]) => list.map((r) => JSON.stringify(r)).sort();
      expect(sort((await empty.all()).map(strip))).toEqual(sort((await store.all()).map(strip)));
    },
  );

  it('starts the CSV export with a UTF-8 byte-order mark', () => {
    expect(citationsToCsv(pack.records.slice(0, 1)).startsWith('\uFEFFpublisher,claim')).toBe(true);
  });
});
