// From the dimensions of each candidate citation to one statistic's verdict: which citations
// back it, which conflict and of what kind, and the distinct publishers the UI shows, so nothing
// downstream recounts.
//
// - Support: same unit, a value within the hedge, compatible measure, subject as index.ts
//   selects it, and a period that is the same or unknown on either side.
// - Conflict of kind `period`: the same figure (at the claim's precision) reported for another
//   time. Dropped
//   when a citation backs the figure for the claim's own period (a company can cut 10% twice).
// - Conflict of kind `value`: same subject, same known measure, same period at the same grain
//   (a year's 9% is not contradicted by its fourth quarter's 52%; announced events at any grain),
//   another figure on which the
//   store agrees with itself, or figures all far from the claim's; only while nothing backs the figure (a backed "revenue up 13%" is
//   not contradicted by the same quarter's "ad revenue up 11%").
// - Conflict of kind `value` for a figure of no known measure: SCALE_FACTOR times or more its
//   subject's largest figure for the same time (a slipped decimal; see outOfScale).
// - Figures for other periods are neither. With either period unknown, the rule before periods
//   applies: a differing figure counts while nothing backs the claim, or near a dated support.
// - A citation rated by a fact-checker backs only with a positive rating; otherwise it conflicts.
// - One URL is one citation: support wins over conflict, and repeats of a URL are dropped.
import type { Assessment, CitationRef, Conflict, ConflictKind, Unit } from '../claim';
import type { CitationRecord } from '../citations/record';
import {
  ANNOUNCED_MEASURES,
  periodAgreement,
  sameGrain,
  type Agreement,
  type Span,
} from './dimensions';
import { roundingStep, valueBacks } from './value';
import type { Hedge } from '../claim';

export interface Entry {
  record: CitationRecord;
  // The record's figure, measure and day, copied beside the keys: matching reads these for every
  // candidate, and one object read is much cheaper than two (see CitationIndex's constructor).
  value: number;
  unit: Unit;
  measure: string | null;
  /**
   * For an end of a report's range: the other end, and whether this is the end the record keeps
   * (the other is an entry of its own; see CitationIndex). Null for a lone figure.
   */
  range: { otherEnd: number; kept: boolean } | null;
  /** Day number of `published` (days since 1970), or null. */
  day: number | null;
  publisherKey: string;
  publisherName: string;
  subjectKey: string | null;
  /** The record's period, parsed once (null: nothing places it). */
  span: Span | null;
}

export interface Supporting {
  entry: Entry;
  period: Agreement;
}

export interface ConflictEntry {
  entry: Entry;
  /** undefined: neither period known, judged by the rule before periods. */
  kind: ConflictKind | undefined;
}

export interface StatisticMatch {
  support: Supporting[];
  conflicts: ConflictEntry[];
  /** Citations that would back the figure but come from the page's own publisher. */
  ownSupport: Entry[];
}

/** What matching needs to know of the claim, with its period possibly moved (see index.ts). */
export interface ClaimFrame {
  value: number;
  hedge: Hedge | null;
  /** Normalised measure, or null. */
  measure: string | null;
  /** Subject key, or null. */
  subject: string | null;
  span: Span | null;
  /** The other end of the page's range the figure is one end of, or null. */
  rangeEnd: number | null;
}

const CONFLICT_WINDOW_DAYS = 120;
// Ratings that endorse the claim reviewed; matched case-insensitively against the whole rating.
const POSITIVE_RATING =
  /^(?:true|correct|accurate|mostly true|mostly correct|verified|supported)$/i;

/**
 * "The same figure" for another time: equal at the precision the claim is written in, whatever
 * its hedge (14.5–15.5 for "approximately 15%"), since a near figure for another time is
 * only a coincidence (a company's revenue grows 30% one year and 30.5% another).
 */
function sameFigure(claimValue: number, citedValue: number): boolean {
  return (
    Math.abs(claimValue - citedValue) <= roundingStep(claimValue) + 1e-9 * Math.abs(claimValue)
  );
}

/**
 * A range on the page is compared with a report's range of the same other end only, and a lone
 * figure with the report's own value as before: a lone 13% growth is not the top of someone's
 * 8%–13% forecast, nor that forecast's end a quarter's growth.
 */
