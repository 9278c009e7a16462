// How often the verdicts tell the truth: runs the engine over the truth-labelled gold (the seed in
// ../shared/fixtures and corpus files 46–57) with ../shared/corpus/store-dev.json as the store, and
// counts, per truth label, the figures a reader would see backed or flagged (issue 11).
//   npx tsx scripts/truth-check.ts [--figures | --misses] [--starter]
// --misses lists only the figures a reader is misled on or left without a verdict (true ones not
// backed or flagged, wrong ones not flagged or backed), with the claim's frame beside the gold's.
// Two modes: `engine` uses the claims as the engine frames them (end to end); `oracle` puts the
// gold subject, period and source into those claims (and stands in for figures the extractor
// missed), so the matcher is measured alone.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseCitationFile } from '../utils/citations/import';
import type { CitationRecord } from '../utils/citations/record';
import type {
  AnnotatedClaim,
  ExtractedClaim,
  ExtractedStatistic,
  Period,
  PeriodGrain,
  Unit,
} from '../utils/claim';
import { extract } from '../utils/extract';
import { publicationDay } from '../utils/extract/resolve/published';
import { CitationIndex } from '../utils/match';
import { periodString } from '../utils/match/dimensions';
import { measureOfText } from '../utils/match/measure';
import { warns } from '../utils/match/reason';
import { readStarterPack } from './starter-pack-files';

const SHARED = path.resolve(import.meta.dirname, '../../shared');
const TRUTH_FILES = /^(?:00-seed|4[6-9]-|5[0-7]-)/;

export type Truth = 'true' | 'wrong-value' | 'wrong-period' | 'unknown';
export type Mode = 'engine' | 'oracle';

interface GoldStatistic {
  text: string;
  start: number;
  end: number;
  value: number;
  unit: Unit;
  source: string | null;
  subject: string | null;
  period: {
    text: string;
    start: string | null;
    end: string | null;
    grain: PeriodGrain;
    fiscal?: string;
  } | null;
  truth: Truth;
  true_value?: number | null;
  evidence?: string;
}

interface GoldFile {
  article: string;
  statistics: GoldStatistic[];
}

export interface Figure {
  file: string;
  text: string;
  truth: Truth;
  backed: boolean;
  flagged: boolean;
  found: boolean;
  reason: string;
  /** The claim's frame and the gold's, for `--misses`: "measure · subject · period". */
  frame: string;
  gold: string;
}

export interface Summary {
  mode: Mode;
  trueTotal: number;
  wrongTotal: number;
  trueBacked: number;
  wrongFlagged: number;
  wrongBacked: number;
  trueFlagged: number;
  seedWrong: number;
  seedWrongFlagged: number;
  missed: number;
}

/** Publication dates from CORPUS.md's tables (`| NN | file | … | date | notes |`); undated → null. */
function publicationDates(): Map<string, string> {
  const dates = new Map<string, string>();
  const corpus = readFileSync(path.join(SHARED, 'corpus/CORPUS.md'), 'utf8');
  for (const line of corpus.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const file = cells[2];
    const date = cells[6];
    if (file?.endsWith('.txt') && date && /^\d{4}-\d{2}-\d{2}$/.test(date))
      dates.set(file.replace(/\.txt$/, ''), date);
  }
  return dates;
}

