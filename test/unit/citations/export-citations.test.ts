import { describe, expect, it } from 'vitest';
import { parseCitationFile } from '../../../utils/citations/import';
import { citationsToCsv, citationsToJson } from '../../../utils/export/citations';
import { citation } from '../match/records';

const records = [
  citation({
    publisher: 'Harbor Wire',
    claim: 'Tallowtech lays off 240 staff, or "about a tenth"',
    url: 'https://harborwire.example/t',
    published: '2025-01-02',
    subject: 'Tallowtech',
    value: 240,
    unit: 'count',
  }),
  citation({
    publisher: 'CheckDesk',
    claim: '=HYPERLINK("https://evil.example")',
    rating: 'False',
  }),
  citation({
    publisher: '@mention',
    claim: 'Tallowtech margin fell',
    value: -5,
    unit: 'percent',
    measure: 'profit',
    period: 'FY2025-Q2',
  }),
];

describe('citation export', () => {
  it('writes JSON without internal or empty fields, which imports back to the same records', () => {
    const json = citationsToJson(records);
    const parsed: unknown = JSON.parse(json);
    expect(parsed).toEqual([
      {
        publisher: 'Harbor Wire',
        claim: 'Tallowtech lays off 240 staff, or "about a tenth"',
        url: 'https://harborwire.example/t',
        published: '2025-01-02',
        subject: 'Tallowtech',
        value: 240,
        unit: 'count',
        measure: 'layoffs',
      },
      { publisher: 'CheckDesk', claim: '=HYPERLINK("https://evil.example")', rating: 'False' },
      {
        publisher: '@mention',
        claim: 'Tallowtech margin fell',
        value: -5,
        unit: 'percent',
        measure: 'profit',
        period: 'FY2025-Q2',
      },
    ]);
    expect(parseCitationFile('export.json', json).records).toEqual(records);
  });

  it('writes CSV with formula-like text neutralised and numbers intact, which imports back', () => {
    const csv = citationsToCsv(records);
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe(
      '\uFEFFpublisher,claim,url,published,subject,value,unit,measure,rating,period',
    );
    expect(lines[2]).toBe(`CheckDesk,"'=HYPERLINK(""https://evil.example"")",,,,,,,False,`);
    expect(lines[3]).toBe(`"'@mention",Tallowtech margin fell,,,,-5,percent,profit,,FY2025-Q2`);
    const again = parseCitationFile('export.csv', csv);
    expect(again.errors).toEqual([]);
    expect(again.records).toEqual(records);
  });
});
