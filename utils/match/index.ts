// Claims × citations → verdicts. Build a CitationIndex once per store state; `assess` then only
// touches the index entries of each claim's subject or value bucket, so 200 claims against
// 100,000 citations stay within the 20 ms budget (DESIGN.md).
//
// This file selects the candidates of each claim and puts the page together; verdict.ts decides
// support and conflicts on the dimensions of dimensions.ts, and reason.ts words the result.
// - Candidates: same unit, no clashing measure, the same subject key. A statistic without a
//   subject borrows the page's subjects (the other statistics' subjects); a citation without a
//   subject backs only a subject-less claim, and only when both name the same measure.
// - corroborated = 2+ distinct publisher keys back it, single-sourced = 1, unverifiable = 0.
//   The page's own publisher never counts, for support or conflict.
// - One event, one time: figures of a page with the same subject, measure and period describe
//   one event. When the store places one of them at another time (the same figure, reported for
//   another period), the others are checked at that time too, so "15%, nearly 400 employees"
//   misdated together are flagged together.
// - A source mention S is judged on the statistics attributed to it (statistic.source is S):
//   only S's own citations backing those figures count, so it is single-sourced at most. A
//   mention no statistic cites says nothing: S being in the store about something else is no
//   evidence for this page.
import type {
  AnnotatedClaim,
  Assessment,
  ExtractedClaim,
  ExtractedStatistic,
  Unit,
} from '../claim';
import type { CitationRecord } from '../citations/record';
import { parsePeriod } from '../period/parse';
import { formatValue } from '../format-value';
import {
  ANNOUNCED_MEASURES,
  claimSpan,
  periodAgreement,
  recordSpan,
  type Span,
} from './dimensions';
import { normaliseMeasure, measuresCompatible, reportedMeasure } from './measure';
import { hostOf, publisherKey, publisherName } from './publisher';
import {
  ownPublisherReason,
  sourceReason,
  statisticReason,
  unattributedReason,
  type StatisticFindings,
} from './reason';
import { subjectKey } from './subject';
import { fiscalYearEnd } from '../vocab/companies';
import { growthTo, rangeOtherEnd } from './report-figures';
import { searchRange } from './value';
import {
  byDateDescending,
  classify,
  distinctNames,
  distinctUrls,
  isRatedAgainst,
  toConflict,
  toRef,
  verdictOf,
  type ClaimFrame,
  type ConflictEntry,
  type Entry,
  type StatisticMatch,
} from './verdict';

export { warns } from './reason';

export interface AssessOptions {
  /** The article's URL: its outlet is the page's own publisher. */
  pageUrl?: string | null;
  /**
   * Subjects the page named in text assessed earlier (a long page arrives in batches): with them a
   * subject-less table cell is judged the same whichever batch it arrives in.
   */
  pageSubjects?: readonly string[];
  /** The article's publisher by name (og:site_name), when known. */
  pagePublisher?: string | null;
  /** The article's publication date (YYYY-MM-DD), when known: stale figures are told against it. */
  pagePublished?: string | null;
}

interface MatchedStatistic {
  claim: ExtractedStatistic;
  frame: ClaimFrame;
  match: StatisticMatch;
  /** The period the page's event was moved to by a sibling figure (see the top of the file). */
  eventPeriod: string | null;
  /** Publisher key of `claim.source`, computed once per page rather than once per mention. */
  sourceKey: string | null;
}

interface PageContext {
  ownKeys: Set<string>;
  subjects: Set<string>;
  /** Day number of the publication date, or null. */
  published: number | null;
}

const DAY_MS = 86_400_000;
/** A figure with no time of its own is stale when its newest backing is older than this. */
const STALE_DAYS = 365;
// Log-scale buckets, 8 per doubling (about 9% wide): a value range of ±25% spans a few buckets.
const BUCKETS_PER_DOUBLING = 8;

function bucketKey(unit: Unit, value: number): string {
  if (value === 0) return `${unit}|0`;
  const bucket = Math.floor(Math.log2(Math.abs(value)) * BUCKETS_PER_DOUBLING);
  return `${unit}|${value < 0 ? '-' : '+'}${bucket}`;
}

