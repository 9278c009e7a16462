/**
 * Validates the bundled starter citation pack (`public/starter-pack/`: `index.json` and the topic
 * files it names).
 *
 *   npx tsx scripts/validate-pack.ts [DIR]
 *
 * Prints every problem (file, entry, field), then the counts; exits 1 when there is any problem.
 * `validatePack` is pure so the unit tests run it on the real pack and on bad samples.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UNITS } from '../utils/claim';
import { isRealDate } from '../utils/citations/record';
import { STARTER_PACK_INDEX, TOPIC_FILE_NAME } from '../utils/citations/starter-pack';
import { MEASURES } from '../utils/match/measure';
import { KNOWN_OUTLETS, hostOf, outletOf, publisherKey } from '../utils/match/publisher';
import { subjectKey } from '../utils/match/subject';
import COMPANIES from '../utils/vocab/companies.json';
import CONTENT_FARMS from '../utils/vocab/content-farms.json';
import { STARTER_PACK_PATH, readPackJson } from './starter-pack-files';

// The floors (issue 12): the pack, the outlets list and the companies list.
export const MIN_CITATIONS = 3000;
export const MIN_INDEPENDENT_CLAIMS = 700;
export const MIN_OUTLETS = 400;
export const MIN_COMPANIES = 500;
/** The pack covers tech news from 2022 on; an earlier date is a typo. */
export const EARLIEST_DATE = '2022-01-01';

const REQUIRED_STRINGS = ['publisher', 'url', 'subject', 'claim', 'unit', 'checked'];
/** `checked` names the look-up and the phrase on the page that showed the figure. */
const CHECKED_FORM = /^pages: '.+' → '.+'$/s;

export interface PackOptions {
  /** The last acceptable date (YYYY-MM-DD); defaults to today (UTC). */
  today?: string;
  minCitations?: number;
  minIndependentClaims?: number;
  minOutlets?: number;
  minCompanies?: number;
  /** Sizes of the vocabularies (default: the real lists), so tests can try small ones. */
  outlets?: number;
  companies?: number;
}

export interface PackInput {
  index: unknown;
  /** Every topic file found beside the index, with its JSON. */
  topics: { file: string; json: unknown }[];
}

export interface PackSummary {
  citations: number;
  /** Distinct claims: subject, measure, figure and time. */
  claims: number;
  /** Claims backed by two or more independent publishers (a syndicated copy counts as its wire). */
  independent: number;
  /** Distinct publishers in the pack. */
  publishers: number;
  /** Outlets and companies in the vocabularies. */
  outlets: number;
  companies: number;
}

export interface PackReport {
  problems: string[];
  summary: PackSummary;
}

/** One citation of a topic file, as written. */
export interface PackEntryInput {
  publisher: string;
  url: string;
  published: string;
  subject: string;
  claim: string;
  value: number;
  unit: string;
  /** Absent or null for a figure no known measure names (deliveries, GMV, net additions). */
  measure?: string | null;
  period?: string;
  checked: string;
  syndicatedFrom?: string;
}

