// Issue 11's measure: how often verdicts tell the truth on the truth-labelled gold (the seed and
// corpus 46–57) with ../shared/corpus/store-dev.json as the store. See scripts/truth-check.ts.
import { describe, expect, it } from 'vitest';
import { summaryLine, truthCheck } from '../../scripts/truth-check';

describe('truth check', () => {
  it('flags every wrong or misdated figure of the seed, end to end and with oracle frames', () => {
    for (const mode of ['engine', 'oracle'] as const) {
      const { summary } = truthCheck(mode);
      console.log(summaryLine(summary));
      expect(summary.seedWrong).toBe(8);
      expect(summary.seedWrongFlagged).toBe(summary.seedWrong);
    }
  }, 120_000);

  it('meets the matcher targets it reaches with oracle frames', () => {
    const { summary: s } = truthCheck('oracle');
    // Issue 11's targets for true figures are met by the matcher alone.
    expect(s.trueBacked / s.trueTotal).toBeGreaterThanOrEqual(0.9);
    expect(s.trueFlagged / s.trueTotal).toBeLessThanOrEqual(0.05);
    // Not yet at the targets (wrong flagged ≥ 85%, wrong falsely backed ≤ 3%): the rest
    // are figures the store does not hold and one misprint the store repeats. Floors at today's
    // figures (41/53 flagged, 2/53 backed) so a change that loses ground fails.
    expect(s.wrongFlagged / s.wrongTotal).toBeGreaterThanOrEqual(41 / 53);
    expect(s.wrongBacked / s.wrongTotal).toBeLessThanOrEqual(2 / 53);
  }, 120_000);

  it('holds the levels reached end to end', () => {
    const { summary: s } = truthCheck('engine');
    // End to end the extractor's periods and subjects limit what matching can tell (issue 10);
    // floors at today's figures: 100/119 backed, 42/53 flagged, 0/53 falsely backed, 6/119
    // falsely flagged.
    expect(s.trueBacked / s.trueTotal).toBeGreaterThanOrEqual(100 / 119);
    expect(s.wrongFlagged / s.wrongTotal).toBeGreaterThanOrEqual(42 / 53);
    expect(s.wrongBacked).toBe(0);
    expect(s.trueFlagged / s.trueTotal).toBeLessThanOrEqual(6 / 119);
  }, 120_000);
});