/** The bucket keys a range of values falls in. Ranges are relative to a value, so never span 0. */
function bucketKeys(unit: Unit, lo: number, hi: number): string[] {
  if (lo <= 0 && hi >= 0) return [`${unit}|0`];
  const sign = lo > 0 ? '+' : '-';
  const [from, to] = lo > 0 ? [lo, hi] : [-hi, -lo];
  const keys: string[] = [];
  const last = Math.floor(Math.log2(to) * BUCKETS_PER_DOUBLING);
  for (let bucket = Math.floor(Math.log2(from) * BUCKETS_PER_DOUBLING); bucket <= last; bucket++)
    keys.push(`${unit}|${sign}${bucket}`);
  return keys;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Names remembered beyond the store's own: pages bring new ones, so the memory is bounded. */
const NAMES_HELD = 200_000;

function remember<V>(map: Map<string, V>, key: string, value: V): void {
  if (map.size >= NAMES_HELD) map.clear();
  map.set(key, value);
}

const dayOf = (iso: string) => Math.floor(Date.parse(iso) / DAY_MS);

/**
 * The claim's period as matching uses it. A figure with no time phrase of its own (a period
 * defaulted to the publication month, or the article's quarter for a figure of no known
 * measure) is placed only when it is announced then: "has 482
 * million users" is the latest figure, told stale or not against its backing's period instead. A
 * fiscal period whose dates extraction did not know gets them from the company's fiscal year.
 */
function frameSpan(claim: ExtractedStatistic, measure: string | null): Span | null {
  const { period } = claim;
  if (!period) return null;
  if (period.how === 'defaulted' && (measure === null || !ANNOUNCED_MEASURES.has(measure)))
    return null;
  // The article's quarter, given to a figure of no known measure for want of a time of its own
  // (a deal, a stake), is a guess too weak to call a report of another time a mismatch.
  if (claim.trace?.period === 'reported' && measure === null) return null;
  if (period.fiscal && (period.start === null || period.end === null)) {
    const label = period.fiscal.replace(' ', '-');
    const span = parsePeriod(label, claim.subject === null ? null : fiscalYearEnd(claim.subject));
    if (span?.start && span.end) return claimSpan({ ...period, start: span.start, end: span.end });
  }
  return claimSpan(period);
}

export class CitationIndex {
  /** Citations without a subject, by unit and value bucket: their value is the only way in. */
  private readonly unsubjectedByBucket = new Map<string, Entry[]>();
  private readonly bySubject = new Map<string, Entry[]>();
  /** See `subjectBuckets`. */
  private readonly bucketsBySubject = new Map<string, Map<string, Entry[]>>();
  // Normalising a name runs a dozen patterns and vocabulary look-ups, and the same outlets and
  // companies come back in record after record and page after page: each is worked out once.
  private readonly publishers = new Map<string, { key: string; name: string }>();
  private readonly subjectKeys = new Map<string, string | null>();
  readonly size: number;

  constructor(records: Iterable<CitationRecord>) {
    let size = 0;
    // Fiscal calendars repeat across records (one company, many citations).
    const fiscal = new Map<string, number | null>();
    // Records by subject first, so each subject's entries are made one after another: a claim
    // scans its subject's list, and entries side by side in memory are read several times faster
    // than entries scattered over a 100,000-record store.
    const grouped = new Map<string | null, CitationRecord[]>();
    for (const record of records) {
      size++;
      // A citation without a figure backs and contradicts nothing.
      if (record.value === null || record.unit === null) continue;
      const key = this.subjectKeyOf(record.subject);
      if (record.subject !== null && !fiscal.has(record.subject))
        fiscal.set(record.subject, fiscalYearEnd(record.subject));
      push(grouped, key, record);
    }
    for (const [key, group] of grouped) {
      for (const record of group) {
        const publisher = this.publisherOf(record.publisher);
        const value = record.value ?? 0;
        const unit = record.unit ?? 'count';
        const entry: Entry = {
          record,
          value,
          unit,
          measure: reportedMeasure(record.measure, record.claim, unit, value),
          range: null,
          day: record.published === null ? null : dayOf(record.published),
          publisherKey: publisher.key,
          publisherName: publisher.name,
          subjectKey: key,
          span: recordSpan(
            record,
            record.subject === null ? null : (fiscal.get(record.subject) ?? null),
          ),
        };
        // The report's other figures (utils/match/report-figures.ts): a range's other end and
        // the growth rate to the level it keeps, each an entry of the same citation.
        const entries = [entry];
        const otherEnd = rangeOtherEnd(record.claim, value);
        if (otherEnd !== null) {
          entry.range = { otherEnd, kept: true };
          entries.push({ ...entry, value: otherEnd, range: { otherEnd: value, kept: false } });
        }
        const growth = growthTo(record.claim, unit, value);
        if (growth !== null)
          entries.push({ ...entry, value: growth, unit: 'percent', range: null });
        for (const each of entries) {
          if (key !== null) push(this.bySubject, key, each);
          else push(this.unsubjectedByBucket, bucketKey(each.unit, each.value), each);
        }
      }
    }
    this.size = size;
  }

  /** A publisher's key and display name (see `publishers`). */
  private publisherOf(publisher: string): { key: string; name: string } {
    let known = this.publishers.get(publisher);
    if (known === undefined) {
      known = { key: publisherKey(publisher), name: publisherName(publisher) };
      remember(this.publishers, publisher, known);
    }
    return known;
  }

  /** A subject's key (see `subjectKeys`). */
  private subjectKeyOf(subject: string | null): string | null {
    if (subject === null) return null;
    let key = this.subjectKeys.get(subject);
    if (key === undefined) {
      key = subjectKey(subject);
      remember(this.subjectKeys, subject, key);
    }
    return key;
  }

  assess(claims: readonly ExtractedClaim[], options: AssessOptions = {}): AnnotatedClaim[] {
    const page = this.pageContext(claims, options);
    const statistics: MatchedStatistic[] = claims
      .filter((claim): claim is ExtractedStatistic => claim.kind === 'statistic')
      .map((claim) => {
        const measure = normaliseMeasure(claim.measure);
        const subject = this.subjectKeyOf(claim.subject);
        const frame: ClaimFrame = {
          value: claim.value,
          hedge: claim.hedge,
          measure,
          subject,
          span: frameSpan(claim, measure),
          rangeEnd: claim.rangeEnd ?? null,
        };
        return {
          claim,
          frame,
          match: this.matchStatistic(claim, frame, page),
          eventPeriod: null,
          sourceKey: claim.source === null ? null : this.publisherOf(claim.source).key,
        };
      });
    this.moveEvents(statistics, page);
    const assessments = new Map<ExtractedClaim, Assessment>();
    for (const statistic of statistics)
      assessments.set(statistic.claim, this.statisticAssessment(statistic, page));
    // Each named source looks up the figures attributed to it: grouped once, a long page's
    // sources do not each scan all its figures.
    const bySource = new Map<string, StatisticMatch[]>();
    for (const { sourceKey, match } of statistics)
      if (sourceKey !== null) push(bySource, sourceKey, match);
    return claims.map((claim, index) => {
      const { verdict, citations, conflicts, reason } =
        assessments.get(claim) ?? this.sourceAssessment(claim.text, bySource, page);
      // Object.assign, not a spread: spreading claims of mixed shapes fell to V8's slow path,
      // about 25 µs a claim, a quarter of all matching time (measured in Node 20).
      return Object.assign({}, claim, {
        id: `c${index + 1}`,
        verdict,
        citations,
        conflicts,
        reason,
      });
    });
  }

  private pageContext(claims: readonly ExtractedClaim[], options: AssessOptions): PageContext {
    const ownKeys = new Set<string>();
    if (options.pageUrl && hostOf(options.pageUrl) !== null)
      ownKeys.add(publisherKey(options.pageUrl));
    if (options.pagePublisher && options.pagePublisher.trim() !== '')
      ownKeys.add(publisherKey(options.pagePublisher));
    const subjects = new Set<string>();
    for (const subject of options.pageSubjects ?? []) {
      const key = subjectKey(subject);
      if (key !== null) subjects.add(key);
    }
    for (const claim of claims) {
      const key = claim.kind === 'statistic' ? this.subjectKeyOf(claim.subject) : null;
      if (key !== null) subjects.add(key);
    }
    const published = options.pagePublished ? dayOf(options.pagePublished) : null;
    return {
      ownKeys,
      subjects,
      published: published !== null && Number.isFinite(published) ? published : null,
    };
  }

  /**
   * The index lists to scan: the subject's; for a claim without one, the value's buckets among
   * the page's subjects' citations and among the subject-less citations.
   */
  private candidateLists(
    claim: ExtractedStatistic,
    frame: ClaimFrame,
    page: PageContext,
  ): Entry[][] {
    if (frame.subject !== null) return [this.bySubject.get(frame.subject) ?? []];
    const { lo, hi } = searchRange(claim.value, claim.hedge);
    const lists: Entry[][] = [];
    for (const key of bucketKeys(claim.unit, Math.min(lo, hi), Math.max(lo, hi))) {
      for (const subject of page.subjects) {
        const list = this.subjectBuckets(subject).get(key);
        if (list) lists.push(list);
      }
      const unsubjected = this.unsubjectedByBucket.get(key);
      if (unsubjected) lists.push(unsubjected);
    }
    return lists;
  }

  /**
   * A subject's citations by value bucket, made the first time a claim without a subject needs
   * them and kept with the index: a page names the same companies batch after batch, and
   * bucketing them again for every page was the slowest part of matching.
   */
  private subjectBuckets(subject: string): Map<string, Entry[]> {
    let buckets = this.bucketsBySubject.get(subject);
    if (buckets === undefined) {
      buckets = new Map();
      for (const entry of this.bySubject.get(subject) ?? []) {
        push(buckets, bucketKey(entry.unit, entry.value), entry);
      }
      this.bucketsBySubject.set(subject, buckets);
    }
    return buckets;
  }

  /** The candidates of the claim's unit, subject and a compatible measure. */
  private candidates(claim: ExtractedStatistic, frame: ClaimFrame, page: PageContext): Entry[] {
    const found: Entry[] = [];
    for (const list of this.candidateLists(claim, frame, page)) {
      for (const entry of list) {
        if (entry.unit !== claim.unit) continue;
        if (!measuresCompatible(frame.measure, entry.measure)) continue;
        if (frame.subject === null) {
          const subjectOk =
            entry.subjectKey === null
              ? frame.measure !== null && frame.measure === entry.measure
              : page.subjects.has(entry.subjectKey);
          if (!subjectOk) continue;
        }
        found.push(entry);
      }
    }
    return found;
  }

  private matchStatistic(
    claim: ExtractedStatistic,
    frame: ClaimFrame,
    page: PageContext,
  ): StatisticMatch {
    return classify(frame, this.candidates(claim, frame, page), (entry) =>
      page.ownKeys.has(entry.publisherKey),
    );
  }

  /**
   * One event, one time (see the top of the file): a figure the store reports for another time
   * moves the page's other figures of that subject, measure and period there, and those unbacked
   * are matched again at the event's time; what the store says then is what they conflict with.
   */
  private moveEvents(statistics: MatchedStatistic[], page: PageContext): void {
    // Only figures of the moved one's subject can move with it: each looks at those alone, in
    // page order, so a long page does not cost every figure a pass over all the others.
    const bySubject = new Map<string, MatchedStatistic[]>();
    for (const statistic of statistics)
      if (statistic.frame.subject !== null) push(bySubject, statistic.frame.subject, statistic);
    for (const moved of statistics) {
      const { frame, match } = moved;
      if (frame.span === null || frame.subject === null || frame.measure === null) continue;
      if (match.support.length > 0) continue;
      const elsewhere = match.conflicts.find(({ kind }) => kind === 'period')?.entry.span;
      if (!elsewhere) continue;
      for (const other of bySubject.get(frame.subject) ?? []) {
        if (other === moved || other.match.support.length > 0 || other.eventPeriod !== null)
          continue;
        if (other.match.conflicts.some(({ kind }) => kind !== undefined)) continue;
        const { frame: otherFrame } = other;
        if (otherFrame.subject !== frame.subject || !sameEvent(otherFrame.measure, frame.measure))
          continue;
        if (periodAgreement(frame.span, otherFrame.span, frame.measure) !== 'same') continue;
        const there = classify(
          { ...otherFrame, span: elsewhere },
          this.candidates(other.claim, otherFrame, page),
          (entry) => page.ownKeys.has(entry.publisherKey),
          // The event is known to be misdated: any other figure for its real time is news.
          { anyOtherValue: true },
        );
        const found: ConflictEntry[] = [
          ...there.support.map(({ entry }) => ({ entry, kind: 'period' as const })),
          ...there.conflicts.filter(({ kind }) => kind === 'value'),
        ];
        if (found.length === 0) continue;
        other.match = { ...other.match, conflicts: [...found, ...other.match.conflicts] };
        other.eventPeriod = elsewhere.label;
      }
    }
  }

  private statisticAssessment(statistic: MatchedStatistic, page: PageContext): Assessment {
    const { claim, frame, match, eventPeriod } = statistic;
    const support = match.support.map(({ entry }) => entry);
    const names = distinctNames(support);
    const ofKind = (kind: 'period' | 'value') =>
      match.conflicts.filter((conflict) => conflict.kind === kind).map(({ entry }) => entry);
    const otherTime = ofKind('period');
    const otherValue = ofKind('value');
    const other = match.conflicts.filter(({ kind }) => kind === undefined);
    const first = other[0]?.entry.record;
    const findings: StatisticFindings = {
      claimPeriod: frame.span?.label ?? null,
      hasSubject: claim.subject !== null,
      backers: names,
      citationCount: support.length,
      ownPublisher: match.ownSupport[0]?.publisherName ?? null,
      otherTime:
        otherTime.length === 0
          ? null
          : { names: distinctNames(otherTime), periods: spanLabels(otherTime) },
      otherValue:
        otherValue.length === 0
          ? null
          : {
              periods: spanLabels(otherValue),
              values: [
                ...new Set(otherValue.map(({ value }) => formatValue(value, claim.unit))),
              ].slice(0, 3),
            },
      eventPeriod,
      other:
        first === undefined
          ? null
          : {
              publisher: other[0]?.entry.publisherName ?? '',
              value:
                first.value !== null && first.unit !== null
                  ? formatValue(first.value, first.unit)
                  : null,
              rating: isRatedAgainst(first) ? first.rating : null,
              count: other.length,
            },
      staleSince: staleSince(claim, support, page),
    };
    return {
      verdict: verdictOf(names.length),
      citations: support.map(toRef),
      conflicts: match.conflicts.map(toConflict),
      reason: statisticReason(findings),
    };
  }

  private sourceAssessment(
    text: string,
    bySource: ReadonlyMap<string, readonly StatisticMatch[]>,
    page: PageContext,
  ): Assessment {
    const { key, name } = this.publisherOf(text);
    if (page.ownKeys.has(key)) return unverifiable(ownPublisherReason(name));
    const attributed = bySource.get(key) ?? [];
    if (attributed.length === 0) return unverifiable(unattributedReason(name));
    const backing = distinctUrls(
      attributed.flatMap((match) =>
        match.support.filter(({ entry }) => entry.publisherKey === key),
      ),
    ).map(({ entry }) => entry);
    const backingUrls = new Set(backing.map((entry) => entry.record.url));
    const conflicts = distinctUrls(
      attributed.flatMap((match) =>
        match.conflicts.filter(
          ({ entry }) => entry.publisherKey === key && !backingUrls.has(entry.record.url),
        ),
      ),
    );
    const others = distinctNames(
      attributed.flatMap((match) => match.support.map(({ entry }) => entry)),
    ).filter((other) => this.publisherOf(other).key !== key);
    return {
      verdict: backing.length > 0 ? 'single-sourced' : 'unverifiable',
      citations: backing.sort(byDateDescending).map(toRef),
      conflicts: conflicts.map(toConflict),
      reason: sourceReason(name, attributed.length, backing.length > 0, others),
    };
  }
}

/**
 * Whether two figures of one subject and time can tell one event: the same measure, or two
 * announced ones (a cut and the share move on its news).
 */
function sameEvent(a: string | null, b: string | null): boolean {
  return (
    a === b || (a !== null && b !== null && ANNOUNCED_MEASURES.has(a) && ANNOUNCED_MEASURES.has(b))
  );
}

/** The distinct period labels of some entries, newest first. */
function spanLabels(entries: readonly Entry[]): string[] {
  const labels = entries
    .filter((entry) => entry.span !== null)
    .sort((a, b) => (b.span?.to ?? 0) - (a.span?.to ?? 0))
    .map((entry) => entry.span?.label ?? '');
  return [...new Set(labels)];
}

/**
 * The newest backing's period when a figure with no time of its own (present tense: "has 482
 * million users") is backed only by reports over a year older than the article; else null.
 */
function staleSince(
  claim: ExtractedStatistic,
  support: readonly Entry[],
  page: PageContext,
): string | null {
  if (page.published === null || support.length === 0) return null;
  if (claim.period && claim.period.how !== 'defaulted') return null;
  let newest: Entry | null = null;
  let newestDay = -Infinity;
  for (const entry of support) {
    const day = entry.span?.to ?? entry.day;
    if (day !== null && day > newestDay) {
      newest = entry;
      newestDay = day;
    }
  }
  if (newest === null || page.published - newestDay <= STALE_DAYS) return null;
  return newest.span?.label ?? newest.record.published;
}

function unverifiable(reason: string): Assessment {
  return { verdict: 'unverifiable', citations: [], conflicts: [], reason };
}
