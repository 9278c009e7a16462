// Period phrases in a stretch of text: the grammar rows of period-rules.ts first (quarters,
// halves, fiscal and bare years, reported periods, comparison bases), then chrono-node's English
// parser for calendar dates, months, weekdays and relative days where no row matched. chrono runs
// only on stretches that name a month, weekday or relative day, so most text never reaches it.

import { parse as chronoParse } from 'chrono-node/en';
import { PERIOD_RULES, type PeriodSpec } from './period-rules';

export interface PeriodPhrase {
  start: number;
  end: number;
  text: string;
  /** The id of the row (or "chrono") that read it. */
  rule: string;
  spec: PeriodSpec;
  /** A comparison base ("a year earlier"): it dates only a figure that is the base. */
  base: boolean;
}

// "may" and "march" are verbs far more often than months: only with a day number they cue.
// "last month", "this week" are the grammar's (this-last-next), not chrono's.
const CHRONO_CUE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|(?:march|may)\s+\d{1,4}|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|(?:days?|weeks?)\s+ago)\b|\b\d{1,4}[/.]\d{1,2}[/.]\d{2,4}\b/i;

// Every cue of a stretch, one after another (built once: `cueWindows` runs for each sentence).
const CHRONO_CUES = new RegExp(CHRONO_CUE.source, 'gi');

// Words chrono reads as dates that in news prose are not ("may" the verb, "March" the verb).
const NOT_A_DATE = /^(?:may|march|sun|sat|mon|wed|now|today|tonight)$/i;

// Every row's match holds one of these: text without them never runs the rows.
const ROW_CUE =
  /quarter|year|month|half|period|fiscal|decade|sequential|\bQ[1-4]|[1-4]Q|\bFY|\bH[12]|(?:19|20)\d{2}|early|late/i;

/** How far around a cue word chrono reads: enough for "on Tuesday, January 28, 2026". */
const CUE_REACH = 30;

/**
 * The stretches around date cues, merged, cut at word boundaries: chrono's cost grows with the
 * text it reads, and most of a sentence holds no date.
 */
function cueWindows(body: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = CHRONO_CUES;
  re.lastIndex = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    let a = Math.max(0, m.index - CUE_REACH);
    let b = Math.min(body.length, m.index + m[0].length + CUE_REACH);
    while (a > 0 && /\S/.test(body[a - 1] ?? '')) a--;
    while (b < body.length && /\S/.test(body[b] ?? '')) b++;
    const last = out.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

const overlapsAny = (taken: PeriodPhrase[], start: number, end: number) =>
  taken.some((p) => p.start < end && start < p.end);

/** Rows that yield to a longer chrono date over the same words ("October 2014" over "2014"). */
const YIELDS_TO_CHRONO = new Set(['year']);

/** The grammar rows' phrases in `text` [from, to), sorted by start: no calendar dates. */
export function rowPhrases(text: string, from: number, to: number): PeriodPhrase[] {
  const body = text.slice(from, to);
  const found: PeriodPhrase[] = [];
  for (const rule of ROW_CUE.test(body) ? PERIOD_RULES : []) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(body); m; m = rule.re.exec(body)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      if (overlapsAny(found, start, end)) continue;
      found.push({
        start,
        end,
        text: m[0],
        rule: rule.id,
        spec: rule.spec(m),
        base: rule.base ?? false,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The period phrases in `text` [from, to), sorted by start; `reference` anchors chrono. */
export function findPeriodPhrases(
  text: string,
  from: number,
  to: number,
  reference: Date | null,
  /** Also read calendar dates (chrono-node); off where only quarters matter. */
  dates = true,
  /**
   * Also read days named only against the reference ("on Tuesday", "yesterday"); off when the
   * reference is an estimate, which places a month but not a day.
   */
  weekdays = true,
  /** The stretch's `rowPhrases`, when the caller has them already. */
  rows: readonly PeriodPhrase[] = rowPhrases(text, from, to),
): PeriodPhrase[] {
  const body = text.slice(from, to);
  const found = [...rows];
  for (const [wFrom, wTo] of dates ? cueWindows(body) : []) {
    const window = body.slice(wFrom, wTo);
    for (const r of chronoParse(window, reference ?? new Date(Date.UTC(2000, 0, 1)))) {
      const start = from + wFrom + r.index;
      const end = start + r.text.length;
      if (NOT_A_DATE.test(r.text.trim()) || !CHRONO_CUE.test(r.text)) continue;
      const under = found.filter((p) => p.start < end && start < p.end);
      if (under.some((p) => !YIELDS_TO_CHRONO.has(p.rule))) continue;
      const known = (k: 'year' | 'month' | 'day' | 'weekday') => r.start.isCertain(k);
      // A time of day alone ("16:20") or a bare weekday without a reference dates nothing.
      if (
        !known('month') &&
        !known('weekday') &&
        !/\b(?:ago|yesterday|today|week|month)\b/i.test(r.text)
      )
        continue;
      // Without a publication date only a written year places the phrase.
      if (reference === null && !known('year')) continue;
      if (!weekdays && !known('month')) continue;
      const month = r.start.get('month') ?? 0;
      const dayKnown =
        known('day') || known('weekday') || /\b(?:ago|yesterday|today)\b/i.test(r.text);
      const yearKnown = known('year') || !known('month');
      for (const p of under) found.splice(found.indexOf(p), 1);
      found.push({
        start,
        end,
        text: r.text,
        rule: 'chrono',
        spec: {
          kind: 'date',
          year: yearKnown ? (r.start.get('year') ?? null) : null,
          month,
          day: dayKnown ? (r.start.get('day') ?? null) : null,
        },
        base: false,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
