import { describe, expect, it } from 'vitest';
import { isLayoffsHeader, parseLayoffsCitations } from '../../../utils/citations/parse-layoffs';

// Invented companies in the tracker's exact column layout.
const HEADER =
  'company,location,total_laid_off,date,percentage_laid_off,industry,source,stage,funds_raised,country,date_added';

function parse(...rows: string[]) {
  return parseLayoffsCitations([HEADER, ...rows].join('\n'), 'user');
}

describe('parseLayoffsCitations', () => {
  it('turns a row into a count and a percentage citation from the source outlet', () => {
    const { records, errors } = parse(
      'Quillbridge,SF Bay Area,350.0,2/3/2025,0.15,Consumer,https://www.cnbc.com/2025/02/03/quillbridge-layoffs.html,Post-IPO,900,United States,2/4/2025',
    );
    expect(errors).toEqual([]);
    expect(records).toHaveLength(2);
    const [count, percent] = records;
    expect(count).toMatchObject({
      publisher: 'CNBC',
      url: 'https://www.cnbc.com/2025/02/03/quillbridge-layoffs.html',
      published: '2025-02-03',
      subject: 'Quillbridge',
      value: 350,
      unit: 'count',
      measure: 'layoffs',
      claim: 'Layoff tracker: Quillbridge laid off 350 employees in SF Bay Area',
    });
    // 0.15 of the workforce is stored as 15 (percent), the way claims state it.
    expect(percent).toMatchObject({
      value: 15,
      unit: 'percent',
      measure: 'layoffs',
      publisher: 'CNBC',
    });
  });

  it('rounds away float noise in fractions and keeps quoted locations', () => {
    const { records } = parse(
      'Tallowtech,"Ottawa, Non-U.S.",,11/20/2024,0.07,Retail,https://betakit.com/tallowtech,Series B,40,Canada,11/21/2024',
    );
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      value: 7,
      unit: 'percent',
      publisher: 'BetaKit',
      claim: expect.stringContaining('in Ottawa, Non-U.S.'),
    });
  });

  it('attributes non-URL sources sensibly', () => {
    const { records } = parse(
      'Fernway,Boston,40.0,5/6/2024,,Finance,Internal memo,Series C,120,United States,5/6/2024',
      'Brindle,Austin,25.0,5/7/2024,,Finance,LinkedIn,Seed,5,United States,5/8/2024',
      'Corvalis,Denver,12.0,5/8/2024,,Finance,,Seed,5,United States,5/8/2024',
      'Ostrava Labs,Denver,13.0,5/9/2024,,Finance,Read more at:,Seed,5,United States,5/9/2024',
    );
    expect(records.map((record) => [record.subject, record.publisher, record.url])).toEqual([
      ['Fernway', 'Fernway', null],
      ['Brindle', 'LinkedIn', null],
      ['Corvalis', 'Layoffs.fyi', null],
      ['Ostrava Labs', 'Layoffs.fyi', null],
    ]);
  });

  it('keeps a row without figures as a value-less citation, and a 0.0 share as no share', () => {
    const { records, errors } = parse(
      'Brindle,Austin,,6/1/2024,,Finance,https://techcrunch.com/brindle,Seed,5,United States,6/2/2024',
      'Corvalis,Denver,52.0,6/2/2024,0.0,Support,https://techcrunch.com/corvalis,Post-IPO,5,United States,6/2/2024',
    );
    expect(errors).toEqual([]);
    expect(records.map((record) => [record.claim, record.value, record.unit])).toEqual([
      ['Layoff tracker: Brindle announced layoffs in Austin', null, null],
      ['Layoff tracker: Corvalis laid off 52 employees in Denver', 52, 'count'],
    ]);
  });

  it('reports bad cells with line and column, and skips the row', () => {
    const { records, errors } = parse(
      'Quillbridge,SF Bay Area,350.0,2/3/2025,0.15,Consumer,https://www.cnbc.com/q,Post-IPO,900,United States,2/4/2025',
      ',SF Bay Area,10.0,2025-02-03,1.5,Consumer,https://www.cnbc.com/q,Post-IPO,900,United States,2/4/2025',
      'Tallowtech,Austin,about 40,2/31/2025,,Retail,https://www.cnbc.com/t,Seed,1,United States,3/1/2025',
      'Fernway,Boston,10.5,3/3/2025,,Finance,https://www.cnbc.com/f,Seed,1,United States',
    );
    expect(records).toHaveLength(2);
    expect(errors).toEqual([
      { line: 3, field: 'company', reason: 'is empty' },
      { line: 3, field: 'date', reason: 'must be a date as M/D/YYYY' },
      {
        line: 3,
        field: 'percentage_laid_off',
        reason: 'must be a fraction from 0 to 1 (0.15 for 15%)',
      },
      { line: 4, field: 'date', reason: 'must be a date as M/D/YYYY' },
      { line: 4, field: 'total_laid_off', reason: 'must be a whole number of employees' },
      { line: 5, field: '(row)', reason: 'expected 11 cells as in the header, found 10' },
    ]);
  });

  it('recognises its header and refuses others', () => {
    expect(isLayoffsHeader(HEADER.split(','))).toBe(true);
    expect(isLayoffsHeader(['publisher', 'claim'])).toBe(false);
    expect(parseLayoffsCitations('publisher,claim\nx,y', 'user').errors).toEqual([
      { line: 1, field: '(header)', reason: expect.stringMatching(/^not a layoff-tracker header/) },
    ]);
  });
});
