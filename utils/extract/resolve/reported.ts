// The period an article reports: the first quarter it names (headline first), placed with the
// article's main company's fiscal calendar. Figures with no time phrase of their own in an
// earnings story are figures of that quarter (fixtures README: "implied periods").

import type { Period } from '../../claim';
import type { PeriodPhrase } from '../stages/periods';
import { addMonths, isoDay, parseDay } from '../calendar';
import { resolveSpec } from './period';
import { withSentenceYear } from './period-of';

/** The headline and opening paragraphs (this many sentences) name an earnings story's quarter. */
export const REPORTED_REACH = 40;

const QUARTER_GRAINS = new Set(['quarter', 'fiscal-quarter']);

// "down from 336 million in Q1 2018", "on the heels of a decline in the fourth quarter of 2018":
// a comparison names a quarter that is not the one reported.
const COMPARED_BEFORE =
  /\b(?:from|since|than|compared\s+(?:with|to)|versus|vs\.?|heels\s+of|(?<!-)over(?!-))\b[^.]{0,40}$/i;
// "year-over-year" compares a figure with a year before, not quarters: after it, a quarter is the
// one reported when results are announced for it ("reported a 30% year-over-year increase in
// profit for the fourth quarter"), and a mention in passing otherwise.
const RATE_OVER = /\b(?:year|quarter|month)-over-(?:year|quarter|month)\b[^.]{0,40}$/i;
const RESULTS_VERB = /\b(?:reported|reports|posted|posts|announced|delivered|recorded|booked)\b/i;

const QUARTER_CUE = /quarter|\bQ[1-4]|[1-4]Q|months|period/i;

// "Cisco anticipates charges … in the first quarter of fiscal 2025": an outlook names the quarter
// to come, not the one reported.
const OUTLOOK = /\b(?:expects?|expected|anticipat(?:es?|ed|ing)|forecasts?|guidance|outlook)\b/i;

/** The quarter sentence `sentence` names as reported, or null (see `REPORTED_REACH`). */
export function reportedIn(
  text: string,
  sentence: string,
  phrases: () => PeriodPhrase[],
  ctx: { published: string | null; fyEnd: number | null },
): Period | null {
  if (!QUARTER_CUE.test(sentence) || OUTLOOK.test(sentence)) return null;
  const found = phrases();
  for (const p of found) {
    if (p.base || (p.spec.kind !== 'quarter' && p.spec.kind !== 'months')) continue;
    const before = text.slice(Math.max(0, p.start - 50), p.start);
    if (COMPARED_BEFORE.test(before) || (RATE_OVER.test(before) && !RESULTS_VERB.test(sentence)))
      continue;
    const spec = withSentenceYear(p, found, text);
    const period = resolveSpec(spec, p.text, { ...ctx, reported: null, level: null });
    if (period && QUARTER_GRAINS.has(period.grain)) return period;
  }
  return null;
}

/**
 * For an article with no date: the month after its reported quarter closed, when results are
 * published. An estimate, used only to place relative phrases and figures with no time phrase.
 */
export function estimatedPublication(reported: Period): string | null {
  const end = reported.end ? parseDay(reported.end) : null;
  if (!end) return null;
  const next = addMonths(end, 1);
  return isoDay(next.y, next.m, 15);
}
