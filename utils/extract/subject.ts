// What a statistic is about (subject entity) and what it measures, for matching against citations.
// Measures use the matcher's vocabulary (utils/match/measure.ts), read from the clause nearest
// the figure, so a claim and a citation about the same figure meet.

import type { Unit } from '../claim';
import { firstMeasureOfText, measureOfText, refines, type KnownMeasure } from '../match/measure';
import { firstEndingAfter, sentenceClauses, type Clause, type SentenceClauses } from './clauses';
import type { NameChunk } from './names';
import type { SourceMention } from './named-source';

const SECTOR =
  /\b(?:the\s+)?(?:tech(?:nology)?|media|retail|banking|financial|auto|gaming) (?:sector|industry)\b/i;

// Words that may open an apposition before its figure (", roughly 430 employees,").
const APPOSITION_LEAD =
  /^(?:\s*(?:or|about|roughly|nearly|approximately|around|almost|some|more than|less than|fewer than|over|under|up to|at least|just|an estimated|a|the))*\s*$/i;

// "which amounts to", "or", "representing": the figure that follows restates another; "reaching
// a total of", "totaling": it is the total of what the clause before it counts.
const RESTATES =
  /\b(?:amount(?:s|ed|ing)?\s+to|equal(?:s|led|ing)?(?:\s+to)?|equivalent\s+to|represent(?:s|ed|ing)?|account(?:s|ed|ing)?\s+for|or|reaching(?:\s+a\s+total\s+of)?|totall?ing|for\s+a\s+total\s+of)\s+(?:(?:about|roughly|nearly|approximately|around|almost|some|more than|less than|fewer than|over|under|up to|at least|just|an estimated)\s+)*$/i;

// "staff of about 6,000", "employs 3,600": the size of the staff, even in a sentence about cuts.
const HEADCOUNT_BEFORE =
  /\b(?:staff|work ?force|headcount|employ(?:s|ees|ed|ing)?|workers)\s+(?:of\s+|to\s+|at\s+)?(?:(?:about|roughly|nearly|approximately|around|almost|some|more than|over|just|under)\s+)?$/i;

// Measures of people (counted or as a share) and of money: a figure of the wrong kind
// ("16 weeks" of pay for affected workers, "$140 million" saved) measures neither.
const PEOPLE_MEASURES = new Set<string>(['layoffs', 'hiring', 'headcount', 'users', 'subscribers']);

function fits(measure: KnownMeasure | null, unit: Unit): KnownMeasure | null {
  if (measure === null) return null;
  if (PEOPLE_MEASURES.has(measure)) return unit === 'count' || unit === 'percent' ? measure : null;
  return unit === 'count' ||
    unit === 'percent' ||
    unit === 'usd' ||
    unit === 'eur' ||
    unit === 'gbp' ||
    unit === 'other' ||
    unit === 'multiplier'
    ? measure
    : null;
}

// Window sizes, in words either side of the figure: the nearest measure word decides.
const WINDOWS = [1, 2, 3, 5, 8];

/** The measure of one clause around the figure [start, end). */
function clauseMeasure(
  text: string,
  sentence: SentenceClauses,
  c: Clause,
  start: number,
  end: number,
  unit: Unit,
): KnownMeasure | null {
  const whole = sentence.measure(c);
  if (whole === null) return null;
  const words = sentence.words(c);
  const first = firstEndingAfter(words, start);
  let last = first;
  while (last + 1 < words.length && (words[last + 1]?.start ?? Infinity) < end) last++;
  let near: KnownMeasure | null = whole;
  if (first >= 0) {
    const windowMeasure = (k: number): KnownMeasure | null => {
      const a = words[Math.max(0, first - k)];
      const b = words[Math.min(words.length - 1, last + k)];
      // "savings of $1 billion through job cuts": a sum of money is no cut, so the first measure
      // the words name that a figure of this unit can be.
      if (!a || !b) return null;
      // Only the first measure a figure of this unit can be: no later rule runs.
      return sentence.once(`${a.start}:${b.end}:${unit}`, () =>
        firstMeasureOfText(text.slice(a.start, b.end), (m) => fits(m, unit) !== null),
      );
    };
    for (let w = 0; w < WINDOWS.length; w++) {
      const m = windowMeasure(WINDOWS[w] ?? 0);
      if (m === null) continue;
      // "operating profit of $864 million": the nearest word says profit, the two words before
      // it say which profit.
      const finer = [w + 1, w + 2]
        .map((next) => (next < WINDOWS.length ? windowMeasure(WINDOWS[next] ?? 0) : null))
        .find((wider) => wider !== null && refines(wider, m));
      near = finer ?? m;
      break;
    }
  }
  // "lay off 1,200 employees", "cut 12% of its workforce": staff counted by a cut are the cut.
  const size = HEADCOUNT_BEFORE.test(text.slice(Math.max(c.start, start - 40), start));
  return near === 'headcount' && whole === 'layoffs' && !size ? 'layoffs' : near;
}

