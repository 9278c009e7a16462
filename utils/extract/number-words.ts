// Spelled-out numbers ("Sixty-two", "three million", "two-thirds") as values.

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

export const SCALES: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

/** Denominators of spoken fractions, singular and plural ("one-third", "two-thirds"). */
const DENOMINATORS: Record<string, number> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  eighth: 8,
  eighths: 8,
  tenth: 10,
  tenths: 10,
};

const alt = (words: string[]): string => words.sort((a, b) => b.length - a.length).join('|');

const SMALL = alt([...Object.keys(TENS), ...Object.keys(UNITS)]);
const DIGIT_WORD = alt(Object.keys(UNITS).slice(1, 10));
/** One cardinal word group: "sixty-two", "twenty one", "seven", "fifteen". */
const CARDINAL = `(?:(?:${alt(Object.keys(TENS))})(?:[-\\s](?:${DIGIT_WORD}))?|${SMALL})`;

/**
 * Source of a regex matching a whole spelled-out cardinal, scale words included
 * ("three hundred thousand", "Sixty-two"). Used case-insensitively with word boundaries.
 */
export const NUMBER_WORDS_SOURCE = `${CARDINAL}(?:\\s+hundred(?:\\s+(?:and\\s+)?${CARDINAL})?)?`;

/** Source of a regex matching a spoken fraction: "two-thirds", "one quarter", "a third". */
export const FRACTION_SOURCE = `(?:${SMALL}|a|an)[-\\s](?:${alt(Object.keys(DENOMINATORS))})`;

/** Value of a spelled-out cardinal such as "sixty-two" or "three hundred thousand"; null if it is not one. */
export function parseNumberWords(phrase: string): number | null {
  const words = phrase
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  if (words.length === 0) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of words) {
    if (w === 'and') continue;
    const unit = UNITS[w] ?? TENS[w];
    if (unit !== undefined) {
      current += unit;
      seen = true;
      continue;
    }
    const scale = SCALES[w];
    if (scale === undefined) return null;
    if (scale === 100) current = (current || 1) * 100;
    else {
      total += (current || 1) * scale;
      current = 0;
    }
    seen = true;
  }
  return seen ? total + current : null;
}

/** Value, in percent, of a spoken fraction ("two-thirds" → 66.67); null if it is not one. */
export function parseFraction(phrase: string): number | null {
  const [numerator, denominator] = phrase.toLowerCase().split(/[\s-]+/);
  if (numerator === undefined || denominator === undefined) return null;
  const top = numerator === 'a' || numerator === 'an' ? 1 : parseNumberWords(numerator);
  const bottom = DENOMINATORS[denominator];
  if (top === null || bottom === undefined || top >= bottom) return null;
  return Math.round((top / bottom) * 10000) / 100;
}
