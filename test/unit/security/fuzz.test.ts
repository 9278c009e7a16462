// The fuzz suite's unit-run share: a few thousand generated cases from the fixed seed; any
// crash, hang, non-finite value or markup let through fails it. More: `npm run fuzz`.
import { expect, it } from 'vitest';
import { fuzz } from '../../fuzz/fuzz';

it('survives 2,000 generated files and articles with nothing let through', () => {
  const counts = fuzz(2_000);
  console.info(`fuzz: ${JSON.stringify({ ...counts, examples: undefined })}`);
  expect(counts.examples).toEqual([]);
  expect(counts).toMatchObject({ cases: 2_000, crashes: 0, hangs: 0, nonFinite: 0, markup: 0 });
}, 600_000);
