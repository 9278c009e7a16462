// The accuracy report on the labelled real articles in ../shared/fixtures, scored by the shared
// scorer through the real CLI, against issue 3's targets.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';

const SHARED = path.resolve(import.meta.dirname, '../../../shared');

interface Summary {
  statistics: { f1: number };
  sources: { f1: number };
  value: number;
  attribution: number;
}

it('meets the extraction targets on the dev set', () => {
  const out = execFileSync(
    'node',
    [
      path.join(SHARED, 'eval/score.mjs'),
      '--articles',
      path.join(SHARED, 'fixtures/articles'),
      '--gold',
      path.join(SHARED, 'fixtures/gold'),
      '--json',
    ],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  const lines = out.trim().split('\n');
  console.log(lines.at(-1));
  const { summary } = JSON.parse(lines.slice(0, -1).join('\n')) as { summary: Summary };
  expect(summary.statistics.f1).toBeGreaterThanOrEqual(0.95);
  expect(summary.sources.f1).toBeGreaterThanOrEqual(0.9);
  expect(summary.value).toBeGreaterThanOrEqual(0.97);
  expect(summary.attribution).toBeGreaterThanOrEqual(0.9);
}, 300_000);