/** A citation that passed the schema, with where it sits. */
interface Entry extends Omit<PackEntryInput, 'measure' | 'period' | 'syndicatedFrom'> {
  where: string;
  measure: string | null;
  period: string | null;
  syndicatedFrom: string | null;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
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

// ---- periods (contract 2) ----

interface Range {
  start: string;
  end: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const day = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Months [from, from + count) of a calendar, as a day range; month may run past 12. */
function months(year: number, from: number, count: number): Range {
  const startYear = year + Math.floor((from - 1) / 12);
  const startMonth = ((from - 1) % 12) + 1;
  const endIndex = from - 1 + count - 1;
  const endYear = year + Math.floor(endIndex / 12);
  const endMonth = (endIndex % 12) + 1;
  return {
    start: day(startYear, startMonth, 1),
    end: day(endYear, endMonth, lastDay(endYear, endMonth)),
  };
}

/**
 * The days a contract-2 period string covers, or null when it is not one. A fiscal year is
 * named by the calendar year it ends in, so FY2025 of a January company starts in February 2024.
 */
export function periodRange(period: string, fiscalYearEnd = 12): Range | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(period))) return months(Number(m[1]), 1, 12);
  if ((m = /^(\d{4})-Q([1-4])$/.exec(period))) return months(Number(m[1]), 3 * Number(m[2]) - 2, 3);
  if ((m = /^(\d{4})-H([12])$/.exec(period))) return months(Number(m[1]), 6 * Number(m[2]) - 5, 6);
  if ((m = /^(\d{4})-(\d{2})$/.exec(period))) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? months(Number(m[1]), month, 1) : null;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(period))
    return isRealDate(period) ? { start: period, end: period } : null;
  if ((m = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(period))) {
    const [start, end] = [m[1] as string, m[2] as string];
    return isRealDate(start) && isRealDate(end) && start <= end ? { start, end } : null;
  }
  if ((m = /^FY(\d{4})(?:-Q([1-4]))?$/.exec(period))) {
    const fyStartYear = fiscalYearEnd === 12 ? Number(m[1]) : Number(m[1]) - 1;
    const fyStartMonth = (fiscalYearEnd % 12) + 1;
    return m[2] === undefined
      ? months(fyStartYear, fyStartMonth, 12)
      : months(fyStartYear, fyStartMonth + 3 * (Number(m[2]) - 1), 3);
  }
  return null;
}

interface CompanyRow {
  name: string;
  aliases: string[];
  fiscalYearEnd: number;
}
const fiscalYearEnds = new Map<string, number>();
for (const row of COMPANIES as CompanyRow[]) {
  for (const name of [row.name, ...row.aliases]) {
    const key = subjectKey(name);
    if (key !== null && !fiscalYearEnds.has(key)) fiscalYearEnds.set(key, row.fiscalYearEnd);
  }
}

/** Words that make a claim about a time still to come ("expects", "by the end of 2025"). */
export const FORECAST_WORDS: { pattern: RegExp; example: string }[] = [
  { pattern: /\bexpect(?:s|ed|ing)?\b/i, example: 'Acme expects revenue of $2 billion in Q4' },
  { pattern: /\bforecast(?:s|ed|ing)?\b/i, example: 'Acme forecast Q1 revenue of $2 billion' },
  { pattern: /\bguidance\b/i, example: 'Acme guidance calls for $2 billion in Q1' },
  { pattern: /\boutlook\b/i, example: 'Acme outlook: $2 billion for the year' },
  { pattern: /\bproject(?:s|ed|ing)\b/i, example: 'Acme projected $2 billion in 2026 sales' },
  {
    pattern: /\b(?:aims?|plans?|targets?|seeks?) (?:to|for)\b/i,
    example: 'Acme aims for 75,000 staff',
  },
  { pattern: /\bwill\b/i, example: 'Acme will cut 5% of staff in 2026' },
  { pattern: /\bby (?:the )?end of\b/i, example: 'Acme to reach 75,000 staff by end of 2025' },
];

export function isForecast(text: string): boolean {
  return FORECAST_WORDS.some((row) => row.pattern.test(text));
}

// ---- scale ----

/** Scale words and the factor each means; a value must carry the factor its text names. */
export const SCALE_WORDS: { pattern: RegExp; factor: number; example: string }[] = [
  { pattern: /^(?:trillion|tn|t)$/i, factor: 1e12, example: '$1.2 trillion' },
  { pattern: /^(?:billion|bn|b)$/i, factor: 1e9, example: '$26.27 billion' },
  { pattern: /^(?:million|mn|m)$/i, factor: 1e6, example: '€3.5m' },
  { pattern: /^(?:thousand|k)$/i, factor: 1e3, example: '12k jobs' },
];
const RESCALES = [1, 1e3, 1e6, 1e9, 1e12];
// A scale word ends where a lowercase letter does not follow ("billionN/A" in a flattened table
// is still "billion"; "5 months" is not "5 m").
const NUMBER_MENTION =
  /(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s*([Tt]rillion|[Bb]illion|[Mm]illion|[Tt]housand|tn|bn|mn|BN|MN)(?![a-z])|([tbmkTBMK])(?![A-Za-z]))?(\s*(?:%|percent\b|per cent\b))?/g;

