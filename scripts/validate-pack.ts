/**
 * Validates the bundled starter citation pack (`public/starter-pack.json`).
 *
 *   npx tsx scripts/validate-pack.ts [FILE]
 *
 * Prints every problem found and a one-line summary; exits 1 when there is any problem.
 * `validatePack` is pure so the unit tests can run it on the real file and on bad samples.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UNITS } from '../utils/claim';

export const MEASURES = [
  'layoffs',
  'workforce',
  'revenue',
  'users',
  'funding',
  'valuation',
  'other',
] as const;

export const MIN_CITATIONS = 300;
export const MIN_CORROBORATED_CLAIMS = 100;
export const EARLIEST_DATE = '2022-01-01';
export const LATEST_DATE = '2026-12-31';

const REQUIRED_STRINGS = ['publisher', 'url', 'subject', 'claim', 'unit', 'measure', 'checked'];

export interface PackOptions {
  /** Fewest citations the pack must hold (default 300). */
  minCitations?: number;
  /** Fewest claims that must have two or more distinct publishers (default 100). */
  minCorroborated?: number;
}

export interface PackSummary {
  citations: number;
  /** Distinct claims: normalised subject + value + unit. */
  claims: number;
  /** Claims backed by two or more distinct (normalised) publishers. */
  corroborated: number;
  /** Distinct normalised publishers. */
  publishers: number;
}

/** lowercase, drop a scheme, `www.`, `.com` and a leading "the ", collapse spaces. */
export function normalisePublisher(publisher: string): string {
  return publisher
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\.com\b/g, '')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function normaliseSubject(subject: string): string {
  return subject.trim().toLowerCase().replace(/\s+/g, ' ');
}

export function claimKey(subject: string, value: number, unit: string): string {
  return `${normaliseSubject(subject)}|${value}|${unit}`;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A real calendar date in YYYY-MM-DD form. */
export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function isHttpUrl(s: string): boolean {
  if (s !== s.trim() || /\s/.test(s)) return false;
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}

interface ValidCitation {
  publisher: string;
  url: string;
  subject: string;
  value: number;
  unit: string;
}

function checkCitation(c: unknown, where: string, problems: string[]): ValidCitation | null {
  if (!isRecord(c)) {
    problems.push(`${where}: not an object`);
    return null;
  }
  let ok = true;
  for (const field of REQUIRED_STRINGS) {
    const v = c[field];
    if (typeof v !== 'string' || v.trim() === '') {
      problems.push(`${where}: '${field}' must be a non-empty string`);
      ok = false;
    }
  }
  const value = c.value;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    problems.push(`${where}: 'value' must be a finite number`);
    ok = false;
  }
  if (typeof c.unit === 'string' && !(UNITS as readonly string[]).includes(c.unit)) {
    problems.push(`${where}: unknown unit '${c.unit}' (expected one of ${UNITS.join(', ')})`);
    ok = false;
  }
  if (typeof c.measure === 'string' && !(MEASURES as readonly string[]).includes(c.measure)) {
    problems.push(`${where}: unknown measure '${c.measure}'`);
    ok = false;
  }
  if (typeof c.url === 'string' && c.url.trim() !== '' && !isHttpUrl(c.url)) {
    problems.push(`${where}: url '${c.url}' is not an http(s) URL`);
    ok = false;
  }
  if (c.published !== undefined) {
    const p = c.published;
    if (typeof p !== 'string' || !isRealDate(p)) {
      problems.push(`${where}: published '${String(p)}' is not a real YYYY-MM-DD date`);
      ok = false;
    } else if (p < EARLIEST_DATE || p > LATEST_DATE) {
      problems.push(`${where}: published ${p} is outside ${EARLIEST_DATE}..${LATEST_DATE}`);
      ok = false;
    }
  }
  if (!ok) return null;
  return {
    publisher: c.publisher as string,
    url: c.url as string,
    subject: c.subject as string,
    value: value as number,
    unit: c.unit as string,
  };
}

