// Independent hold-out set: eight articles written and hand-labelled without looking at the
// extraction engine, scored with the same metrics as the shared evaluator (see ./score.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../utils/extract';
import { formatDetails, formatSummary, scoreArticle, summarise, type GoldFile } from './score';

const root = fileURLToPath(new URL('../../fixtures/holdout/', import.meta.url));
const goldDir = join(root, 'gold');
const articleDir = join(root, 'articles');

describe('hold-out articles', () => {
  it('meets the accuracy floor on independently labelled articles', () => {
    const goldFiles = readdirSync(goldDir)
      .filter((name) => name.endsWith('.json'))
      .sort();
    expect(goldFiles.length).toBeGreaterThan(0);

    const scores = goldFiles.map((name) => {
      const gold = JSON.parse(readFileSync(join(goldDir, name), 'utf8')) as GoldFile;
      const text = readFileSync(join(articleDir, gold.article), 'utf8');
      return scoreArticle(extract(text), gold);
    });
    const summary = summarise(scores);

    console.log(`${formatSummary(summary, 'holdout')}\n${formatDetails(scores)}`);

    expect(summary.statistics.f1).toBeGreaterThanOrEqual(0.9);
    expect(summary.sources.f1).toBeGreaterThanOrEqual(0.8);
    expect(summary.value).toBeGreaterThanOrEqual(0.95);
    expect(summary.attribution).toBeGreaterThanOrEqual(0.8);
  });
});
