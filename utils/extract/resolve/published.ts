// The publication day relative periods resolve against. The page's metadata or the CLI's
// --published give it; failing those, a date in the page's address ("/2024/01/25/") or the
// article's own dateline (the first full date near its top: "NEW YORK, January 28, 2026").
// Each answer names the rule that gave it.

import { parse as chronoParse } from 'chrono-node/en';
import { isoDay } from '../calendar';

export interface PublishedAnswer {
  day: string | null;
  rule: 'given' | 'url' | 'dateline' | null;
}

// A line whose first words hold a full date: "January 28, 2026", "28 Jan 2026", "09/09/2025", "2022.11.22".
const DATED_LINE =
  /^.{0,40}?(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d{2}|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?:19|20)\d{2}|\b\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d{2}|\b(?:19|20)\d{2}[.-]\d{1,2}[.-]\d{1,2}).*$/gim;

/** How many year-bearing lines near the top may be a dateline. */
const DATELINE_LINES = 3;

/** How far into the text a dateline may sit. */
export const DATELINE_REACH = 1500;

// "/2024/01/25/", "-2022-11-22", "/2005/jul/14/", "/2020/0130/".
const URL_DATE =
  /[/_-]((?:19|20)\d{2})[/_-](0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)|\/((?:19|20)\d{2})\/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\/(0?[1-9]|[12]\d|3[01])\//i;
const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');

const valid = (iso: string) => /^\d{4}-\d{2}-\d{2}$/.test(iso) && !Number.isNaN(Date.parse(iso));

/** A YYYY-MM-DD in a page address, or null. */
export function urlDay(url: string | null): string | null {
  if (!url) return null;
  const m = URL_DATE.exec(url);
  if (!m) return null;
  if (m[1]) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  return isoDay(Number(m[4]), MONTHS.indexOf((m[5] ?? '').toLowerCase()) + 1, Number(m[6]));
}

// A dateline opens its line: "NEW YORK, January 28, 2026, 16:20 EST", "04:56 PM EDT, 09/09/2025".
const LINE_LEAD = 30;

/** The first complete date (day, month and year) opening a line near the top of `text`, or null. */
export function datelineDay(text: string): string | null {
  const head = text.slice(0, DATELINE_REACH);
  // Only lines that open with a written year near their start can hold a dateline.
  const lines = [...head.matchAll(DATED_LINE)].slice(0, DATELINE_LINES);
  for (const line of lines) {
    const found = datelineIn(line[0]);
    if (found) return found;
  }
  return null;
}

function datelineIn(head: string): string | null {
  for (const r of chronoParse(head, new Date(Date.UTC(2000, 0, 1)))) {
    const s = r.start;
    if (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) continue;
    // Written out, not inferred: a four-digit year in the matched text.
    if (!/(?:19|20)\d{2}/.test(r.text)) continue;
    if (r.index > LINE_LEAD) continue;
    const day = isoDay(s.get('year') ?? 0, s.get('month') ?? 0, s.get('day') ?? 0);
    if (valid(day)) return day;
  }
  return null;
}

/** The publication day from what is given, else the address, else the dateline. */
export function publicationDay(
  given: string | null | undefined,
  url: string | null | undefined,
  text: string,
): PublishedAnswer {
  if (given && valid(given)) return { day: given, rule: 'given' };
  const fromUrl = urlDay(url ?? null);
  if (fromUrl && valid(fromUrl)) return { day: fromUrl, rule: 'url' };
  const dateline = datelineDay(text);
  return dateline ? { day: dateline, rule: 'dateline' } : { day: null, rule: null };
}

// "On January 26, 2025", "26 January 2025": a full date written in the article's opening.
const FULL_DATE =
  /\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})|(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+((?:19|20)\d{2}))\b/gi;

/**
 * The latest full date the opening of `text` names, or null. An undated story appeared on or after
 * every day it tells of, so this bounds an estimate from below.
 */
export function latestOpeningDay(text: string): string | null {
  let latest: string | null = null;
  for (const m of text.slice(0, DATELINE_REACH).matchAll(FULL_DATE)) {
    const month = MONTHS.indexOf((m[1] ?? m[5] ?? '').slice(0, 3).toLowerCase()) + 1;
    const day = isoDay(Number(m[3] ?? m[6]), month, Number(m[2] ?? m[4]));
    if (valid(day) && (latest === null || day > latest)) latest = day;
  }
  return latest;
}