function comparable(rangeEnd: number | null, range: Entry['range']): boolean {
  if (rangeEnd === null) return range === null || range.kept;
  return range !== null && valueBacks(rangeEnd, null, range.otherEnd);
}

export const isRatedAgainst = (record: CitationRecord): boolean =>
  record.rating !== null && !POSITIVE_RATING.test(record.rating.trim());

/**
 * Sorts each candidate (already of the claim's unit, subject and a compatible measure) into
 * support, conflict or neither. `own` says whether a candidate is the page's own publisher's.
 */
export function classify(
  claim: ClaimFrame,
  candidates: readonly Entry[],
  own: (entry: Entry) => boolean,
  { anyOtherValue = false }: { anyOtherValue?: boolean } = {},
): StatisticMatch {
  const support: Supporting[] = [];
  const ownSupport: Entry[] = [];
  const rated: Entry[] = [];
  const otherTime: Entry[] = [];
  const otherValue: Entry[] = [];
  const undated: Entry[] = [];
  // A figure of no known measure is still placed against its subject's figures for its time.
  const sameTime: Entry[] = [];
  const announced = claim.measure !== null && ANNOUNCED_MEASURES.has(claim.measure);
  for (const entry of candidates) {
    if (!comparable(claim.rangeEnd, entry.range)) continue;
    const { record } = entry;
    const isOwn = own(entry);
    const backs = valueBacks(claim.value, claim.hedge, entry.value);
    if (!backs && !isOwn && claim.subject !== null && claim.measure === null) {
      if (
        claim.span &&
        entry.span &&
        sameGrain(claim.span, entry.span) &&
        periodAgreement(claim.span, entry.span, entry.measure) === 'same'
      )
        sameTime.push(entry);
      continue;
    }
    // Only a backing figure or another figure of the claim's measure needs the period.
    if (
      !backs &&
      (isOwn || claim.subject === null || entry.measure !== claim.measure || claim.measure === null)
    )
      continue;
    const period = periodAgreement(claim.span, entry.span, claim.measure ?? entry.measure);
    if (backs) {
      if (isRatedAgainst(record)) {
        if (!isOwn) rated.push(entry);
      } else if (period === 'different') {
        if (!isOwn && claim.subject !== null && sameFigure(claim.value, entry.value))
          otherTime.push(entry);
      } else if (isOwn) ownSupport.push(entry);
      else support.push({ entry, period });
    } else {
      // An announced event is one event whatever the grain each side dates it at (a cut "in
      // January", a share move on the 27th); sums over time compare only at one grain.
      if (
        period === 'same' &&
        claim.span &&
        entry.span &&
        (announced || sameGrain(claim.span, entry.span))
      )
        otherValue.push(entry);
      else if (period === 'unknown') undated.push(entry);
    }
  }
  const backed = distinctUrls(support.sort((a, b) => byDateDescending(a.entry, b.entry)));
  const backedUrls = new Set(backed.map(({ entry }) => entry.record.url).filter(Boolean));
  const forItsTime = backed.some(({ period }) => period === 'same');
  const conflicts: ConflictEntry[] = [
    ...rated.map((entry) => ({ entry, kind: undefined })),
    ...(forItsTime ? [] : otherTime.map((entry) => ({ entry, kind: 'period' as const }))),
    ...(backed.length > 0 ||
    !(anyOtherValue || agree(otherValue) || beyond(claim.value, otherValue))
      ? []
      : otherValue.map((entry) => ({ entry, kind: 'value' as const }))),
    ...(backed.length > 0 ? [] : outOfScale(claim.value, sameTime)),
    ...inWindow(
      undated,
      backed.map(({ entry }) => entry),
    ).map((entry) => ({ entry, kind: undefined })),
  ].filter(({ entry }) => entry.record.url === null || !backedUrls.has(entry.record.url));
  conflicts.sort((a, b) => byDateDescending(a.entry, b.entry));
  return { support: backed, ownSupport, conflicts: distinctConflicts(conflicts) };
}

/**
 * Whether the store's other figures for the claim's time agree with each other. When they do not
 * (a quarter's 14% revenue growth and its 7% forecast, both "revenue"), the store measures finer
 * than the vocabulary tells apart, and none of them is the figure to set against the claim.
 */
