// The fuzz suite (issue 13): generated citation files, JSON, ClaimReview and article text from a
// fixed seed, through every file path (decoder → detection → parser → validation) and the
// engine. It counts crashes (anything thrown), hangs (a case over HANG_MS: inputs are at most a
// few tens of KB, so only super-linear work gets there), non-finite values and markup or
// invisible characters let into a record. The unit run does a few thousand cases
// (test/unit/security/fuzz.test.ts); `npm run fuzz` does more and exits non-zero on any.
import { extract } from '../../utils/extract';
import { parseCitationFile } from '../../utils/citations/import';
import type { CitationRecord } from '../../utils/citations/record';
import { random } from '../../scripts/random';
import { DecodeError, decodeText } from '../../utils/decode-text';

export const FUZZ_SEED = 0x5eed13;
export const HANG_MS = 5_000;
/** Articles are cut to this length, so a slow case is slow work, not a long input. */
const ARTICLE_MAX = 20_000;

export interface FuzzCounts {
  cases: number;
  crashes: number;
  hangs: number;
  nonFinite: number;
  markup: number;
  /** The first few failures, to reproduce them. */
  examples: string[];
}

// Cells a hostile or broken file holds, next to ordinary ones.
const ATOMS = [
  'CNBC',
  'Reuters',
  'Acme cut 15% of its staff',
  '15',
  '-40',
  '140',
  '1e309',
  '-1e309',
  '9'.repeat(400),
  'NaN',
  'Infinity',
  '0x1F',
  '1,200',
  'percent',
  'count',
  'usd',
  '%',
  '2025-01-27',
  '2999-01-01',
  '2025-02-30',
  'layoffs',
  'market share',
  'https://www.cnbc.com/a',
  'javascript:alert(1)',
  'data:text/html,<b>x</b>',
  '<svg/onload=alert(1)>',
  '<img/src=x/onerror=alert(1)>',
  '<script>',
  '</p>',
  '<!--',
  'Evil\u202Egro.sretueR',
  'Reu\u200Bters',
  '\u2066x\u2069',
  'x\uFEFFy',
  '\uD83D',
  '\uDE00',
  '😀',
  'Société',
  '=cmd|x',
  "'=1+1",
  '@SUM(1)',
  '"',
  '""',
  ',',
  '\n',
  '\r\n',
  '\t',
  ' ',
  '\u0000',
  '\u0007',
  '\\',
  '{',
  '}',
  '[',
  ']',
  ':',
  'a'.repeat(3000),
  '1.'.repeat(500),
];
const HEADERS = [
  'publisher,claim,url,published,subject,value,unit,measure,rating',
  'publisher,claim,value,unit',
  'company,location,total_laid_off,date,percentage_laid_off,industry,source',
  'pubisher,claim',
  '',
];
const SENTENCES = [
  'Acme Corp said on Monday it would cut 15% of its staff, according to Reuters.',
  'Revenue rose to $1.2 billion in the third quarter.',
  'The company said 11% of roles would go.',
  'Photo 1 of 4',
  'Call 555-123-4567 or write to a.b@c.example.',
];

