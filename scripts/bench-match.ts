// Matching benchmark: synthetic citation stores of 1k, 10k and 100k records, 200 claims each,
// timed with the real CitationIndex. Budget (DESIGN.md): ≤ 50 ms for 200 claims against 100k.
// Run: npx tsx scripts/bench-match.ts
import { validateCitation, type CitationRecord } from '../utils/citations/record';
import type { ExtractedClaim, Hedge, Unit } from '../utils/claim';
import { CitationIndex } from '../utils/match/index';

const SIZES = [1_000, 10_000, 100_000];
const CLAIMS = 200;
const RUNS = 15;
const WARM_UP = 3;
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

// mulberry32: a seeded generator so every run measures the same stores.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, list: readonly T[]): T {
  const item = list[Math.floor(next() * list.length)];
  if (item === undefined) throw new Error('empty list');
  return item;
}

function store(size: number): CitationRecord[] {
  const next = random(size);
  const records: CitationRecord[] = [];
  for (let i = 0; i < size; i++) {
    const company = `Company ${Math.floor(next() * COMPANIES)}`;
    const { measure, unit, verb, max } = pick(next, MEASURES);
    const value = Math.round(next() * max);
    const validation = validateCitation(
      {
        publisher: pick(next, PUBLISHERS),
        subject: company,
        claim: `${company} ${verb} ${value} (${i})`,
        value,
        unit,
        measure,
        published: '2025-01-01',
      },
      'user',
    );
    if (validation.ok) records.push(validation.record);
  }
  return records;
}

// Claims drawn from the store (so many match) plus subject-less figures and source mentions.
function claims(records: readonly CitationRecord[]): ExtractedClaim[] {
  const next = random(7);
  const list: ExtractedClaim[] = [];
  for (let i = 0; list.length < CLAIMS; i++) {
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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

for (const size of SIZES) {
  const records = store(size);
  let start = performance.now();
  const index = new CitationIndex(records);
  const buildMs = performance.now() - start;
  const batch = claims(records);
  // Warm-up, so the JIT has compiled the matching code before the first timed run.
  for (let run = 0; run < WARM_UP; run++)
    index.assess(batch, { pageUrl: 'https://example.com/article' });
  const times: number[] = [];
  let verdicts: Record<string, number> = {};
  for (let run = 0; run < RUNS; run++) {
    start = performance.now();
    const results = index.assess(batch, { pageUrl: 'https://example.com/article' });
    times.push(performance.now() - start);
    verdicts = {};
    for (const result of results) verdicts[result.verdict] = (verdicts[result.verdict] ?? 0) + 1;
  }
  console.log(
    `${String(size).padStart(7)} citations: build ${buildMs.toFixed(1)} ms, assess ${CLAIMS} claims median ${median(times).toFixed(2)} ms ` +
      `(min ${Math.min(...times).toFixed(2)}, max ${Math.max(...times).toFixed(2)}) ${JSON.stringify(verdicts)}`,
  );
}
