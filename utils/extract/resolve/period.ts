// Period phrases → calendar periods. A phrase's spec (stages/period-rules.ts) is placed on the
// calendar with what the document knows: its publication date, the fiscal calendar of the
// company the figure is about, the period the article reports and, for a comparison base, the
// period of the level it is compared with.

import type { Period, PeriodHow } from '../../claim';
import {
  addMonths,
  fiscalOf,
  fiscalYearStart,
  isoDay,
  monthSpan,
  parseDay,
  type YearMonth,
} from '../calendar';
import type { PeriodSpec } from '../stages/period-rules';

export interface PeriodContext {
  /** The publication day, "YYYY-MM-DD", or null when unknown. */
  published: string | null;
  /** The publication day is an estimate (an undated article), good to a month at best. */
  estimated?: boolean;
  /** The fiscal-year end month (1–12) of the company the figure is about, null when unknown. */
  fyEnd: number | null;
  /** The period the article reports (its quarter), when it names one. */
  reported: Period | null;
  /** For a comparison base: the period of the level it is compared with. */
  level: Period | null;
}

const refMonth = (ctx: PeriodContext): YearMonth | null => {
  const d = ctx.published ? parseDay(ctx.published) : null;
  return d ? { y: d.y, m: d.m } : null;
};

/** A non-calendar fiscal year applies: the company's year does not end in December. */
const fiscalEnd = (ctx: PeriodContext): number | null =>
  ctx.fyEnd !== null && ctx.fyEnd !== 12 ? ctx.fyEnd : null;

function fiscalQuarter(fy: number, q: number, fyEnd: number, text: string, how: PeriodHow) {
  const start = addMonths(fiscalYearStart(fy, fyEnd), 3 * (q - 1));
  return monthSpan(start, addMonths(start, 2), 'fiscal-quarter', text, how, `FY${fy} Q${q}`);
}

function calendarQuarter(y: number, q: number, text: string, how: PeriodHow): Period {
  const start = { y, m: 3 * (q - 1) + 1 };
  return monthSpan(start, addMonths(start, 2), 'quarter', text, how);
}

/** Months from..to as a quarter: fiscal when the company's year is not the calendar's. */
function monthsQuarter(
  from: YearMonth,
  to: YearMonth,
  text: string,
  how: PeriodHow,
  ctx: PeriodContext,
) {
  const fyEnd = fiscalEnd(ctx);
  const length = (to.y - from.y) * 12 + (to.m - from.m) + 1;
  if (length === 3 && fyEnd !== null) {
    const f = fiscalOf(from, fyEnd);
    return monthSpan(from, to, 'fiscal-quarter', text, how, `FY${f.fy} Q${f.q}`);
  }
  return monthSpan(from, to, length === 1 ? 'month' : length <= 3 ? 'quarter' : 'year', text, how);
}

/** The latest quarter `q` (calendar or fiscal) that has started by `ref`. */
function latestQuarterYear(q: number, ref: YearMonth, fyEnd: number | null): number {
  if (fyEnd === null) return 3 * (q - 1) + 1 <= ref.m ? ref.y : ref.y - 1;
  const { fy } = fiscalOf(ref, fyEnd);
  const start = addMonths(fiscalYearStart(fy, fyEnd), 3 * (q - 1));
  return start.y * 12 + start.m <= ref.y * 12 + ref.m ? fy : fy - 1;
}

function year(
  y: number,
  text: string,
  how: PeriodHow,
  ctx: PeriodContext,
  fiscal: boolean,
): Period {
  const fyEnd = fiscalEnd(ctx);
  if (fyEnd !== null) {
    const start = fiscalYearStart(y, fyEnd);
    return monthSpan(start, addMonths(start, 11), 'fiscal-year', text, how, `FY${y}`);
  }
  if (fiscal && ctx.fyEnd === null)
    return { text, start: null, end: null, grain: 'fiscal-year', how, fiscal: `FY${y}` };
  return monthSpan(
    { y, m: 1 },
    { y, m: 12 },
    fiscal ? 'fiscal-year' : 'year',
    text,
    how,
    fiscal ? `FY${y}` : undefined,
  );
}

/** `p` moved by `months`, fiscal label included. */
export function shifted(p: Period, months: number, text: string): Period | null {
  const s = p.start ? parseDay(p.start) : null;
  const e = p.end ? parseDay(p.end) : null;
  if (!s || !e) return null;
  const out = monthSpan(addMonths(s, months), addMonths(e, months), p.grain, text, p.how);
  const label = p.fiscal ? /^FY(\d{4})(?: Q([1-4]))?$/.exec(p.fiscal) : null;
  if (label) {
    const fy = Number(label[1]);
    if (label[2]) {
      const i = fy * 4 + (Number(label[2]) - 1) + months / 3;
      out.fiscal = `FY${Math.floor(i / 4)} Q${(i % 4) + 1}`;
    } else out.fiscal = `FY${fy + Math.round(months / 12)}`;
  }
  return out;
}

