// Page furniture gives no statistic; the same figures in prose still do.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../utils/extract';
import { NOISE_RULES } from '../../../utils/extract/page-noise';

const statistics = (text: string) =>
  extract(text)
    .filter((c) => c.kind === 'statistic')
    .map((c) => c.text);

describe('page noise rows', () => {
  it.each(NOISE_RULES.map((r) => [r.id, r.example] as const))(
    '%s: "%s" gives no statistic',
    (_, example) => {
      expect(statistics(example)).toEqual([]);
    },
  );

  it('leaves figures in prose alone', () => {
    expect(statistics('The app has 482 million users and 120,000 paying subscribers.')).toEqual([
      '482 million',
      '120,000',
    ]);
    expect(statistics('Employees spent 4 minutes reading the memo.')).toEqual(['4 minutes']);
  });
});

describe('headings are not sources', () => {
  it('"Team notes" over a paragraph names no one', () => {
    const claims = extract('Team notes\nThe studio will cut 40 jobs, the memo said.');
    expect(claims.filter((c) => c.kind === 'source')).toEqual([]);
  });
});