function goldFiles(): { name: string; dir: string; gold: GoldFile }[] {
  const dirs = [path.join(SHARED, 'fixtures'), path.join(SHARED, 'corpus')];
  return dirs.flatMap((dir) =>
    readdirSync(path.join(dir, 'gold'))
      .filter((file) => TRUTH_FILES.test(file))
      .sort()
      .map((file) => ({
        name: file.replace(/\.json$/, ''),
        dir,
        gold: JSON.parse(readFileSync(path.join(dir, 'gold', file), 'utf8')) as GoldFile,
      })),
  );
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

function goldPeriod(gold: GoldStatistic): Period | null {
  if (gold.period === null) return null;
  const { text, start, end, grain, fiscal } = gold.period;
  // The labels leave `text` empty for implied and defaulted periods; a defaulted one is the
  // publication month.
  const how = text === '' && grain === 'month' ? 'defaulted' : 'explicit';
  return { text, start, end, grain, how, ...(fiscal ? { fiscal } : {}) };
}

/** The sentence around a gold figure, for the measure of a figure the extractor missed. */
function sentenceAround(text: string, gold: GoldStatistic): string {
  const before = text.lastIndexOf('.', gold.start);
  const after = text.indexOf('.', gold.end);
  return text.slice(before + 1, after === -1 ? text.length : after);
}

/** The engine's claims, with the gold frame put in (oracle) and stand-ins for missed figures. */
function oracleClaims(
  text: string,
  claims: ExtractedClaim[],
  gold: GoldStatistic[],
): ExtractedClaim[] {
  const out: ExtractedClaim[] = claims.filter((claim) => claim.kind === 'source');
  for (const figure of gold) {
    const found = claims.find(
      (claim): claim is ExtractedStatistic => claim.kind === 'statistic' && overlaps(claim, figure),
    );
    out.push({
      kind: 'statistic',
      text: figure.text,
      start: figure.start,
      end: figure.end,
      value: figure.value,
      unit: figure.unit,
      hedge: found?.hedge ?? null,
      ...(found?.rangeEnd === undefined ? {} : { rangeEnd: found.rangeEnd }),
      // The engine's measure when it found the figure (null included); the sentence's otherwise.
      measure: found ? found.measure : measureOfText(sentenceAround(text, figure)),
      subject: figure.subject,
      source: figure.source,
      period: goldPeriod(figure),
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** store-dev.json, the real reports labelled for these files. */
function devStore(): CitationRecord[] {
  const store = parseCitationFile(
    'store-dev.json',
    readFileSync(path.join(SHARED, 'corpus/store-dev.json'), 'utf8'),
  );
  if (store.errors.length > 0) throw new Error(`store-dev.json: ${store.errors[0]?.reason}`);
  return store.records;
}

export function truthCheck(
  mode: Mode,
  records: readonly CitationRecord[] = devStore(),
): { summary: Summary; figures: Figure[] } {
  const index = new CitationIndex(records);
  const dates = publicationDates();
  const figures: Figure[] = [];
  for (const { name, dir, gold } of goldFiles()) {
    const text = readFileSync(path.join(dir, 'articles', gold.article), 'utf8');
    const published = dates.get(name) ?? null;
    const extracted = extract(text, { published });
    const claims = mode === 'oracle' ? oracleClaims(text, extracted, gold.statistics) : extracted;
    const annotated = index.assess(claims, {
      pagePublished: publicationDay(published, null, text).day,
    });
    const statistics = annotated.filter(
      (claim): claim is AnnotatedClaim & ExtractedStatistic => claim.kind === 'statistic',
    );
    for (const figure of gold.statistics) {
      const claim = statistics.find((candidate) => overlaps(candidate, figure));
      figures.push({
        file: name,
        text: figure.text,
        truth: figure.truth,
        found: claim !== undefined,
        backed: claim !== undefined && claim.verdict !== 'unverifiable',
        flagged: claim !== undefined && warns(claim),
        reason: claim?.reason ?? '(not extracted)',
        frame: claim
          ? `${claim.measure ?? '?'} · ${claim.subject ?? '?'} · ${claim.period ? periodString(claim.period) || claim.period.text : '?'}${claim.period?.how === 'defaulted' ? ' (defaulted)' : ''}${claim.trace?.period ? ` [${claim.trace.period}]` : ''}`
          : '',
        gold: `${figure.subject ?? '?'} · ${figure.period ? periodString({ ...figure.period, fiscal: figure.period.fiscal }) : '?'}${figure.true_value != null ? ` · true ${figure.true_value}` : ''} · ${figure.evidence ?? ''}`,
      });
    }
  }
  const wrong = (figure: Figure) =>
    figure.truth === 'wrong-value' || figure.truth === 'wrong-period';
  const count = (test: (figure: Figure) => boolean) => figures.filter(test).length;
  const seed = (figure: Figure) => figure.file.startsWith('00-');
  return {
    figures,
    summary: {
      mode,
      trueTotal: count((f) => f.truth === 'true'),
      wrongTotal: count(wrong),
      trueBacked: count((f) => f.truth === 'true' && f.backed),
      wrongFlagged: count((f) => wrong(f) && f.flagged),
      wrongBacked: count((f) => wrong(f) && f.backed),
      trueFlagged: count((f) => f.truth === 'true' && f.flagged),
      seedWrong: count((f) => seed(f) && wrong(f)),
      seedWrongFlagged: count((f) => seed(f) && wrong(f) && f.flagged),
      missed: count((f) => f.truth !== 'unknown' && !f.found),
    },
  };
}

/** A figure the reader is misled on or left without a verdict. */
export function isMiss(f: Figure): boolean {
  if (f.truth === 'true') return !f.backed || f.flagged;
  if (f.truth === 'unknown') return false;
  return !f.flagged || f.backed;
}

const percent = (part: number, whole: number) =>
  whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`;

export function summaryLine(s: Summary): string {
  return (
    `${s.mode}: true backed ${s.trueBacked}/${s.trueTotal} (${percent(s.trueBacked, s.trueTotal)}), ` +
    `wrong flagged ${s.wrongFlagged}/${s.wrongTotal} (${percent(s.wrongFlagged, s.wrongTotal)}), ` +
    `wrong falsely backed ${s.wrongBacked}/${s.wrongTotal} (${percent(s.wrongBacked, s.wrongTotal)}), ` +
    `true falsely flagged ${s.trueFlagged}/${s.trueTotal} (${percent(s.trueFlagged, s.trueTotal)}); ` +
    `seed wrong flagged ${s.seedWrongFlagged}/${s.seedWrong}; not extracted ${s.missed}`
  );
}

if (process.argv[1]?.endsWith('truth-check.ts')) {
  const misses = process.argv.includes('--misses');
  const verbose = misses || process.argv.includes('--figures');
  // --starter: what the bundled pack backs out of the box (issue 12), instead of store-dev.json.
  const records = process.argv.includes('--starter') ? readStarterPack().records : devStore();
  for (const mode of ['engine', 'oracle'] as const) {
    const { summary, figures } = truthCheck(mode, records);
    if (verbose)
      for (const f of figures)
        if (f.truth !== 'unknown' && (!misses || isMiss(f)))
          console.log(
            `${mode} ${f.file.slice(0, 2)} ${f.truth.padEnd(12)} ${f.backed ? 'B' : '-'}${f.flagged ? 'F' : '-'} ${f.text.padEnd(14)} ${f.reason}` +
              (misses ? `\n    claim: ${f.frame}\n    gold:  ${f.gold}` : ''),
          );
    console.log(summaryLine(summary));
  }
}
