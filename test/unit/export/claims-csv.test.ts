import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ClaimDocument } from '../../../utils/claim';
import { toClaimCsv } from '../../../utils/export/claims-csv';
import { makeDocument, PAGE_TITLE, PAGE_URL } from './fixture';

const HEADER =
  'id,kind,text,start,end,value,unit,hedge,subject,source,period,verdict,publishers,urls,conflicts,reason,page_title,page_url';

function parse(csv: string): Record<string, string>[] {
  const result = Papa.parse<Record<string, string>>(csv, {
    header: true,
    newline: '\r\n',
    skipEmptyLines: true,
  });
  expect(result.errors).toEqual([]);
  return result.data;
}

function rowOf(rows: Record<string, string>[], id: string): Record<string, string> {
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
}

// Cells a spreadsheet would evaluate as a formula (OWASP CSV injection).
const DANGEROUS = /^[=+\-@\t\r]/;

describe('toClaimCsv', () => {
  it('starts with the header and uses CRLF line endings only', () => {
    const csv = toClaimCsv(makeDocument());
    expect(csv.startsWith(`${HEADER}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Every LF belongs to a CRLF (none of the fixture's cells holds a line break).
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('round-trips through an RFC 4180 parser with one row per claim', () => {
    const doc = makeDocument();
    const rows = parse(toClaimCsv(doc));
    expect(rows).toHaveLength(doc.claims.length);
    const c1 = rowOf(rows, 'c1');
    expect(c1).toMatchObject({
      kind: 'statistic',
      text: '15%',
      value: '15',
      unit: 'percent',
      hedge: 'about',
      subject: 'Pinterest',
      source: 'CNBC',
      period: '2025-01',
      verdict: 'corroborated',
      publishers: 'CNBC; Reuters',
      reason: 'Reported by 2 publishers: CNBC, Reuters',
    });
    expect(c1.urls?.split(' ')).toEqual([
      'https://www.cnbc.com/2025/01/27/pinterest-layoffs.html',
      'https://www.reuters.com/technology/pinterest-cuts-(update-1)',
    ]);
    expect(Number(c1.start)).toBe(doc.claims[0]?.start);
    expect(rowOf(rows, 'c5').value).toBe('1200000000');
    expect(rowOf(rows, 'c3').conflicts).toBe(
      'The Verge: 3600 count (value conflict, for 2025-01, published 2025-01-20)',
    );
    expect(rowOf(rows, 'c3').period).toBe('');
  });

  it('neutralises every text cell that starts like a formula', () => {
    const rows = parse(toClaimCsv(makeDocument()));
    const c6 = rowOf(rows, 'c6');
    expect(c6.text).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(c6.reason).toBe(`'@SUM(1+1) looks like a formula`);
    expect(rowOf(rows, 'c4').text).toBe(`'-5%`);
    for (const row of rows) {
      for (const [column, cell] of Object.entries(row)) {
        if (column === 'value' || column === 'start' || column === 'end') continue;
        expect(cell, `${row.id}.${column}`).not.toMatch(DANGEROUS);
      }
    }
  });

  it('keeps negative numbers numeric in numeric columns', () => {
    const csv = toClaimCsv(makeDocument());
    const c4Line = csv.split('\r\n').find((line) => line.startsWith('c4,'));
    // The text cell is neutralised (and so quoted); the value cell stays a bare number.
    expect(c4Line).toMatch(/^c4,statistic,"'-5%",\d+,\d+,-5,percent,/);
  });

  it('neutralises multi-line formulas that papaparse’s default pattern misses', () => {
    const doc: ClaimDocument = {
      version: 1,
      url: null,
      claims: [
        {
          id: 'x',
          kind: 'source',
          text: '=1+1\nsecond line',
          start: 0,
          end: 16,
          verdict: 'unverifiable',
          citations: [],
          conflicts: [],
          reason: '\tTabbed\r\n+cmd',
        },
      ],
    };
    const [row] = parse(toClaimCsv(doc));
    expect(row?.text).toBe(`'=1+1\nsecond line`);
    expect(row?.reason).toBe(`'\tTabbed\r\n+cmd`);
  });

  it('never writes a non-http(s) citation URL', () => {
    const csv = toClaimCsv(makeDocument());
    expect(csv).not.toContain('javascript:alert(document.cookie)');
    expect(rowOf(parse(csv), 'c3').urls).toBe('');
    // The publisher name is still listed, as inert text.
    expect(rowOf(parse(csv), 'c3').publishers).toBe('Evil [Daily](javascript:alert(2))');
  });

  it('names the page, by title and URL, on every row', () => {
    const rows = parse(toClaimCsv(makeDocument()));
    expect(rows).toHaveLength(makeDocument().claims.length);
    for (const row of rows) {
      expect(row.page_title).toBe(PAGE_TITLE);
      expect(row.page_url).toBe(PAGE_URL);
    }
  });

  it('writes only the header for a page without claims', () => {
    expect(toClaimCsv({ version: 1, url: null, claims: [] })).toBe(`${HEADER}\r\n`);
  });
});
