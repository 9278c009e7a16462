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
    expect(s.trueBacked / s.trueTotal).toBeGreaterThanOrEqual(0.9);
    expect(s.trueFlagged / s.trueTotal).toBeLessThanOrEqual(0.05);
    expect(s.wrongFlagged / s.wrongTotal).toBeGreaterThanOrEqual(0.85);
    // Not at the issue's ≤ 3% with gold frames: the store repeats two misprints (a wire copy's
    // slipped delivery count, a segment's growth as the company's). Floor at today's 2/53.
    expect(s.wrongBacked / s.wrongTotal).toBeLessThanOrEqual(2 / 53);
  }, 120_000);

  it('meets issue 11’s four targets end to end', () => {
    const { summary: s } = truthCheck('engine');
    expect(s.trueBacked / s.trueTotal).toBeGreaterThanOrEqual(0.9);
    expect(s.wrongFlagged / s.wrongTotal).toBeGreaterThanOrEqual(0.85);
    expect(s.wrongBacked / s.wrongTotal).toBeLessThanOrEqual(0.03);
    expect(s.trueFlagged / s.trueTotal).toBeLessThanOrEqual(0.05);
    // Today's figures, so a change that loses ground fails before it crosses a target:
    // 110/119 backed, 47/53 flagged, 0/53 falsely backed, 3/119 falsely flagged.
    expect(s.trueBacked).toBeGreaterThanOrEqual(110);
    expect(s.wrongFlagged).toBeGreaterThanOrEqual(47);
    expect(s.wrongBacked).toBe(0);
    expect(s.trueFlagged).toBeLessThanOrEqual(3);
  }, 120_000);
});
