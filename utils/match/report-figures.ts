// The figures a report's text gives beside the one its record keeps. A record has one value, but
// "between $56 billion and $59 billion" gives two ends, and "sales rose 13% to $105.5 billion"
// gives the growth rate as well as the level: each is the report's figure as much as the value,
// and the index files each as an entry of the same citation (CitationIndex's constructor).
// Patterns have bounded repetitions only: linear time on any record text.
import type { Unit } from '../claim';

const NUMBER = String.raw`(\d{1,15}(?:[.,]\d{1,15}){0,5})`;
const SCALE_WORD = String.raw`(%|percent|trillion|billion|million|thousand|tn|bn|mn|m|k)`;

// Each side: a number and an optional scale; "between" is wanted before "and" ("revenue of $5
// billion and $1 billion of profit" is two figures, not a range), "from" refused before "to"
// ("rose from $10 billion to $12 billion" is a change).
const RANGE = new RegExp(
  String.raw`(\bbetween\s{1,3}|\bfrom\s{1,3})?[$€£]?${NUMBER}\s?${SCALE_WORD}?\s?(to|and|-|–|—)\s?[$€£]?${NUMBER}\s?${SCALE_WORD}?(?![\w.])`,
  'gi',
);

// "rose 13% to $105.5 billion", "grew 18% year over year to $898 million".
const GROWTH = new RegExp(
  String.raw`\b(?:rose|grew|increased|climbed|jumped|gained|surged|soared|fell|declined|dropped|slid|(?:was|were) up|(?:was|were) down)\s{1,3}(?:by\s{1,3})?(\d{1,4}(?:\.\d{1,3})?)\s?(?:%|percent|per cent)\s{1,3}(?:(?:year[- ]over[- ]year|from a year earlier|annually)\s{1,3})?to\s{1,3}[$€£]?${NUMBER}\s?${SCALE_WORD}?(?![\w.])`,
  'gi',
);

const SCALE: Record<string, number> = {
  '%': 1,
  percent: 1,
  trillion: 1e12,
  tn: 1e12,
  billion: 1e9,
  bn: 1e9,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  thousand: 1e3,
  k: 1e3,
};

/** How far apart a range's ends may be: guidance and estimates span a little, not a tenfold. */
export const RANGE_SPAN_MAX = 2;

const numberOf = (digits: string | undefined, scale: number) =>
  Number((digits ?? '').replace(/,/g, '')) * scale;

const sameNumber = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(a, b);

/**
 * The other end of the range a report's text gives `value` as one end of, or null. Both ends
 * take the scale written after the second when the first has none ("$175 to $185 billion").
 */
export function rangeOtherEnd(text: string, value: number): number | null {
  // Most reports give no range: plain look-ups first, as the index reads every record's text.
  if (!(text.includes(' to ') || text.includes(' and ') || /\d[%a-z]{0,2}[-–—]/.test(text)))
    return null;
  for (const m of text.matchAll(RANGE)) {
    const [, lead, a, scaleA, joint, b, scaleB] = m;
    if (lead?.toLowerCase().startsWith('from')) continue;
    if (joint?.toLowerCase() === 'and' && !lead) continue;
    const unitA = scaleA?.toLowerCase();
    const unitB = scaleB?.toLowerCase();
    if (unitA !== undefined && unitB !== undefined && SCALE[unitA] !== SCALE[unitB]) continue;
    const scale = SCALE[unitB ?? unitA ?? ''] ?? 1;
    const lo = numberOf(a, scale);
    const hi = numberOf(b, scale);
    if (!(lo > 0 && hi > lo && hi <= RANGE_SPAN_MAX * lo)) continue;
    if (sameNumber(lo, value)) return hi;
    if (sameNumber(hi, value)) return lo;
  }
  return null;
}

/**
 * The growth rate (in percent, unsigned as the text writes it) a report's text gives for the
 * level it keeps as `value`, or null: "rose 13% to $105.5 billion" with 105.5 billion gives 13.
 */
export function growthTo(text: string, unit: Unit, value: number): number | null {
  if (unit === 'percent' || !text.includes(' to ')) return null;
  if (!(text.includes('%') || /per ?cent/i.test(text))) return null;
  for (const m of text.matchAll(GROWTH)) {
    const [, rate, level, scale] = m;
    if (sameNumber(numberOf(level, SCALE[scale?.toLowerCase() ?? ''] ?? 1), value))
      return Number(rate);
  }
  return null;
}
