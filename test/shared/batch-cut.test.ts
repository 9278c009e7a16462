// Issue 10's batch-cut test on real text: every article of ../shared (fixtures and corpus), read
// in two parts at each paragraph boundary, gives exactly the claims it gives read whole, as the
// content script's batches must (one document state across the batches of a page).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { cutsThatDiffer, paragraphCuts } from '../support/batch-cuts';

const SHARED = path.resolve(import.meta.dirname, '../../../shared');
const articles = ['fixtures/articles', 'corpus/articles'].flatMap((dir) =>
  readdirSync(path.join(SHARED, dir))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: f, text: readFileSync(path.join(SHARED, dir, f), 'utf8') })),
);

it('reads all 43 real articles', () => {
  expect(articles).toHaveLength(43);
});

it.each(articles)(
  '$name: the same claims cut at any paragraph boundary',
  ({ text }) => {
    expect(paragraphCuts(text).length).toBeGreaterThan(0);
    expect(cutsThatDiffer(text)).toEqual([]);
  },
  120_000,
);