type Gen = () => number;
const pick = <T>(next: Gen, list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
const count = (next: Gen, max: number): number => Math.floor(next() * (max + 1));

function atoms(next: Gen, max: number, joiner: () => string): string {
  return Array.from({ length: count(next, max) }, () => pick(next, ATOMS)).join(joiner());
}

function csvFile(next: Gen): string {
  const header = pick(next, HEADERS);
  const width = Math.max(1, header.split(',').length);
  const rows = Array.from({ length: count(next, 12) }, () =>
    Array.from({ length: width + (next() < 0.1 ? 1 : 0) }, () => {
      const cell = atoms(next, 2, () => '');
      return next() < 0.5 ? `"${cell.replace(/"/g, '""')}"` : cell;
    }).join(','),
  );
  return [header, ...rows].join(next() < 0.5 ? '\n' : '\r\n');
}

function jsonValue(next: Gen, depth: number): unknown {
  const roll = next();
  if (depth > 4 || roll < 0.4) return next() < 0.5 ? pick(next, ATOMS) : Number(pick(next, ATOMS));
  if (roll < 0.6) return Array.from({ length: count(next, 3) }, () => jsonValue(next, depth + 1));
  const out: Record<string, unknown> = {};
  for (const key of [
    'publisher',
    'claim',
    'url',
    'published',
    'value',
    'unit',
    '@type',
    'claimReviewed',
    'author',
    'name',
  ]) {
    if (next() < 0.5)
      out[key] =
        key === '@type'
          ? pick(next, ['ClaimReview', 'Organization', 'DataFeed'])
          : jsonValue(next, depth + 1);
  }
  return out;
}

function jsonFile(next: Gen): string {
  const roll = next();
  // Deep nesting: the shape that overflowed the stack.
  if (roll < 0.1) {
    const depth = 1000 + count(next, 9000);
    return '['.repeat(depth) + (next() < 0.5 ? ']'.repeat(depth) : '');
  }
  if (roll < 0.15) {
    const depth = 1000 + count(next, 6000);
    return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
  }
  const text = JSON.stringify(Array.from({ length: count(next, 8) }, () => jsonValue(next, 0)));
  // Truncated or spliced JSON, sometimes.
  return next() < 0.15 ? text.slice(0, count(next, text.length)) : text;
}

function articleText(next: Gen): string {
  return Array.from({ length: count(next, 40) }, () =>
    next() < 0.5 ? pick(next, SENTENCES) : atoms(next, 6, () => pick(next, [' ', '', '. ', '\n'])),
  )
    .join(pick(next, [' ', '\n', '\n\n', '']))
    .slice(0, ARTICLE_MAX);
}

function bytesOf(next: Gen, text: string): Uint8Array {
  const roll = next();
  if (roll < 0.1) {
    // UTF-16 LE with or without a byte-order mark.
    const out = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      out[2 * i] = text.charCodeAt(i) & 0xff;
      out[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    return next() < 0.5 ? new Uint8Array([0xff, 0xfe, ...out]) : out;
  }
  if (roll < 0.2) return Uint8Array.from({ length: count(next, 200) }, () => count(next, 255));
  return new TextEncoder().encode(text);
}

// Independent of record.ts's own rules, so a hole in them shows here.
const LET_THROUGH = [
  /<[a-z][\w-]*[\s/>]/i,
  /<\/[a-z]/i,
  /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/,
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
  /^\s*(?:javascript|data|vbscript):/i,
];
const TEXT_FIELDS = ['publisher', 'claim', 'subject', 'measure', 'rating'] as const;

function recordProblems(record: CitationRecord): { nonFinite: boolean; markup: boolean } {
  const nonFinite = record.value !== null && !Number.isFinite(record.value);
  const texts = TEXT_FIELDS.map((field) => record[field]).filter((t): t is string => t !== null);
  const urlBad = record.url !== null && !/^https?:\/\//i.test(record.url);
  const markup = urlBad || texts.some((text) => LET_THROUGH.some((re) => re.test(text)));
  return { nonFinite, markup };
}

const NAMES = ['x.csv', 'x.json', 'x.jsonl', 'x.txt', 'review.jsonld', 'layoffs.csv', 'x'];

/** Runs `cases` generated cases from `seed` and counts what went wrong. */
export function fuzz(cases: number, seed: number = FUZZ_SEED): FuzzCounts {
  const next = random(seed);
  const counts: FuzzCounts = { cases, crashes: 0, hangs: 0, nonFinite: 0, markup: 0, examples: [] };
  const fail = (kind: keyof FuzzCounts, index: number, detail: string) => {
    (counts[kind] as number)++;
    if (counts.examples.length < 10)
      counts.examples.push(`case ${index}: ${kind}: ${detail.slice(0, 200)}`);
  };
  for (let i = 0; i < cases; i++) {
    const kind = next();
    const what = kind < 0.25 ? 'article' : kind < 0.6 ? 'CSV file' : 'JSON file';
    const started = performance.now();
    try {
      if (kind < 0.25) {
        for (const claim of extract(articleText(next)))
          if (claim.kind === 'statistic' && !Number.isFinite(claim.value))
            fail('nonFinite', i, `statistic ${claim.text}`);
      } else {
        const text = kind < 0.6 ? csvFile(next) : jsonFile(next);
        const name = pick(next, NAMES);
        let decoded: string | null;
        try {
          decoded = decodeText(bytesOf(next, text), name);
        } catch (error) {
          if (!(error instanceof DecodeError)) throw error;
          decoded = null; // refused with a reason: the intended outcome for bad bytes
        }
        if (decoded !== null) {
          for (const record of parseCitationFile(name, decoded).records) {
            const problems = recordProblems(record);
            if (problems.nonFinite) fail('nonFinite', i, JSON.stringify(record));
            if (problems.markup) fail('markup', i, JSON.stringify(record));
          }
        }
      }
    } catch (error) {
      fail('crashes', i, error instanceof Error ? error.message : String(error));
    }
    if (performance.now() - started > HANG_MS)
      fail('hangs', i, `${what}: ${(performance.now() - started).toFixed(0)} ms`);
  }
  return counts;
}
