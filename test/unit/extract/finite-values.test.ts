// Issue 13.6: a number too long for a double must not become a statistic worth Infinity (the
// card read "∞%", claim JSON wrote "value": null).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../utils/extract/index';
import { findStatistics } from '../../../utils/extract/statistic';

describe('statistic values are finite', () => {
  it('gives no statistic for a 400-digit number, and keeps the ordinary figure beside it', () => {
    const text = `The firm cut ${'9'.repeat(400)} jobs, about 15% of its staff.`;
    const found = findStatistics(text);
    expect(found.map((s) => s.text)).toEqual(['15%']);
    for (const claim of extract(text))
      if (claim.kind === 'statistic') expect(Number.isFinite(claim.value)).toBe(true);
  });

  it('gives no statistic when scaling overflows ("… trillion" on a huge number)', () => {
    const text = `Revenue reached $${'9'.repeat(300)} trillion last year.`;
    expect(findStatistics(text)).toEqual([]);
  });
});
