// Verdicts that know when (issue 11): support only for the same time, conflicts of kind period
// and value, other figures for other times neither, one event one time, stale figures.
import { describe, expect, it } from 'vitest';
import type { AnnotatedClaim, ExtractedStatistic, Period } from '../../../utils/claim';
import { CitationIndex, warns } from '../../../utils/match';
import { citation, source, statistic } from './records';

const month = (yyyyMm: string, how: Period['how'] = 'explicit'): Period => {
  const [year, m] = yyyyMm.split('-').map(Number) as [number, number];
  const end = new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
  return { text: '', start: `${yyyyMm}-01`, end, grain: 'month', how };
};
const quarter = (year: number, q: number): Period => ({
  text: `Q${q} ${year}`,
  start: `${year}-${String(3 * q - 2).padStart(2, '0')}-01`,
  end: new Date(Date.UTC(year, 3 * q, 0)).toISOString().slice(0, 10),
  grain: 'quarter',
  how: 'explicit',
});

const layoffs = (
  fields: Partial<ExtractedStatistic> & Pick<ExtractedStatistic, 'value' | 'unit'>,
) => statistic({ subject: 'Quillbridge', measure: 'layoffs', period: month('2025-01'), ...fields });

const one = (index: CitationIndex, claim: ExtractedStatistic, published?: string) => {
  const [result] = index.assess([claim], { pagePublished: published ?? null });
  if (!result) throw new Error('no result');
  return result;
};

describe('support and conflicts by period', () => {
  const index = new CitationIndex([
    citation({
      publisher: 'Harbor Wire',
      url: 'https://harborwire.example/q26',
      published: '2026-01-27',
      subject: 'Quillbridge',
      claim: 'Quillbridge lays off 15% of staff',
      value: 15,
      unit: 'percent',
      period: '2026-01',
    }),
    citation({
      publisher: 'Ledger Daily',
      url: 'https://ledger.example/q26',
      published: '2026-01-28',
      subject: 'Quillbridge Inc.',
      claim: 'Quillbridge cuts 15% of jobs',
      value: 15,
      unit: 'percent',
      period: '2026-01',
    }),
    citation({
      publisher: 'Ledger Daily',
      url: 'https://ledger.example/q26-count',
      published: '2026-01-28',
      subject: 'Quillbridge',
      claim: 'Quillbridge cuts about 700 jobs',
      value: 700,
      unit: 'count',
      period: '2026-01',
    }),
    citation({
      publisher: 'Harbor Wire',
      url: 'https://harborwire.example/q23',
      published: '2023-02-02',
      subject: 'Quillbridge',
      claim: 'Quillbridge lays off 150 staff',
      value: 150,
      unit: 'count',
      period: '2023-02',
    }),
    citation({
      publisher: 'Tallow Times',
      url: 'https://tallow.example/users-q3',
      published: '2023-10-30',
      subject: 'Quillbridge',
      claim: 'Quillbridge monthly active users reached 482 million',
      value: 482e6,
      unit: 'count',
      measure: 'users',
      period: '2023-Q3',
    }),
    citation({
      publisher: 'Tallow Times',
      url: 'https://tallow.example/users-q4',
      published: '2025-02-06',
      subject: 'Quillbridge',
      claim: 'Quillbridge monthly active users rose to 553 million',
      value: 553e6,
      unit: 'count',
      measure: 'users',
      period: '2024-Q4',
    }),
  ]);

  it('shows the same figure for another time as a period conflict, never as support', () => {
    const result = one(index, layoffs({ value: 15, unit: 'percent', hedge: 'approximately' }));
    expect(result.verdict).toBe('unverifiable');
    expect(result.citations).toEqual([]);
    expect(result.conflicts.map((c) => [c.publisher, c.kind, c.period, c.published])).toEqual([
      ['Ledger Daily', 'period', '2026-01', '2026-01-28'],
      ['Harbor Wire', 'period', '2026-01', '2026-01-27'],
    ]);
    expect(result.reason).toBe(
      'Backed by Ledger Daily and Harbor Wire for January 2026 — this article dates it January 2025',
    );
    expect(warns(result)).toBe(true);
  });

  it('backs the figure for its own time', () => {
    const result = one(index, layoffs({ value: 15, unit: 'percent', period: month('2026-01') }));
    expect(result.verdict).toBe('corroborated');
    expect(result.citations.map((c) => c.period)).toEqual(['2026-01', '2026-01']);
    expect(result.reason).toBe('Backed by Ledger Daily and Harbor Wire for January 2026');
    expect(warns(result)).toBe(false);
  });

  it('shows another figure for the same subject, measure and period as a value conflict', () => {
    const claim = statistic({
      value: 482e6,
      unit: 'count',
      subject: 'Quillbridge',
      measure: 'users',
      period: quarter(2024, 4),
    });
    const result = one(index, claim);
    expect(result.verdict).toBe('unverifiable');
    expect(result.conflicts.map((c) => [c.value, c.kind, c.period])).toEqual([
      [553e6, 'value', '2024-Q4'],
      [482e6, 'period', '2023-Q3'],
    ]);
    expect(result.reason).toBe(
      'Backed by Tallow Times for Q3 2023 — this article dates it Q4 2024; reports for Q4 2024 say 553 million',
    );
    expect(warns(result)).toBe(true);
  });

  it('says nothing of other figures for other periods: two layoffs are two events', () => {
    const result = one(index, layoffs({ value: 200, unit: 'count', period: month('2024-06') }));
    expect(result.verdict).toBe('unverifiable');
    expect(result.conflicts).toEqual([]);
    expect(warns(result)).toBe(false);
    const other = one(index, layoffs({ value: 300, unit: 'count', period: month('2023-02') }));
    expect(other.conflicts.map((c) => c.kind)).toEqual(['value']);
  });

  it('moves the figures of one event together when the store dates the event elsewhere', () => {
    const share = layoffs({ value: 15, unit: 'percent', hedge: 'approximately', start: 0, end: 3 });
    const count = layoffs({ value: 400, unit: 'count', hedge: 'nearly', start: 10, end: 13 });
    const [, counted] = index.assess([share, count], {});
    expect(counted?.conflicts.map((c) => [c.value, c.kind, c.period])).toEqual([
      [700, 'value', '2026-01'],
    ]);
    expect(counted?.reason).toBe(
      'This article dates the event January 2025; reports for January 2026 say 700',
    );
    expect(counted && warns(counted)).toBe(true);
  });

  it('behaves as before periods when the claim has none', () => {
    const result = one(index, layoffs({ value: 15, unit: 'percent', period: null }));
    expect(result.verdict).toBe('corroborated');
    expect(result.reason).toBe('Backed by Ledger Daily and Harbor Wire');
  });
});

