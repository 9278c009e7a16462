// Contract-2 period strings ("2024", "2024-Q3", "2024-H1", "2024-07", "2024-07-15",
// "2024-07-01/2024-09-30", "FY2025-Q2", "FY2025") to calendar spans. A fiscal year is named by
// the calendar year it ends in; without the company's fiscal-year end its dates stay unknown and
// only the label can be compared.
import type { PeriodGrain } from '../claim';

export interface PeriodSpan {
  /** Inclusive ISO dates; null for a fiscal period of a company whose fiscal year is unknown. */
  start: string | null;
  end: string | null;
  grain: PeriodGrain;
  /** "FY2025 Q2", "FY2025": the claim JSON's spelling of a fiscal label. */
  fiscal?: string;
}

/** One grammar row per form, each with an example the unit test runs. */
interface Form {
  id: string;
  pattern: RegExp;
  example: string;
  span: (match: RegExpExecArray, fiscalYearEnd: number | null) => PeriodSpan | null;
}

/** Last day of a month (1–12). */
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The span of `months` months starting at year/month (month may run past 12). */
function months(year: number, month: number, count: number, grain: PeriodGrain): PeriodSpan {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const last = new Date(Date.UTC(year, month - 1 + count, 0));
  return {
    start: first.toISOString().slice(0, 10),
    end: last.toISOString().slice(0, 10),
    grain,
  };
}

/** True for a YYYY-MM-DD string naming a day that exists (no February 30th). */
export function isRealDate(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return false;
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDay(year, month);
}

/** Fiscal year `year` (ending in month `end` of that year) as a span of `count` months from quarter/half `part`. */
function fiscal(
  year: number,
  fiscalYearEnd: number | null,
  label: string,
  grain: PeriodGrain,
  offsetMonths: number,
  count: number,
): PeriodSpan {
  if (fiscalYearEnd === null) return { start: null, end: null, grain, fiscal: label };
  // FY`year` starts the month after `fiscalYearEnd` of the year before.
  return { ...months(year - 1, fiscalYearEnd + 1 + offsetMonths, count, grain), fiscal: label };
}

export const PERIOD_FORMS: readonly Form[] = [
  {
    id: 'year',
    pattern: /^(\d{4})$/,
    example: '2024',
    span: (m) => months(Number(m[1]), 1, 12, 'year'),
  },
  {
    id: 'quarter',
    pattern: /^(\d{4})-Q([1-4])$/,
    example: '2024-Q3',
    span: (m) => months(Number(m[1]), 3 * Number(m[2]) - 2, 3, 'quarter'),
  },
  {
    id: 'half',
    pattern: /^(\d{4})-H([12])$/,
    example: '2024-H1',
    span: (m) => months(Number(m[1]), 6 * Number(m[2]) - 5, 6, 'half'),
  },
  {
    id: 'month',
    pattern: /^(\d{4})-(0[1-9]|1[0-2])$/,
    example: '2024-07',
    span: (m) => months(Number(m[1]), Number(m[2]), 1, 'month'),
  },
  {
    id: 'day',
    pattern: /^(\d{4})-(\d{2})-(\d{2})$/,
    example: '2024-07-15',
    span: (m) => (isRealDate(m[0]) ? { start: m[0], end: m[0], grain: 'day' } : null),
  },
  {
    id: 'range',
    pattern: /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/,
    example: '2024-07-01/2024-09-30',
    span: (m) => {
      const [, start = '', end = ''] = m;
      if (!isRealDate(start) || !isRealDate(end) || start > end) return null;
      return { start, end, grain: rangeGrain(start, end) };
    },
  },
  {
    id: 'fiscal-quarter',
    pattern: /^FY(\d{4})-Q([1-4])$/,
    example: 'FY2025-Q2',
    span: (m, end) =>
      fiscal(Number(m[1]), end, `FY${m[1]} Q${m[2]}`, 'fiscal-quarter', 3 * (Number(m[2]) - 1), 3),
  },
  {
    id: 'fiscal-year',
    pattern: /^FY(\d{4})$/,
    example: 'FY2025',
    span: (m, end) => fiscal(Number(m[1]), end, `FY${m[1]}`, 'fiscal-year', 0, 12),
  },
];

/** The grain a free range is closest to, by its length in days. */
function rangeGrain(start: string, end: string): PeriodGrain {
  const days = (Date.parse(end) - Date.parse(start)) / 86_400_000 + 1;
  return days <= 1
    ? 'day'
    : days <= 31
      ? 'month'
      : days <= 92
        ? 'quarter'
        : days <= 184
          ? 'half'
          : 'year';
}

/**
 * The span a period string names, or null when it is not one of the contract's forms (or names
 * a day that does not exist). `fiscalYearEnd` is the month (1–12) the company's fiscal year ends.
 */
export function parsePeriod(text: string, fiscalYearEnd: number | null = null): PeriodSpan | null {
  const trimmed = text.trim();
  for (const form of PERIOD_FORMS) {
    const match = form.pattern.exec(trimmed);
    if (match) return form.span(match, fiscalYearEnd);
  }
  return null;
}