/** The calendar period of one phrase, or null when the document lacks what it needs. */
export function resolveSpec(spec: PeriodSpec, text: string, ctx: PeriodContext): Period | null {
  const ref = refMonth(ctx);
  const fyEnd = fiscalEnd(ctx);
  switch (spec.kind) {
    case 'quarter': {
      const fiscal = spec.fiscal || fyEnd !== null;
      const how: PeriodHow = spec.year === null ? 'relative' : 'explicit';
      if (fiscal && fyEnd !== null) {
        const fy = spec.year ?? (ref ? latestQuarterYear(spec.q, ref, fyEnd) : reportedYear(ctx));
        if (fy === null) return ctx.reported?.grain === 'fiscal-quarter' ? ctx.reported : null;
        return fiscalQuarter(fy, spec.q, fyEnd, text, how);
      }
      if (spec.fiscal && ctx.fyEnd === null) {
        if (spec.year === null) return null;
        const p: Period = { text, start: null, end: null, grain: 'fiscal-quarter', how };
        p.fiscal = `FY${spec.year} Q${spec.q}`;
        return p;
      }
      const y = spec.year ?? (ref ? latestQuarterYear(spec.q, ref, null) : reportedYear(ctx));
      return y === null ? null : calendarQuarter(y, spec.q, text, how);
    }
    case 'half': {
      const y = spec.year ?? reportedYear(ctx) ?? ref?.y ?? null;
      if (y === null) return null;
      const start =
        fyEnd !== null && spec.fiscal
          ? addMonths(fiscalYearStart(y, fyEnd), 6 * (spec.h - 1))
          : { y, m: 6 * (spec.h - 1) + 1 };
      return monthSpan(
        start,
        addMonths(start, 5),
        'half',
        text,
        spec.year === null ? 'relative' : 'explicit',
      );
    }
    case 'year':
      return year(spec.year, text, 'explicit', ctx, spec.fiscal);
    case 'months': {
      let y = spec.year;
      if (y === null) {
        const anchor = reportedEnd(ctx) ?? ref;
        if (!anchor) return null;
        y = spec.to <= anchor.m ? anchor.y : anchor.y - 1;
      }
      const to = { y, m: spec.to };
      const from = spec.from <= spec.to ? { y, m: spec.from } : { y: y - 1, m: spec.from };
      return monthsQuarter(from, to, text, spec.year === null ? 'relative' : 'explicit', ctx);
    }
    case 'relative': {
      if (!ref) return null;
      if (spec.unit === 'month') {
        const m = addMonths(ref, spec.offset);
        return monthSpan(m, m, 'month', text, 'relative');
      }
      if (spec.unit === 'quarter') {
        if (spec.offset === 0 && ctx.reported) return { ...ctx.reported, text, how: 'relative' };
        const start = addMonths({ y: ref.y, m: ref.m - ((ref.m - 1) % 3) }, 3 * spec.offset);
        if (fyEnd !== null) {
          const f = fiscalOf(start, fyEnd);
          return monthSpan(
            start,
            addMonths(start, 2),
            'fiscal-quarter',
            text,
            'relative',
            `FY${f.fy} Q${f.q}`,
          );
        }
        return monthSpan(start, addMonths(start, 2), 'quarter', text, 'relative');
      }
      if (spec.toDate && ctx.published) {
        return {
          text,
          start: isoDay(ref.y, 1, 1),
          end: ctx.published,
          grain: 'year',
          how: 'relative',
        };
      }
      const fy = fyEnd !== null ? fiscalOf(ref, fyEnd).fy : ref.y;
      return year(fy + spec.offset, text, 'relative', ctx, false);
    }
    case 'ahead': {
      if (!ref) return null;
      return monthSpan(ref, addMonths(ref, 12 * spec.years), 'year', text, 'relative');
    }
    case 'reported': {
      if (spec.unit === 'quarter') {
        if (ctx.reported) return { ...ctx.reported, text };
        if (!ref) return null;
        // No quarter named: the latest quarter that has closed.
        const start = addMonths({ y: ref.y, m: ref.m - ((ref.m - 1) % 3) }, -3);
        return resolveSpec(
          { kind: 'months', from: start.m, to: start.m + 2, year: start.y, quarter: true },
          text,
          ctx,
        );
      }
      const y = reportedYear(ctx) ?? (ref ? ref.y : null);
      return y === null ? null : year(y, text, 'relative', ctx, false);
    }
    case 'shift': {
      const base = ctx.level ?? ctx.reported;
      return base ? shifted(base, spec.months, text) : null;
    }
    case 'date': {
      let y = spec.year;
      if (y === null) {
        if (!ref) return null;
        y = spec.month <= ref.m ? ref.y : ref.y - 1;
        // A day a few weeks ahead is the coming one ("payable on March 26" in a February story),
        // not the one of almost a year ago.
        const ahead = (spec.month - ref.m + 12) % 12;
        if (spec.day !== null && ahead >= 1 && ahead <= 2)
          y = spec.month > ref.m ? ref.y : ref.y + 1;
      }
      if (spec.day !== null) {
        const day = isoDay(y, spec.month, spec.day);
        return {
          text,
          start: day,
          end: day,
          grain: 'day',
          how: spec.year === null ? 'relative' : 'explicit',
        };
      }
      return monthSpan(
        { y, m: spec.month },
        { y, m: spec.month },
        'month',
        text,
        spec.year === null ? 'relative' : 'explicit',
      );
    }
  }
}

/** The (fiscal) year the reported period falls in, for "the fourth quarter" with no year. */
function reportedYear(ctx: PeriodContext): number | null {
  const r = ctx.reported;
  if (!r) return null;
  const label = r.fiscal ? /^FY(\d{4})/.exec(r.fiscal) : null;
  if (label) return Number(label[1]);
  return r.start ? Number(r.start.slice(0, 4)) : null;
}

function reportedEnd(ctx: PeriodContext): YearMonth | null {
  const e = ctx.reported?.end ? parseDay(ctx.reported.end) : null;
  return e ? { y: e.y, m: e.m } : null;
}

/** The publication month, for a figure announced with no time phrase. */
export function defaultedPeriod(published: string | null): Period | null {
  const d = published ? parseDay(published) : null;
  return d ? monthSpan(d, d, 'month', '', 'defaulted') : null;
}