interface Mention {
  number: number;
  factor: number;
  /** A scale word was written ("26.27 billion"), not just digits. */
  scaled: boolean;
  percent: boolean;
  text: string;
}

function mentions(text: string): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(NUMBER_MENTION)) {
    const word = m[2] ?? m[3];
    const factor = word ? (SCALE_WORDS.find((s) => s.pattern.test(word))?.factor ?? 1) : 1;
    const digits = m[1] as string;
    const mention = {
      factor,
      scaled: word !== undefined,
      percent: m[4] !== undefined,
      text: m[0].trim(),
    };
    found.push({ ...mention, number: Number(digits.replace(/,/g, '')) });
    // "9.000" is nine thousand in much of Europe: both readings are the text's.
    if (/^\d{1,3}(?:\.\d{3})+$/.test(digits))
      found.push({ ...mention, number: Number(digits.replace(/\./g, '')) });
  }
  return found;
}

const close = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1);

/**
 * A reason when `value` is the text's figure at the wrong scale ("$26.27 billion" stored as
 * 26.27 or 26,270,000); null when a mention matches or no mention is the same digits.
 * `scaledOnly` looks only at numbers with a scale word: a page's table is often "in millions"
 * in a header the phrase leaves out.
 */
export function scaleProblem(
  value: number,
  unit: string,
  text: string,
  scaledOnly = false,
): string | null {
  const all = mentions(text).filter((m) => !scaledOnly || m.scaled || m.percent);
  const magnitude = Math.abs(value);
  if (unit === 'percent') {
    const shares = all.filter((m) => m.percent);
    if (shares.length === 0 || shares.some((m) => close(m.number, magnitude))) return null;
    const wrong = shares.find((m) => close(m.number / 100, magnitude));
    return wrong
      ? `value ${value} is a fraction; '${wrong.text}' is stored as ${wrong.number}`
      : null;
  }
  const amounts = all.filter((m) => !m.percent);
  if (amounts.some((m) => close(m.number * m.factor, magnitude))) return null;
  for (const m of amounts) {
    // The same digits a power of a thousand away: the figure kept at the wrong scale.
    const said = m.number * m.factor;
    if (RESCALES.some((f) => close(m.number * f, magnitude) || close(said, magnitude * f)))
      return `value ${value} does not match '${m.text}' (that is ${said})`;
  }
  return null;
}

// ---- content farms ----

interface Farm {
  domain: string;
  name: string;
}
const FARMS = CONTENT_FARMS as Farm[];
const farmKeys = new Set(FARMS.map((f) => publisherKey(f.name)));

/** The content-farm row a URL or publisher belongs to, if any. */
export function contentFarm(url: string, publisher: string): Farm | undefined {
  const host = hostOf(url) ?? '';
  return (
    FARMS.find((f) => host === f.domain || host.endsWith(`.${f.domain}`)) ??
    (farmKeys.has(publisherKey(publisher))
      ? FARMS.find((f) => publisherKey(f.name) === publisherKey(publisher))
      : undefined)
  );
}

// ---- entries ----

