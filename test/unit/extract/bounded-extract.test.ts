// The paragraph cap in front of extraction: ordinary text passes untouched, a run-on stretch is
// broken in place (same length, so offsets hold) and claims read their text from the input.
import { describe, expect, it } from 'vitest';
import { MAX_RUN, boundParagraphs, extractBounded } from '../../../utils/bounded-extract';
import { extract } from '../../../utils/extract/index';

describe('boundParagraphs', () => {
  it('leaves prose alone', () => {
    const prose = 'Acme cut 15% of its staff. Revenue fell to $2 billion, Reuters said.\n'.repeat(
      50,
    );
    expect(boundParagraphs(prose)).toBe(prose);
  });

  it('breaks a run without a full stop in place, keeping its length', () => {
    const run = '5% '.repeat(1000);
    const bounded = boundParagraphs(run);
    expect(bounded).toHaveLength(run.length);
    expect(bounded).not.toBe(run);
    for (const line of bounded.split('\r')) expect(line.length).toBeLessThanOrEqual(MAX_RUN + 1);
  });

  it('leaves one long token whole', () => {
    const token = 'a'.repeat(5000);
    expect(boundParagraphs(token)).toBe(token);
  });
});

describe('extractBounded', () => {
  it('finds what extract finds in ordinary text', () => {
    const text = 'Acme Corp will cut about 15% of its staff, or 1,200 jobs, according to Reuters.';
    expect(extractBounded(text)).toEqual(extract(text));
  });

  it('keeps offsets into the input, with claim texts read from it', () => {
    const text = `${'word '.repeat(200)}Acme cut 15 percent of its staff ${'and more '.repeat(100)}`;
    for (const claim of extractBounded(text))
      expect(claim.text).toBe(text.slice(claim.start, claim.end));
  });
});
