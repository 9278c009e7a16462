// Engine throughput in Node: `extract()` + `CitationIndex.assess()` over ~2 MB of article text
// (our fixture articles, repeated, one call per article as the background gets them) against a
// 10,000-citation store; and, in the same run, compromise tagging a 200 KB slice of the same
// text, the baseline DESIGN.md compares against. Budget: ≥ 1 MB/s and about 10× compromise.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import { parseCitationFile } from '../../utils/citations/import';
import type { CitationRecord } from '../../utils/citations/record';
import { extract } from '../../utils/extract/index';
import { CitationIndex } from '../../utils/match/index';
import { readStarterPack } from '../starter-pack-files';
import { ROOT, median, type Area, type Figure } from './common';
import { syntheticStore } from './match';

const MB = 1024 * 1024;
const ENGINE_BYTES = 2 * MB;
const COMPROMISE_BYTES = 200 * 1024;
const STORE_SIZE = 10_000;
const RUNS = 3;
const ARTICLE_DIRS = ['test/fixtures/articles', 'test/fixtures/holdout/articles'];
const CITATION_DIR = 'test/fixtures/citations';

function fixtureArticles(): string[] {
  const texts: string[] = [];
  for (const dir of ARTICLE_DIRS.map((d) => path.join(ROOT, d))) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith('.txt')) texts.push(readFileSync(path.join(dir, name), 'utf8'));
    }
  }
  if (texts.length === 0) throw new Error('no fixture articles in test/fixtures/articles');
  return texts;
}

/** Articles repeated in order until they add up to `bytes` of UTF-8. */
function corpus(articles: readonly string[], bytes: number): { docs: string[]; bytes: number } {
  const docs: string[] = [];
  let total = 0;
  for (let i = 0; total < bytes; i++) {
    const doc = articles[i % articles.length] as string;
    docs.push(doc);
    total += Buffer.byteLength(doc);
  }
  return { docs, bytes: total };
}

/** The starter pack and our fixture citation files, topped up with synthetic records. */
function store(): CitationRecord[] {
  const pack = readStarterPack();
  const records = [...pack.records];
  const dir = path.join(ROOT, CITATION_DIR);
  for (const name of readdirSync(dir).sort()) {
    records.push(...parseCitationFile(name, readFileSync(path.join(dir, name), 'utf8')).records);
  }
  return [...records, ...syntheticStore(STORE_SIZE - records.length)].slice(0, STORE_SIZE);
}

async function run(): Promise<Figure[]> {
  const articles = fixtureArticles();
  const engineText = corpus(articles, ENGINE_BYTES);
  const tagText = corpus(articles, COMPROMISE_BYTES);
  const records = store();
  let start = performance.now();
  const index = new CitationIndex(records);
  const buildMs = performance.now() - start;
  const options = { pageUrl: 'https://example.com/article', pagePublisher: null };

  // Warm-up: one pass over the distinct articles for each, so both are measured JIT-compiled.
  for (const doc of articles) index.assess(extract(doc), options);
  for (const doc of articles) nlp(doc).terms().json();

  const engineRates: number[] = [];
  const extractShare: number[] = [];
  let claims = 0;
  for (let r = 0; r < RUNS; r++) {
    let extractMs = 0;
    claims = 0;
    start = performance.now();
    for (const doc of engineText.docs) {
      const t = performance.now();
      const found = extract(doc);
      extractMs += performance.now() - t;
      claims += index.assess(found, options).length;
    }
    const ms = performance.now() - start;
    engineRates.push(engineText.bytes / MB / (ms / 1000));
    extractShare.push((100 * extractMs) / ms);
  }

  const tagRates: number[] = [];
  let terms = 0;
  for (let r = 0; r < RUNS; r++) {
    terms = 0;
    start = performance.now();
    // `.terms().json()` forces every term to be tokenised, tagged and serialised.
    for (const doc of tagText.docs) terms += nlp(doc).terms().json().length;
    tagRates.push(tagText.bytes / MB / ((performance.now() - start) / 1000));
  }

  const engine = median(engineRates);
  const tagger = median(tagRates);
  // Ratio per run pair, then the median: both halves of a pair saw the same machine load.
  const ratios = engineRates.map((e, i) => e / (tagRates[i] ?? Number.NaN));
  return [
    {
      area: 'engine',
      name: 'extract + assess throughput',
      value: engine,
      unit: 'MB/s',
      runs: engineRates,
      budget: { op: '>=', limit: 1, text: '≥ 1 MB of article text per second (10,000 citations)' },
      note:
        `${(engineText.bytes / MB).toFixed(2)} MB in ${engineText.docs.length} articles ` +
        `(${articles.length} fixtures repeated), ${claims.toLocaleString('en')} claims per run, ` +
        `extract ${median(extractShare).toFixed(0)}% of the time; store ${records.length.toLocaleString('en')} ` +
        `citations, index built in ${buildMs.toFixed(0)} ms`,
    },
    {
      area: 'engine',
      name: 'compromise tagging throughput',
      value: tagger,
      unit: 'MB/s',
      runs: tagRates,
      note: `baseline: nlp(text).terms().json() on ${(tagText.bytes / 1024).toFixed(0)} KB of the same articles, ${terms.toLocaleString('en')} terms per run`,
    },
    {
      area: 'engine',
      name: 'engine ÷ compromise',
      value: median(ratios),
      unit: '×',
      runs: ratios,
      budget: { op: '>=', limit: 10, text: '10× compromise tagging' },
    },
  ];
}

export const engineArea: Area = {
  name: 'engine',
  title: 'Engine throughput: extract + assess vs compromise tagging (Node)',
  run,
};
