// What a statistic is about (subject entity) and what it measures, for matching against citations.

import type { NameChunk } from './names';
import type { SourceMention } from './named-source';

// Keywords of each measure; the one nearest the figure decides.
const MEASURES: Array<[RegExp, string]> = [
  [/\b(?:workforce|staff|headcount|employees|workers|jobs|positions|roles|people)\b/i, 'workforce'],
  [/\b(?:lay(?:ing)? off|laid off|layoffs?|job cuts|cuts?|eliminat\w+|redundanc\w+)\b/i, 'layoffs'],
  [/\b(?:revenue|sales|turnover)\b/i, 'revenue'],
  [/\b(?:net income|profit|earnings|loss|EPS|earnings per share)\b/i, 'earnings'],
  [/\b(?:users|subscribers|members|customers|accounts|audience)\b/i, 'users'],
  [/\b(?:funding|raised|raise|investment|round)\b/i, 'funding'],
  [/\b(?:valuation|valued|market cap\w*)\b/i, 'valuation'],
  [/\b(?:shares|stock|share price)\b/i, 'share price'],
  [/\b(?:budget|spending|costs?|shortfall|deficit)\b/i, 'spending'],
  [/\b(?:time spent|session|dwell time|engagement)\b/i, 'engagement'],
  [/\b(?:hiring|hires|hired)\b/i, 'hiring'],
];

const SECTOR =
  /\b(?:the\s+)?(?:tech(?:nology)?|media|retail|banking|financial|auto|gaming) (?:sector|industry)\b/i;

/** What the figure measures ("workforce", "revenue", "users"), or null. */
export function measureOf(
  text: string,
  clauseStart: number,
  clauseEnd: number,
  start: number,
  end: number,
): string | null {
  const after = text.slice(end, Math.min(clauseEnd, end + 50));
  const before = text.slice(Math.max(clauseStart, start - 50), start);
  // The nearest keyword wins: first after the figure, else last before it.
  let pick: { at: number; measure: string } | null = null;
  for (const [re, measure] of MEASURES) {
    const at = after.search(re);
    if (at >= 0 && (!pick || at < pick.at)) pick = { at, measure };
  }
  if (pick) return pick.measure;
  for (const [re, measure] of MEASURES) {
    const global = new RegExp(re.source, 'gi');
    for (let m = global.exec(before); m; m = global.exec(before)) {
      const at = before.length - m.index;
      if (!pick || at < pick.at) pick = { at, measure };
    }
  }
  return pick?.measure ?? null;
}

/**
 * The entity a figure is about: the nearest name before it in its sentence that is not merely
 * who reported the figure, else a sector phrase, else `fallback`.
 */
export function subjectOf(
  text: string,
  sentenceStart: number,
  statStart: number,
  chunks: NameChunk[],
  sources: SourceMention[],
  fallback: string | null,
): string | null {
  // Outlets, documents and people quoted report on the subject; they are not it.
  const reporters = new Set(
    sources.filter((m) => m.span && (m.role !== 'speaker' || m.person)).map((m) => m.start),
  );
  let best: NameChunk | null = null;
  for (const c of chunks) {
    if (c.end > statStart) break;
    if (!reporters.has(c.start)) best = c;
  }
  if (best) return best.text;
  const sector = SECTOR.exec(text.slice(sentenceStart, statStart));
  return sector ? sector[0] : fallback;
}
