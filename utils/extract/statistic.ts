// Numeric claims: the number expression (currency, scale and unit included), its normalised
// value and unit, and the hedge word in front of it.

import type { Hedge, Unit } from '../claim';
import { blockedRanges, exclusionReason, type Candidate } from './exclusions';
import { pageNoise } from './page-noise';
import {
  FRACTION_SOURCE,
  NUMBER_WORDS_SOURCE,
  SCALES,
  parseFraction,
  parseNumberWords,
} from './number-words';

export interface StatisticSpan {
  start: number;
  end: number;
  text: string;
  value: number;
  unit: Unit;
  hedge: Hedge | null;
}

const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;

// Fractions come first so "two-thirds" is not read as "two"; digits must not continue a word,
// a number or a decimal ("FY25", "1.2.3"). The look-ahead for a digit goes before that
// look-behind, which would otherwise be tried at every position of the text.
const CORE = new RegExp(
  `(?<frac>\\b${FRACTION_SOURCE}\\b)|(?<words>\\b${NUMBER_WORDS_SOURCE}\\b)|(?=\\d)(?<![\\p{L}\\p{N}.,])(?<digits>${DIGITS})`,
  'giu',
);

const CURRENCY_BEFORE = /(US\$|U\.S\.\s?\$|(?:A|C|CA|AU|HK|NZ|S|R)\$|\$|€|£|¥|₹)\s?$/;
const CURRENCY_UNITS: Record<string, Unit> = { $: 'usd', US$: 'usd', '€': 'eur', '£': 'gbp' };

