// Held-out scoring of extraction output against hand-labelled gold files.
// Same metric definitions as the shared evaluator (shared/eval/score.mjs), written independently:
//   - predicted and gold spans are paired one-to-one, greedily, largest character overlap first;
//   - statistics / sources: precision, recall and F1 over those pairs (micro-averaged);
//   - value: share of paired statistics whose value (relative tolerance 1e-6) and unit both match;
//   - attribution: share of paired statistics whose source agrees (both null, or one normalised
//     name contains the other).

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface GoldStatistic extends Span {
  value: number;
  unit: string;
  source: string | null;
}

export interface GoldFile {
  article: string;
  sources: Span[];
  statistics: GoldStatistic[];
}

/** The fields of a predicted claim that scoring looks at. */
export interface PredictedClaim extends Span {
  kind: string;
  value?: unknown;
  unit?: unknown;
  source?: string | null;
}

export interface Counts {
  predicted: number;
  gold: number;
  matched: number;
}

export interface ArticleScore {
  article: string;
  statistics: Counts;
  sources: Counts;
  valueCorrect: number;
  attributionCorrect: number;
  missedStatistics: GoldStatistic[];
  spuriousStatistics: PredictedClaim[];
  missedSources: Span[];
  spuriousSources: PredictedClaim[];
  /** Paired statistics whose value/unit or attribution disagree with gold. */
  wrongValue: Array<[PredictedClaim, GoldStatistic]>;
  wrongAttribution: Array<[PredictedClaim, GoldStatistic]>;
}

export interface Summary {
  statistics: { precision: number; recall: number; f1: number };
  sources: { precision: number; recall: number; f1: number };
  value: number;
  attribution: number;
}

function overlap(a: Span, b: Span): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/** Greedy one-to-one pairing: every overlapping (pred, gold) couple, biggest overlap first. */
export function pairSpans<P extends Span, G extends Span>(pred: P[], gold: G[]): Array<[P, G]> {
  const candidates: Array<{ size: number; p: P; g: G }> = [];
  for (const p of pred) {
    for (const g of gold) {
      const size = overlap(p, g);
      if (size > 0) candidates.push({ size, p, g });
    }
  }
  // Array.prototype.sort is stable, so ties keep (pred, gold) order.
  candidates.sort((x, y) => y.size - x.size);
  const takenP = new Set<P>();
  const takenG = new Set<G>();
  const pairs: Array<[P, G]> = [];
  for (const { p, g } of candidates) {
    if (takenP.has(p) || takenG.has(g)) continue;
    takenP.add(p);
    takenG.add(g);
    pairs.push([p, g]);
  }
  return pairs;
}

