// Every attribution cue row finds the source of its own example sentence.
import { describe, expect, it } from 'vitest';
import type { ExtractedStatistic } from '../../../utils/claim';
import { extract } from '../../../utils/extract';
import { BEFORE_CUES } from '../../../utils/extract/named-source';

describe('attribution cue rows', () => {
  it.each(BEFORE_CUES.map((c) => [c.id, c] as const))('%s attributes its example', (_, cue) => {
    const claims = extract(cue.example.text);
    expect(claims.filter((c) => c.kind === 'source').map((c) => c.text)).toContain(
      cue.example.source,
    );
    const stat = claims.find((c): c is ExtractedStatistic => c.kind === 'statistic');
    expect(stat?.source).toBe(cue.example.source);
  });
});

describe('sources the cue rows do not cover', () => {
  it.each([
    ['Revenue rose 12%, according to The Harbor Ledger.', 'The Harbor Ledger'],
    ['The firm will cut 4,000 jobs, The New York Times reported.', 'The New York Times'],
    ['Quarrystone has learned that the firm will cut 4,000 jobs.', 'Quarrystone'],
  ])('%s → %s', (text, source) => {
    const stat = extract(text).find((c): c is ExtractedStatistic => c.kind === 'statistic');
    expect(stat?.source).toBe(source);
  });
});

describe('the page’s own outlet', () => {
  const text = 'Harbor Freight will cut 300 jobs, Corvid News reported.';
  const on = (options: { outlet?: string; url?: string }) => extract(text, options);

  it('is a source on another outlet’s page', () => {
    const stat = on({ url: 'https://www.example.com/a' }).find((c) => c.kind === 'statistic');
    expect(stat).toMatchObject({ source: 'Corvid News', trace: { source: 'clause:reporting' } });
  });

  it.each([
    ['its og:site_name', { outlet: 'Corvid News' }],
    ['its address', { url: 'https://www.corvidnews.com/2024/01/25/cuts' }],
  ])('is never a source on its own page, known by %s', (_, options) => {
    const claims = on(options);
    expect(claims.filter((c) => c.kind === 'source')).toEqual([]);
    expect(claims.find((c) => c.kind === 'statistic')).toMatchObject({
      source: null,
      trace: { source: 'own-outlet' },
    });
  });
});
