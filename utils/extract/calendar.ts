// Calendar arithmetic on ISO days (UTC, no time zones): months, quarters, halves and fiscal
// years. A fiscal year is named by the calendar year it ends in (Nvidia FY2025 = Feb 2024–Jan
// 2025); a company's fiscal quarters are approximated by calendar months, which is what overlap
// matching needs (Nvidia's FY2025 Q2 of 29 April–28 July reads as May–July).

import type { Period, PeriodGrain, PeriodHow } from '../claim';

/** A calendar month: year and month 1–12. */
export interface YearMonth {
  y: number;
  m: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isoDay(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** `ym` moved by `months` (negative: back). */
export function addMonths(ym: YearMonth, months: number): YearMonth {
  const i = ym.y * 12 + (ym.m - 1) + months;
  return { y: Math.floor(i / 12), m: (i % 12) + 1 };
}

export function parseDay(iso: string): { y: number; m: number; d: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

/** Months `from`..`to` inclusive as a period. */
export function monthSpan(
  from: YearMonth,
  to: YearMonth,
  grain: PeriodGrain,
  text: string,
  how: PeriodHow,
  fiscal?: string,
): Period {
  const period: Period = {
    text,
    start: isoDay(from.y, from.m, 1),
    end: isoDay(to.y, to.m, daysInMonth(to.y, to.m)),
    grain,
    how,
  };
  if (fiscal !== undefined) period.fiscal = fiscal;
  return period;
}

/**
 * The first month of fiscal year `fy` for a company whose year ends in month `fyEnd` (1–12;
 * 12 is the calendar year).
 */
export function fiscalYearStart(fy: number, fyEnd: number): YearMonth {
  return addMonths({ y: fy, m: fyEnd }, -11);
}

/** The fiscal year and quarter (1–4) holding a calendar month. */
export function fiscalOf(ym: YearMonth, fyEnd: number): { fy: number; q: number } {
  const fy = ym.m > fyEnd ? ym.y + 1 : ym.y;
  const start = fiscalYearStart(fy, fyEnd);
  const offset = (ym.y - start.y) * 12 + (ym.m - start.m);
  return { fy, q: Math.floor(offset / 3) + 1 };
}

/** A four-digit year from "2025", "25" or "'25". */
export function fullYear(written: string): number {
  const digits = written.replace(/\D/g, '');
  const n = Number(digits);
  return digits.length <= 2 ? 2000 + n : n;
}
