// Document-level attribution, subject and measure: anaphora, carries across paragraphs,
// unnamed speakers, the matcher's measure vocabulary and one canonical subject per company.
import { describe, expect, it } from 'vitest';
import type { ExtractedStatistic } from '../../../utils/claim';
import { extract } from '../../../utils/extract/index';
import { MEASURES } from '../../../utils/match/measure';

const stats = (text: string) =>
  extract(text).filter((c): c is ExtractedStatistic => c.kind === 'statistic');
const field = (text: string, key: 'source' | 'subject' | 'measure') =>
  stats(text).map((s) => [s.text, s[key]]);

describe('anaphora resolve to the organisation, not the outlet or a person', () => {
  it('"the company said" in a new paragraph names the company, not the outlet before it', () => {
    const text =
      'Halden Freight will cut 8% of its drivers, according to Coastline Business Wire.\n\n' +
      'The company said in a filing with the Securities and Exchange Commission that the ' +
      'restructuring will cost $21 million.';
    expect(field(text, 'source')).toEqual([
      ['8%', 'Coastline Business Wire'],
      // The speaker outranks the channel it spoke through.
      ['$21 million', 'Halden Freight'],
    ]);
  });

  it('"the company reported" after a quoted executive is the company, not the executive', () => {
    const text =
      'Finance chief Rosa Delgado told staff in an email that the plan “is on track.”\n\n' +
      'Halden’s bookings rose 6% to $900 million, the company reported on Tuesday.';
    expect(field(text, 'source')).toEqual([
      ['6%', 'Halden'],
      ['$900 million', 'Halden'],
    ]);
  });

  it('skips places and relaying outlets when looking for the company', () => {
    const text =
      'Bluefjord Energy reported sales of 3.1 million units, helped by buyers in Portugal. ' +
      'Net profit rose 4%, the company said.';
    expect(field(text, 'source')).toEqual([
      ['3.1 million', 'Bluefjord Energy'],
      ['4%', 'Bluefjord Energy'],
    ]);
  });
});

describe('carries stop at paragraph breaks and unnamed speakers', () => {
  it('does not carry a quoted speaker into the next paragraph', () => {
    const text =
      '“Demand is holding up,” said Ines Moretti, who runs the lender’s retail arm. ' +
      'Mortgage approvals rose 12% in May.\n\n' +
      'House prices across the region climbed 3% over the year.';
    expect(field(text, 'source')).toEqual([
      ['12%', 'Ines Moretti'],
      ['3%', null],
    ]);
  });

  it('"analysts expect" attributes to nobody and ends the chain', () => {
    const text =
      'Tessaly Bank said lending rose 5% in the quarter. ' +
      'Analysts expect growth to slow to 2% next year. Deposits were flat at 0.4%.';
    expect(field(text, 'source')).toEqual([
      ['5%', 'Tessaly Bank'],
      ['2%', null],
      ['0.4%', null],
    ]);
    const some = 'Tessaly Bank said lending rose 5%. Some economists warn that it could fall 1%.';
    expect(field(some, 'source')).toEqual([
      ['5%', 'Tessaly Bank'],
      ['1%', null],
    ]);
  });

  it('named analysts still attribute', () => {
    expect(field('Analysts at Corbel Partners expect sales to rise 11%.', 'source')).toEqual([
      ['11%', 'Corbel Partners'],
    ]);
  });
});

