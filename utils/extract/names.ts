// Capitalised name chunks ("U.S. Securities and Exchange Commission", "Jeff Lawson") with
// offsets, found by rules over tokens rather than by a tagger, so the scan stays linear and cheap.

import { MONTHS } from './exclusions';
import { companyRow, productOwner } from '../vocab/companies';

export interface NameChunk {
  start: number;
  end: number;
  text: string;
  /** Followed by "’s". */
  possessive: boolean;
  /** Looks like a person's name ("Jack Dorsey"), used to resolve "he said". */
  person: boolean;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

// Dotted acronyms ("U.S."), then words that may hold inner dots, hyphens, ampersands and
// apostrophes ("Layoffs.fyi", "co-founder", "O’Brien"), then any other single character.
const TOKEN = /(?:[A-Za-z]\.){2,}|[\p{L}\p{N}]+(?:[.&'’-][\p{L}\p{N}]+)*|\S/gu;

// Case-blind: a dateline writes "NEW YORK (AP)".
const NEW_PLACES = /^(?:York|Zealand|Jersey|Delhi|Mexico|Hampshire|Orleans|England|South)$/i;

/** "USD 905.0 million": a currency's code opens its figure, not a name. */
const CURRENCY_CODE = /^(?:USD|EUR|GBP|INR|JPY|CNY|RMB|AUD|CAD|CHF|SEK|NOK|DKK|HKD|SGD|KRW)$/;

const CONNECTORS = new Set(['of', 'and', '&', 'for', 'de', 'the', 'on']);

/** Capitalised words that open sentences or headlines without naming anything. */
const LEADING_STOP = new Set(
  (
    'the a an and or but if as at by for from in into of on to with while when after before since ' +
    'during according this that these those it its he she they we i you our their his her here ' +
    'there what how why who moreover however meanwhile also still yet so nearly about more only ' +
    'some many most several both each every all no not just even once now then first last new ' +
    'other another like unlike despite although though because whether over under between among ' +
    'one two three four five six seven eight nine ten ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday'
  ).split(' '),
);

/** Titles stripped from the front of a person's name ("CEO Jeff Lawson" → "Jeff Lawson"). */
const TITLES = new Set(
  (
    'ceo cfo cto coo cmo cio chief executive officer president vice chairman chairwoman chair ' +
    'founder co-founder cofounder director senator sen. rep. representative gov. governor secretary ' +
    'minister dr dr. mr mr. mrs mrs. ms ms. prof prof. professor judge spokesperson spokesman ' +
    'spokeswoman analyst economist general manager head lead senior principal managing partner'
  ).split(' '),
);

/** Plural or generic nouns that open sentences ("Analysts said") but name nobody. */
const GENERIC = new Set(
  (
    'analysts officials experts researchers economists executives insiders sources people ' +
    'employees workers investors critics observers markets shares stocks leaders managers staff ' +
    'users customers consumers regulators lawmakers authorities scientists data reports studies ' +
    'surveys estimates figures numbers results documents records company companies teams sales ' +
    'average process developers revenue profits net gross total operating adjusted'
  ).split(' '),
);

// Collective names for an industry or a place: "Wall Street analysts" names no one in particular.
const COLLECTIVE = /^(?:Wall Street|Silicon Valley|Main Street|Capitol Hill|Hollywood|Washington)$/;

const OPENING_ADVERBS =
  /^(?:separately|additionally|meanwhile|finally|similarly|notably|importantly|ultimately|currently|recently|previously|initially|consequently|accordingly|overall|instead|specifically|historically|typically|generally|increasingly|crucially|interestingly|surprisingly|unsurprisingly|likewise|elsewhere|today|yesterday)$/;

const JUNK = new RegExp(
  `^(?:${MONTHS}|Q[1-4]|H[12]|FY\\d*|AI|CEO|CFO|CTO|COO|IT|ET|PT|GMT|UTC|AM|PM|I|A)\\.?$`,
);

const ORG_WORDS =
  /\b(?:Inc|Corp|Co|Ltd|LLC|Group|Partners|News|Labs?|Research|Center|Centre|Institute|University|Bank|Capital|Media|Times|Post|Journal|Street|Report|Survey|Tracker|Index|Bureau|Agency|Commission|Department|Office|Association|Foundation|Council|Board|Fund|Holdings|Technologies|Systems|Networks|Communications|Digital|Global|International)\b/;

const SCALE_WORD = /^(?:Thousand|Million|Billion|Trillion)$/;

export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const t = m[0];
    const s = start + m.index;
    // "Acme’s": the name, then its "’s" (a word and "'s" or "’s"; checked by character, as
    // every token of the page passes here).
    const apostrophe = t[t.length - 2];
    if (t.length > 2 && t.endsWith('s') && (apostrophe === "'" || apostrophe === '’')) {
      const cut = t.length - 2;
      out.push({ text: t.slice(0, cut), start: s, end: s + cut });
      out.push({ text: t.slice(cut), start: s + cut, end: s + t.length });
    } else out.push({ text: t, start: s, end: s + t.length });
  }
  return out;
}

// "AI-driven", "San Francisco-based": a capitalised word turned adjective ends a name. Every
// token is asked: an ASCII first character other than a-z decides without a pattern.
const isCap = (t: string) => {
  const c = t.charCodeAt(0);
  const capital =
    c >= 65 && c <= 90
      ? true
      : c < 128 && !(c >= 97 && c <= 122)
        ? false
        : /^\p{Lu}/u.test(t) || /^[a-z]+\p{Lu}/u.test(t);
  return capital && !(t.includes('-') && /-\p{Ll}+$/u.test(t));
};
const isNumber = (t: string) => /^\d[\d.,]*$/.test(t);

const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
const MIDDLE_INITIAL = /^\p{Lu}$/u;

/** Whether the capitals `abbr` ("EV", "AI") are the initials of the lower-case words before `at`. */
function abbreviates(text: string, at: number, abbr: string): boolean {
  if (!/^\p{Lu}{2,5}s?$/u.test(abbr)) return false;
  const letters = abbr.replace(/s$/, '').toLowerCase();
  const words = text
    .slice(Math.max(0, at - 80), at)
    .replace(/\(\s*$/, '')
    .split(/[\s-]+/)
    .filter((w) => w !== '')
    .slice(-letters.length);
  return (
    words.length === letters.length &&
    words.every((w, k) => /^\p{Ll}/u.test(w) && w[0] === letters[k])
  );
}

/**
 * Name chunks in text[start, end): runs of capitalised words joined by connectors
 * ("State of IT", "Securities and Exchange Commission"), leading stop words and titles removed.
 * `lowerWords` holds words seen in lower case anywhere in the text: a sentence-initial word
 * that also appears in lower case ("Markets") is an ordinary word, not a name. `surnames`
 * collects the last names of people seen so far, so later bare surnames count as people.
 */
export function nameChunks(
  text: string,
  start: number,
  end: number,
  lowerWords: ReadonlySet<string>,
  surnames: Set<string>,
): NameChunk[] {
  const tokens = tokenize(text, start, end);
  const out: NameChunk[] = [];
  // Only spaces between two words of one name: no punctuation, no line break.
  const adjacent = (a: Token, b: Token) => {
    if (b.start === a.end) return false;
    for (let k = a.end; k < b.start; k++) {
      const ch = text.charCodeAt(k);
      if (ch !== 32 && ch !== 0xa0) return false;
    }
    return true;
  };
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (!first || !isCap(first.text)) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      const cur = tokens[j];
      const next = tokens[j + 1];
      if (!cur || !next) break;
      // "Eric S. Yuan": a middle initial inside a person's name.
      const initialThen = tokens[j + 2];
      if (
        next.text === '.' &&
        next.start === cur.end &&
        j > i &&
        MIDDLE_INITIAL.test(cur.text) &&
        NAME_WORD.test(tokens[j - 1]?.text ?? '') &&
        initialThen !== undefined &&
        adjacent(next, initialThen) &&
        NAME_WORD.test(initialThen.text)
      ) {
        j += 2;
        continue;
      }
      if (!adjacent(cur, next)) break;
      if (isCap(next.text)) {
        j++;
        continue;
      }
      const after = tokens[j + 2];
      const after2 = tokens[j + 3];
      const capAfter = after !== undefined && adjacent(next, after) && isCap(after.text);
      if (isNumber(next.text) && capAfter) {
        j += 2;
        continue;
      }
      if (CONNECTORS.has(next.text) && capAfter) {
        // "and" joins only into a longer name ("Securities and Exchange Commission"),
        // so "Amazon and Meta" stay two names.
        const longer = after2 !== undefined && adjacent(after, after2) && isCap(after2.text);
        if (next.text !== 'and' || longer) {
          j += 2;
          continue;
        }
      }
      break;
    }
    let from = i;
    let to = j;
    const sentenceInitial = i === 0 || /^["“‘'(•|*-]$/.test(tokens[i - 1]?.text ?? '');
    while (from <= to) {
      const w = tokens[from]?.text ?? '';
      const lw = w.toLowerCase();
      // "New York Times", "New Zealand": "new" opens a few names.
      const nameOpener = lw === 'new' && NEW_PLACES.test(tokens[from + 1]?.text ?? '');
      const strip =
        (LEADING_STOP.has(lw) &&
          !nameOpener &&
          !(lw === 'the' && !sentenceInitial && from === i && from < to)) ||
        (TITLES.has(lw) && from < to) ||
        (GENERIC.has(lw) && from < to) ||
        CONNECTORS.has(w) ||
        JUNK.test(w) ||
        isNumber(w) ||
        // "$500 Million Damages": a headline's capitalised scale word belongs to its figure.
        SCALE_WORD.test(w);
      if (!strip) break;
      from++;
    }
    while (
      to >= from &&
      (CONNECTORS.has(tokens[to]?.text ?? '') || isNumber(tokens[to]?.text ?? ''))
    ) {
      to--;
    }
    const a = tokens[from];
    const b = tokens[to];
    const possessive = /^['’]s$/.test(tokens[j + 1]?.text ?? '') && to === j;
    i = j + 1;
    if (!a || !b || from > to) continue;
    const chunkText = text.slice(a.start, b.end);
    const single = from === to;
    if (single && (JUNK.test(chunkText) || TITLES.has(chunkText.toLowerCase()))) continue;
    if (single && CURRENCY_CODE.test(chunkText)) continue;
    if (COLLECTIVE.test(chunkText)) continue;
    const atStart = from === 0 || /^["“‘'(•|*-]$/.test(tokens[from - 1]?.text ?? '');
    const lower = chunkText.toLowerCase();
    if (single && (GENERIC.has(lower) || (atStart && lowerWords.has(lower)))) continue;
    // "Separately, Apple said": an opening adverb, not a name in a list.
    if (single && atStart && OPENING_ADVERBS.test(lower)) continue;
    // "electric vehicle (EV)": an abbreviation of the plain words before it is not a name.
    if (single && tokens[from - 1]?.text === '(' && abbreviates(text, a.start, chunkText)) continue;
    const words = chunkText.split(/\s+/);
    const fullName =
      words.length >= 2 &&
      words.length <= 3 &&
      words.every(
        (w, k) => NAME_WORD.test(w) || (k > 0 && k < words.length - 1 && /^\p{Lu}\.$/u.test(w)),
      ) &&
      !ORG_WORDS.test(chunkText) &&
      // "Google Cloud", "Other Bets": the gazetteer's companies and products are nobody's names.
      companyRow(chunkText) === null &&
      productOwner(chunkText) === undefined;
    // "Jeff Lawson … Lawson wrote": a later bare surname is the same person.
    if (fullName) surnames.add(words.at(-1) ?? '');
    const person = fullName || (single && surnames.has(chunkText));
    out.push({ start: a.start, end: b.end, text: chunkText, possessive, person });
  }
  return out;
}

/**
 * Adds the text's lower-case words to `words`, to tell sentence-initial common words from names
 * (straight into the document's set: a set of each paragraph's own was built only to be copied).
 */
export function addLowerCaseWords(words: Set<string>, text: string): void {
  for (const w of text.match(/\b[a-z][a-z'’-]+\b/g) ?? []) words.add(w);
}
