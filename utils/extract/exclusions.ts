// Numbers that are not statistics: dates, years, times, ordinals, ages, time frames, versions,
// phone numbers, footnotes, list numbering and numbers inside names ("Fortune 500").

import type { Unit } from '../claim';

export const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';

const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS})\\.?\\s+$`);
const MONTH_AFTER = new RegExp(`^\\s+(?:of\\s+)?(?:${MONTHS})\\b`);

/**
 * Spans that hold digits but never a statistic, found in one linear pass: URLs, e-mail
 * addresses, handles and hashtags, phone numbers, numeric dates, clock times, slashed
 * figures ("24/7"), version triples and footnote markers ("[3]").
 */
const BLOCKED = new RegExp(
  [
    String.raw`\bhttps?:\/\/\S+`,
    String.raw`\bwww\.\S+`,
    // Anchored at the start of a token and bounded (RFC 5321 caps a local part at 64, a label
    // at 63): unanchored, `[\w.+-]+@` rescans a long run of word characters from every
    // position, which is quadratic (40,000 characters took seconds).
    String.raw`(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{1,253}`,
    String.raw`(?<![\w])[@#]\w+`,
    String.raw`(?:\+\d{1,3}[\s.-]?|\b1-)?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[.-]\d{4}\b`,
    String.raw`\b\d{1,4}[\/.-]\d{1,2}[\/.-]\d{1,4}\b`,
    String.raw`\b\d{1,2}:\d{2}(?::\d{2})?\b`,
    String.raw`\b\d+\/\d+\b`,
    String.raw`\[\d{1,3}\]`,
  ].join('|'),
  'g',
);

/** Sorted, non-overlapping [start, end) ranges of `BLOCKED` matches in `text` from `from` on. */
export function blockedRanges(text: string, from = 0): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  BLOCKED.lastIndex = from;
  for (let m = BLOCKED.exec(text); m; m = BLOCKED.exec(text)) {
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** Capitalised words that may stand before a figure without making it part of a name. */
const NOT_NAME_WORDS = new Set(
  (
    'a an the and or but of in on at by for from to with as than about nearly approximately ' +
    'roughly around almost over under up down only just some more less fewer at least another ' +
    'its their his her our all total additional while since between among among only another ' +
    'every each that these those this were was are is be been had has have rose fell grew cut ' +
    'reached hit added lost topped exceeded nearly just top'
  ).split(' '),
);

const TIME_UNITS = /^(?:minute|min|hour|hr|day|week|month|year|second|sec|decade)s?$/i;

// A duration that frames a measurement rather than being one ("over the past six months").
const TIME_FRAME_BEFORE =
  /\b(?:past|last|next|previous|coming|first|final|following|recent|initial|few|within|for|in|into|every|each|per|after|during|aged?)\s+$/i;
const TIME_FRAME_AFTER =
  /^\s+(?:ago|later|earlier|into|from now|old|of age|in a row|straight|running)\b/i;

export interface Candidate {
  /** Where the number itself (digits or words) starts and ends. */
  coreStart: number;
  coreEnd: number;
  /** The whole statistic span: currency sign, scale and unit included. */
  start: number;
  end: number;
  digits: boolean;
  value: number;
  unit: Unit;
  /** The unit word as written ("weeks", "percent"), or null when none. */
  unitWord: string | null;
  currency: boolean;
  scaled: boolean;
  /** The unit was joined with a hyphen ("30-day"): an adjective, not a quantity. */
  hyphenUnit: boolean;
  /** "two-thirds", "9 out of 10": a share, never an enumeration. */
  fraction: boolean;
  /** Where the upper bound of a range starts ("10–15%": the "15"), or null. */
  rangeUpper: number | null;
}

/** Why a candidate is not a statistic, or null when it is one. */
export function exclusionReason(text: string, c: Candidate, upperBound = false): string | null {
  const before = text.slice(Math.max(0, c.start - 40), c.start);
  const after = text.slice(c.end, c.end + 40);
  const core = text.slice(c.coreStart, c.coreEnd);
  const bare = !c.currency && !c.scaled && c.unitWord === null && !c.fraction;

  if (/^[\p{L}\p{N}]/u.test(after)) return 'glued to letters';
  if (/^-\p{L}/u.test(after)) return 'hyphenated compound';
  if (/\bage[ds]?\s+$/i.test(before)) return 'age';
  const tail = upperBound
    ? /[#”)\]’']$/
    : /[\p{L}\p{N}][-–]$|[#”)\]’']$|\bNo\.?\s*$|\bnumber\s+$/iu;
  if (tail.test(before) && !c.currency) {
    return 'part of a code, range tail, rank or footnote';
  }
  if (c.digits && bare) {
    const integer = /^\d+$/.test(core);
    const n = Number(core);
    if (integer && core.length === 4 && n >= 1800 && n <= 2100) return 'year';
    if (integer && n >= 1 && n <= 31 && (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after))) {
      return 'date';
    }
    if (/^\s?(?:a\.?m\b|p\.?m\b|o['’]clock)/i.test(after)) return 'time of day';
    // "The founder, 45, retired": an age in apposition.
    if (integer && n <= 120 && /\p{L},\s$/u.test(before) && /^,/.test(after)) return 'age';
    if (/^\.\d/.test(after) || /\bv(?:ersion|er)?\.?\s?$/i.test(before)) return 'version';
    if (/(?:^|\n)\s*$/.test(before) && /^[.)]\s/.test(after)) return 'list numbering';
    const name = /([\p{Lu}][\p{L}&'’.-]*)[ \u00a0]$/u.exec(before)?.[1];
    if (name && !core.includes(',') && !isNotName(name)) return 'part of a name';
  }
  // "two areas", "three axes" enumerate; "up from four" compares a quantity.
  if (!c.digits && bare && c.value <= 10 && !/\b(?:from|to|than|by)\s+$/i.test(before)) {
    return 'enumeration or small spelled-out number';
  }
  if (c.unitWord && TIME_UNITS.test(c.unitWord)) {
    if (c.hyphenUnit) return 'age or time-frame adjective';
    const lead = before.replace(
      /\b(?:about|nearly|more than|less than|over|roughly|around|almost|just)\s+$/i,
      '',
    );
    if (TIME_FRAME_BEFORE.test(lead) || TIME_FRAME_AFTER.test(after)) return 'time frame or age';
  }
  return null;
}

function isNotName(word: string): boolean {
  return NOT_NAME_WORDS.has(word.toLowerCase()) || new RegExp(`^(?:${MONTHS})\\.?$`).test(word);
}
