// The paragraph cap in front of extraction: ordinary text passes untouched, a run-on stretch is
// broken in place (same length, so offsets hold) and claims read their text from the input.
import { describe, expect, it } from 'vitest';
import { MAX_RUN, boundParagraphs } from '../../../utils/extract/bounds';
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

describe('extract behind the cap', () => {
  it('keeps offsets into the input, with figure texts read from it', () => {
    const text = `${'word '.repeat(200)}Acme cut 15 percent of its staff ${'and more '.repeat(100)}`;
    expect(boundParagraphs(text)).not.toBe(text);
    const figures = extract(text).filter((c) => c.kind === 'statistic');
    expect(figures.map((c) => c.text)).toContain('15 percent');
    for (const claim of figures) expect(claim.text).toBe(text.slice(claim.start, claim.end));
  });
});