/**
 * The end of a figure's lead that RESTATES can match: its verb and a few qualifiers fit in far
 * fewer characters. Testing the whole lead would cost each figure the length of its clause.
 */
const RESTATES_TAIL = 120;

/** Does the figure restate the one before it ("which amounts to", "or roughly")? */
function restatesBefore(lead: string): boolean {
  if (lead.length <= RESTATES_TAIL) return RESTATES.test(lead);
  // The cut moves on past the word it falls in: RESTATES' `\b` must not take a part for a word.
  let from = lead.length - RESTATES_TAIL;
  while (from < lead.length && !/\s/.test(lead[from - 1] as string)) from++;
  return RESTATES.test(lead.slice(from));
}

/** A few words of a modifier ("up", "down from") never run longer than this. */
const FEW_WORDS_REACH = 80;

/**
 * At most `n` words in `lead`? Counted from its end; a lead longer than FEW_WORDS_REACH is not a
 * few words, which also bounds the count for a lead that is one long run without spaces.
 */
function fewWords(lead: string, n: number): boolean {
  if (lead.length > FEW_WORDS_REACH) return false;
  let words = 0;
  let inWord = false;
  for (let i = lead.length - 1; i >= 0; i--) {
    const space = /\s/.test(lead[i] as string);
    if (!space && !inWord && ++words > n) return false;
    inWord = !space;
  }
  return true;
}

/** What the statistics around a figure measure, for figures that only restate one. */
export interface MeasureContext {
  /** The measure of the statistic before it in the same sentence. */
  sentencePrior: string | null;
  /** The previous sentence of the paragraph, [start, end), or null. */
  previousSentence: [number, number] | null;
  /** For a label line or list item ("Engineering: 180 roles"): the measure of its story. */
  story: string | null;
}

const NO_CONTEXT: MeasureContext = { sentencePrior: null, previousSentence: null, story: null };

/**
 * What the figure at [start, end) of the sentence [sentenceStart, sentenceEnd) measures, in the
 * matcher's vocabulary (`MEASURES` of utils/match/measure.ts), or null.
 */
export function measureOf(
  text: string,
  sentenceStart: number,
  sentenceEnd: number,
  start: number,
  end: number,
  unit: Unit,
  context: MeasureContext = NO_CONTEXT,
): string | null {
  const sentence = sentenceClauses(text, sentenceStart, sentenceEnd);
  const list = sentence.list;
  const i = sentence.indexAt(start);
  const own = list[i];
  if (!own) return context.story;
  const measure = fits(clauseMeasure(text, sentence, own, start, end, unit), unit);
  const lead = text.slice(own.start, start);
  // ", roughly 430 employees,", "which amounts to 100 employees", "(10,000)": the figure
  // restates the one before it, and measures what it does.
  const restates = restatesBefore(lead);
  const apposition = restates || APPOSITION_LEAD.test(lead);
  if (measure === null || (measure === 'headcount' && apposition)) {
    // ", up 12% from a year earlier": a short modifier measures what its clause does.
    const prev = i > 0 && own.joint === 'comma' ? list[i - 1] : undefined;
    const modifier = restates || fewWords(lead, 3);
    const before = prev && modifier ? fits(sentence.measure(prev), unit) : null;
    if (before !== null) return before;
    if (apposition && context.sentencePrior !== null)
      return fits(context.sentencePrior as KnownMeasure, unit) ?? measure;
    // "That amounts to nearly 300 employees.": what the sentence before was about.
    const ps = context.previousSentence;
    if (restates && i === 0 && ps) {
      const earlier = fits(measureOfText(text.slice(ps[0], ps[1])), unit);
      if (earlier !== null) return earlier;
    }
  }
  return measure ?? (own.joint === 'colon' ? context.story : null);
}

