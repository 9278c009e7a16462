import { describe, expect, it } from 'vitest';
import { toClaimJson } from '../../../utils/export/claims-json';
import { makeDocument, PAGE_TEXT, PAGE_TITLE, PAGE_URL } from './fixture';

describe('toClaimJson', () => {
  it('prints contract 1 with 2-space indentation and a final newline', () => {
    const out = toClaimJson(makeDocument());
    expect(out.startsWith('{\n  "version": 1,\n  "url": ')).toBe(true);
    expect(out.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(out) as { version: number; url: string; claims: unknown[] };
    expect(parsed.version).toBe(1);
    expect(parsed.url).toBe(PAGE_URL);
    expect(parsed.claims).toHaveLength(makeDocument().claims.length);
  });

  it('writes statistic keys in contract order, nulls included', () => {
    const parsed = JSON.parse(toClaimJson(makeDocument())) as {
      claims: Record<string, unknown>[];
    };
    const statistic = parsed.claims.find((c) => c.id === 'c4');
    expect(Object.keys(statistic ?? {})).toEqual([
      'id',
      'kind',
      'text',
      'start',
      'end',
      'value',
      'unit',
      'hedge',
      'subject',
      'source',
      'measure',
      'period',
      'verdict',
      'citations',
      'conflicts',
      'reason',
      'trace',
    ]);
    expect(statistic).toMatchObject({ value: -5, hedge: null, source: null, subject: null });
  });

  it('writes source claims without statistic fields', () => {
    const parsed = JSON.parse(toClaimJson(makeDocument())) as {
      claims: Record<string, unknown>[];
    };
    const source = parsed.claims.find((c) => c.id === 'c2');
    expect(Object.keys(source ?? {})).toEqual([
      'id',
      'kind',
      'text',
      'start',
      'end',
      'verdict',
      'citations',
      'conflicts',
      'reason',
    ]);
  });

  it('keeps offsets that select the claim text, and citation/conflict fields in order', () => {
    const doc = makeDocument();
    const parsed = JSON.parse(toClaimJson(doc)) as {
      claims: {
        text: string;
        start: number;
        end: number;
        citations: Record<string, unknown>[];
        conflicts: Record<string, unknown>[];
      }[];
    };
    for (const claim of parsed.claims) {
      expect(PAGE_TEXT.slice(claim.start, claim.end)).toBe(claim.text);
    }
    const c3 = parsed.claims[2];
    expect(Object.keys(c3?.citations[0] ?? {})).toEqual([
      'publisher',
      'url',
      'published',
      'claim',
      'rating',
    ]);
    expect(Object.keys(parsed.claims[0]?.citations[0] ?? {})).toEqual([
      'publisher',
      'url',
      'published',
      'claim',
    ]);
    expect(Object.keys(c3?.conflicts[0] ?? {})).toEqual([
      'publisher',
      'url',
      'published',
      'claim',
      'value',
      'unit',
      'period',
      'kind',
    ]);
  });

  it('round-trips the document exactly', () => {
    const doc = makeDocument();
    expect(JSON.parse(toClaimJson(doc))).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it('names the page by its title after the url', () => {
    const out = JSON.parse(toClaimJson(makeDocument())) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['version', 'url', 'title', 'claims']);
    expect(out.title).toBe(PAGE_TITLE);
  });

  it('writes a null url and title and an empty claim list', () => {
    expect(JSON.parse(toClaimJson({ version: 1, url: null, claims: [] }))).toEqual({
      version: 1,
      url: null,
      title: null,
      claims: [],
    });
  });
});