function normaliseName(name: string | null | undefined): string {
  return (name ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function sourcesAgree(
  predicted: string | null | undefined,
  gold: string | null | undefined,
): boolean {
  if (!predicted && !gold) return true;
  if (!predicted || !gold) return false;
  const a = normaliseName(predicted);
  const b = normaliseName(gold);
  if (!a || !b) return false;
  return a.includes(b) || b.includes(a);
}

export function valuesAgree(predicted: PredictedClaim, gold: GoldStatistic): boolean {
  if (typeof predicted.value !== 'number') return false;
  const tolerance = 1e-6 * Math.max(1, Math.abs(gold.value));
  return Math.abs(predicted.value - gold.value) <= tolerance && predicted.unit === gold.unit;
}

export function scoreArticle(claims: PredictedClaim[], gold: GoldFile): ArticleScore {
  const predStats = claims.filter((c) => c.kind === 'statistic');
  const predSources = claims.filter((c) => c.kind === 'source');
  const statPairs = pairSpans(predStats, gold.statistics);
  const sourcePairs = pairSpans(predSources, gold.sources);

  const pairedPred = new Set<PredictedClaim>(statPairs.map(([p]) => p));
  const pairedGold = new Set<GoldStatistic>(statPairs.map(([, g]) => g));
  const pairedPredSrc = new Set<PredictedClaim>(sourcePairs.map(([p]) => p));
  const pairedGoldSrc = new Set<Span>(sourcePairs.map(([, g]) => g));

  const wrongValue = statPairs.filter(([p, g]) => !valuesAgree(p, g));
  const wrongAttribution = statPairs.filter(([p, g]) => !sourcesAgree(p.source, g.source));

  return {
    article: gold.article,
    statistics: {
      predicted: predStats.length,
      gold: gold.statistics.length,
      matched: statPairs.length,
    },
    sources: {
      predicted: predSources.length,
      gold: gold.sources.length,
      matched: sourcePairs.length,
    },
    valueCorrect: statPairs.length - wrongValue.length,
    attributionCorrect: statPairs.length - wrongAttribution.length,
    missedStatistics: gold.statistics.filter((g) => !pairedGold.has(g)),
    spuriousStatistics: predStats.filter((p) => !pairedPred.has(p)),
    missedSources: gold.sources.filter((g) => !pairedGoldSrc.has(g)),
    spuriousSources: predSources.filter((p) => !pairedPredSrc.has(p)),
    wrongValue,
    wrongAttribution,
  };
}

function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.predicted ? c.matched / c.predicted : 0;
  const recall = c.gold ? c.matched / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Micro-averaged totals over all articles. */
export function summarise(scores: ArticleScore[]): Summary {
  const add = (pick: (s: ArticleScore) => Counts): Counts =>
    scores.reduce(
      (acc, s) => ({
        predicted: acc.predicted + pick(s).predicted,
        gold: acc.gold + pick(s).gold,
        matched: acc.matched + pick(s).matched,
      }),
      { predicted: 0, gold: 0, matched: 0 },
    );
  const stats = add((s) => s.statistics);
  const sources = add((s) => s.sources);
  const valueCorrect = scores.reduce((n, s) => n + s.valueCorrect, 0);
  const attributionCorrect = scores.reduce((n, s) => n + s.attributionCorrect, 0);
  return {
    statistics: prf(stats),
    sources: prf(sources),
    value: stats.matched ? valueCorrect / stats.matched : 0,
    attribution: stats.matched ? attributionCorrect / stats.matched : 0,
  };
}

export function formatSummary(s: Summary, label = 'held-out'): string {
  const f = (x: number): string => x.toFixed(3);
  return (
    `${label}: statistics F1 ${f(s.statistics.f1)} | sources F1 ${f(s.sources.f1)}` +
    ` | value ${f(s.value)} | attribution ${f(s.attribution)}`
  );
}

/** Human-readable per-article list of what the engine missed or invented. */
export function formatDetails(scores: ArticleScore[]): string {
  const q = (s: { text: string }): string => JSON.stringify(s.text);
  const lines: string[] = [];
  for (const s of scores) {
    const st = prf(s.statistics);
    const so = prf(s.sources);
    lines.push(
      `${s.article}: stat P ${st.precision.toFixed(2)} R ${st.recall.toFixed(2)}` +
        ` | src P ${so.precision.toFixed(2)} R ${so.recall.toFixed(2)}`,
    );
    const list = (name: string, items: string[]): void => {
      if (items.length) lines.push(`    ${name}: ${items.join(' · ')}`);
    };
    list('missed stats', s.missedStatistics.map(q));
    list('spurious stats', s.spuriousStatistics.map(q));
    list('missed sources', s.missedSources.map(q));
    list('spurious sources', s.spuriousSources.map(q));
    list(
      'wrong value',
      s.wrongValue.map(
        ([p, g]) => `${q(p)} ${String(p.value)} ${String(p.unit)} (gold ${g.value} ${g.unit})`,
      ),
    );
    list(
      'wrong attribution',
      s.wrongAttribution.map(
        ([p, g]) =>
          `${q(p)} → ${JSON.stringify(p.source ?? null)} (gold ${JSON.stringify(g.source)})`,
      ),
    );
  }
  return lines.join('\n');
}