// Scale words as headlines capitalise them too ("$500 Million Damages").
const SCALE_AFTER =
  /(?:\s|-)?([Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|THOUSAND|MILLION|BILLION|TRILLION)\b|(k|K|m|M|mn|bn|b|B|tn)(?![\p{L}\p{N}])/uy;
const SCALE_ABBREVIATIONS: Record<string, number> = {
  k: 1e3,
  K: 1e3,
  m: 1e6,
  M: 1e6,
  mn: 1e6,
  b: 1e9,
  B: 1e9,
  bn: 1e9,
  tn: 1e12,
};

interface UnitRule {
  re: RegExp;
  unit: Unit;
  /** Factor from the written unit to the contract unit (cents → dollars). */
  factor?: number;
}

// Sticky: each must match right where the number (and its scale) ends.
const UNIT_RULES: UnitRule[] = [
  { re: /\s?(?:%|percentage points?\b|percent\b|per\s?cent\b|pct\b)/iy, unit: 'percent' },
  { re: /\s+basis points?\b/iy, unit: 'other' },
  { re: /\s+(?:US |U\.S\. )?dollars?\b/iy, unit: 'usd' },
  { re: /\s+euros?\b/iy, unit: 'eur' },
  { re: /\s+(?:pounds sterling|pounds|sterling)\b/iy, unit: 'gbp' },
  { re: /\s+cents?\b/iy, unit: 'usd', factor: 0.01 },
  { re: /\s+pence\b/iy, unit: 'gbp', factor: 0.01 },
  { re: /\s+(?:yen|yuan|rupees?|francs?|won|pesos?|reais|rubles?)\b/iy, unit: 'other' },
  { re: /[\s-](?:minutes?|mins?)\b/iy, unit: 'minutes' },
  { re: /[\s-](?:hours?|hrs?)\b/iy, unit: 'hours' },
  { re: /[\s-]days?\b/iy, unit: 'days' },
  { re: /[\s-](?:seconds?|secs?|weeks?|months?|years?|decades?)\b/iy, unit: 'other' },
  { re: /\s+times\b|[xX](?![\p{L}\p{N}])|-?fold\b/iuy, unit: 'multiplier' },
];

const RANGE_AFTER = new RegExp(
  `(?:\\s?[-–—]\\s?|\\s+to\\s+)(?:[$€£]\\s?)?(?:(?<d>${DIGITS})(?![\\p{L}\\p{N}])|(?<w>\\b${NUMBER_WORDS_SOURCE}\\b))`,
  'iuy',
);

// "9 out of 10", "one in five": a share, reported as a percentage.
const OUT_OF_AFTER = new RegExp(
  `\\s+(?:out\\s+of|in)\\s+(?:(?<d>\\d+)|(?<w>${NUMBER_WORDS_SOURCE}))\\b(?![\\s-]+(?:minutes?|hours?|days?|weeks?|months?|years?)\\b)(?![.,]\\d)`,
  'iuy',
);

const HEDGE_BEFORE =
  /(?:^|[^\p{L}])(nearly|about|approximately|approx\.|more than|up to|at least|roughly|over|less than|fewer than|almost|around|just under|just over|under|close to|as many as|as much as|upwards of|some|an estimated|~)\s*$/iu;
const HEDGE_ALIASES: Record<string, Hedge> = {
  'approx.': 'approximately',
  'fewer than': 'less than',
  'just under': 'less than',
  under: 'less than',
  'just over': 'over',
  'close to': 'nearly',
  'as many as': 'up to',
  'as much as': 'up to',
  'upwards of': 'more than',
  some: 'about',
  'an estimated': 'about',
  '~': 'about',
};

function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function hedgeBefore(text: string, start: number): Hedge | null {
  const m = HEDGE_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  const word = m?.[1]?.toLowerCase();
  if (!word) return null;
  return HEDGE_ALIASES[word] ?? (word as Hedge);
}

function coreValue(groups: Record<string, string | undefined>): number | null {
  if (groups.frac) return parseFraction(groups.frac);
  if (groups.words) return parseNumberWords(groups.words);
  return groups.digits ? Number(groups.digits.replaceAll(',', '')) : null;
}

/** Reads the expression around one number; null when the number is a fraction word used loosely. */
function readCandidate(text: string, m: RegExpExecArray): Candidate | null {
  const groups = m.groups ?? {};
  const coreStart = m.index;
  const coreEnd = m.index + m[0].length;
  const core = coreValue(groups);
  if (core === null) return null;
  // "a third of", "two-thirds": a spoken fraction needs a hyphen or "of" to be a share.
  if (
    groups.frac &&
    !/-/.test(groups.frac) &&
    !/^\s+of\b/i.test(text.slice(coreEnd, coreEnd + 5))
  ) {
    return null;
  }
  const fraction = Boolean(groups.frac);
  let value = core;
  let unit: Unit = fraction ? 'percent' : 'count';
  let unitWord: string | null = fraction ? (groups.frac ?? null) : null;
  let end = coreEnd;
  let start = coreStart;
  let currency = false;
  let scaled = false;
  let hyphenUnit = false;

  const cur = CURRENCY_BEFORE.exec(text.slice(Math.max(0, coreStart - 6), coreStart));
  if (cur?.[1] && !fraction) {
    start = coreStart - cur[0].length;
    unit = CURRENCY_UNITS[cur[1].replace(/\s/g, '').replace('U.S.', 'US')] ?? 'other';
    currency = true;
  }

  if (!fraction) {
    const outOf = stickyAt(OUT_OF_AFTER, text, end);
    const whole = outOf?.groups?.d
      ? Number(outOf.groups.d)
      : parseNumberWords(outOf?.groups?.w ?? '');
    if (outOf && !currency && whole !== null && whole > value && whole <= 1000) {
      return {
        coreStart,
        coreEnd,
        start,
        end: end + outOf[0].length,
        digits: Boolean(groups.digits),
        value: Math.round((value / whole) * 10000) / 100,
        unit: 'percent',
        unitWord: 'out of',
        currency,
        scaled,
        hyphenUnit,
        fraction: true,
        rangeUpper: null,
      };
    }
  }

  // A range ("10–15%", "$2-3 billion") is two statistics: the lower bound takes the unit and
  // scale written after the upper one, which is then read as a figure of its own.
  let cursor = end;
  let rangeUpper: number | null = null;
  const range = stickyAt(RANGE_AFTER, text, end);
  if (range && !fraction) {
    const upper = range.groups?.d
      ? Number(range.groups.d.replaceAll(',', ''))
      : parseNumberWords(range.groups?.w ?? '');
    const tail = range.index + range[0].length;
    const hasUnitAfter =
      stickyAt(SCALE_AFTER, text, tail) !== null ||
      UNIT_RULES.some((r) => stickyAt(r.re, text, tail) !== null);
    const isYear = (n: number) => Number.isInteger(n) && n >= 1800 && n <= 2100;
    const from = /\bfrom\s+(?:[$€£]\s?)?$/i.test(text.slice(Math.max(0, start - 8), start));
    if (
      upper !== null &&
      upper > value &&
      !from &&
      !isYear(value) &&
      (hasUnitAfter || !isYear(upper))
    ) {
      cursor = tail;
      // The upper number closes the match, so it starts its own length before the end.
      const upperText = range.groups?.d ?? range.groups?.w ?? '';
      rangeUpper = tail - upperText.length;
    }
  }

  const scale = stickyAt(SCALE_AFTER, text, cursor);
  if (scale && !fraction) {
    const word = scale[1]?.toLowerCase();
    const factor = word ? SCALES[word] : SCALE_ABBREVIATIONS[scale[2] ?? ''];
    if (factor !== undefined) {
      value *= factor;
      cursor += scale[0].length;
      if (rangeUpper === null) end = cursor;
      scaled = true;
    }
  }

  if (!fraction) {
    for (const rule of UNIT_RULES) {
      const u = stickyAt(rule.re, text, cursor);
      if (!u) continue;
      // "$5 dollars" never occurs; a currency sign keeps its unit, but "$12 cents" is not a thing either.
      if (currency && rule.unit !== 'multiplier') break;
      // "streamed 38 million times": a scaled count of events, not a multiplier.
      unit = rule.unit === 'multiplier' && scaled && /times/i.test(u[0]) ? 'count' : rule.unit;
      value *= rule.factor ?? 1;
      unitWord = u[0].trim().replace(/^-/, '');
      hyphenUnit = u[0].startsWith('-') && rule.unit !== 'multiplier';
      if (rangeUpper === null) end = cursor + u[0].length;
      break;
    }
  }

  return {
    coreStart,
    coreEnd,
    start,
    end,
    digits: Boolean(groups.digits),
    value: Math.round(value * 1e6) / 1e6,
    unit,
    unitWord,
    currency,
    scaled,
    hyphenUnit,
    fraction,
    rangeUpper,
  };
}

/** Every statistic in `text` from `from` on, in order. */
export function findStatistics(text: string, from = 0): StatisticSpan[] {
  const blocked = blockedRanges(text, from);
  let b = 0;
  const out: StatisticSpan[] = [];
  let upperBound: number | null = null;
  let lowerUnit: Unit = 'count';
  CORE.lastIndex = from;
  for (let m = CORE.exec(text); m; m = CORE.exec(text)) {
    const c = readCandidate(text, m);
    if (!c) continue;
    let block = blocked[b];
    while (block && block[1] <= c.coreStart) block = blocked[++b];
    const isBlocked = block !== undefined && block[0] < c.coreEnd;
    const isUpperBound = c.coreStart === upperBound;
    // "$2-3 billion": the upper bound is in the currency written before the lower one.
    if (isUpperBound && !c.currency && c.unit === 'count') c.unit = lowerUnit;
    upperBound = c.rangeUpper;
    lowerUnit = c.unit;
    // A 400-digit run reads as Infinity: no figure anyone can check, and JSON would write null.
    const finite = Number.isFinite(c.value);
    if (
      !isBlocked &&
      finite &&
      exclusionReason(text, c, isUpperBound) === null &&
      pageNoise(text, c.start, c.end) === null
    ) {
      out.push({
        start: c.start,
        end: c.end,
        text: text.slice(c.start, c.end),
        value: c.value,
        unit: c.unit,
        hedge: hedgeBefore(text, c.start),
      });
    }
    // Continue after the whole expression so a range's upper bound is not read again.
    CORE.lastIndex = Math.max(CORE.lastIndex, c.end);
  }
  return out;
}