function checkEntry(c: unknown, where: string, today: string, problems: string[]): Entry | null {
  if (!isRecord(c)) {
    problems.push(`${where}: not an object`);
    return null;
  }
  const before = problems.length;
  for (const field of REQUIRED_STRINGS) {
    const v = c[field];
    if (typeof v !== 'string' || v.trim() === '')
      problems.push(`${where}: '${field}' must be a non-empty string`);
  }
  const { value, unit, measure, url, published, period, checked, syndicatedFrom } = c;
  if (typeof value !== 'number' || !Number.isFinite(value))
    problems.push(`${where}: 'value' must be a finite number`);
  if (typeof unit === 'string' && !(UNITS as readonly string[]).includes(unit))
    problems.push(`${where}: unknown unit '${unit}' (expected one of ${UNITS.join(', ')})`);
  if (measure !== undefined && measure !== null && typeof measure !== 'string')
    problems.push(`${where}: 'measure' must be a measure's name or null`);
  if (typeof measure === 'string' && !(MEASURES as readonly string[]).includes(measure))
    problems.push(
      `${where}: unknown measure '${measure}' (expected one of ${MEASURES.join(', ')})`,
    );
  if (typeof url === 'string' && url.trim() !== '' && !isHttpUrl(url))
    problems.push(`${where}: url '${url}' is not an http(s) URL`);
  if (
    typeof published !== 'string' ||
    !isRealDate(published) ||
    !/^\d{4}-\d{2}-\d{2}$/.test(published)
  )
    problems.push(`${where}: published '${String(published)}' is not a real YYYY-MM-DD date`);
  else if (published < EARLIEST_DATE || published > today)
    problems.push(`${where}: published ${published} is outside ${EARLIEST_DATE}..${today}`);
  if (typeof checked === 'string' && checked.trim() !== '' && !CHECKED_FORM.test(checked))
    problems.push(`${where}: checked must read "pages: '<look-up>' → '<phrase on the page>'"`);
  if (period !== undefined && typeof period !== 'string')
    problems.push(`${where}: period must be a string`);
  if (
    syndicatedFrom !== undefined &&
    (typeof syndicatedFrom !== 'string' || syndicatedFrom.trim() === '')
  )
    problems.push(`${where}: syndicatedFrom must be a wire's name`);
  if (problems.length > before) return null;
  return {
    where,
    publisher: c.publisher as string,
    url: url as string,
    published: published as string,
    subject: c.subject as string,
    claim: c.claim as string,
    value: value as number,
    unit: unit as string,
    measure: (measure as string | null | undefined) ?? null,
    period: (period as string | undefined) ?? null,
    checked: checked as string,
    syndicatedFrom: (syndicatedFrom as string | undefined) ?? null,
  };
}

/** Where companies' own releases and filings are published for them. */
const RELEASE_HOSTS = [
  'PR Newswire',
  'Business Wire',
  'GlobeNewswire',
  'Accesswire',
  'Newsfile',
  'U.S. Securities and Exchange Commission',
];

function isCompany(name: string): boolean {
  const key = subjectKey(name);
  return key !== null && fiscalYearEnds.has(key);
}

/** Rules that need the entry's meaning: period, syndication, outlet, scale, content farms. */
function checkMeaning(e: Entry, today: string, problems: string[]): void {
  if (e.period !== null) {
    const fye = fiscalYearEnds.get(subjectKey(e.subject) ?? '') ?? 12;
    const range = periodRange(e.period, fye);
    if (range === null) {
      problems.push(
        `${e.where}: period '${e.period}' is not a contract-2 period (2024, 2024-Q3, 2024-H1, 2024-07, 2024-07-15, 2024-07-01/2024-09-30, FY2025, FY2025-Q2)`,
      );
    } else if (range.start > e.published && !isForecast(e.claim)) {
      problems.push(
        `${e.where}: period ${e.period} starts ${range.start}, after the report (published ${e.published}); only a forecast may`,
      );
    } else if (range.start > today) {
      problems.push(`${e.where}: period ${e.period} starts after today (${today})`);
    }
  }
  if (e.syndicatedFrom !== null) {
    // The reporting a reprint carries: a wire's story, another outlet's, or a company's release.
    if (outletOf(e.syndicatedFrom) === undefined && !isCompany(e.syndicatedFrom))
      problems.push(
        `${e.where}: syndicatedFrom '${e.syndicatedFrom}' is neither in the outlets list (add it there, kind wire for a wire service) nor a company`,
      );
    else if (publisherKey(e.syndicatedFrom) === publisherKey(e.publisher))
      problems.push(`${e.where}: syndicatedFrom names the publisher itself`);
    // A release host only carries a company's words: counted as a voice of its own, it would
    // let one release back a claim twice (once as the company, once as the host).
    else if (RELEASE_HOSTS.includes(outletOf(e.syndicatedFrom)?.name ?? ''))
      problems.push(
        `${e.where}: syndicatedFrom '${e.syndicatedFrom}' only hosts releases; name the company whose release it is`,
      );
  }
  const pageOutlet = outletOf(e.url);
  const namedOutlet = outletOf(e.publisher);
  const ownRelease =
    namedOutlet?.kind === 'company-release' && RELEASE_HOSTS.includes(pageOutlet?.name ?? '');
  if (pageOutlet && namedOutlet && pageOutlet.name !== namedOutlet.name && !ownRelease)
    problems.push(
      `${e.where}: publisher '${e.publisher}' is ${namedOutlet.name}, but the URL is on ${pageOutlet.name}'s site`,
    );
  const phrase = /→ '(.*)'$/s.exec(e.checked)?.[1] ?? '';
  const reason =
    scaleProblem(e.value, e.unit, e.claim) ?? scaleProblem(e.value, e.unit, phrase, true);
  if (reason) problems.push(`${e.where}: wrong scale: ${reason}`);
  const farm = contentFarm(e.url, e.publisher);
  if (farm)
    problems.push(
      `${e.where}: ${farm.name} (${farm.domain}) is a content farm/rewrite site, not evidence`,
    );
}

