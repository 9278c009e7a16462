import { describe, expect, it } from 'vitest';
import { roundingStep, searchRange, valueBacks } from '../../../utils/match/value';

describe('valueBacks', () => {
  it('holds plain figures to rounding', () => {
    expect(valueBacks(700, null, 700)).toBe(true);
    expect(valueBacks(700, null, 705)).toBe(true);
    expect(valueBacks(700, null, 760)).toBe(false);
    expect(valueBacks(15, null, 15.3)).toBe(true);
    expect(valueBacks(15, null, 16)).toBe(false);
    expect(valueBacks(1.2e9, null, 1.23e9)).toBe(true);
    expect(valueBacks(3, null, 4)).toBe(false);
  });

  it('widens for approximate hedges, both ways', () => {
    expect(valueBacks(15, 'about', 16.4)).toBe(true);
    expect(valueBacks(15, 'roughly', 13.6)).toBe(true);
    expect(valueBacks(15, 'about', 17)).toBe(false);
  });

  it('treats "nearly" and "less than" as bounds from below the figure', () => {
    expect(valueBacks(400, 'nearly', 385)).toBe(true);
    expect(valueBacks(400, 'nearly', 400)).toBe(true);
    expect(valueBacks(400, 'nearly', 420)).toBe(false);
    expect(valueBacks(400, 'nearly', 300)).toBe(false);
    expect(valueBacks(100, 'up to', 90)).toBe(true);
    expect(valueBacks(100, 'less than', 110)).toBe(false);
  });

  it('treats "more than" as a bound from above the figure', () => {
    expect(valueBacks(10_000, 'more than', 10_000)).toBe(true);
    expect(valueBacks(10_000, 'more than', 11_200)).toBe(true);
    expect(valueBacks(10_000, 'over', 9_000)).toBe(false);
    expect(valueBacks(10_000, 'at least', 20_000)).toBe(false);
  });

  it('never takes a 0–1 fraction for a percentage', () => {
    expect(valueBacks(15, null, 0.15)).toBe(false);
    expect(valueBacks(0.15, null, 15)).toBe(false);
  });
});

describe('searchRange and roundingStep', () => {
  it('covers every value valueBacks can accept', () => {
    for (const hedge of [null, 'about', 'nearly', 'more than', 'up to'] as const) {
      const { lo, hi } = searchRange(500, hedge);
      for (let candidate = 300; candidate <= 700; candidate += 0.5) {
        if (valueBacks(500, hedge, candidate))
          expect(candidate >= lo && candidate <= hi).toBe(true);
      }
    }
  });

  it('reads the precision a figure is written with', () => {
    expect(roundingStep(700)).toBe(50);
    expect(roundingStep(15)).toBe(0.5);
    expect(roundingStep(15.3)).toBeCloseTo(0.05);
    expect(roundingStep(1.2e9)).toBe(5e7);
    expect(roundingStep(0)).toBe(0);
  });
});
