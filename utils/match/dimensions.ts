// The five dimensions on which a citation is compared with a statistic: subject, measure, unit,
// value and period. Each answers same, different or unknown; verdict.ts turns the answers into
// support and conflicts. Periods are compared as spans of days, parsed once per record.
import type { Period, PeriodGrain } from '../claim';
import type { CitationRecord } from '../citations/record';
import { parsePeriod, type PeriodSpan } from '../period/parse';

export type Agreement = 'same' | 'different' | 'unknown';

/** A period as whole days since 1970 (inclusive), or a fiscal label alone when its dates are unknown. */
export interface Span {
  from: number | null;
  to: number | null;
  grain: PeriodGrain;
  /** "FY2025 Q2" / "FY2025" for fiscal periods. */
  fiscal: string | null;
  /** How the span is written for people: the record's period string or the claim's. */
  label: string;
  /** A free date range ("2022-11-01/2023-12-31"), not a calendar or fiscal unit. */
  range: boolean;
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Math.floor(Date.parse(iso) / DAY_MS);

/**
 * Figures that are news on the day they are announced: a citation without a period is about its
 * published month, and two reports a few days apart (an article dated the 31st, a report the 2nd)
 * are one event; so is a share move, on the day of its news. Results figures are not: a report
 * published in February is about the last quarter.
 */
export const ANNOUNCED_MEASURES: ReadonlySet<string> = new Set(['layoffs', 'funding', 'stock']);
/** How far apart two reports of one announced event may be dated. */
const EVENT_SLACK_DAYS = 7;
/**
 * Figures summed over their period: a year's revenue is not its fourth quarter's, so these agree
 * only at the same grain. Events and levels (layoffs, users) agree at the coarser grain.
 */
export const FLOW_MEASURES: ReadonlySet<string> = new Set([
  'revenue',
  'profit',
  'eps',
  'operating-income',
  'margin',
  'capex',
  'deliveries',
  'production',
]);

/** Grains that name the same length of time, calendar or fiscal. */
const GRAIN_CLASS: Record<PeriodGrain, string> = {
  day: 'day',
  month: 'month',
  quarter: 'quarter',
  'fiscal-quarter': 'quarter',
  half: 'half',
  year: 'year',
  'fiscal-year': 'year',
};

/** Same length of time: two quarters, two years; a free range only matches another range. */
export function sameGrain(a: Span, b: Span): boolean {
  return a.range === b.range && GRAIN_CLASS[a.grain] === GRAIN_CLASS[b.grain];
}

function fromSpan(span: PeriodSpan, label: string): Span {
  return {
    from: span.start === null ? null : dayNumber(span.start),
    to: span.end === null ? null : dayNumber(span.end),
    grain: span.grain,
    fiscal: span.fiscal ?? null,
    label,
    range: label.includes('/'),
  };
}

/** A claim's period as a span; null when the claim has none. */
export function claimSpan(period: Period | null | undefined): Span | null {
  if (!period) return null;
  if (period.start === null || period.end === null) {
    return period.fiscal
      ? {
          from: null,
          to: null,
          grain: period.grain,
          fiscal: period.fiscal,
          label: period.fiscal.replace(' ', '-'),
          range: false,
        }
      : null;
  }
  return fromSpan(period as PeriodSpan, periodString(period));
}

/** The contract-2 string for a claim's period, so cards and exports name both sides alike. */
export function periodString(period: Pick<Period, 'start' | 'end' | 'grain' | 'fiscal'>): string {
  if (period.fiscal) return period.fiscal.replace(' ', '-');
  const { start, end } = period;
  if (start === null || end === null) return '';
  const year = start.slice(0, 4);
  const month = Number(start.slice(5, 7));
  switch (period.grain) {
    case 'day':
      return start;
    case 'month':
      return start.slice(0, 7);
    case 'quarter':
      return `${year}-Q${Math.ceil(month / 3)}`;
    case 'half':
      return `${year}-H${month <= 6 ? 1 : 2}`;
    case 'year':
      return start.endsWith('-01-01') && end === `${year}-12-31` ? year : `${start}/${end}`;
    default:
      return `${start}/${end}`;
  }
}

/**
 * A record's period: its `period` string read with the company's fiscal calendar, else, for an
 * announced figure, the month it was published; null when nothing places it.
 */
export function recordSpan(record: CitationRecord, fiscalYearEnd: number | null): Span | null {
  if (record.period !== null) {
    const span = parsePeriod(record.period, fiscalYearEnd);
    return span === null ? null : fromSpan(span, record.period);
  }
  if (
    record.published !== null &&
    record.measure !== null &&
    ANNOUNCED_MEASURES.has(record.measure)
  ) {
    const month = record.published.slice(0, 7);
    const span = parsePeriod(month);
    return span === null ? null : fromSpan(span, month);
  }
  return null;
}

/** "FY2025 Q2" → ["FY2025", "Q2"]. */
const fiscalYear = (label: string) => label.split(' ')[0] ?? label;

/**
 * Do two periods agree? They do when they overlap at the coarser grain: the overlap covers at
 * least half of the shorter one (a quarter inside its year, a day inside its month, and not a
 * calendar quarter that shares one month with a fiscal one). Flows must also be of the same
 * grain; announced events also agree a few days apart. Fiscal periods of unknown dates compare
 * by label.
 */
export function periodAgreement(
  claim: Span | null,
  cited: Span | null,
  measure: string | null,
): Agreement {
  if (claim === null || cited === null) return 'unknown';
  if (measure !== null && FLOW_MEASURES.has(measure) && !sameGrain(claim, cited))
    return 'different';
  if (claim.from === null || claim.to === null || cited.from === null || cited.to === null) {
    if (claim.fiscal === null || cited.fiscal === null) return 'unknown';
    if (claim.fiscal === cited.fiscal) return 'same';
    const claimYear = fiscalYear(claim.fiscal);
    const citedYear = fiscalYear(cited.fiscal);
    // A quarter lies inside its fiscal year; a year label against a quarter label of it agrees.
    if (claimYear !== citedYear) return 'different';
    return claim.fiscal === claimYear || cited.fiscal === citedYear ? 'same' : 'different';
  }
  const overlap = Math.min(claim.to, cited.to) - Math.max(claim.from, cited.from) + 1;
  const shorter = Math.min(claim.to - claim.from, cited.to - cited.from) + 1;
  if (overlap * 2 >= shorter) return 'same';
  if (measure !== null && ANNOUNCED_MEASURES.has(measure)) {
    const gap = Math.max(claim.from, cited.from) - Math.min(claim.to, cited.to);
    if (gap <= EVENT_SLACK_DAYS) return 'same';
  }
  return 'different';
}
