// What a statistic is about (subject entity) and what it measures, for matching against citations.
// Measures use the matcher's vocabulary (utils/match/measure.ts), read from the clause nearest
// the figure, so a claim and a citation about the same figure meet.

import type { Unit } from '../claim';
import { measureOfText, measuresOfText, refines, type KnownMeasure } from '../match/measure';
import type { NameChunk } from './names';
import type { SourceMention } from './named-source';

const SECTOR =
  /\b(?:the\s+)?(?:tech(?:nology)?|media|retail|banking|financial|auto|gaming) (?:sector|industry)\b/i;

// Where a clause ends inside a sentence: commas, semicolons, colons, dashes, brackets and the
// conjunctions that join two statements.
const CLAUSE_BREAK = /,\s|;|:\s|\s[—–]\s|—|[()]|\s(?:and|but|while|whereas|although|though)\s/g;

// Words that may open an apposition before its figure (", roughly 430 employees,").
const APPOSITION_LEAD =
  /^(?:\s*(?:or|about|roughly|nearly|approximately|around|almost|some|more than|less than|fewer than|over|under|up to|at least|just|an estimated|a|the))*\s*$/i;

// "which amounts to", "or", "representing": the figure that follows restates another.
const RESTATES =
  /\b(?:amount(?:s|ed|ing)?\s+to|equal(?:s|led|ing)?(?:\s+to)?|equivalent\s+to|represent(?:s|ed|ing)?|account(?:s|ed|ing)?\s+for|or)\s+(?:(?:about|roughly|nearly|approximately|around|almost|some|more than|less than|fewer than|over|under|up to|at least|just|an estimated)\s+)*$/i;

// "staff of about 6,000", "employs 3,600": the size of the staff, even in a sentence about cuts.
const HEADCOUNT_BEFORE =
  /\b(?:staff|work ?force|headcount|employ(?:s|ees|ed|ing)?|workers)\s+(?:of\s+|to\s+|at\s+)?(?:(?:about|roughly|nearly|approximately|around|almost|some|more than|over|just|under)\s+)?$/i;

interface Clause {
  start: number;
  end: number;
  /**
   * How the clause joins the one before it: a comma, dash or bracket (a modifier of that
   * clause), a colon (after a label or heading) or a conjunction (a statement of its own).
   */
  joint: 'none' | 'comma' | 'colon' | 'conjunction';
}

function clauses(text: string, start: number, end: number): Clause[] {
  const body = text.slice(start, end);
  const out: Clause[] = [];
  let from = 0;
  let joint: Clause['joint'] = 'none';
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(body); m; m = CLAUSE_BREAK.exec(body)) {
    out.push({ start: start + from, end: start + m.index, joint });
    joint = m[0].startsWith(':') ? 'colon' : /^\s\w/.test(m[0]) ? 'conjunction' : 'comma';
    from = m.index + m[0].length;
  }
  out.push({ start: start + from, end, joint });
  return out;
}

// Measures of people (counted or as a share) and of money: a figure of the wrong kind
// ("16 weeks" of pay for affected workers, "$140 million" saved) measures neither.
const PEOPLE_MEASURES = new Set<string>(['layoffs', 'headcount', 'users', 'subscribers']);

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
  c: Clause,
  start: number,
  end: number,
  unit: Unit,
): KnownMeasure | null {
  const body = text.slice(c.start, c.end);
  const whole = measureOfText(body);
  if (whole === null) return null;
  const words = [...body.matchAll(/\S+/g)].map((m) => ({
    start: c.start + m.index,
    end: c.start + m.index + m[0].length,
  }));
  const first = words.findIndex((w) => w.end > start);
  let last = first;
  while (last + 1 < words.length && (words[last + 1]?.start ?? Infinity) < end) last++;
  let near: KnownMeasure | null = whole;
  if (first >= 0) {
    const windowMeasure = (k: number): KnownMeasure | null => {
      const a = words[Math.max(0, first - k)];
      const b = words[Math.min(words.length - 1, last + k)];
      // "savings of $1 billion through job cuts": a sum of money is no cut, so the first measure
      // the words name that a figure of this unit can be.
      return a && b
        ? (measuresOfText(text.slice(a.start, b.end)).find((m) => fits(m, unit)) ?? null)
        : null;
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
  const list = clauses(text, sentenceStart, sentenceEnd);
  const i = list.findIndex((c) => c.end > start);
  const own = list[i];
  if (!own) return context.story;
  const measure = fits(clauseMeasure(text, own, start, end, unit), unit);
  const lead = text.slice(own.start, start);
  // ", roughly 430 employees,", "which amounts to 100 employees", "(10,000)": the figure
  // restates the one before it, and measures what it does.
  const restates = RESTATES.test(lead);
  const apposition = restates || APPOSITION_LEAD.test(lead);
  if (measure === null || (measure === 'headcount' && apposition)) {
    // ", up 12% from a year earlier": a short modifier measures what its clause does.
    const prev = i > 0 && own.joint === 'comma' ? list[i - 1] : undefined;
    const modifier = restates || (lead.match(/\S+/g) ?? []).length <= 3;
    const before =
      prev && modifier ? fits(measureOfText(text.slice(prev.start, prev.end)), unit) : null;
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
  // Each word ends at a space or the end, so a long token splits one way only (with `\s*` a
  // 1,400-character digit run split five ways took seconds: polynomial backtracking).
  const m = /^[^:\n]{1,40}:\s+(?=\S)(?:[^\s:]+(?:\s+|$)){1,5}$/.exec(
    text.slice(sentenceStart, sentenceEnd),
  );
  if (!m) return -1;
  return sentenceStart + (m[0].indexOf(':') ?? 0);
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
    if (c.start < skipBefore || reporters.has(c.start)) continue;
    const name = nameOf(c);
    if (name !== null) best = { start: c.start, text: name, rule: 'sentence-name' };
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
