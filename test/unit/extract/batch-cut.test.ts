// A page gives the same claims however the content script cuts it: every article of our own
// fixtures, read in two parts at each paragraph boundary and one paragraph per part, against
// reading it whole (issue 10: the document state lives across batches).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cutsThatDiffer, paragraphCuts, readInParts } from '../../support/batch-cuts';
import { ArticleExtractor, extract } from '../../../utils/extract';

const DIRS = ['../../fixtures/articles', '../../fixtures/holdout/articles'].map((d) =>
  path.resolve(import.meta.dirname, d),
);
const articles = DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: f, text: readFileSync(path.join(dir, f), 'utf8') })),
);

describe('batch cuts', () => {
  it.each(articles)(
    '$name: the same claims cut at any paragraph boundary',
    ({ text }) => {
      expect(paragraphCuts(text).length).toBeGreaterThan(3);
      expect(cutsThatDiffer(text, { published: '2026-03-04' })).toEqual([]);
    },
    60_000,
  );

  it.each(articles)(
    '$name: the same claims one paragraph per batch',
    ({ text }) => {
      const options = { published: '2026-03-04' };
      expect(readInParts(text, paragraphCuts(text), options)).toEqual(extract(text, options));
    },
    60_000,
  );

  it('holds back the head until it is complete, then answers it', () => {
    const text = 'Northwind Robotics will cut 8% of its staff, the company said.';
    const article = new ArticleExtractor({ published: '2026-03-04' });
    expect(article.read(text)).toEqual([]);
    expect(article.finish()).toEqual(extract(text, { published: '2026-03-04' }));
    expect(article.finish()).toEqual([]);
  });

  it('a headline figure takes the company the lede names, read in batches too', () => {
    const text =
      'Bay Area tech company lays off nearly 300 workers\n\n' +
      'Northwind Robotics, the warehouse-automation firm, said on Monday it would cut 12% of its staff.';
    const cut = text.indexOf('\n');
    for (const claims of [extract(text), readInParts(text, [cut])]) {
      const figures = claims.filter((c) => c.kind === 'statistic');
      expect(figures.map((c) => [c.text, c.subject])).toEqual([
        ['300', 'Northwind Robotics'],
        ['12%', 'Northwind Robotics'],
      ]);
    }
  });
});
