// A news-like page and its annotated claims, built from the text so every offset is right by
// construction (and checked). Shared by the export tests; not a test file itself.
import type { AnnotatedClaim, ClaimDocument, CitationRef } from '../../../utils/claim';

export const PAGE_URL = 'https://www.example.com/tech/pinterest-layoffs?ref=home#top';

export const PAGE_TITLE = 'Pinterest to cut 15% of staff';

/** The claims' own text, which is also the page's text (as a .txt file is its own). */
export const PAGE_TEXT = [
  'Pinterest to cut 15% of staff',
  '',
  'SAN FRANCISCO — Pinterest will lay off about 15% of its workforce, according to CNBC, which',
  'cited people familiar with the plan. The company employed nearly 4,000 people at the end of',
  'last year. Shares fell -5% in early trading, and the cuts should save $1.2 billion a year,',
  'Reuters reported. A spokesperson called the figures “speculative 🙃”.',
  '',
  'Readers wrote in: =HYPERLINK("http://evil.example","click") and [x](javascript:alert(1)) and',
  '<img src=x onerror=alert(1)> — none of which should survive an export.',
].join('\n');

/** The page text as the W3C export takes it: no DOM spans, so the claims' own offsets count. */
export const PAGE_ANCHOR = { text: PAGE_TEXT, spans: {} };

/** Offsets of the `nth` (0-based) occurrence of `needle` in `text`; throws when it is absent. */
export function span(text: string, needle: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`"${needle}" #${nth} not in text`);
  }
  return { start: at, end: at + needle.length };
}

const CNBC: CitationRef = {
  publisher: 'CNBC',
  url: 'https://www.cnbc.com/2025/01/27/pinterest-layoffs.html',
  published: '2025-01-27',
  claim: 'Pinterest to lay off about 15% of its workforce',
};
const REUTERS: CitationRef = {
  publisher: 'Reuters',
  url: 'https://www.reuters.com/technology/pinterest-cuts-(update-1)',
  published: '2025-01-28',
  claim: 'Pinterest cuts 15% of jobs',
};
/** Must never become a link in any format. */
export const EVIL_CITATION: CitationRef = {
  publisher: 'Evil [Daily](javascript:alert(2))',
  url: 'javascript:alert(document.cookie)',
  published: null,
  claim: '=cmd|"/c calc"!A1',
  rating: 'False',
};

function at(needle: string, nth = 0): { start: number; end: number; text: string } {
  return { ...span(PAGE_TEXT, needle, nth), text: needle };
}

export function makeDocument(): ClaimDocument {
  const claims: AnnotatedClaim[] = [
    {
      id: 'c1',
      kind: 'statistic',
      // The second "15%": the headline's copy has the same quote, so only context tells them apart.
      ...at('15%', 1),
      value: 15,
      unit: 'percent',
      hedge: 'about',
      source: 'CNBC',
      subject: 'Pinterest',
      measure: 'layoffs',
      period: {
        text: 'January 2025',
        start: '2025-01-01',
        end: '2025-01-31',
        grain: 'month',
        how: 'explicit',
      },
      trace: { subject: 'subject.possessive', period: 'period.month-year', source: 'cue.paren' },
      verdict: 'corroborated',
      citations: [CNBC, REUTERS],
      conflicts: [],
      reason: 'Reported by 2 publishers: CNBC, Reuters',
    },
    {
      id: 'c2',
      kind: 'source',
      ...at('CNBC'),
      verdict: 'single-sourced',
      citations: [CNBC],
      conflicts: [],
      reason: 'Only CNBC reports this',
    },
    {
      id: 'c3',
      kind: 'statistic',
      ...at('4,000'),
      value: 4000,
      unit: 'count',
      hedge: 'nearly',
      source: null,
      subject: 'Pinterest',
      measure: 'employees',
      period: null,
      trace: { subject: null, period: null, source: null },
      verdict: 'unverifiable',
      citations: [EVIL_CITATION],
      conflicts: [
        {
          publisher: 'The Verge',
          url: 'https://www.theverge.com/pinterest',
          published: '2025-01-20',
          claim: 'Pinterest has 3,600 employees',
          value: 3600,
          unit: 'count',
          period: '2025-01',
          kind: 'value',
        },
      ],
      reason: 'No publisher in the store; The Verge reports 3,600',
    },
    {
      id: 'c4',
      kind: 'statistic',
      ...at('-5%'),
      value: -5,
      unit: 'percent',
      hedge: null,
      source: null,
      subject: null,
      measure: 'share price',
      period: null,
      trace: { subject: null, period: null, source: null },
      verdict: 'unverifiable',
      citations: [],
      conflicts: [],
      reason: 'No publisher in the store',
    },
    {
      id: 'c5',
      kind: 'statistic',
      ...at('$1.2 billion'),
      value: 1_200_000_000,
      unit: 'usd',
      hedge: null,
      source: 'Reuters',
      subject: 'Pinterest',
      measure: 'savings',
      period: null,
      trace: { subject: null, period: null, source: null },
      verdict: 'single-sourced',
      citations: [REUTERS],
      conflicts: [],
      reason: 'Only Reuters reports this',
    },
    {
      id: 'c6',
      kind: 'source',
      ...at('=HYPERLINK("http://evil.example","click")'),
      verdict: 'unverifiable',
      citations: [],
      conflicts: [],
      reason: '@SUM(1+1) looks like a formula',
    },
    {
      id: 'c7',
      kind: 'source',
      ...at('[x](javascript:alert(1))'),
      verdict: 'unverifiable',
      citations: [],
      conflicts: [],
      reason: '<img src=x onerror=alert(1)>',
    },
    {
      id: 'c8',
      kind: 'source',
      ...at('<img src=x onerror=alert(1)>'),
      verdict: 'unverifiable',
      citations: [],
      conflicts: [],
      reason: 'Raw HTML in page text',
    },
    {
      id: 'c9',
      kind: 'source',
      ...at('speculative 🙃'),
      verdict: 'unverifiable',
      citations: [],
      conflicts: [],
      reason: 'Astral characters count as two UTF-16 code units',
    },
  ];
  return { version: 1, url: PAGE_URL, title: PAGE_TITLE, claims };
}
