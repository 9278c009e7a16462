// Which period a statistic refers to: a chain of small resolvers, the first answer wins, and
// its id becomes the claim's `trace.period`. The labelling rules (fixtures README, "Period"): a
// phrase in the figure's own clause, else in its sentence; a change takes the period of the
// level it describes and a comparison base the base's; figures with no time phrase take the
// period the paragraph or the article reports, else the publication month.

import type { Period } from '../../claim';
import { sharedMeasure } from '../../match/measure';
import type { PeriodSpec } from '../stages/period-rules';
import type { PeriodPhrase } from '../stages/periods';
import { defaultedPeriod, resolveSpec, type PeriodContext } from './period';

const CLAUSE_BREAK = /[,;:()—–]|\s(?:and|but|while|whereas)\s/;

// "up 12% from a year earlier", "compared with $25.5 billion": the figure after these is a base.
// "more than 260 million" is a hedge, not a comparison.
const BASE_BEFORE =
  /\b(?:from|compared\s+(?:with|to)|versus|vs\.?|against|(?<!\b(?:more|less|fewer|greater|rather|other)\s+)than)\s+(?:(?:about|roughly|nearly|around|some|just|over)\s+)?$/i;
// A base phrase with its figure in brackets: "compared to the same period last year ($8.16 billion)".
const BASE_PAREN = /^\s*\(\s*$/;
// What lies between a base phrase and the figure it dates: "prior quarter revenue was", "year-ago
// quarter's sales of".
const BASE_LEAD =
  /^(?:'s|’s)?\s+(?:[a-z-]+\s+){0,2}(?:was|were|of|stood\s+at|came\s+in\s+at)\s+(?:about\s+|roughly\s+|nearly\s+|around\s+)?$/i;
const BASE_LEAD_REACH = 40;
// A base phrase right after its figure: "$1.24 billion in the same period last year".
const BASE_AFTER = /^\s*(?:[)\]]\s*)?(?:in|for|during|of|over)?\s*$/i;
// … or after the words naming what the figure measures: "the $8 billion of revenue in the
// previous quarter". Not for rates: "up 27% sequentially" is a change, and "the 24% growth rate
// in the previous quarter", though a base, met another segment's 24% of that quarter in the
// store (Microsoft Cloud's for Azure's) and was backed while wrong: until the matcher tells a
// company's segments apart, a rate before its base keeps the level's period.
const BASE_AFTER_NOUN = /^\s+(?:[a-z-]+\s+){1,2}(?:in|for|during|of)\s+$/i;
// "108 million views since its November launch": a time after "since" opens a span that runs to
// the day of the report; the figure is a running total, of the publication month.
const SINCE_BEFORE = /\bsince\s+(?:[\p{L}’'-]+\s+){0,2}$/iu;

// Share prices and market moves are figures of the trading day, the day of the report.
const MARKET_MOVE =
  /\b(?:shares|stock|premarket|pre-market|after-hours|extended\s+trading|traded|market\s+value)\b(?<!per\s+share|market\s+share)/i;

// A present-tense figure of today: "now has", "currently counts".
const NOW = /\b(?:now|currently|today)\b/i;

// What joins a level to the change that describes it: "$82.3 billion, up 14%", "$9 billion, an
// increase of 12%".
const CHANGE_AFTER_LEVEL =
  /^[^.;:]*?[,(]\s*(?:up|down|a\s+rise\s+of|a\s+drop\s+of|an?\s+(?:increase|decrease|decline|jump|gain)\s+of|rising|falling|growing)\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|around\s+|over\s+)?$/i;
const CHANGE_REACH = 60;
const SPAN_ON = /^\s*(?:to|through|until|till|-|–)\s/i;

/** How far after its figure a phrase may sit and still date it. */
const AFTER_REACH = 80;

export interface StatisticPeriodInput {
  text: string;
  /** The figure. */
  start: number;
  end: number;
  unit: string;
  measure: string | null;
  /** The period phrases of the figure's sentence, sorted. */
  phrases: PeriodPhrase[];
  /** The figure's sentence. */
  sentence: { start: number; end: number };
  /** The sentence's previous figure and its period: the level a change right after it describes. */
  levelBefore: { end: number; period: Period | null } | null;
  /** The sentence's other figures: a phrase in one of their clauses and not the figure's is theirs. */
  siblings: ReadonlyArray<{ start: number; end: number }>;
  /** The period of the paragraph's previous figure when a phrase set it. */
  carried: Period | null;
  /** A table cell's: the period phrases of its column's header ("Planned Hiring in 2025"). */
  column?: PeriodPhrase[];
  ctx: PeriodContext;
}

export interface PeriodAnswer {
  period: Period | null;
  rule: string | null;
  /** Whether a time phrase set it (so later figures of the paragraph may carry it). */
  phrased: boolean;
}

/** A clause reaches at most this far either side of its figure (prose clauses are shorter). */
const CLAUSE_REACH = 300;

/**
 * The clause holding [start, end): from the break before to the break after, within
 * CLAUSE_REACH, so a figure in a long run without breaks costs no more than one in prose.
 */
function clauseAround(text: string, s: { start: number; end: number }, start: number, end: number) {
  const from = Math.max(s.start, start - CLAUSE_REACH);
  const before = text.slice(from, start);
  const cut = Math.max(...[',', ';', ':', '(', '—'].map((c) => before.lastIndexOf(c)));
  const to = Math.min(s.end, end + CLAUSE_REACH);
  const stop = text.slice(end, to).search(/[,;:()—]/);
  return text.slice(from + cut + 1, stop < 0 ? to : end + stop);
}

// No clause reaches past CLAUSE_REACH (see clauseAround), which keeps each test bounded.
const sameClause = (text: string, a: number, b: number) =>
  Math.abs(b - a) <= CLAUSE_REACH && !CLAUSE_BREAK.test(text.slice(Math.min(a, b), Math.max(a, b)));

// Measures of events announced on the day (a cut, a deal, a payout, the share move on its news),
// which the article's quarter does not date, nor a results figure's period carried to them.
const EVENT_MEASURES = new Set([
  'layoffs',
  'hiring',
  'headcount',
  'funding',
  'valuation',
  'stock',
  'dividend',
  'buyback',
]);

/** A share of an event's figure ("% of the layoff cuts", table-column.ts) is of the event too. */
export const isEventMeasure = (measure: string | null): boolean =>
  measure !== null && EVENT_MEASURES.has(sharedMeasure(measure) ?? measure);

type Span = { start: number; end: number };

const RANGE_JOIN = /^\s*(?:and|to|or|-|–|—)\s*$/i;
const between = (text: string, a: Span, b: Span) =>
  a.end <= b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start);

/**
 * The other figures of `stats[j]`'s sentence within a clause's reach of it (stats sorted by
 * start): farther ones share no clause with it, and a run of figures without a full stop must not
 * cost each figure the whole run.
 */
export function siblingsOf(stats: readonly Span[], j: number, sentence: Span): Span[] {
  const out: Span[] = [];
  const self = stats[j];
  if (!self) return out;
  const from = Math.max(sentence.start, self.start - CLAUSE_REACH);
  const to = Math.min(sentence.end, self.end + CLAUSE_REACH);
  for (let k = j - 1; k >= 0; k--) {
    const o = stats[k];
    if (!o || o.start < from) break;
    out.push(o);
  }
  for (let k = j + 1; k < stats.length; k++) {
    const o = stats[k];
    if (!o || o.start >= to) break;
    out.push(o);
  }
  return out;
}

function nearest(phrases: PeriodPhrase[], start: number, end: number): PeriodPhrase | undefined {
  let best: PeriodPhrase | undefined;
  let distance = Infinity;
  for (const p of phrases) {
    // A phrase after the figure reads as closer: "sales of 13.5 billion in the first quarter".
    const d = p.start >= end ? (p.start - end) * 0.8 : start - p.end;
    if (d < distance) {
      distance = d;
      best = p;
    }
  }
  return best;
}

/** The period of one statistic, with the id of the rule that set it. */
/**
 * A phrase's spec completed by its sentence: "fourth-quarter revenue … for fiscal year 2024", a
 * bare quarter takes the sentence's year (and the year phrase stands for that quarter).
 */
export function withSentenceYear(
  p: PeriodPhrase,
  phrases: readonly PeriodPhrase[],
  text: string,
): PeriodSpec {
  const q = p.spec.kind === 'year' ? phrases.find(isBareQuarter)?.spec : p.spec;
  const y = phrases.find(
    (o) =>
      o.spec.kind === 'year' && !OTHER_YEAR.test(text.slice(Math.max(0, o.start - 20), o.start)),
  )?.spec;
  if (q?.kind === 'quarter' && q.year === null && y?.kind === 'year')
    return { kind: 'quarter', q: q.q, year: y.year, fiscal: q.fiscal || y.fiscal };
  return p.spec;
}

// "lost subscribers in the first quarter, the first time since 2011": a year that opens a span or
// is compared with is not the year the sentence's quarter is in.
const OTHER_YEAR = /\b(?:since|from|than|before|versus|vs\.?|compared\s+(?:with|to))\s+$/i;

// "turnover of $108.5 billion, up 44%, while it had already grown in the first quarter of 2020":
// a clause opened by a contrast tells of another time than the figure before it.
const OTHER_TIME_CLAUSE = /[,;]\s*(?:while|whereas|although|though|but|after)\b/i;

const isBareQuarter = (p: PeriodPhrase) => p.spec.kind === 'quarter' && p.spec.year === null;

export function periodOfStatistic(input: StatisticPeriodInput): PeriodAnswer {
  const { text, start, end, phrases, ctx } = input;
  // "up 12% from 2022": a time after "from" is the comparison's base, not the figure's time
  // (but "from January to March" is a span).
  const comparedTo = (p: PeriodPhrase) =>
    BASE_BEFORE.test(text.slice(Math.max(input.sentence.start, p.start - 40), p.start)) &&
    !SPAN_ON.test(text.slice(p.end, p.end + 12));
  const since = (p: PeriodPhrase) =>
    SINCE_BEFORE.test(text.slice(Math.max(input.sentence.start, p.start - 30), p.start));
  const levels = phrases.filter((p) => !p.base && !comparedTo(p) && !since(p));
  // A year stands for a bare quarter of the figure's own clause only: in "$170 billion for Q4 and
  // $575 billion for 2023" the year is the second figure's, the quarter the first's.
  const inFigureClause = (p: PeriodPhrase) =>
    p.start >= end ? sameClause(text, end, p.start) : sameClause(text, p.end, start);
  const yearMates = phrases.filter((p) => !isBareQuarter(p) || inFigureClause(p));
  // Undated, a phrase without its year ("its fiscal fourth quarter") is placed against the
  // period the paragraph or the article reports: the latest such quarter up to that one.
  const anchor = ctx.published ?? (input.carried ?? ctx.reported)?.end ?? null;
  const resolve = (p: PeriodPhrase, level: Period | null = null) =>
    resolveSpec(withSentenceYear(p, p.spec.kind === 'year' ? yearMates : phrases, text), p.text, {
      ...ctx,
      published: anchor,
      level,
    });

  const levelOf = (): Period | null => {
    const own = nearest(levels, start, end);
    return (own && resolve(own)) ?? input.carried ?? ctx.reported;
  };

  // A comparison base: "from $25.5 billion a year ago", "$1.24 billion in the same period last year".
  const before = text.slice(Math.max(input.sentence.start, start - 40), start);
  // A rate followed by its base is the change, not the base: "up 27% sequentially".
  const baseAfter = phrases.find(
    (p) =>
      p.base &&
      p.start >= end &&
      input.unit !== 'percent' &&
      (BASE_AFTER.test(text.slice(end, p.start)) || BASE_AFTER_NOUN.test(text.slice(end, p.start))),
  );
  // "up 12% from 2022 ($7.85 billion)": the bracketed figure is the base, in the base's time.
  const baseParen = phrases.find(
    (p) => (p.base || comparedTo(p)) && p.end <= start && BASE_PAREN.test(text.slice(p.end, start)),
  );
  // "the prior quarter's revenue was $18.2 billion": a base phrase naming the figure's own
  // measure a few words before it; "from the prior quarter to $21 billion" names the level's.
  const baseLead = phrases.find(
    (p) =>
      p.base &&
      p.end <= start &&
      start - p.end <= BASE_LEAD_REACH &&
      sameClause(text, p.end, start) &&
      BASE_LEAD.test(text.slice(p.end, start)) &&
      !input.siblings.some((o) => o.start >= p.end && o.end <= start),
  );
  const baseNamed = baseParen ?? baseLead;
  if (baseNamed) {
    const period = resolve(baseNamed, levelOf());
    if (period) return { period, rule: `base:${baseNamed.rule}`, phrased: false };
  }
  const baseFigure = BASE_BEFORE.test(before) || baseAfter !== undefined;
  if (baseFigure) {
    const phrase =
      baseAfter ?? phrases.find((p) => p.base && p.start >= end && sameClause(text, end, p.start));
    if (phrase) {
      const level = levelOf();
      const period = resolve(phrase, level);
      if (period) return { period, rule: `base:${phrase.rule}`, phrased: false };
    }
    // "rising to $32.9 billion from $25.5 billion": a quarter's base is the year-ago quarter.
    const level = levelOf();
    if (!phrase && level && /quarter/.test(level.grain) && BASE_BEFORE.test(before)) {
      const period = resolveSpec({ kind: 'shift', months: -12 }, '', { ...ctx, level });
      if (period) return { period, rule: 'base:year-ago', phrased: false };
    }
  }

  const inClause = levels.filter((p) =>
    p.start >= end
      ? p.start - end <= AFTER_REACH && sameClause(text, end, p.start)
      : sameClause(text, p.end, start),
  );
  const own = nearest(inClause, start, end);
  const ownPeriod = own && resolve(own);
  if (own && ownPeriod) return { period: ownPeriod, rule: `clause:${own.rule}`, phrased: true };

  const sinceThen = phrases.find((p) => since(p) && inFigureClause(p));
  if (sinceThen) {
    const month = defaultedPeriod(ctx.published);
    return { period: month, rule: month ? 'clause:since' : null, phrased: false };
  }

  // "generated $82.3 billion, up 14% from the previous year": the change is the level's.
  const level = input.levelBefore;
  if (
    input.unit === 'percent' &&
    level?.period &&
    start - level.end <= CHANGE_REACH &&
    CHANGE_AFTER_LEVEL.test(text.slice(level.end, start))
  )
    return { period: level.period, rule: 'change-of-level', phrased: false };

  const day = ctx.published;
  const clause = clauseAround(text, input.sentence, start, end);
  if (MARKET_MOVE.test(clause)) {
    // Undated, the trading day is unknown: an estimate places a month, not a session.
    if (day && ctx.estimated) {
      const month = defaultedPeriod(day);
      return { period: month, rule: month ? 'market-month' : null, phrased: false };
    }
    if (!day) return { period: null, rule: null, phrased: false };
    return {
      period: { text: '', start: day, end: day, grain: 'day', how: 'defaulted' },
      rule: 'market-day',
      phrased: false,
    };
  }

  // "ChatGPT now has 500 million users, … the engineers it hired last year": "now" dates its own
  // clause's figure at publication; a time phrase of another clause does not.
  if (NOW.test(clause)) {
    const now = defaultedPeriod(ctx.published);
    return { period: now, rule: now ? 'clause:now' : null, phrased: false };
  }

  // "a dividend of $0.50, payable on March 26, alongside a $50 billion buyback": the date is the
  // dividend's, not the buyback's.
  const clauseOf = (at: Span, p: PeriodPhrase) =>
    p.start >= at.end ? sameClause(text, at.end, p.start) : sameClause(text, p.end, at.start);
  // The other end of a range ("between $175 billion and $185 billion in 2025") shares its time.
  const apart = input.siblings.filter((o) => !RANGE_JOIN.test(between(text, o, { start, end })));
  const unowned = levels.filter(
    (p) =>
      !apart.some((o) => clauseOf(o, p)) &&
      !(p.start >= end && OTHER_TIME_CLAUSE.test(text.slice(end, p.start))),
  );
  const inSentence = nearest(unowned, start, end);
  const sentencePeriod = inSentence && resolve(inSentence);
  if (inSentence && sentencePeriod)
    return { period: sentencePeriod, rule: `sentence:${inSentence.rule}`, phrased: true };

  // A table cell with no time of its own row: its column header's ("2024", "Q3 2025", "in 2025").
  for (const p of input.column ?? []) {
    const period = resolve(p);
    if (period) return { period, rule: `column:${p.rule}`, phrased: false };
  }

  if (input.carried)
    return { period: { ...input.carried, text: '' }, rule: 'paragraph', phrased: true };

  if (ctx.reported && !isEventMeasure(input.measure))
    return { period: { ...ctx.reported, text: '' }, rule: 'reported', phrased: false };

  const defaulted = defaultedPeriod(ctx.published);
  return defaulted
    ? { period: defaulted, rule: 'defaulted', phrased: false }
    : { period: null, rule: null, phrased: false };
}