/** Which claim an entry backs: subject, measure, figure, and the month it is about. */
function claimKey(e: Entry): string {
  const fye = fiscalYearEnds.get(subjectKey(e.subject) ?? '') ?? 12;
  const range = e.period !== null ? periodRange(e.period, fye) : null;
  const month = (range?.start ?? e.published).slice(0, 7);
  return [subjectKey(e.subject) ?? e.subject, e.measure, e.value, e.unit, month].join('|');
}

/** The publisher whose reporting an entry is: the wire for a syndicated copy. */
function reportingKey(e: Entry): string {
  return publisherKey(e.syndicatedFrom ?? e.publisher);
}

function summarise(entries: Entry[], options: PackOptions): PackSummary {
  const byClaim = new Map<string, Set<string>>();
  const publishers = new Set<string>();
  for (const e of entries) {
    publishers.add(publisherKey(e.publisher));
    const key = claimKey(e);
    const set = byClaim.get(key) ?? new Set<string>();
    set.add(reportingKey(e));
    byClaim.set(key, set);
  }
  let independent = 0;
  for (const set of byClaim.values()) if (set.size >= 2) independent++;
  return {
    citations: entries.length,
    claims: byClaim.size,
    independent,
    publishers: publishers.size,
    outlets: options.outlets ?? KNOWN_OUTLETS.length,
    companies: options.companies ?? COMPANIES.length,
  };
}

function checkIndex(input: PackInput, today: string, problems: string[]): string[] {
  const index = input.index;
  if (!isRecord(index)) {
    problems.push(`${STARTER_PACK_INDEX}: top level must be an object`);
    return [];
  }
  if (!Number.isInteger(index.version) || (index.version as number) < 1)
    problems.push(
      `${STARTER_PACK_INDEX}: version must be a whole number ≥ 1 (bump it on every change)`,
    );
  if (
    typeof index.generated !== 'string' ||
    !isRealDate(index.generated) ||
    index.generated > today
  )
    problems.push(`${STARTER_PACK_INDEX}: generated must be a YYYY-MM-DD date, not after today`);
  if (typeof index.description !== 'string' || index.description.trim() === '')
    problems.push(`${STARTER_PACK_INDEX}: description must be a non-empty string`);
  if (!Array.isArray(index.files)) {
    problems.push(`${STARTER_PACK_INDEX}: files must be an array of topic file names`);
    return [];
  }
  const listed: string[] = [];
  for (const file of index.files) {
    if (typeof file !== 'string' || !TOPIC_FILE_NAME.test(file))
      problems.push(`${STARTER_PACK_INDEX}: '${String(file)}' is not a topic file name`);
    else if (listed.includes(file)) problems.push(`${STARTER_PACK_INDEX}: ${file} is listed twice`);
    else listed.push(file);
  }
  const present = new Set(input.topics.map((t) => t.file));
  for (const file of listed)
    if (!present.has(file)) problems.push(`${STARTER_PACK_INDEX}: ${file} is listed but missing`);
  for (const file of present)
    if (!listed.includes(file))
      problems.push(`${file}: not listed in ${STARTER_PACK_INDEX}, so it would never load`);
  return listed;
}