describe('records without a period', () => {
  const index = new CitationIndex([
    citation({
      publisher: 'Harbor Wire',
      url: 'https://harborwire.example/a',
      published: '2025-01-27',
      subject: 'Quillbridge',
      claim: 'Quillbridge lays off 15% of staff',
      value: 15,
      unit: 'percent',
    }),
  ]);

  it('stand in with their published month for an announced figure', () => {
    expect(one(index, layoffs({ value: 15, unit: 'percent' })).verdict).toBe('single-sourced');
    const year = one(index, layoffs({ value: 15, unit: 'percent', period: month('2024-01') }));
    expect(year.verdict).toBe('unverifiable');
    expect(year.conflicts.map((c) => [c.kind, c.period])).toEqual([['period', '2025-01']]);
  });
});

describe('one URL, one citation', () => {
  it('never lists a URL as support and conflict, nor twice', () => {
    const url = 'https://harborwire.example/round-up';
    const index = new CitationIndex([
      citation({
        publisher: 'Harbor Wire',
        url,
        published: '2025-01-27',
        subject: 'Quillbridge',
        claim: 'Quillbridge cuts 10,000 jobs',
        value: 10000,
        unit: 'count',
        period: '2025-01',
      }),
      citation({
        publisher: 'Harbor Wire',
        url,
        published: '2025-01-27',
        subject: 'Quillbridge',
        claim: 'Quillbridge had cut 11,000 jobs before',
        value: 11000,
        unit: 'count',
        measure: 'layoffs',
        period: '2025-01',
      }),
      citation({
        publisher: 'Harbor Wire',
        url,
        published: '2025-01-27',
        subject: 'Quillbridge',
        claim: 'Quillbridge cuts 10,000 jobs, memo says',
        value: 10000,
        unit: 'count',
        period: '2025-01',
      }),
    ]);
    const result = one(index, layoffs({ value: 10000, unit: 'count' }));
    expect(result.citations.map((c) => c.url)).toEqual([url]);
    expect(result.conflicts).toEqual([]);
    const other = one(index, layoffs({ value: 11000, unit: 'count' }));
    expect(other.citations.map((c) => c.url)).toEqual([url]);
    expect(other.conflicts).toEqual([]);
  });
});

