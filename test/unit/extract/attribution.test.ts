import { describe, expect, it } from 'vitest';
import type { ExtractedStatistic } from '../../../utils/claim';
import { extract } from '../../../utils/extract/index';

const stats = (text: string) =>
  extract(text).filter((c): c is ExtractedStatistic => c.kind === 'statistic');
const attributed = (text: string) => stats(text).map((s) => [s.text, s.source]);

describe('attribution', () => {
  it('attributes within the sentence', () => {
    expect(attributed('Orbital Bank said profit rose 7% to $2 billion.')).toEqual([
      ['7%', 'Orbital Bank'],
      ['$2 billion', 'Orbital Bank'],
    ]);
  });

  it('carries the source through a paragraph that continues the report', () => {
    const text =
      'Ferro Motors reported 120,000 deliveries. Exports made up 40% of them. Margins hit 9%.';
    expect(attributed(text)).toEqual([
      ['120,000', 'Ferro Motors'],
      ['40%', 'Ferro Motors'],
      ['9%', 'Ferro Motors'],
    ]);
  });

  it('does not carry into a new paragraph', () => {
    const text = 'Ferro Motors reported 120,000 deliveries.\n\nShares rose 4% on Friday.';
    expect(attributed(text)).toEqual([
      ['120,000', 'Ferro Motors'],
      ['4%', null],
    ]);
  });

  it('carries a study’s or an "according to" source into the paragraph it runs on into', () => {
    const study =
      'A survey by Halden Research found 61% of firms use chatbots.\n\n' +
      'About 28% plan to spend more next year.\n\n' +
      '“We are surprised,” a manager said of the 12% who stopped.';
    expect(attributed(study)).toEqual([
      ['61%', 'Halden Research'],
      ['28%', 'Halden Research'],
      ['12%', null],
    ]);
    const according =
      'Hiring rose by 9,000 in May, according to Brindle Labs.\n\nWages grew 3% over the year.';
    expect(attributed(according)).toEqual([
      ['9,000', 'Brindle Labs'],
      ['3%', 'Brindle Labs'],
    ]);
    // A citation in brackets governs its own sentence only.
    const cited = 'Nimbus cut 300 jobs (Regional Jobs Tracker, 2024).\n\nIt has 2,000 staff left.';
    expect(attributed(cited)).toEqual([
      ['300', 'Regional Jobs Tracker'],
      ['2,000', null],
    ]);
  });

  it('"the company said" is never a dateline’s city nor a currency’s code', () => {
    const dateline =
      'NEW YORK (Wire) — Ferro Motors plans to cut 900 jobs.\n\n' +
      'That adds to the 1,800 workers the company said it let go in May.';
    expect(attributed(dateline).at(-1)).toEqual(['1,800', 'Ferro Motors']);
    const code =
      'Ferro Motors raised its outlook. In March, the company had forecast revenue of USD 905 million.';
    expect(attributed(code)).toEqual([['905 million', 'Ferro Motors']]);
  });

  it('limits "according to" to its own clause', () => {
    expect(attributed('Shares fell 5%, according to Bloomberg, but recovered 3% later.')).toEqual([
      ['5%', 'Bloomberg'],
      ['3%', null],
    ]);
  });

  it('prefers a citation over the speaker, and the speaker over a channel', () => {
    expect(attributed('Nimbus said it cut 300 jobs (Regional Jobs Tracker, 2024).')).toEqual([
      ['300', 'Regional Jobs Tracker'],
    ]);
    expect(
      attributed('Nimbus said it cut 300 jobs, according to a memo obtained by Axios.'),
    ).toEqual([['300', 'Nimbus']]);
  });

  it('resolves "he said" and "the company said" to the named antecedent', () => {
    const text = 'Tom Okafor, the chief executive, spoke on Monday. He said orders rose 14%.';
    expect(attributed(text)).toEqual([['14%', 'Tom Okafor']]);
    const company = 'Ferro Motors had a record year. The carmaker said it sold 8,000 trucks.';
    expect(attributed(company)).toEqual([['8,000', 'Ferro Motors']]);
    // A union is not the company: no antecedent, no source.
    const union = 'Ferro Motors had a record year. The union said 8,000 workers struck.';
    expect(attributed(union)).toEqual([['8,000', null]]);
    const firm = 'Ferro Motors had a record year. The firm said it sold 8,000 trucks.';
    expect(attributed(firm)).toEqual([['8,000', 'Ferro Motors']]);
  });

  it('gives list items the source of their heading', () => {
    const text =
      'Key findings of the Commuter Habits Survey:\n\n• 31% cycle to work.\n\n• 12% walk.';
    expect(attributed(text)).toEqual([
      ['31%', 'Commuter Habits Survey'],
      ['12%', 'Commuter Habits Survey'],
    ]);
  });

  it('gives a paragraph credited in brackets at its end that source, for figures without one', () => {
    const text =
      'Quillbridge sales rose 17% to $81 billion, Harbor Wire reported. Profit rose 9%. (Ledger Daily)\n\n' +
      'Costs fell 3%.';
    expect(attributed(text)).toEqual([
      ['17%', 'Harbor Wire'],
      ['$81 billion', 'Harbor Wire'],
      ['9%', 'Ledger Daily'],
      ['3%', null],
    ]);
  });

  it('takes the owner of an analysis, not the data it analysed, and carries it', () => {
    const text =
      'Postings fell 3%, according to Ardent Research analysis of Lightcast job data. That includes 1,200 new postings.';
    expect(attributed(text)).toEqual([
      ['3%', 'Ardent Research'],
      ['1,200', 'Ardent Research'],
    ]);
  });

  it('leaves unattributed figures null', () => {
    expect(attributed('The market grew 6% last year.')).toEqual([['6%', null]]);
  });
});

describe('subject and measure', () => {
  it('finds the entity and what is measured', () => {
    const [cut, share] = stats('Nimbus will lay off 1,200 employees, about 8% of its workforce.');
    // The matcher's vocabulary (utils/match/measure.ts): staff counted by a cut are layoffs.
    expect(cut).toMatchObject({ subject: 'Nimbus', measure: 'layoffs' });
    expect(share).toMatchObject({ subject: 'Nimbus', measure: 'layoffs', hedge: 'about' });
    expect(stats('Ferro Motors revenue rose to $4 billion.')[0]).toMatchObject({
      subject: 'Ferro Motors',
      measure: 'revenue',
    });
    expect(stats('The tech sector shed 5,000 jobs.')[0]?.subject).toBe('The tech sector');
  });

  it('takes the finer measure the words just before the nearest one name', () => {
    // "profit" is nearest, but the profit is an operating one; the revenue stays revenue.
    const [revenue, profit] = stats(
      'Ferro Motors revenue was $9 billion; operating profit was $1.2 billion.',
    );
    expect(revenue?.measure).toBe('revenue');
    expect(profit?.measure).toBe('operating-income');
  });
});

describe('extract', () => {
  it('returns statistics and sources sorted by start', () => {
    const claims = extract('According to Zillow, rents rose 4% and sales fell 2%.');
    expect(claims.map((c) => [c.kind, c.text])).toEqual([
      ['source', 'Zillow'],
      ['statistic', '4%'],
      ['statistic', '2%'],
    ]);
    const starts = claims.map((c) => c.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('handles empty and number-free text', () => {
    expect(extract('')).toEqual([]);
    expect(extract('No figures here at all.')).toEqual([]);
  });
});
