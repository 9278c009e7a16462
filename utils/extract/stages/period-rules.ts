// The period grammar for what chrono-node does not parse: quarters, halves, fiscal and bare years,
// month-range quarters and the phrases that name the reported period or a comparison base. One
// row per rule, each with an example resolved against a publication date (and a fiscal-year end
// month when the rule reads a company's calendar); test/unit/extract/periods.test.ts runs every
// row's example, the way compromise-dates and Duckling keep their rules.

import { fullYear } from '../calendar';

const ORD: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};
const MONTH_NUMBER: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

export const monthNumber = (word: string): number =>
  MONTH_NUMBER[word.slice(0, 3).toLowerCase()] ?? 0;

/** What a period phrase says, before it is placed on the calendar (see resolve/period.ts). */
export type PeriodSpec =
  /** A quarter; `year` null when the text gives none; `fiscal` when the text says fiscal/FY. */
  | { kind: 'quarter'; q: number; year: number | null; fiscal: boolean }
  | { kind: 'half'; h: number; year: number | null; fiscal: boolean }
  | { kind: 'year'; year: number; fiscal: boolean }
  /** Calendar months, e.g. "the October-December quarter" (year null: the nearest past one). */
  | { kind: 'months'; from: number; to: number; year: number | null; quarter: boolean }
  /** Months, quarters or years from the publication date ("last year": unit year, offset -1). */
  | { kind: 'relative'; unit: 'year' | 'quarter' | 'month'; offset: number; toDate?: boolean }
  /** The next `years` years from the publication date ("over the next three years"). */
  | { kind: 'ahead'; years: number }
  /** The period the article reports ("the quarter", "for the year"). */
  | { kind: 'reported'; unit: 'quarter' | 'year' }
  /** A comparison base: the level's period moved back ("a year earlier": 12 months). */
  | { kind: 'shift'; months: number }
  /** A calendar day or month found by chrono-node; `year` null when the text gives none. */
  | { kind: 'date'; year: number | null; month: number; day: number | null };

export interface PeriodRule {
  id: string;
  re: RegExp;
  spec(m: RegExpExecArray): PeriodSpec;
  /** The phrase names a comparison base: it dates a figure only when that figure is the base. */
  base?: boolean;
  example: {
    text: string;
    published: string;
    /** A company's fiscal-year end month, for rules that read fiscal calendars. */
    fyEnd?: number;
    /** The resolved period: "start..end", and the fiscal label when there is one. */
    want: string;
    fiscal?: string;
  };
}

const Q = String.raw`(first|second|third|fourth|1st|2nd|3rd|4th)[-‑‐ ]quarter`;
const MON = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const YEAR = String.raw`((?:19|20)\d{2})`;
const FY = String.raw`(?:fiscal(?:\s+year)?\s*|FY\s?'?)((?:19|20)?\d{2})`;
const NUM: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, '2': 2, '3': 3, '4': 4 };

const n = (s: string | undefined) => Number(s);
const ord = (s: string | undefined) => ORD[(s ?? '').toLowerCase()] ?? 0;

/** The three months ending in the month of m[1] (year m[2] when written). */
const quarterEnding = (m: RegExpExecArray): PeriodSpec => {
  const to = monthNumber(m[1] ?? '');
  return {
    kind: 'months',
    from: ((to + 9) % 12) + 1,
    to,
    year: m[2] ? n(m[2]) : null,
    quarter: true,
  };
};