function summarise(citations: ValidCitation[]): PackSummary {
  const byClaim = new Map<string, Set<string>>();
  const publishers = new Set<string>();
  for (const c of citations) {
    const pub = normalisePublisher(c.publisher);
    publishers.add(pub);
    const key = claimKey(c.subject, c.value, c.unit);
    const set = byClaim.get(key) ?? new Set<string>();
    set.add(pub);
    byClaim.set(key, set);
  }
  let corroborated = 0;
  for (const set of byClaim.values()) if (set.size >= 2) corroborated++;
  return {
    citations: citations.length,
    claims: byClaim.size,
    corroborated,
    publishers: publishers.size,
  };
}

function collect(json: unknown, problems: string[]): ValidCitation[] {
  if (!isRecord(json)) {
    problems.push('pack: top level must be an object');
    return [];
  }
  if (json.version !== 1) problems.push('pack: version must be 1');
  if (typeof json.generated !== 'string' || !isRealDate(json.generated)) {
    problems.push('pack: generated must be a YYYY-MM-DD date');
  }
  if (typeof json.description !== 'string' || json.description.trim() === '') {
    problems.push('pack: description must be a non-empty string');
  }
  if (!Array.isArray(json.citations)) {
    problems.push('pack: citations must be an array');
    return [];
  }
  const valid: ValidCitation[] = [];
  json.citations.forEach((c: unknown, i: number) => {
    const v = checkCitation(c, `citations[${i}]`, problems);
    if (v) valid.push(v);
  });
  return valid;
}

/** Counts for a pack; citations that fail the schema are left out. */
export function summarisePack(json: unknown): PackSummary {
  return summarise(collect(json, []));
}

/** Every problem with the pack, as one readable line each; empty when the pack is good. */
export function validatePack(json: unknown, options: PackOptions = {}): string[] {
  const minCitations = options.minCitations ?? MIN_CITATIONS;
  const minCorroborated = options.minCorroborated ?? MIN_CORROBORATED_CLAIMS;
  const problems: string[] = [];
  const citations = collect(json, problems);

  // Exact duplicates (same outlet, same page, same figure) count once at most.
  const seen = new Map<string, number>();
  citations.forEach((c, i) => {
    const key = [
      normalisePublisher(c.publisher),
      c.url,
      normaliseSubject(c.subject),
      c.value,
      c.unit,
    ].join('|');
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push(
        `duplicate citation: ${c.publisher} ${c.url} ${c.subject} ${c.value} ${c.unit} (entries ${first} and ${i})`,
      );
    } else {
      seen.set(key, i);
    }
  });

  // One outlet spelled two ways would look like two publishers to a naive reader.
  const spellings = new Map<string, Set<string>>();
  for (const c of citations) {
    const norm = normalisePublisher(c.publisher);
    const set = spellings.get(norm) ?? new Set<string>();
    set.add(c.publisher);
    spellings.set(norm, set);
  }
  for (const [norm, set] of spellings) {
    if (set.size > 1) {
      problems.push(
        `publisher '${norm}' is spelled ${set.size} ways (${[...set].join(' / ')}); use one spelling`,
      );
    }
  }

  const summary = summarise(citations);
  if (summary.citations < minCitations) {
    problems.push(`only ${summary.citations} valid citations (need at least ${minCitations})`);
  }
  if (summary.corroborated < minCorroborated) {
    problems.push(
      `only ${summary.corroborated} claims have two or more distinct publishers (need at least ${minCorroborated})`,
    );
  }
  return problems;
}

function main(argv: string[]): number {
  const here = dirname(fileURLToPath(import.meta.url));
  const file = resolve(argv[0] ?? resolve(here, '../public/starter-pack.json'));
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    console.error(`cannot read ${file}: ${(err as Error).message}`);
    return 1;
  }
  const problems = validatePack(json);
  for (const p of problems) console.error(p);
  const s = summarisePack(json);
  console.log(
    `${file}: ${s.citations} citations, ${s.claims} distinct claims, ` +
      `${s.corroborated} with 2+ publishers, ${s.publishers} publishers, ${problems.length} problems`,
  );
  return problems.length > 0 ? 1 : 0;
}

const invoked = process.argv[1] ? resolve(process.argv[1]) : '';
if (invoked === fileURLToPath(import.meta.url)) {
  process.exit(main(process.argv.slice(2)));
}