describe('subjects and fiscal periods', () => {
  it('matches company aliases on both sides and reads fiscal periods by the company calendar', () => {
    // Dell's fiscal year ends in January: FY2025 Q2 is May–July 2024.
    const index = new CitationIndex([
      citation({
        publisher: 'Harbor Wire',
        url: 'https://harborwire.example/dell',
        published: '2024-08-29',
        subject: 'Dell Technologies Inc.',
        claim: 'Dell revenue was $25 billion in the quarter',
        value: 25e9,
        unit: 'usd',
        period: 'FY2025-Q2',
      }),
    ]);
    const byDates = statistic({
      value: 25e9,
      unit: 'usd',
      subject: 'Dell',
      measure: 'revenue',
      period: {
        text: 'May to July 2024',
        start: '2024-05-01',
        end: '2024-07-31',
        grain: 'quarter',
        how: 'explicit',
      },
    });
    expect(one(index, byDates).verdict).toBe('single-sourced');
    const byLabel = statistic({
      value: 25e9,
      unit: 'usd',
      subject: 'Dell Technologies',
      measure: 'revenue',
      period: {
        text: 'second quarter of fiscal 2025',
        start: null,
        end: null,
        grain: 'fiscal-quarter',
        how: 'explicit',
        fiscal: 'FY2025 Q2',
      },
    });
    expect(one(index, byLabel).citations.map((c) => c.period)).toEqual(['FY2025-Q2']);
    const wrongQuarter = statistic({ ...byDates, period: quarter(2024, 4) });
    expect(one(index, wrongQuarter).conflicts.map((c) => c.kind)).toEqual(['period']);
  });
});

describe('stale figures', () => {
  const index = new CitationIndex([
    citation({
      publisher: 'Tallow Times',
      url: 'https://tallow.example/users',
      published: '2023-10-30',
      subject: 'Quillbridge',
      claim: 'Quillbridge monthly active users reached 482 million',
      value: 482e6,
      unit: 'count',
      measure: 'users',
      period: '2023-Q3',
    }),
  ]);
  const current = statistic({
    value: 482e6,
    unit: 'count',
    subject: 'Quillbridge',
    measure: 'users',
    period: month('2025-02', 'defaulted'),
  });

  it('says so when a figure with no time of its own is backed only by reports over a year older', () => {
    const result = one(index, current, '2025-02-10');
    expect(result.verdict).toBe('single-sourced');
    expect(result.reason).toBe(
      'Backed by Tallow Times only; the newest report is for Q3 2023, over a year before this article',
    );
    expect(warns(result)).toBe(false);
  });

  it('does not when the backing is recent or the figure is dated', () => {
    expect(one(index, current, '2024-06-01').reason).toBe('Backed by Tallow Times only');
    expect(one(index, { ...current, period: quarter(2023, 3) }, '2025-02-10').reason).toBe(
      'Backed by Tallow Times only for Q3 2023',
    );
  });
});

describe('source mentions', () => {
  it('are judged on their own citations backing the figures attributed to them, one URL once', () => {
    const url = 'https://harborwire.example/q';
    const index = new CitationIndex([
      citation({
        publisher: 'Harbor Wire',
        url,
        published: '2025-01-27',
        subject: 'Quillbridge',
        claim: 'Quillbridge cuts 15% of staff',
        value: 15,
        unit: 'percent',
        period: '2025-01',
      }),
      citation({
        publisher: 'Harbor Wire',
        url,
        published: '2025-01-27',
        subject: 'Quillbridge',
        claim: 'Quillbridge cuts 700 jobs',
        value: 700,
        unit: 'count',
        period: '2025-01',
      }),
      citation({
        publisher: 'Ledger Daily',
        url: 'https://ledger.example/t',
        published: '2025-01-27',
        subject: 'Tallowtech',
        claim: 'Tallowtech cuts 9% of staff',
        value: 9,
        unit: 'percent',
        period: '2025-01',
      }),
    ]);
    const claims = [
      source('Harbor Wire'),
      layoffs({ value: 15, unit: 'percent', source: 'Harbor Wire' }),
      layoffs({ value: 700, unit: 'count', source: 'Harbor Wire' }),
      source('Ledger Daily'),
      statistic({
        value: 9,
        unit: 'percent',
        subject: 'Tallowtech',
        measure: 'layoffs',
        period: month('2025-01'),
      }),
    ];
    const [harbor, , , ledger] = index.assess(claims, {}) as AnnotatedClaim[];
    expect(harbor?.verdict).toBe('single-sourced');
    expect(harbor?.citations.map((c) => c.url)).toEqual([url]);
    expect(ledger?.verdict).toBe('unverifiable');
    expect(ledger?.citations).toEqual([]);
  });
});