function agree(entries: readonly Entry[]): boolean {
  const [first, ...rest] = entries;
  if (first === undefined) return false;
  return rest.every((entry) => valueBacks(first.value, null, entry.value));
}

/**
 * Whether a figure lies beyond all of the store's figures for its time by more than a factor of
 * two: whichever of them it means, it is not that (a revenue ten times every reported line).
 */
function beyond(value: number, entries: readonly Entry[]): boolean {
  const values = entries.map((entry) => entry.value);
  if (value <= 0 || values.length === 0 || values.some((v) => v <= 0)) return false;
  return value > 2 * Math.max(...values) || value < Math.min(...values) / 2;
}

/** How many times its subject's largest figure for its time a figure must be to be impossible. */
const SCALE_FACTOR = 5;

/**
 * A figure of no known measure beyond every figure its subject reported for its time, by
 * SCALE_FACTOR or more ("$853 billion" in a quarter whose largest reported line is $86 billion):
 * whatever it measures, it is not that, most likely a slipped decimal. The largest figure is the
 * conflict to show.
 */
function outOfScale(value: number, entries: readonly Entry[]): ConflictEntry[] {
  if (value <= 0 || entries.length === 0 || entries.some((e) => e.value <= 0)) return [];
  const largest = entries.reduce((a, b) => (b.value > a.value ? b : a));
  return value >= SCALE_FACTOR * largest.value ? [{ entry: largest, kind: 'value' }] : [];
}

/** Newest first; undated last. */
export function byDateDescending(a: Entry, b: Entry): number {
  return (b.day ?? -Infinity) - (a.day ?? -Infinity) || 0;
}

/** One line per URL: a page that gave several figures is still one citation. */
export function distinctUrls<T extends { entry: Entry }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter(({ entry }) => {
    const { url } = entry.record;
    if (url === null) return true;
    if (seen.has(url)) return false;
    seen.add(url);
    return true;
  });
}

/** One conflict per URL, and per publisher and value: a tracker lists one event once per office. */
function distinctConflicts(conflicts: readonly ConflictEntry[]): ConflictEntry[] {
  const seen = new Set<string>();
  return distinctUrls(conflicts).filter(({ entry, kind }) => {
    const key = `${entry.publisherKey}|${entry.value}|${entry.unit}|${entry.record.rating}|${kind}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Which figures of unknown period count as conflicts. Without support, all of them: "a tracker
 * lists 700" is the warning an unverifiable figure needs. With support, only dated figures near a
 * dated supporting citation: a company's user count or layoffs a year apart are two events.
 */
function inWindow(conflicts: Entry[], support: readonly Entry[]): Entry[] {
  if (support.length === 0) return conflicts;
  const anchors = support.flatMap((entry) => (entry.day === null ? [] : [entry.day]));
  return conflicts.filter((entry) => {
    const { day } = entry;
    return day !== null && anchors.some((anchor) => Math.abs(anchor - day) <= CONFLICT_WINDOW_DAYS);
  });
}

export function toRef(entry: Entry): CitationRef {
  const { record } = entry;
  const ref: CitationRef = {
    publisher: record.publisher,
    url: record.url,
    published: record.published,
    claim: record.claim,
    period: entry.span?.label ?? null,
  };
  if (record.rating !== null) ref.rating = record.rating;
  return ref;
}

/** A conflict line: its citation line with the figure (assigned, not spread: spreads are slow). */
export function toConflict({ entry, kind }: ConflictEntry): Conflict {
  const conflict: Conflict = Object.assign(toRef(entry), { value: entry.value, unit: entry.unit });
  if (kind !== undefined) conflict.kind = kind;
  return conflict;
}

/** Distinct publishers' display names, in order of first appearance. */
export function distinctNames(entries: readonly Entry[]): string[] {
  const byKey = new Map<string, string>();
  for (const entry of entries)
    if (!byKey.has(entry.publisherKey)) byKey.set(entry.publisherKey, entry.publisherName);
  return [...byKey.values()];
}

export function verdictOf(publisherCount: number): Assessment['verdict'] {
  return publisherCount >= 2
    ? 'corroborated'
    : publisherCount === 1
      ? 'single-sourced'
      : 'unverifiable';
}
