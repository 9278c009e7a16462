// Typed subject candidates: companies and their products give the company; places, people,
// metrics and words capitalised only by their place in a sentence are never subjects.
import { describe, expect, it } from 'vitest';
import type { ExtractedStatistic } from '../../../utils/claim';
import { extract } from '../../../utils/extract';

const subjects = (text: string) =>
  extract(text)
    .filter((c): c is ExtractedStatistic => c.kind === 'statistic')
    .map((c) => [c.text, c.subject, c.trace?.subject]);

describe('subject candidates', () => {
  it.each([
    ['Zoom CEO Eric Yuan cut his salary by 98%.', 'Zoom', 'title split from its company'],
    ['Meta Platforms Inc will cut 11,000 jobs.', 'Meta', 'canonical name from companies.json'],
    ['Dell Technologies said it would cut 5% of staff.', 'Dell', 'legal and descriptive suffixes'],
    ['Instagram reached 2 billion users, Ardent Labs said.', 'Meta', 'a brand names its company'],
    ['Apple said iPhone revenue was $69.7 billion.', 'Apple', 'a product line is its company'],
    [
      'Rivian said its electric vehicle (EV) deliveries rose to 13,000 units.',
      'Rivian',
      'an abbreviation of the plain words before it is not a name',
    ],
    [
      'Lumen Arcade grew fast. “We shipped it,” Dana K. Reyes, its chief, said. Mr Reyes added that 1,00,000 schools use it.',
      'Lumen Arcade',
      'a full name with a middle initial is a person’s, and so is its surname alone',
    ],
    [
      'Sales at Amazon Web Services (AWS) grew 13% to $24.2 billion.',
      'Amazon Web Services',
      'a reporting segment is its own subject',
    ],
    ['Nvidia Q4 revenue rose to $22.1 billion.', 'Nvidia', 'a period run into the name'],
    [
      'Delta Airlines Faces $500 Million Bill After Outage',
      'Delta Air Lines',
      'a headline verb run into the name',
    ],
    [
      'Insurers say Fortune 500 companies, excluding Microsoft, lost $5.4 billion.',
      'Fortune 500 companies',
      'an index’s members, not the name set aside',
    ],
    [
      'Microsoft’s Intelligent Cloud segment, which includes Azure and other services, booked $20 billion in revenue.',
      'Microsoft Intelligent Cloud',
      'a name in an aside describes the one before it',
    ],
    [
      'Amazon’s stores unit, including Whole Foods and Zoox, booked $20 billion in sales.',
      'Amazon',
      'the same with "including"',
    ],
  ])('%s → %s (%s)', (text, want) => {
    expect(subjects(text)[0]?.[1]).toBe(want);
  });

  it('skips places, metrics and sentence-opening words for the story’s company', () => {
    const text =
      'Corvid Audio said its revenue rose to $40 million.\n' +
      'In London, Corvid Audio shed 120 jobs.\n' +
      'Streaming revenue rose 12%.\n' +
      'GAAP earnings per share were $1.05.';
    expect(subjects(text).map((s) => s[1])).toEqual([
      'Corvid Audio',
      'Corvid Audio',
      'Corvid Audio',
      'Corvid Audio',
    ]);
  });

  it('a survey’s figures with no company of their own take who ran it', () => {
    const text =
      'A new survey by Ardent Research found that 62% of IT leaders plan to hire.\n' +
      'Only 26% of departments can keep up, the survey found.';
    expect(subjects(text).map((s) => s[1])).toEqual(['Ardent Research', 'Ardent Research']);
  });
});

describe('a total after its clause', () => {
  it('measures what the clause before it counts', () => {
    const [claim] = extract(
      'Rivian posted record vehicle deliveries in the quarter, reaching a total of 13,000 units.',
    ).filter((c): c is ExtractedStatistic => c.kind === 'statistic');
    expect(claim?.measure).toBe('deliveries');
  });
});

describe('one name per company in an article', () => {
  it('is the article’s first spelling of a known company: an alias as written, a legal tail dropped', () => {
    const text =
      'Advanced Micro Devices will cut 4% of its staff.\n\nAMD said revenue rose 9% to $6.8 billion.\n\n' +
      'Meta Platforms Inc cut 11,000 jobs. Meta said revenue rose 20%.';
    expect(subjects(text).map((s) => s[1])).toEqual([
      'Advanced Micro Devices',
      'Advanced Micro Devices',
      'Advanced Micro Devices',
      'Meta',
      'Meta',
    ]);
  });

  it('gives a company the parent’s name where the parent reports its results and is named too', () => {
    const alphabet =
      'Alphabet reported results for the quarter.\n\nGoogle’s advertising revenue rose 11% to $65 billion, and Google Cloud revenue rose 26% to $9.2 billion.';
    expect(subjects(alphabet).map((s) => s[1])).toEqual([
      'Alphabet',
      'Alphabet',
      'Google Cloud',
      'Google Cloud',
    ]);
    // A segment named in a sentence with no figure is what the paragraph's next figure is about,
    // whichever word opens that sentence; and a segment's two-word name is not a person's.
    expect(
      subjects(
        'Alphabet reported results. Its revenue rose 18%.\n\nParticularly notable was the performance of Google Cloud. This division posted revenue of $17.7 billion.',
      ).at(-1)?.[1],
    ).toBe('Google Cloud');
    // Not named, the parent is not assumed.
    expect(subjects('Google’s advertising revenue rose 11% to $65 billion.')[0]?.[1]).toBe(
      'Google',
    );
  });
});

