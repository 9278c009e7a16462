// Matching: synthetic citation stores of 1k, 10k and 100k records, 200 claims each, timed with
// the real CitationIndex (index build and `assess`). Budget (DESIGN.md): ≤ 20 ms for 200 claims
// against 100k. The store generator is shared with the engine and IndexedDB import benchmarks.
import { validateCitation, type CitationRecord } from '../../utils/citations/record';
import type { ExtractedClaim, Hedge, Unit } from '../../utils/claim';
import { CitationIndex } from '../../utils/match/index';
import { median, pick, random, since, type Area, type Figure } from './common';

const SIZES = [1_000, 10_000, 100_000];
const CLAIMS = 200;
const RUNS = 15;
const WARM_UP = 3;
const BUILDS = 3;
const COMPANIES = 5_000;
const PUBLISHERS = [
  'CNBC',
  'reuters.com',
  'Bloomberg',
  'TechCrunch',
  'The Verge',
  'Axios',
  'GeekWire',
  'Business Insider',
  'WSJ',
  'Forbes',
];
const MEASURES = [
  { measure: 'layoffs', unit: 'percent' as Unit, verb: 'cuts', max: 60 },
  { measure: 'layoffs', unit: 'count' as Unit, verb: 'lays off', max: 5_000 },
  { measure: 'revenue', unit: 'usd' as Unit, verb: 'reports revenue of', max: 5e9 },
  { measure: 'users', unit: 'count' as Unit, verb: 'reaches users numbering', max: 5e7 },
];
const HEDGES: (Hedge | null)[] = [null, null, null, 'about', 'nearly', 'more than'];

/** One contract-2 citation input as a file would hold it. */
export interface CitationInput {
  publisher: string;
  subject: string;
  claim: string;
  url: string;
  value: number;
  unit: Unit;
  measure: string;
  published: string;
}

/** `size` distinct citation inputs (the claim text carries its row number), seeded by `size`. */
export function citationInputs(size: number): CitationInput[] {
  const next = random(size);
  const inputs: CitationInput[] = [];
  for (let i = 0; i < size; i++) {
    const company = `Company ${Math.floor(next() * COMPANIES)}`;
    const { measure, unit, verb, max } = pick(next, MEASURES);
    const value = Math.round(next() * max);
    const publisher = pick(next, PUBLISHERS);
    inputs.push({
      publisher,
      subject: company,
      claim: `${company} ${verb} ${value} (${i})`,
      url: `https://news.example/${i}`,
      value,
      unit,
      measure,
      published: `2025-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`,
    });
  }
  return inputs;
}

/** Validated records, as the store holds them. */
export function syntheticStore(size: number): CitationRecord[] {
  const records: CitationRecord[] = [];
  for (const input of citationInputs(size)) {
    const validation = validateCitation(input, 'user');
    if (validation.ok) records.push(validation.record);
  }
  return records;
}

/** Claims drawn from the store (so many match) plus subject-less figures and source mentions. */
export function sampleClaims(records: readonly CitationRecord[], count = CLAIMS): ExtractedClaim[] {
  const next = random(7);
  const list: ExtractedClaim[] = [];
  for (let i = 0; list.length < count; i++) {
    const record = pick(next, records);
    if (i % 10 === 9) {
      list.push({ kind: 'source', text: pick(next, PUBLISHERS), start: i, end: i + 1 });
      continue;
    }
    list.push({
      kind: 'statistic',
      text: String(record.value),
      start: i,
      end: i + 1,
      value: record.value ?? 0,
      unit: record.unit ?? 'count',
      hedge: pick(next, HEDGES),
      source: i % 4 === 0 ? pick(next, PUBLISHERS) : null,
      subject: i % 8 === 7 ? null : record.subject,
      measure: record.measure,
    });
  }
  return list;
}

async function run(): Promise<Figure[]> {
  const figures: Figure[] = [];
  const options = { pageUrl: 'https://example.com/article' };
  for (const size of SIZES) {
    const label = size.toLocaleString('en');
    const records = syntheticStore(size);
    const builds: number[] = [];
    let index: CitationIndex | null = null;
    for (let b = 0; b < BUILDS; b++) {
      const start = performance.now();
      index = new CitationIndex(records);
      builds.push(since(start));
    }
    if (!index) throw new Error('no index');
    const batch = sampleClaims(records);
    // Warm-up, so the JIT has compiled the matching code before the first timed run.
    for (let w = 0; w < WARM_UP; w++) index.assess(batch, options);
    const times: number[] = [];
    // CPU time beside wall time: on a machine shared with other work the wall clock also counts
    // the time this process waited for a core.
    const cpu: number[] = [];
    const verdicts: Record<string, number> = {};
    for (let r = 0; r < RUNS; r++) {
      const used = process.cpuUsage();
      const start = performance.now();
      const results = index.assess(batch, options);
      times.push(since(start));
      const { user, system } = process.cpuUsage(used);
      cpu.push((user + system) / 1000);
      if (r === 0) for (const x of results) verdicts[x.verdict] = (verdicts[x.verdict] ?? 0) + 1;
    }
    figures.push({
      area: 'match',
      name: `index build, ${label} citations`,
      value: median(builds),
      unit: 'ms',
      runs: builds,
    });
    figures.push({
      area: 'match',
      name: `assess ${CLAIMS} claims, ${label} citations`,
      value: median(times),
      unit: 'ms',
      note: `${RUNS} runs, min ${Math.min(...times).toFixed(2)} max ${Math.max(...times).toFixed(2)} ms; CPU time median ${median(cpu).toFixed(2)} ms; verdicts ${JSON.stringify(verdicts)}`,
      ...(size === 100_000
        ? {
            budget: {
              op: '<=' as const,
              limit: 20,
              text: '≤ 20 ms for 200 claims against 100,000 citations',
            },
          }
        : {}),
    });
  }
  return figures;
}

export const matchArea: Area = {
  name: 'match',
  title: `Matching: ${CLAIMS} claims against synthetic stores (Node)`,
  run,
};
