import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MIN_CITATIONS,
  MIN_CORROBORATED_CLAIMS,
  normalisePublisher,
  summarisePack,
  validatePack,
} from '../../../scripts/validate-pack';

const PACK_URL = new URL('../../../public/starter-pack.json', import.meta.url);

function loadPack(): unknown {
  return JSON.parse(readFileSync(PACK_URL, 'utf8'));
}

interface Sample {
  publisher: string;
  url: string;
  published?: string;
  subject: string;
  claim: string;
  value: number;
  unit: string;
  measure: string;
  checked: string;
}

function citation(overrides: Partial<Sample> = {}): Sample {
  return {
    publisher: 'Example News',
    url: 'https://example.com/a',
    published: '2023-01-18',
    subject: 'Acme',
    claim: 'Acme to cut 1,000 jobs',
    value: 1000,
    unit: 'count',
    measure: 'layoffs',
    checked: "pages: 'acme layoffs' → 'cut 1,000 jobs'",
    ...overrides,
  };
}

function pack(citations: unknown[]): unknown {
  return { version: 1, generated: '2026-11-28', description: 'test pack', citations };
}

// Small packs are checked for shape only; the size floors apply to the real pack.
const SMALL = { minCitations: 0, minCorroborated: 0 };

describe('starter pack', () => {
  it('passes validatePack with no problems', () => {
    expect(validatePack(loadPack())).toEqual([]);
  });

  it('meets the size floors', () => {
    const s = summarisePack(loadPack());
    expect(s.citations).toBeGreaterThanOrEqual(MIN_CITATIONS);
    expect(s.corroborated).toBeGreaterThanOrEqual(MIN_CORROBORATED_CLAIMS);
  });
});

describe('validatePack', () => {
  it('accepts a well-formed small pack', () => {
    const json = pack([citation(), citation({ publisher: 'Other Wire', url: 'https://o.org/b' })]);
    expect(validatePack(json, { minCitations: 2, minCorroborated: 1 })).toEqual([]);
  });

  it('catches a URL that is not http(s)', () => {
    for (const url of ['ftp://example.com/x', 'example.com/x', 'https://example.com/a b']) {
      const problems = validatePack(pack([citation({ url })]), SMALL);
      expect(problems.some((p) => p.includes('is not an http(s) URL'))).toBe(true);
    }
  });

  it('catches a duplicate citation', () => {
    const problems = validatePack(pack([citation(), citation({ claim: 'reworded' })]), SMALL);
    expect(problems.some((p) => p.startsWith('duplicate citation'))).toBe(true);
  });

  it('does not count one publisher spelled two ways as corroboration', () => {
    const json = pack([
      citation({ publisher: 'CNBC', url: 'https://www.cnbc.com/1' }),
      citation({ publisher: 'www.cnbc.com', url: 'https://www.cnbc.com/2' }),
    ]);
    expect(summarisePack(json).corroborated).toBe(0);
    const problems = validatePack(json, { minCitations: 0, minCorroborated: 1 });
    expect(problems.some((p) => p.includes('0 claims have two or more distinct publishers'))).toBe(
      true,
    );
    expect(problems.some((p) => p.includes("publisher 'cnbc' is spelled 2 ways"))).toBe(true);
  });

  it('normalises publishers simply', () => {
    expect(normalisePublisher('The Verge')).toBe('verge');
    expect(normalisePublisher('www.theverge.com')).toBe('theverge');
    expect(normalisePublisher(' CNBC.com ')).toBe('cnbc');
  });

  it('catches schema problems: unit, value, dates and empty checked', () => {
    const problems = validatePack(
      pack([
        citation({ unit: 'percentage' }),
        citation({ url: 'https://example.com/v', value: Number.NaN }),
        citation({ url: 'https://example.com/d', published: '2023-02-30' }),
        citation({ url: 'https://example.com/e', published: '2019-05-01' }),
        citation({ url: 'https://example.com/c', checked: ' ' }),
      ]),
      SMALL,
    );
    expect(problems.some((p) => p.includes("unknown unit 'percentage'"))).toBe(true);
    expect(problems.some((p) => p.includes("'value' must be a finite number"))).toBe(true);
    expect(problems.some((p) => p.includes("'2023-02-30' is not a real YYYY-MM-DD date"))).toBe(
      true,
    );
    expect(problems.some((p) => p.includes('2019-05-01 is outside'))).toBe(true);
    expect(problems.some((p) => p.includes("'checked' must be a non-empty string"))).toBe(true);
  });

  it('reports packs below the size floors', () => {
    const problems = validatePack(pack([citation()]));
    expect(problems).toContain(`only 1 valid citations (need at least ${MIN_CITATIONS})`);
  });
});
