import { describe, expect, it } from 'vitest';
import { citationId, validateCitation } from '../../../utils/citations/record';

const base = {
  publisher: 'Daily Ledger',
  claim: 'Quillbridge to cut 12% of its workforce',
  url: 'https://dailyledger.example/quillbridge-cuts',
  published: '2025-03-04',
  subject: 'Quillbridge',
  value: 12,
  unit: 'percent',
};

function errorsOf(input: unknown) {
  const result = validateCitation(input, 'user');
  return result.ok ? [] : result.errors;
}

describe('validateCitation', () => {
  it('accepts a contract-2 record and fills the internal fields', () => {
    const result = validateCitation(base, 'user');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.record).toMatchObject({
      ...base,
      origin: 'user',
      measure: 'layoffs',
      rating: null,
    });
    expect(result.record.id).toMatch(/^c[0-9a-z]{22}$/);
  });

  it('needs only publisher and claim', () => {
    const result = validateCitation(
      { publisher: 'Daily Ledger', claim: 'Quillbridge is restructuring' },
      'user',
    );
    expect(result.ok && result.record).toMatchObject({
      url: null,
      published: null,
      subject: null,
      value: null,
      unit: null,
      measure: null,
    });
  });

  it('reports missing required fields', () => {
    expect(errorsOf({ claim: 'x' })).toEqual([{ field: 'publisher', reason: 'is required' }]);
    expect(errorsOf({ publisher: 'x', claim: '   ' })).toEqual([
      { field: 'claim', reason: 'is empty' },
    ]);
    expect(errorsOf('a string')).toEqual([
      { field: '(record)', reason: 'must be an object with publisher and claim' },
    ]);
  });

  it('allows only http and https URLs', () => {
    expect(errorsOf({ ...base, url: 'javascript:alert(1)' })).toEqual([
      { field: 'url', reason: 'must be an http: or https: URL' },
    ]);
    expect(errorsOf({ ...base, url: 'ftp://dailyledger.example/x' })[0]?.field).toBe('url');
    expect(errorsOf({ ...base, url: 'http://dailyledger.example/x' })).toEqual([]);
  });

  it('wants real YYYY-MM-DD dates and keeps the day of a timestamp', () => {
    expect(errorsOf({ ...base, published: '2025-02-30' })).toEqual([
      { field: 'published', reason: 'must be a date as YYYY-MM-DD' },
    ]);
    expect(errorsOf({ ...base, published: '03/04/2025' })[0]?.field).toBe('published');
    const result = validateCitation({ ...base, published: '2025-03-04T08:15:00Z' }, 'user');
    expect(result.ok && result.record.published).toBe('2025-03-04');
  });

  it('rejects HTML markup and control characters, and trims text', () => {
    expect(errorsOf({ ...base, claim: 'Cuts <script>alert(1)</script>' })).toEqual([
      { field: 'claim', reason: 'contains HTML markup; citations are plain text' },
    ]);
    expect(errorsOf({ ...base, publisher: 'Daily\u0000Ledger' })).toEqual([
      { field: 'publisher', reason: 'contains control characters' },
    ]);
    const result = validateCitation(
      { ...base, claim: '  Revenue fell <3% and 2 < 5 \n overall ' },
      'user',
    );
    expect(result.ok && result.record.claim).toBe('Revenue fell <3% and 2 < 5 overall');
  });

  it('reads numbers and units as CSV cells give them', () => {
    const result = validateCitation({ ...base, value: '10,500', unit: 'COUNT' }, 'user');
    expect(result.ok && [result.record.value, result.record.unit]).toEqual([10500, 'count']);
    const percent = validateCitation({ ...base, value: '7.5', unit: '%' }, 'user');
    expect(percent.ok && [percent.record.value, percent.record.unit]).toEqual([7.5, 'percent']);
    expect(errorsOf({ ...base, value: 'twelve' })).toEqual([
      { field: 'value', reason: 'must be a number' },
    ]);
    expect(errorsOf({ ...base, unit: 'furlongs' })[0]).toMatchObject({ field: 'unit' });
    expect(errorsOf({ ...base, unit: '' })).toEqual([
      { field: 'unit', reason: 'is required when value is given' },
    ]);
  });

  it('derives the measure from the claim unless the record names one', () => {
    const revenue = validateCitation({ ...base, claim: 'Quillbridge revenue grew 12%' }, 'user');
    expect(revenue.ok && revenue.record.measure).toBe('revenue');
    const explicit = validateCitation({ ...base, measure: 'Job cuts' }, 'user');
    expect(explicit.ok && explicit.record.measure).toBe('layoffs');
  });

  it('gives the same content the same id, and another origin another id', () => {
    const first = validateCitation(base, 'user');
    const again = validateCitation({ ...base, claim: ` ${base.claim} ` }, 'user');
    const starter = validateCitation(base, 'starter');
    const other = validateCitation({ ...base, value: 13 }, 'user');
    if (!first.ok || !again.ok || !starter.ok || !other.ok)
      throw new Error('expected valid records');
    expect(again.record.id).toBe(first.record.id);
    expect(starter.record.id).not.toBe(first.record.id);
    expect(other.record.id).not.toBe(first.record.id);
    const { id, ...fields } = first.record;
    expect(citationId(fields)).toBe(id);
  });
});

describe('citation period (contract 2)', () => {
  const idOf = (input: object) => {
    const result = validateCitation(input, 'user');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.record;
  };

  it('keeps the id a record had before periods existed, and gives a period its own id', () => {
    const record = idOf({
      publisher: 'Harbor Wire',
      claim: 'Quillbridge cuts 15% of staff',
      url: 'https://harborwire.example/q',
      published: '2025-01-27',
      subject: 'Quillbridge',
      value: 15,
      unit: 'percent',
    });
    // The id this record had on main before the period field (computed there).
    expect(record.id).toBe('c1iv6dqepd5g1oyz6rkbris');
    expect(record.period).toBeNull();
    const dated = idOf({ ...record, period: '2025-01' });
    expect(dated.period).toBe('2025-01');
    expect(dated.id).not.toBe(record.id);
  });

  it.each([
    '2024',
    '2024-Q3',
    '2024-H1',
    '2024-07',
    '2024-07-15',
    '2024-07-01/2024-09-30',
    'FY2025-Q2',
    'FY2025',
  ])('accepts the period %s', (period) => {
    expect(errorsOf({ ...base, period })).toEqual([]);
  });

  it.each(['Q3 2024', '2024-13', '2024-02-30', '2024-Q5', '2024-09-30/2024-07-01', 'FY25'])(
    'refuses the period %s with a clear reason',
    (period) => {
      expect(errorsOf({ ...base, period })).toEqual([
        {
          field: 'period',
          reason: expect.stringMatching(/^must be a period such as 2024, 2024-Q3/),
        },
      ]);
    },
  );

  it('reads a blank period as none', () => {
    expect(idOf({ ...base, period: ' ' }).period).toBeNull();
  });
});