describe('names that are also names of JavaScript methods', () => {
  it.each([
    ['Revenue at toString rose 12% last year.', 'toString'],
    ['The valueOf app grew 12% in 2024.', 'valueOf'],
  ])('%s → %s, not a product of Object.prototype', (text, want) => {
    expect(subjects(text)[0]?.[1]).toBe(want);
  });
});

describe('ranges written as two figures', () => {
  const ends = (text: string) =>
    extract(text)
      .filter((c): c is ExtractedStatistic => c.kind === 'statistic')
      .map((c) => [c.text, c.rangeEnd ?? null]);

  it.each([
    ['Quillbridge expects revenue between $56 billion and $59 billion.', 56e9, 59e9],
    ['Quillbridge expects revenue of $56 billion to $59 billion.', 56e9, 59e9],
    ['Quillbridge sees sales growth of 8% to 13%.', 8, 13],
  ])('%s: each end knows the other', (text, lo, hi) => {
    expect(ends(text).map(([, end]) => end)).toEqual([hi, lo]);
  });

  it('two figures joined by a plain "and" are two figures', () => {
    expect(ends('Quillbridge booked $5 billion and $6 billion in two units.')).toEqual([
      ['$5 billion', null],
      ['$6 billion', null],
    ]);
  });
});

describe('losses', () => {
  const measures = (text: string) =>
    extract(text)
      .filter((c): c is ExtractedStatistic => c.kind === 'statistic')
      .map((c) => [c.text, c.measure]);

  it('a loss a unit posts or reports is its operating loss; a net loss is a profit figure', () => {
    expect(
      measures(
        'The devices unit posted a loss of $1.2 billion in the third quarter, after a $1.5 billion loss reported in the second.',
      ),
    ).toEqual([
      ['$1.2 billion', 'operating-income'],
      ['$1.5 billion', 'operating-income'],
    ]);
    expect(
      measures('Quillbridge earned $3 billion, up from a net loss of $2.7 billion a year earlier.'),
    ).toEqual([
      ['$3 billion', 'profit'],
      ['$2.7 billion', 'profit'],
    ]);
  });
});

describe('table columns', () => {
  const cellsOf = (text: string, published?: string) =>
    extract(text, published ? { published } : undefined)
      .filter((c): c is ExtractedStatistic => c.kind === 'statistic')
      .map((c) => [c.text, c.measure, c.period?.start ?? null, c.trace?.period ?? null]);

  it('a cell with no measure word measures what its column’s header names', () => {
    const text =
      'Quillbridge will cut staff across its teams.\n\n' +
      '| Team | Job cuts | Open roles |\n' +
      '|---|---|---|\n' +
      '| Support | 140 | 3 |\n' +
      '| Design | 90 | 12 |';
    expect(cellsOf(text).map(([t, m]) => [t, m])).toEqual([
      ['140', 'layoffs'],
      ['3', null],
      ['90', 'layoffs'],
      ['12', null],
    ]);
  });

  it('a share of the cuts is a part of the event, never the event’s own figure', () => {
    const text =
      'Quillbridge will cut 10% of its staff.\n\n' +
      '| Team | Share of job cuts |\n' +
      '|---|---|\n' +
      '| Support | 14% |\n' +
      '| Sales | 9% |';
    expect(cellsOf(text).map(([t, m]) => [t, m])).toEqual([
      ['10%', 'layoffs'],
      ['14%', 'share of layoffs'],
      ['9%', 'share of layoffs'],
    ]);
  });

  it('a row label names the measure where the column header does not', () => {
    const text =
      'Quillbridge results.\n\n' +
      '| | Q3 2026 | Q3 2025 |\n' +
      '|---|---|---|\n' +
      '| Revenue | $5.2 billion | $4.8 billion |';
    expect(cellsOf(text, '2026-11-02').map(([t, m, p]) => [t, m, p])).toEqual([
      ['$5.2 billion', 'revenue', '2026-07-01'],
      ['$4.8 billion', 'revenue', '2025-07-01'],
    ]);
  });

  it('a header’s time dates its cells, and a header naming hires measures hiring', () => {
    const text =
      'Quillbridge is moving staff into research.\n\n' +
      '| Team | Hiring planned for 2027 |\n' +
      '|---|---|\n' +
      '| Research | 154 |';
    expect(cellsOf(text, '2026-11-02')).toEqual([['154', 'hiring', '2027-01-01', 'column:year']]);
  });
});

describe('words that only open a sentence', () => {
  it('an adverb or preposition opening a sentence is not the paragraph’s company', () => {
    const text =
      'Corvid Audio reported results on Tuesday.\n\n' +
      'Outside of its core speaker business, Corvid Audio plans to grow its radio arm. To that end, it signed a $50 million deal this month.';
    expect(subjects(text).find((s) => s[0] === '$50 million')?.[1]).toBe('Corvid Audio');
  });
});