describe('measures use the matcher vocabulary', () => {
  it('only ever yields a known measure or null', () => {
    const text =
      'Quarrystone will eliminate 250 roles, about 9% of its workforce. Revenue climbed 14% ' +
      'to $3.2 billion, and the startup raised $60 million in a Series C round.';
    for (const s of stats(text)) {
      if (s.measure !== null) expect(MEASURES as readonly string[]).toContain(s.measure);
    }
  });

  it('a figure being cut is layoffs, even when counted in staff or as a share of them', () => {
    expect(
      field('Quarrystone will eliminate 250 roles, about 9% of its workforce.', 'measure'),
    ).toEqual([
      ['250', 'layoffs'],
      ['9%', 'layoffs'],
    ]);
    expect(
      field('Pellwood plans to lay off 6% of its staff, which amounts to 140 workers.', 'measure'),
    ).toEqual([
      ['6%', 'layoffs'],
      ['140', 'layoffs'],
    ]);
  });

  it('the size of the staff is headcount', () => {
    expect(field('Pellwood, which employs 2,300 people, makes garden tools.', 'measure')).toEqual([
      ['2,300', 'headcount'],
    ]);
    expect(
      field(
        'Pellwood laid off 120 workers in May and now employs 2,180 people. It will trim 3% of ' +
          'its current staff of about 2,180 people.',
        'measure',
      ),
    ).toEqual([
      ['120', 'layoffs'],
      ['2,180', 'headcount'],
      ['3%', 'layoffs'],
      ['2,180', 'headcount'],
    ]);
  });

  it('revenue, and what a short modifier clause restates', () => {
    expect(
      field('Pellwood said revenue rose to $480 million, up 7% from a year earlier.', 'measure'),
    ).toEqual([
      ['$480 million', 'revenue'],
      ['7%', 'revenue'],
    ]);
  });

  it('a people measure never goes to a sum of money or a span of time', () => {
    expect(field('Affected workers will get 12 weeks of pay.', 'measure')).toEqual([
      ['12 weeks', null],
    ]);
  });
});

describe('one canonical subject per company', () => {
  it('short and possessive mentions take the full name', () => {
    const text =
      'Quarrystone Analytics said it would cut 250 jobs.\n\n' +
      'Quarrystone’s revenue rose 7% last year.\n\n' +
      'Shares of Quarrystone fell 3% on Monday, and the company said it had $90 million in cash.';
    expect(stats(text).map((s) => s.subject)).toEqual([
      'Quarrystone Analytics',
      'Quarrystone Analytics',
      'Quarrystone Analytics',
      'Quarrystone Analytics',
    ]);
  });

  it('keeps two companies that share a first word apart', () => {
    const text =
      'Harbor Freightways cut 40 jobs. Harbor Capital raised $30 million. Harbor shed 2%.';
    expect(field(text, 'subject')).toEqual([
      ['40', 'Harbor Freightways'],
      ['$30 million', 'Harbor Capital'],
      ['2%', 'Harbor'],
    ]);
  });

  it('department labels under a company’s layoff story keep the company', () => {
    const text =
      'Brisant Labs will lay off 310 employees, the company said.\n\n' +
      'Engineering: 140 roles\nOperations: 90 roles\nMarketing: 80 roles';
    expect(stats(text).map((s) => [s.text, s.subject, s.measure])).toEqual([
      ['310', 'Brisant Labs', 'layoffs'],
      ['140', 'Brisant Labs', 'layoffs'],
      ['90', 'Brisant Labs', 'layoffs'],
      ['80', 'Brisant Labs', 'layoffs'],
    ]);
  });
});

describe('names that look like people', () => {
  it('asks compromise about a firm shaped like a person’s name', () => {
    // "Calder Systems" has the shape of "Tom Reyes"; the tagger knows it for a firm.
    const company = 'Tom Reyes joined Calder Systems in May. The company said orders rose 14%.';
    expect(field(company, 'source')).toEqual([['14%', 'Calder Systems']]);
    const person = 'Calder Systems hired Tom Reyes in May. He said orders rose 15%.';
    expect(field(person, 'source')).toEqual([['15%', 'Tom Reyes']]);
  });

  it('reads a firm from its context when the tagger takes it for a person', () => {
    // compromise tags "Morgan Stanley" as first and last name; its analysts make it a firm.
    const text = 'Morgan Stanley analysts cut their target. The firm said it sees 12% growth.';
    expect(field(text, 'source')).toEqual([['12%', 'Morgan Stanley']]);
  });
});
