// A range written as two figures, "between $175 billion and $185 billion", "8% to 13%": each
// figure is a statistic of its own, and each learns the other end. The matcher compares a
// report's range with the page's range as a whole (utils/match/report-figures.ts): a lone
// 13% is not the top of someone's 8%–13% forecast.
import type { ExtractedClaim, ExtractedStatistic } from '../claim';
import { RANGE_SPAN_MAX } from '../match/report-figures';

/** What may stand between a range's two figures (currency signs belong to the figures). */
const JOINT = /^\s{0,2}(?:to|-|–|—|and)\s{0,2}$/i;
/** "and" joins a range only after "between". */
const BETWEEN = /\bbetween\s{1,3}$/i;

/** Sets `rangeEnd` on each pair of adjacent statistics of `claims` that `text` joins as a range. */
export function linkRanges(text: string, claims: readonly ExtractedClaim[]): void {
  let previous: ExtractedStatistic | null = null;
  for (const claim of claims) {
    if (claim.kind !== 'statistic') continue;
    const a = previous;
    previous = claim;
    if (a === null || a.unit !== claim.unit || claim.start < a.end) continue;
    if (claim.start - a.end > 8) continue;
    const joint = text.slice(a.end, claim.start);
    if (!JOINT.test(joint)) continue;
    if (/and/i.test(joint) && !BETWEEN.test(text.slice(Math.max(0, a.start - 12), a.start)))
      continue;
    if (!(a.value > 0 && claim.value > a.value && claim.value <= RANGE_SPAN_MAX * a.value))
      continue;
    a.rangeEnd = claim.value;
    claim.rangeEnd = a.value;
  }
}
