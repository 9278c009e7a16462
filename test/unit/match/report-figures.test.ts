// A report's other figures (utils/match/report-figures.ts): a range's second end and the growth
// rate to the level a record keeps are the report's figures too, and a range on the page meets a
// range in the store, never a lone figure.
import { describe, expect, it } from 'vitest';
import { CitationIndex, warns } from '../../../utils/match';
import { growthTo, rangeOtherEnd } from '../../../utils/match/report-figures';
import { citation, statistic } from './records';

describe('rangeOtherEnd', () => {
  it.each([
    ['Quillbridge expects sales between $40 billion and $44 billion', 40e9, 44e9],
    ['Quillbridge sees $40bn-$44bn of sales', 44e9, 40e9],
    ['Quillbridge guided to growth of 7%-12%', 7, 12],
    ['Quillbridge expects sales to grow 7 to 12 percent', 7, 12],
    ['The fault cost Quillbridge $350 million to $500 million', 500e6, 350e6],
  ])('%s (value %d) → %d', (text, value, other) => {
    expect(rangeOtherEnd(text, value)).toBe(other);
  });

  it.each([
    ['Quillbridge sales rose 12% to $44 billion', 44e9, 'a rate and a level'],
    ['Quillbridge revenue rose from $40 billion to $44 billion', 44e9, 'a change'],
    ['Quillbridge reported $40 billion and $44 billion', 40e9, '"and" without "between"'],
    ['Quillbridge expects 2 to 20 new stores', 2, 'ends ten times apart'],
    ['Quillbridge expects sales between $40 billion and $44 billion', 41e9, 'value not an end'],
  ])('%s: none (%s)', (text, value) => {
    expect(rangeOtherEnd(text, value as number)).toBeNull();
  });
});

describe('growthTo', () => {
  it.each([
    ['Quillbridge retail sales rose 13% to $105.5 billion', 105.5e9, 13],
    ['Quillbridge revenue grew 18% year over year to $898 million', 898e6, 18],
    ['Quillbridge output fell 8.5% to 1.2 million', 1.2e6, 8.5],
  ])('%s → %d', (text, value, rate) => {
    expect(growthTo(text, 'usd', value)).toBe(rate);
  });

  it('gives nothing when the level is not the record value, or the value is a rate', () => {
    expect(growthTo('Quillbridge sales rose 13% to $105.5 billion', 'usd', 40e9)).toBeNull();
    expect(growthTo('Quillbridge sales rose 13% to 14%', 'percent', 14)).toBeNull();
  });
});

const q4: NonNullable<Parameters<typeof statistic>[0]['period']> = {
  text: 'Q4 2025',
  start: '2025-10-01',
  end: '2025-12-31',
  grain: 'quarter',
  how: 'explicit',
};

describe('matching with a report’s other figures', () => {
  const index = new CitationIndex([
    citation({
      publisher: 'Harbor Wire',
      url: 'https://harborwire.example/guide',
      published: '2025-10-30',
      subject: 'Quillbridge',
      claim: 'Quillbridge expects Q1 2026 sales between $40 billion and $44 billion',
      value: 40e9,
      unit: 'usd',
      period: '2026-Q1',
    }),
    citation({
      publisher: 'Ledger Daily',
      url: 'https://ledger.example/q4',
      published: '2026-02-01',
      subject: 'Quillbridge',
      claim: 'Quillbridge retail sales rose 13% to $105.5 billion in Q4 2025',
      value: 105.5e9,
      unit: 'usd',
      period: '2025-Q4',
    }),
    citation({
      publisher: 'Ledger Daily',
      url: 'https://ledger.example/q4-profit',
      published: '2026-02-01',
      subject: 'Quillbridge',
      claim: 'Quillbridge Q4 2025 profit rose to $9.5 billion, or $2.10 per share',
      value: 9.5e9,
      unit: 'usd',
      period: '2025-Q4',
    }),
  ]);
  const first = (claim: ReturnType<typeof statistic>) => {
    const [result] = index.assess([claim]);
    if (!result) throw new Error('no result');
    return result;
  };
  const sales = { subject: 'Quillbridge', measure: 'revenue', unit: 'usd' as const };

  it('a page range with the same ends meets the report range at either end', () => {
    const top = first(statistic({ ...sales, value: 44e9, rangeEnd: 40e9, period: q4 }));
    // Same figures, dated a quarter apart: a period mismatch, from the range's second end.
    expect(top.conflicts.map((c) => [c.kind, c.value])).toEqual([['period', 44e9]]);
    expect(warns(top)).toBe(true);
  });

  it('a lone figure equal to the range’s second end is not the range', () => {
    const lone = first(statistic({ ...sales, value: 44e9, period: q4 }));
    const guide = 'https://harborwire.example/guide';
    expect([...lone.citations, ...lone.conflicts].map((c) => c.url)).not.toContain(guide);
    expect(lone.verdict).toBe('unverifiable');
  });

  it('a growth rate stated with the level backs the rate', () => {
    const rate = first(statistic({ ...sales, value: 13, unit: 'percent', period: q4 }));
    expect(rate.verdict).toBe('single-sourced');
    expect(rate.citations.map((c) => c.url)).toEqual(['https://ledger.example/q4']);
  });

  it('a range end on the page is not backed by a lone growth rate', () => {
    const end = first(statistic({ ...sales, value: 13, unit: 'percent', rangeEnd: 8, period: q4 }));
    expect(end.verdict).toBe('unverifiable');
  });

  it('a figure of billions is a profit, not earnings per share, whatever else the text says', () => {
    const profit = first(
      statistic({
        subject: 'Quillbridge',
        measure: 'profit',
        value: 9.5e9,
        unit: 'usd',
        period: q4,
      }),
    );
    expect(profit.verdict).toBe('single-sourced');
  });
});