describe('value conflicts need a store that agrees with itself', () => {
  const index = new CitationIndex([
    citation({
      publisher: 'Harbor Wire',
      url: 'https://harborwire.example/r1',
      published: '2024-02-01',
      subject: 'Quillbridge',
      claim: 'Quillbridge revenue grew 14% in the quarter',
      value: 14,
      unit: 'percent',
      period: '2023-Q4',
    }),
    citation({
      publisher: 'Ledger Daily',
      url: 'https://ledger.example/r2',
      published: '2023-10-26',
      subject: 'Quillbridge',
      claim: 'Quillbridge forecast revenue growth of 7%',
      value: 7,
      unit: 'percent',
      period: '2023-Q4',
    }),
    citation({
      publisher: 'Ledger Daily',
      url: 'https://ledger.example/r3',
      published: '2024-02-01',
      subject: 'Quillbridge',
      claim: 'Quillbridge revenue was $86.3 billion',
      value: 86.3e9,
      unit: 'usd',
      period: '2023-Q4',
    }),
    citation({
      publisher: 'Harbor Wire',
      url: 'https://harborwire.example/r4',
      published: '2024-02-01',
      subject: 'Quillbridge',
      claim: 'Quillbridge cloud revenue was $9.2 billion',
      value: 9.2e9,
      unit: 'usd',
      measure: 'revenue',
      period: '2023-Q4',
    }),
  ]);
  const revenue = (value: number, unit: 'percent' | 'usd') =>
    statistic({
      value,
      unit,
      subject: 'Quillbridge',
      measure: 'revenue',
      period: quarter(2023, 4),
    });

  it('claims no conflict among figures the store does not tell apart', () => {
    expect(one(index, revenue(13, 'percent')).conflicts).toEqual([]);
    expect(one(index, revenue(20e9, 'usd')).conflicts).toEqual([]);
  });

  it('still flags a figure far beyond all of them', () => {
    const result = one(index, revenue(863.1e9, 'usd'));
    expect(result.conflicts.map((c) => c.kind)).toEqual(['value', 'value']);
    expect(warns(result)).toBe(true);
  });
});

describe('a figure of no known measure out of its subject’s scale', () => {
  const index = new CitationIndex([
    citation({
      publisher: 'Harbor Wire',
      url: 'https://harborwire.example/q4-revenue',
      published: '2025-02-04',
      subject: 'Quillbridge',
      claim: 'Quillbridge Q4 2024 revenue of $86.3 billion',
      value: 86_300_000_000,
      unit: 'usd',
      measure: 'revenue',
      period: '2024-Q4',
    }),
    citation({
      publisher: 'Ledger Daily',
      url: 'https://ledger.example/q4-profit',
      published: '2025-02-04',
      subject: 'Quillbridge',
      claim: 'Quillbridge Q4 2024 net income of $20.7 billion',
      value: 20_700_000_000,
      unit: 'usd',
      measure: 'profit',
      period: '2024-Q4',
    }),
  ]);
  const figure = (value: number, period = quarter(2024, 4)) =>
    statistic({ subject: 'Quillbridge', value, unit: 'usd', period });

  it('ten times the quarter’s largest line is flagged with that line', () => {
    const result = one(index, figure(863_000_000_000));
    expect(result.conflicts.map((c) => c.kind)).toEqual(['value']);
    expect(result.reason).toBe('Reports for Q4 2024 say $86.3 billion');
    expect(warns(result as AnnotatedClaim)).toBe(true);
  });

  it('a figure within the scale, or of another time, is neither', () => {
    expect(one(index, figure(30_000_000_000)).conflicts).toEqual([]);
    expect(one(index, figure(863_000_000_000, quarter(2023, 4))).conflicts).toEqual([]);
  });
});

describe('a period the article’s quarter gave a figure of no known measure', () => {
  const index = new CitationIndex([
    citation({
      publisher: 'Harbor Wire',
      url: 'https://harborwire.example/stake',
      published: '2025-06-13',
      subject: 'Quillbridge',
      claim: 'Quillbridge pays $14.3 billion for a stake in Tern Labs',
      value: 14_300_000_000,
      unit: 'usd',
      period: '2025-06',
    }),
  ]);
  const stake = (rule: string) =>
    statistic({
      subject: 'Quillbridge',
      value: 14_300_000_000,
      unit: 'usd',
      period: quarter(2025, 3),
      trace: { subject: 'main', period: rule, source: null },
    });

  it('does not make a report of another time a mismatch', () => {
    const result = one(index, stake('reported'));
    expect(result.conflicts).toEqual([]);
    expect(result.verdict).toBe('single-sourced');
  });

  it('a quarter the figure’s own words give still does', () => {
    expect(one(index, stake('clause:quarter-year')).conflicts.map((c) => c.kind)).toEqual([
      'period',
    ]);
  });
});
