import { describe, expect, it } from 'vitest';
import {
  detectCitationFormat,
  MAX_IMPORT_BYTES,
  parseCitationFile,
} from '../../../utils/citations/import';

const LAYOFFS =
  'company,location,total_laid_off,date,percentage_laid_off,industry,source,stage,funds_raised,country,date_added\n' +
  'Quillbridge,SF Bay Area,350.0,2/3/2025,0.15,Consumer,https://www.cnbc.com/q,Post-IPO,900,United States,2/4/2025\n';
const RECORD = {
  publisher: 'Harbor Wire',
  claim: 'Tallowtech lays off 240 staff',
  value: 240,
  unit: 'count',
};

describe('detectCitationFormat', () => {
  it('goes by extension, then by content', () => {
    expect(detectCitationFormat('store.jsonl', JSON.stringify(RECORD))).toBe('jsonl');
    expect(detectCitationFormat('store.json', JSON.stringify([RECORD]))).toBe('json');
    expect(
      detectCitationFormat('store.json', `${JSON.stringify(RECORD)}\n${JSON.stringify(RECORD)}`),
    ).toBe('jsonl');
    expect(detectCitationFormat('reviews.json', '{"@type": "ClaimReview"}')).toBe('claimreview');
    expect(detectCitationFormat('feed.jsonld', '{"@type":"DataFeed","dataFeedElement":[]}')).toBe(
      'claimreview',
    );
    expect(detectCitationFormat('layoffs export.csv', LAYOFFS)).toBe('layoffs');
    expect(detectCitationFormat('mine.csv', 'publisher,claim\nx,y')).toBe('csv');
    expect(detectCitationFormat('pasted', '[{"publisher":"x","claim":"y"}]')).toBe('json');
    expect(detectCitationFormat('pasted', LAYOFFS)).toBe('layoffs');
  });
});

describe('parseCitationFile', () => {
  it('parses with the detected format, strips a BOM and stamps the origin', () => {
    const result = parseCitationFile('layoffs.csv', `\uFEFF${LAYOFFS}`, { origin: 'starter' });
    expect(result.format).toBe('layoffs');
    expect(result.errors).toEqual([]);
    expect(result.records.map((record) => [record.value, record.unit, record.origin])).toEqual([
      [350, 'count', 'starter'],
      [15, 'percent', 'starter'],
    ]);
  });

  it('lets the caller force a format', () => {
    const result = parseCitationFile('data.txt', JSON.stringify(RECORD), { format: 'jsonl' });
    expect(result.format).toBe('jsonl');
    expect(result.records).toHaveLength(1);
  });

  it('refuses files over the size limit with a clear message', () => {
    expect(MAX_IMPORT_BYTES).toBe(50 * 1024 * 1024);
    // 40 characters of "é" are 80 UTF-8 bytes: the limit counts bytes, not characters.
    const text = JSON.stringify([{ ...RECORD, claim: 'é'.repeat(40) }]);
    const result = parseCitationFile('big.json', text, { maxBytes: text.length + 10 });
    expect(result).toEqual({
      records: [],
      format: 'unknown',
      errors: [
        {
          line: 0,
          field: '(file)',
          reason: expect.stringMatching(
            /^big\.json is \d+ bytes, over the \d+ bytes limit; split it/,
          ),
        },
      ],
    });
  });

  it('never throws on garbage', () => {
    for (const [name, text] of [
      ['x.json', '{{{'],
      ['x.csv', '"unclosed,quote\n1,2'],
      ['x.jsonl', '\u0000\u0001'],
      ['x', ''],
    ] as const) {
      expect(() => parseCitationFile(name, text)).not.toThrow();
    }
    // An empty file says so, not "missing column".
    expect(parseCitationFile('x.csv', ' \n').errors).toEqual([
      { line: 0, field: '(file)', reason: 'x.csv is empty' },
    ]);
  });
});
