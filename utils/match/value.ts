// When does a citation's value back a claim's value? Plain figures must agree up to rounding;
// hedged ones ("nearly 400", "more than 10,000") describe a range, often one-sided.
import type { Hedge } from '../claim';

/**
 * Plain figures agree within the rounding of either figure, up to 4%: "13%" backs 13.5%, but
 * "$18.2 billion" does not back $18.12 billion (no flat 1% any more: that let a misquoted
 * prior-quarter figure through).
 */
const ROUNDING_CAP = 0.04;
/** "about 15%" is 13.5–16.5%. */
const ABOUT_RELATIVE = 0.1;
/** "nearly 400" is 360–400: a writer says "nearly" for figures a little below. */
const BELOW_RELATIVE = 0.1;
/** "more than 10,000" is 10,000–12,500: anything much larger would be quoted as itself. */
const ABOVE_RELATIVE = 0.25;

export interface ValueRange {
  lo: number;
  hi: number;
}

/**
 * Remembered rounding steps: working one out formats the number, the slow part of matching, and
 * a store repeats its values (and a page its claims') across thousands of comparisons. Cleared
 * when full, so it never holds more than a bounded number of values.
 */
const STEPS = new Map<number, number>();
const STEPS_HELD = 50_000;

/** Half the place value of the last significant digit: 700 → 50, 15 → 0.5, 15.3 → 0.05. */
export function roundingStep(value: number): number {
  const known = STEPS.get(value);
  if (known !== undefined) return known;
  const step = stepOf(value);
  if (STEPS.size >= STEPS_HELD) STEPS.clear();
  STEPS.set(value, step);
  return step;
}

function stepOf(value: number): number {
  const magnitude = Math.abs(value);
  if (magnitude === 0 || !Number.isFinite(magnitude)) return 0;
  const fixed = magnitude.toPrecision(12);
  if (fixed.includes('e')) return 0;
  // toPrecision pads with zeros after the point; those are not the figure's precision.
  const text = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  const decimals = text.split('.')[1]?.length ?? 0;
  if (decimals > 0) return 0.5 * 10 ** -decimals;
  const trailingZeros = /0*$/.exec(text)?.[0].length ?? 0;
  return 0.5 * 10 ** trailingZeros;
}

function plainTolerance(claimValue: number, citationValue: number): number {
  const magnitude = Math.abs(claimValue);
  const rounding = Math.max(roundingStep(claimValue), roundingStep(citationValue));
  return Math.min(ROUNDING_CAP * magnitude, rounding);
}

function hedgedRange(value: number, hedge: Hedge, tolerance: number): ValueRange {
  const magnitude = Math.abs(value);
  switch (hedge) {
    case 'about':
    case 'approximately':
    case 'roughly':
    case 'around':
      return { lo: value - ABOUT_RELATIVE * magnitude, hi: value + ABOUT_RELATIVE * magnitude };
    case 'nearly':
    case 'almost':
      return { lo: value - BELOW_RELATIVE * magnitude, hi: value + tolerance };
    case 'more than':
    case 'over':
    case 'at least':
      return { lo: value - tolerance, hi: value + ABOVE_RELATIVE * magnitude };
    case 'less than':
    case 'up to':
      return { lo: value - ABOVE_RELATIVE * magnitude, hi: value + tolerance };
  }
}

/**
 * The widest range of citation values that can back `value` with `hedge`: the index scans
 * this range, then `valueBacks` decides each candidate.
 */
export function searchRange(value: number, hedge: Hedge | null): ValueRange {
  const widestPlain = ROUNDING_CAP * Math.abs(value);
  if (hedge === null) return { lo: value - widestPlain, hi: value + widestPlain };
  return hedgedRange(value, hedge, widestPlain);
}

/** True when a citation reporting `citationValue` backs a claim of `claimValue` with `hedge`. */
export function valueBacks(
  claimValue: number,
  hedge: Hedge | null,
  citationValue: number,
): boolean {
  // Values beyond the widest tolerance are refused before the rounding is worked out.
  const widest = ROUNDING_CAP * Math.abs(claimValue);
  if (!within(claimValue, hedge, widest, citationValue)) return false;
  return within(claimValue, hedge, plainTolerance(claimValue, citationValue), citationValue);
}

function within(value: number, hedge: Hedge | null, tolerance: number, cited: number): boolean {
  if (hedge === null) return cited >= value - tolerance && cited <= value + tolerance;
  const { lo, hi } = hedgedRange(value, hedge, tolerance);
  return cited >= lo && cited <= hi;
}