/** Rows in priority order: where two overlap, the earlier (more specific) row wins. */
export const PERIOD_RULES: PeriodRule[] = [
  {
    id: 'quarter-of-fiscal-year',
    re: new RegExp(String.raw`\b${Q}\s+of\s+(?:the\s+)?${FY}\b`, 'gi'),
    spec: (m) => ({ kind: 'quarter', q: ord(m[1]), year: fullYear(m[2] ?? ''), fiscal: true }),
    example: {
      text: 'revenue in the first quarter of fiscal 2025',
      published: '2024-05-22',
      fyEnd: 1,
      want: '2024-02-01..2024-04-30',
      fiscal: 'FY2025 Q1',
    },
  },
  {
    id: 'fiscal-year-quarter',
    re: new RegExp(
      String.raw`\bfiscal(?:\s+year)?\s+${YEAR}\s+${Q}|\bfiscal\s+${Q}(?:\s+(?:of\s+)?${YEAR})?`,
      'gi',
    ),
    spec: (m) =>
      m[1]
        ? { kind: 'quarter', q: ord(m[2]), year: n(m[1]), fiscal: true }
        : { kind: 'quarter', q: ord(m[3]), year: m[4] ? n(m[4]) : null, fiscal: true },
    example: {
      text: 'its fiscal second quarter',
      published: '2026-01-28',
      fyEnd: 6,
      want: '2025-10-01..2025-12-31',
      fiscal: 'FY2026 Q2',
    },
  },
  {
    id: 'q-fy',
    re: /\bQ([1-4])\s*(?:of\s+)?(?:FY|fiscal\s*)'?((?:19|20)?\d{2})\b|\bFY\s?'?((?:19|20)?\d{2})\s*[-‑ ]?\s*Q([1-4])\b/gi,
    spec: (m) =>
      m[1]
        ? { kind: 'quarter', q: n(m[1]), year: fullYear(m[2] ?? ''), fiscal: true }
        : { kind: 'quarter', q: n(m[4]), year: fullYear(m[3] ?? ''), fiscal: true },
    example: {
      text: 'results for Q2 FY25',
      published: '2024-08-28',
      fyEnd: 1,
      want: '2024-05-01..2024-07-31',
      fiscal: 'FY2025 Q2',
    },
  },
  {
    id: 'fiscal-half',
    re: new RegExp(String.raw`\b(first|second)\s+half\s+of\s+(?:the\s+)?${FY}\b`, 'gi'),
    spec: (m) => ({
      kind: 'half',
      h: (m[1] ?? '').toLowerCase() === 'first' ? 1 : 2,
      year: fullYear(m[2] ?? ''),
      fiscal: true,
    }),
    example: {
      text: 'the second half of fiscal 2024',
      published: '2024-01-10',
      fyEnd: 6,
      want: '2024-01-01..2024-06-30',
    },
  },
  {
    id: 'fiscal-year',
    re: new RegExp(String.raw`\b${FY}\b`, 'gi'),
    spec: (m) => ({ kind: 'year', year: fullYear(m[1] ?? ''), fiscal: true }),
    example: {
      text: 'by the end of fiscal 2025',
      published: '2022-11-22',
      fyEnd: 10,
      want: '2024-11-01..2025-10-31',
      fiscal: 'FY2025',
    },
  },
  {
    id: 'months-quarter',
    re: new RegExp(
      String.raw`\b${MON}\s*[-‑–]\s*${MON}(?:\s+${YEAR})?\s+(quarter|period)\b|\bfrom\s+${MON}\s+to\s+${MON}(?:\s+${YEAR})?`,
      'gi',
    ),
    spec: (m) =>
      m[1]
        ? {
            kind: 'months',
            from: monthNumber(m[1]),
            to: monthNumber(m[2] ?? ''),
            year: m[3] ? n(m[3]) : null,
            quarter: true,
          }
        : {
            kind: 'months',
            from: monthNumber(m[5] ?? ''),
            to: monthNumber(m[6] ?? ''),
            year: m[7] ? n(m[7]) : null,
            quarter: true,
          },
    example: {
      text: 'Azure revenue in the October-December quarter',
      published: '2026-01-28',
      want: '2025-10-01..2025-12-31',
    },
  },
  {
    id: 'months-through',
    re: new RegExp(
      String.raw`\b(?:the\s+)?(?:three|3)\s+months\s+(?:through|to|ended|ending)\s+${MON}(?:\s+\d{1,2})?(?:,?\s+${YEAR})?`,
      'gi',
    ),
    spec: quarterEnding,
    example: {
      text: 'in the three months through Aug. 31',
      published: '2025-09-09',
      want: '2025-06-01..2025-08-31',
    },
  },
  {
    id: 'quarter-ended',
    re: new RegExp(
      String.raw`\bquarter\s+(?:ended|ending|that\s+ended)\s+(?:on\s+)?${MON}(?:\s+\d{1,2})?(?:,?\s+${YEAR})?`,
      'gi',
    ),
    spec: quarterEnding,
    example: {
      text: 'for the quarter ended December 31, 2023',
      published: '2024-02-01',
      want: '2023-10-01..2023-12-31',
    },
  },
  {
    id: 'quarter-year',
    re: new RegExp(String.raw`\b${Q}\s+(?:of\s+|in\s+)?(?:the\s+year\s+)?${YEAR}\b`, 'gi'),
    spec: (m) => ({ kind: 'quarter', q: ord(m[1]), year: n(m[2]), fiscal: false }),
    example: {
      text: 'in the third quarter of 2024',
      published: '2024-11-01',
      want: '2024-07-01..2024-09-30',
    },
  },
  {
    id: 'q-year',
    re: /\bQ([1-4])\s*(?:of\s+)?'?((?:19|20)\d{2}|\d{2})\b|\b((?:19|20)\d{2})[-\s]?Q([1-4])\b|\b([1-4])Q\s?'?(\d{2})\b/g,
    spec: (m) =>
      m[1]
        ? { kind: 'quarter', q: n(m[1]), year: fullYear(m[2] ?? ''), fiscal: false }
        : m[3]
          ? { kind: 'quarter', q: n(m[4]), year: n(m[3]), fiscal: false }
          : { kind: 'quarter', q: n(m[5]), year: fullYear(m[6] ?? ''), fiscal: false },
    example: { text: 'as of Q4 2024', published: '2025-02-01', want: '2024-10-01..2024-12-31' },
  },
  {
    id: 'first-months',
    re: new RegExp(
      String.raw`\b(?:the\s+)?first\s+(three|six|nine|3|6|9)\s+months\s+of\s+(?:the\s+year\s+)?${YEAR}\b`,
      'gi',
    ),
    spec: (m) => {
      const months = { three: 3, six: 6, nine: 9 }[(m[1] ?? '').toLowerCase()] ?? Number(m[1]);
      return { kind: 'months', from: 1, to: months, year: n(m[2]), quarter: months === 3 };
    },
    example: {
      text: 'during the first three months of 2019',
      published: '2019-04-10',
      want: '2019-01-01..2019-03-31',
    },
  },
  {
    id: 'early-late-year',
    re: new RegExp(String.raw`\b(early|late)\s+${YEAR}\b`, 'gi'),
    spec: (m) =>
      (m[1] ?? '').toLowerCase() === 'early'
        ? { kind: 'half', h: 1, year: n(m[2]), fiscal: false }
        : { kind: 'half', h: 2, year: n(m[2]), fiscal: false },
    example: {
      text: 'up from 58 percent in early 2014',
      published: '2015-04-01',
      want: '2014-01-01..2014-06-30',
    },
  },
  {
    id: 'half-year',
    re: new RegExp(
      String.raw`\b(first|second)\s+half\s+(?:of\s+)?${YEAR}\b|\bH([12])\s*'?((?:19|20)?\d{2})\b`,
      'gi',
    ),
    spec: (m) =>
      m[1]
        ? {
            kind: 'half',
            h: m[1].toLowerCase() === 'first' ? 1 : 2,
            year: n(m[2]),
            fiscal: false,
          }
        : { kind: 'half', h: n(m[3]), year: fullYear(m[4] ?? ''), fiscal: false },
    example: {
      text: 'in the first half of 2024',
      published: '2024-08-01',
      want: '2024-01-01..2024-06-30',
    },
  },
  {
    id: 'year-ago-quarter',
    // "the same period" is a year back only with its year named ("… last year", "… of 2022").
    re: /\b(?:the\s+)?(?:(?:year[-‑ ]ago|prior[-‑ ]year)\s+(?:quarter|period)(?:\s+(?:a|last|of\s+the\s+previous)\s+(?:fiscal\s+)?year|\s+(?:in|of)\s+(?:19|20)\d{2})?|same\s+(?:quarter|period)(?:\s+(?:a|last|of\s+the\s+previous)\s+(?:fiscal\s+)?year|\s+(?:in|of)\s+(?:19|20)\d{2}))\b/gi,
    spec: () => ({ kind: 'shift', months: -12 }),
    base: true,
    example: {
      text: 'USD 0.2 million in the year-ago quarter',
      published: '2020-06-03',
      want: '2019-04-01..2019-06-30',
    },
  },
  {
    id: 'same-period',
    re: /\b(?:the\s+)?same\s+(?:quarter|period)\b/gi,
    spec: () => ({ kind: 'shift', months: 0 }),
    base: true,
    example: {
      text: 'its rival delivered 526,409 cars in the same period',
      published: '2024-07-15',
      want: '2024-04-01..2024-06-30',
    },
  },
  {
    id: 'previous-quarter',
    re: /\b(?:the\s+)?(?:previous|prior|preceding|last)\s+quarter\b|\bsequentially\b|\bquarter[-‑ ]on[-‑ ]quarter\b/gi,
    spec: () => ({ kind: 'shift', months: -3 }),
    base: true,
    example: {
      text: 'a 33% rise from the previous quarter',
      published: '2024-07-15',
      want: '2024-01-01..2024-03-31',
    },
  },
  {
    id: 'year-earlier',
    re: /\b(?:a|one)\s+year\s+(?:ago|earlier|before)\b|\b(?:the\s+)?(?:previous|prior)\s+year\b/gi,
    spec: () => ({ kind: 'shift', months: -12 }),
    base: true,
    example: {
      text: 'up from $29.4 billion a year ago',
      published: '2024-07-15',
      want: '2023-04-01..2023-06-30',
    },
  },
  {
    id: 'quarter-bare',
    re: new RegExp(String.raw`\b${Q}\b|\bQ([1-4])\b`, 'gi'),
    spec: (m) => ({ kind: 'quarter', q: m[1] ? ord(m[1]) : n(m[2]), year: null, fiscal: false }),
    example: {
      text: 'revenue in the fourth quarter',
      published: '2024-02-01',
      want: '2023-10-01..2023-12-31',
    },
  },
  {
    id: 'earlier-this-year',
    re: /\b(?:earlier|so\s+far)\s+this\s+year\b|\byear[-‑ ]to[-‑ ]date\b|\bthis\s+year\s+so\s+far\b/gi,
    spec: () => ({ kind: 'relative', unit: 'year', offset: 0, toDate: true }),
    example: {
      text: 'shares have lost 60% so far this year',
      published: '2022-04-20',
      want: '2022-01-01..2022-04-20',
    },
  },
  {
    id: 'this-last-next',
    re: /\b(this|last|next|past)\s+(year|quarter|month)\b/gi,
    spec: (m) => ({
      kind: 'relative',
      unit: (m[2] ?? 'year').toLowerCase() as 'year' | 'quarter' | 'month',
      offset: { this: 0, last: -1, past: -1, next: 1 }[(m[1] ?? '').toLowerCase()] ?? 0,
    }),
    example: { text: 'revenue last year', published: '2024-01-25', want: '2023-01-01..2023-12-31' },
  },
  {
    id: 'reported-quarter',
    re: /\b(?:the|this|that)\s+(?:current\s+|latest\s+|recent\s+)?(?:quarter|period)(?:['’]s)?\b/gi,
    spec: () => ({ kind: 'reported', unit: 'quarter' }),
    example: {
      text: 'revenue for the quarter',
      published: '2024-02-01',
      want: '2023-10-01..2023-12-31',
    },
  },
  {
    id: 'reported-year',
    re: /\b(?:for\s+the\s+(?:full\s+)?year|the\s+full[-‑ ]year|the\s+fiscal\s+year|full[-‑ ]year)\b/gi,
    spec: () => ({ kind: 'reported', unit: 'year' }),
    example: {
      text: 'job cuts for the year',
      published: '2023-10-15',
      want: '2023-01-01..2023-12-31',
    },
  },
  {
    id: 'next-years',
    re: /\b(?:over|in|within)\s+the\s+next\s+(two|three|four|five|[2-5])\s+years\b|\bover\s+(two|three|four|five|[2-5])\s+years\b/gi,
    spec: (m) => ({ kind: 'ahead', years: NUM[(m[1] ?? m[2] ?? '').toLowerCase()] ?? 3 }),
    example: {
      text: 'cut 13,000 jobs over the next three years',
      published: '2018-05-10',
      want: '2018-05-01..2021-05-31',
    },
  },
  {
    id: 'end-of-decade',
    re: /\bby\s+(?:the\s+)?end\s+of\s+(?:the\s+)?decade\b/gi,
    spec: () => ({ kind: 'year', year: 2030, fiscal: false }),
    example: {
      text: 'up to 55,000 jobs by the end of the decade',
      published: '2023-05-18',
      want: '2030-01-01..2030-12-31',
    },
  },
  {
    id: 'year',
    re: new RegExp(String.raw`(?<![\p{L}\p{N}$€£.,/-])${YEAR}(?![\p{N}%/]|[.,]\d)`, 'gu'),
    spec: (m) => ({ kind: 'year', year: n(m[1]), fiscal: false }),
    example: { text: 'layoffs in 2023', published: '2024-01-15', want: '2023-01-01..2023-12-31' },
  },
];
