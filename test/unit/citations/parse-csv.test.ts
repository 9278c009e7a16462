import { describe, expect, it } from 'vitest';
import { parseCsvCitations } from '../../../utils/citations/parse-csv';

describe('parseCsvCitations', () => {
  it('reads rows whose columns are the record fields, in any order and case', () => {
    const text = [
      'Claim,publisher,value,unit,subject,published,url',
      '"Fernway Bank cuts 1,200 jobs, memo says",Harbor Wire,1200,count,Fernway Bank,2024-11-02,https://harborwire.example/fernway',
      'Fernway Bank revenue up 4.5%,Metro Courier,4.5,percent,Fernway Bank,,',
    ].join('\n');
    const { records, errors } = parseCsvCitations(text, 'user');
    expect(errors).toEqual([]);
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({
      claim: 'Fernway Bank cuts 1,200 jobs, memo says',
      value: 1200,
      unit: 'count',
      measure: 'layoffs',
    });
    expect(records[1]).toMatchObject({
      published: null,
      url: null,
      value: 4.5,
      measure: 'revenue',
    });
  });

  it('counts lines across quoted cells that span lines', () => {
    const text = [
      'publisher,claim,url',
      'Harbor Wire,"Fernway Bank',
      'cuts 1,200 jobs",https://harborwire.example/a',
      'Metro Courier,Fernway Bank cuts jobs,not a url',
    ].join('\n');
    const { records, errors } = parseCsvCitations(text, 'user');
    expect(records[0]?.claim).toBe('Fernway Bank cuts 1,200 jobs');
    expect(errors).toEqual([{ line: 4, field: 'url', reason: 'must be an http: or https: URL' }]);
  });

  it('reports rows with the wrong number of cells and blank required cells', () => {
    const text = [
      'publisher,claim,value,unit',
      'Harbor Wire,Fernway cuts,12',
      ',Fernway cuts,12,percent',
      '',
      'Harbor Wire,Fernway cuts,12,percent',
    ].join('\r\n');
    const { records, errors } = parseCsvCitations(text, 'user');
    expect(records).toHaveLength(1);
    expect(errors).toEqual([
      { line: 2, field: '(row)', reason: 'expected 4 cells as in the header, found 3' },
      { line: 3, field: 'publisher', reason: 'is empty' },
    ]);
  });

  it('reads the period column and names the line of a bad period', () => {
    const text = [
      'publisher,claim,value,unit,subject,period',
      'Harbor Wire,Fernway Bank revenue up 4.5%,4.5,percent,Fernway Bank,2024-Q3',
      'Metro Courier,Fernway Bank revenue up 4.5%,4.5,percent,Fernway Bank,Q3 2024',
    ].join('\n');
    const { records, errors } = parseCsvCitations(text, 'user');
    expect(records.map((record) => record.period)).toEqual(['2024-Q3']);
    expect(errors).toEqual([
      { line: 3, field: 'period', reason: expect.stringMatching(/^must be a period such as/) },
    ]);
  });

  it('refuses a header without publisher or claim and flags unknown columns', () => {
    expect(
      parseCsvCitations('source,text\nHarbor Wire,x', 'user').errors.map((error) => error.field),
    ).toEqual(['publisher', 'claim']);
    const typo = parseCsvCitations(
      'publisher,claim,pubished\nHarbor Wire,Fernway cuts,2024-01-01',
      'user',
    );
    expect(typo.records).toHaveLength(1);
    expect(typo.errors).toEqual([
      { line: 1, field: 'pubished', reason: expect.stringMatching(/^unknown column, ignored/) },
    ]);
  });

  it('undoes the apostrophe the CSV export puts before formula-like text', () => {
    const { records } = parseCsvCitations(
      "publisher,claim\nHarbor Wire,'-5% drop in Fernway deposits",
      'user',
    );
    expect(records[0]?.claim).toBe('-5% drop in Fernway deposits');
  });
});