/** A short "Label: 180 roles" line: the label's end offset, or -1. */
export function labelLineEnd(text: string, sentenceStart: number, sentenceEnd: number): number {
  const body = text.slice(sentenceStart, sentenceEnd);
  const label = /^[^:\n]{1,40}:\s+(?=\S)/.exec(body);
  if (!label) return -1;
  // One to five words after the label, counted rather than matched: a pattern of repeated
  // optional-space words backtracks through every split of one long token ("1.1.1.…": 40 s).
  const rest = body.slice(label[0].length);
  if (rest.includes(':') || rest.trim().split(/\s+/).length > 5) return -1;
  return sentenceStart + label[0].indexOf(':');
}

// "Fortune 500 companies", "S&P 500 firms": a list's members are the subject, not the list's owner.
const INDEX_GROUP = /^\s\d{2,4}\s(?:companies|firms|businesses|members)\b/;

// "Fortune 500 companies, excluding Microsoft, could face…": a name set aside is not the subject.
const EXCLUDED_LEAD =
  /\b(?:excluding|except(?:\s+for)?|other than|apart from|besides|not including)\s{1,3}$/i;

/** Whether the name at `start` follows words that set it aside. */
function excluded(text: string, start: number): boolean {
  return EXCLUDED_LEAD.test(text.slice(Math.max(0, start - 20), start));
}

// ", which includes Azure and other cloud services,": what the name before it is made of.
const ASIDE_LEAD =
  /,\s{0,2}(?:which|that)\s{1,3}(?:includes?|comprises?|contains?|covers?)\s[^,]{0,60}$|,\s{0,2}(?:including|such as)\s[^,]{0,60}$/i;

/** Whether the name lies in an aside set off by commas before the figure. */
function aside(text: string, c: NameChunk, statStart: number): boolean {
  if (!ASIDE_LEAD.test(text.slice(Math.max(0, c.start - 80), c.start))) return false;
  const close = text.indexOf(',', c.end);
  return close !== -1 && close < statStart;
}

/** A subject with the id of the rule that chose it (the claim's `trace.subject`). */
export interface SubjectAnswer {
  subject: string | null;
  rule: string | null;
}

/**
 * The entity a figure is about: the nearest name (or organisation anaphor, "the company said")
 * before it in its sentence that can be a subject (`nameOf`: companies, their products and other
 * organisations; not places, people, metrics or sentence-opening words) and is not merely who
 * reported the figure, else a sector phrase, else `fallback`. Names before `skipBefore` (a
 * breakdown label such as "Engineering:") are categories of the story, not subjects.
 */
export function subjectOf(
  text: string,
  sentenceStart: number,
  statStart: number,
  chunks: NameChunk[],
  sources: SourceMention[],
  fallback: SubjectAnswer,
  nameOf: (c: NameChunk) => string | null,
  skipBefore = -1,
): SubjectAnswer {
  // Outlets, documents and people quoted report on the subject; they are not it.
  const reporters = new Set(
    sources.filter((m) => m.span && (m.role !== 'speaker' || m.person)).map((m) => m.start),
  );
  let best: { start: number; text: string; rule: string } | null = null;
  for (const c of chunks) {
    if (c.end > statStart) break;
    if (c.start < skipBefore || reporters.has(c.start) || excluded(text, c.start)) continue;
    if (aside(text, c, statStart)) continue;
    const name = nameOf(c);
    const group = INDEX_GROUP.exec(text.slice(c.end, c.end + 30));
    if (group && name !== null && c.end + group[0].length <= statStart)
      best = { start: c.start, text: `${c.text}${group[0]}`, rule: 'index-group' };
    else if (name !== null) best = { start: c.start, text: name, rule: 'sentence-name' };
  }
  for (const m of sources) {
    if (m.span || m.person || m.role !== 'speaker' || m.text === null || m.blocks) continue;
    if (m.end <= statStart && (!best || m.start > best.start))
      best = { start: m.start, text: m.text, rule: 'anaphor' };
  }
  if (best) return { subject: best.text, rule: best.rule };
  const sector = SECTOR.exec(text.slice(sentenceStart, statStart));
  return sector ? { subject: sector[0], rule: 'sector' } : fallback;
}