/** Every problem with the pack, one readable line each, and its counts. */
export function validatePack(input: PackInput, options: PackOptions = {}): PackReport {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const problems: string[] = [];
  checkIndex(input, today, problems);
  const entries: Entry[] = [];
  for (const { file, json } of input.topics) {
    if (!isRecord(json) || typeof json.topic !== 'string' || json.topic.trim() === '') {
      problems.push(`${file}: must be { "topic": "...", "citations": [...] } with a topic`);
    }
    if (!isRecord(json) || !Array.isArray(json.citations)) {
      problems.push(`${file}: citations must be an array`);
      continue;
    }
    json.citations.forEach((c: unknown, i: number) => {
      const e = checkEntry(c, `${file} citations[${i}]`, today, problems);
      if (e) {
        checkMeaning(e, today, problems);
        entries.push(e);
      }
    });
  }

  // The same outlet's same page for the same figure, in any two files.
  const seen = new Map<string, string>();
  for (const e of entries) {
    const key = [publisherKey(e.publisher), e.url, claimKey(e)].join('|');
    const first = seen.get(key);
    if (first !== undefined)
      problems.push(`duplicate citation: ${e.where} repeats ${first} (${e.publisher} ${e.url})`);
    else seen.set(key, e.where);
  }

  // One outlet spelled two ways would look like two publishers; the outlets list joins
  // "NYT" and "The New York Times", as the store's publisher key does.
  const spellings = new Map<string, Set<string>>();
  for (const e of entries) {
    for (const name of [e.publisher, e.syndicatedFrom]) {
      if (name === null) continue;
      const set = spellings.get(publisherKey(name)) ?? new Set<string>();
      set.add(name);
      spellings.set(publisherKey(name), set);
    }
  }
  for (const set of spellings.values())
    if (set.size > 1)
      problems.push(
        `one outlet spelled ${set.size} ways: ${[...set].join(' / ')}; use one spelling`,
      );

  const summary = summarise(entries, options);
  const floors: [number, number, string][] = [
    [summary.citations, options.minCitations ?? MIN_CITATIONS, 'valid citations'],
    [
      summary.independent,
      options.minIndependentClaims ?? MIN_INDEPENDENT_CLAIMS,
      'claims with two or more independent publishers',
    ],
    [summary.outlets, options.minOutlets ?? MIN_OUTLETS, 'outlets in utils/vocab/outlets.json'],
    [
      summary.companies,
      options.minCompanies ?? MIN_COMPANIES,
      'companies in utils/vocab/companies.json',
    ],
  ];
  for (const [have, need, what] of floors)
    if (have < need) problems.push(`only ${have} ${what} (need at least ${need})`);
  return { problems, summary };
}

/** The pack on disk: the index and every other .json file beside it. */
export function readPackDir(dir: string): PackInput {
  const topics = readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== STARTER_PACK_INDEX)
    .sort()
    .map((file) => ({ file, json: readPackJson(dir, file) }));
  return { index: readPackJson(dir, STARTER_PACK_INDEX), topics };
}

function main(argv: string[]): number {
  const dir = resolve(argv[0] ?? STARTER_PACK_PATH);
  let input: PackInput;
  try {
    input = readPackDir(dir);
  } catch (err) {
    console.error(`cannot read the pack: ${(err as Error).message}`);
    return 1;
  }
  const { problems, summary: s } = validatePack(input);
  for (const p of problems) console.error(p);
  console.log(
    `${dir}: ${s.citations} citations in ${input.topics.length} files, ${s.claims} distinct claims, ` +
      `${s.independent} with 2+ independent publishers, ${s.publishers} publishers; ` +
      `${s.outlets} outlets, ${s.companies} companies; ${problems.length} problems`,
  );
  return problems.length > 0 ? 1 : 0;
}

const invoked = process.argv[1] ? resolve(process.argv[1]) : '';
if (invoked === fileURLToPath(import.meta.url)) {
  process.exit(main(process.argv.slice(2)));
}
