// Claims × citations → verdicts. Build a CitationIndex once per store state; `assess` then only
// touches the index entries of each claim's subject or value bucket, so 200 claims against
// 100,000 citations stay within the 50 ms budget (DESIGN.md).
//
// Rules:
// - A statistic is backed by a citation with the same unit, a value that `valueBacks` accepts,
//   no clashing measure, and the same subject key. A statistic without a subject borrows the
//   page's subjects (the other statistics' subjects); a citation without a subject backs only a
//   subject-less claim, and only when both name the same measure.
// - corroborated = 2+ distinct publisher keys back it, single-sourced = 1, unverifiable = 0.
//   The page's own publisher never counts, for support or conflict.
// - A citation rated by a fact-checker counts as support only with a positive rating ("True");
//   any other rating makes it a conflict, since "rated Half True" is a warning, not backing.
// - Conflicts: same subject, unit and (known) measure, a value outside the claim's range. When
//   the claim has dated support, only conflicts within CONFLICT_WINDOW_DAYS of it count, because
//   a company's layoffs a year apart are two events, not a disagreement.
// - A source mention S is judged on the statistics attributed to it (statistic.source is S):
//   only S's own citations backing those figures count, so it is single-sourced at most. A
//   mention no statistic cites is single-sourced when the store holds S's citations about a
//   subject of this page, else unverifiable.
import type {
  AnnotatedClaim,
  Assessment,
  CitationRef,
  Conflict,
  ExtractedClaim,
  ExtractedStatistic,
  Unit,
} from '../claim';
import type { CitationRecord } from '../citations/record';
import { normaliseMeasure, measuresCompatible } from './measure';
import { hostOf, publisherKey, publisherName } from './publisher';
import { formatValue } from '../format-value';
import { listNames } from './reason';
import { subjectKey } from './subject';
import { searchRange, valueBacks } from './value';

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
}

interface Entry {
  record: CitationRecord;
  publisherKey: string;
  publisherName: string;
  subjectKey: string | null;
}

interface StatisticMatch {
  support: Entry[];
  conflicts: Entry[];
  /** Citations that would back the figure but come from the page's own publisher. */
  ownSupport: Entry[];
}

interface MatchedStatistic {
  claim: ExtractedStatistic;
  match: StatisticMatch;
  /** Publisher key of `claim.source`, computed once per page rather than once per mention. */
  sourceKey: string | null;
}

interface PageContext {
  ownKeys: Set<string>;
  subjects: Set<string>;
  /** See `pageSubjectBuckets`; null until a claim without a subject needs it. */
  subjectBuckets: Map<string, Entry[]> | null;
}

const CONFLICT_WINDOW_DAYS = 120;
const DAY_MS = 86_400_000;
// Ratings that endorse the claim reviewed; matched case-insensitively against the whole rating.
const POSITIVE_RATING =
  /^(?:true|correct|accurate|mostly true|mostly correct|verified|supported)$/i;
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

function toRef(record: CitationRecord): CitationRef {
  const ref: CitationRef = {
    publisher: record.publisher,
    url: record.url,
    published: record.published,
    claim: record.claim,
  };
  if (record.rating !== null) ref.rating = record.rating;
  return ref;
}

function toConflict(entry: Entry): Conflict | null {
  const { value, unit } = entry.record;
  return value === null || unit === null ? null : { ...toRef(entry.record), value, unit };
}

const isRatedAgainst = (record: CitationRecord): boolean =>
  record.rating !== null && !POSITIVE_RATING.test(record.rating.trim());

const distinctNames = (entries: readonly Entry[]): string[] => {
  const byKey = new Map<string, string>();
  for (const entry of entries)
    if (!byKey.has(entry.publisherKey)) byKey.set(entry.publisherKey, entry.publisherName);
  return [...byKey.values()];
};

function byDateDescending(a: Entry, b: Entry): number {
  return (b.record.published ?? '').localeCompare(a.record.published ?? '');
}

function conflictPhrase(conflicts: readonly Entry[]): string {
  const [first] = conflicts;
  if (!first) return '';
  const { record } = first;
  const what =
    isRatedAgainst(record) && record.rating !== null
      ? `${first.publisherName} rated a matching claim ${record.rating}`
      : record.value !== null && record.unit !== null
        ? `${first.publisherName} reports ${formatValue(record.value, record.unit)}`
        : `${first.publisherName} disagrees`;
  return `; but ${what}${conflicts.length > 1 ? ` (+${conflicts.length - 1} more conflicting)` : ''}`;
}

function verdictOf(publisherCount: number): Assessment['verdict'] {
  return publisherCount >= 2
    ? 'corroborated'
    : publisherCount === 1
      ? 'single-sourced'
      : 'unverifiable';
}

export class CitationIndex {
  /** Citations without a subject, by unit and value bucket: their value is the only way in. */
  private readonly unsubjectedByBucket = new Map<string, Entry[]>();
  private readonly bySubject = new Map<string, Entry[]>();
  private readonly byPublisher = new Map<string, Entry[]>();
  readonly size: number;

  constructor(records: Iterable<CitationRecord>) {
    let size = 0;
    // Display names and keys repeat across records (one outlet, many citations): compute once.
    const keys = new Map<string, { key: string; name: string }>();
    for (const record of records) {
      size++;
      let publisher = keys.get(record.publisher);
      if (!publisher) {
        publisher = { key: publisherKey(record.publisher), name: publisherName(record.publisher) };
        keys.set(record.publisher, publisher);
      }
      const entry: Entry = {
        record,
        publisherKey: publisher.key,
        publisherName: publisher.name,
        subjectKey: subjectKey(record.subject),
      };
      if (entry.subjectKey !== null) push(this.bySubject, entry.subjectKey, entry);
      else if (record.value !== null && record.unit !== null)
        push(this.unsubjectedByBucket, bucketKey(record.unit, record.value), entry);
      push(this.byPublisher, entry.publisherKey, entry);
    }
    this.size = size;
  }

  assess(claims: readonly ExtractedClaim[], options: AssessOptions = {}): AnnotatedClaim[] {
    const page = this.pageContext(claims, options);
    const statistics = claims
      .filter((claim): claim is ExtractedStatistic => claim.kind === 'statistic')
      .map((claim) => ({
        claim,
        match: this.matchStatistic(claim, page),
        sourceKey: claim.source === null ? null : publisherKey(claim.source),
      }));
    const assessments = new Map<ExtractedClaim, Assessment>();
    for (const { claim, match } of statistics)
      assessments.set(claim, this.statisticAssessment(claim, match));
    return claims.map((claim, index) => ({
      ...claim,
      id: `c${index + 1}`,
      ...(assessments.get(claim) ?? this.sourceAssessment(claim.text, statistics, page)),
    }));
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
      const key = claim.kind === 'statistic' ? subjectKey(claim.subject) : null;
      if (key !== null) subjects.add(key);
    }
    return { ownKeys, subjects, subjectBuckets: null };
  }

  /**
   * The index lists to scan: the subject's; for a claim without one, the value's buckets among
   * the page's subjects' citations and among the subject-less citations.
   */
  private candidateLists(
    claim: ExtractedStatistic,
    claimSubject: string | null,
    page: PageContext,
  ): Entry[][] {
    if (claimSubject !== null) return [this.bySubject.get(claimSubject) ?? []];
    const { lo, hi } = searchRange(claim.value, claim.hedge);
    const buckets = bucketKeys(claim.unit, Math.min(lo, hi), Math.max(lo, hi));
    const subjectBuckets = this.pageSubjectBuckets(page);
    return buckets.flatMap((key) => [
      subjectBuckets.get(key) ?? [],
      this.unsubjectedByBucket.get(key) ?? [],
    ]);
  }

  /** The page's subjects' citations by value bucket, made once per page when first needed. */
  private pageSubjectBuckets(page: PageContext): Map<string, Entry[]> {
    if (page.subjectBuckets === null) {
      page.subjectBuckets = new Map();
      for (const subject of page.subjects) {
        for (const entry of this.bySubject.get(subject) ?? []) {
          const { value, unit } = entry.record;
          if (value !== null && unit !== null)
            push(page.subjectBuckets, bucketKey(unit, value), entry);
        }
      }
    }
    return page.subjectBuckets;
  }

  private matchStatistic(claim: ExtractedStatistic, page: PageContext): StatisticMatch {
    const claimSubject = subjectKey(claim.subject);
    const claimMeasure = normaliseMeasure(claim.measure);
    const support: Entry[] = [];
    const ownSupport: Entry[] = [];
    const differing: Entry[] = [];
    const rated: Entry[] = [];
    for (const entry of this.candidateLists(claim, claimSubject, page).flat()) {
      const { record } = entry;
      if (record.unit !== claim.unit || record.value === null) continue;
      if (!measuresCompatible(claimMeasure, record.measure)) continue;
      if (claimSubject === null) {
        const subjectOk =
          entry.subjectKey === null
            ? claimMeasure !== null && claimMeasure === record.measure
            : page.subjects.has(entry.subjectKey);
        if (!subjectOk) continue;
      }
      const own = page.ownKeys.has(entry.publisherKey);
      if (valueBacks(claim.value, claim.hedge, record.value)) {
        if (isRatedAgainst(record)) {
          if (!own) rated.push(entry);
        } else (own ? ownSupport : support).push(entry);
      } else if (
        !own &&
        claimSubject !== null &&
        claimMeasure !== null &&
        record.measure === claimMeasure
      ) {
        differing.push(entry);
      }
    }
    return {
      support: support.sort(byDateDescending),
      ownSupport,
      conflicts: distinctConflicts([...rated, ...inWindow(differing, support)]),
    };
  }

  private statisticAssessment(claim: ExtractedStatistic, match: StatisticMatch): Assessment {
    const names = distinctNames(match.support);
    const verdict = verdictOf(names.length);
    let reason: string;
    if (verdict === 'corroborated') reason = `Backed by ${listNames(names)}`;
    else if (verdict === 'single-sourced') {
      reason = `Backed by ${names[0] ?? ''} only${match.support.length > 1 ? ` (${match.support.length} citations)` : ''}`;
    } else if (match.ownSupport.length > 0) {
      reason = `Only this page's own publisher (${match.ownSupport[0]?.publisherName ?? ''}) reports this figure`;
    } else
      reason = `No citation in your store matches ${claim.subject === null ? 'this figure (no subject found for it)' : 'this figure'}`;
    return {
      verdict,
      citations: match.support.map((entry) => toRef(entry.record)),
      conflicts: match.conflicts
        .map(toConflict)
        .filter((conflict): conflict is Conflict => conflict !== null),
      reason: reason + conflictPhrase(match.conflicts),
    };
  }

  private sourceAssessment(
    text: string,
    statistics: readonly MatchedStatistic[],
    page: PageContext,
  ): Assessment {
    const key = publisherKey(text);
    const name = publisherName(text);
    const attributed = statistics
      .filter(({ sourceKey }) => sourceKey === key)
      .map(({ match }) => match);
    if (attributed.length > 0) {
      const backing = attributed.flatMap((match) =>
        match.support.filter((entry) => entry.publisherKey === key),
      );
      const conflicts = attributed.flatMap((match) =>
        match.conflicts.filter((entry) => entry.publisherKey === key),
      );
      const others = distinctNames(attributed.flatMap((match) => match.support)).filter(
        (other) => publisherKey(other) !== key,
      );
      const figures =
        attributed.length === 1
          ? 'the figure attributed to it'
          : `the ${attributed.length} figures attributed to it`;
      const reason =
        backing.length > 0
          ? `A ${name} citation in your store backs ${figures}`
          : `No ${name} citation in your store backs ${figures}${others.length > 0 ? `; ${listNames(others)} ${others.length === 1 ? 'does' : 'do'}` : ''}`;
      return {
        verdict: backing.length > 0 ? 'single-sourced' : 'unverifiable',
        citations: backing.map((entry) => toRef(entry.record)),
        conflicts: conflicts
          .map(toConflict)
          .filter((conflict): conflict is Conflict => conflict !== null),
        reason: reason + conflictPhrase(conflicts),
      };
    }
    if (page.ownKeys.has(key)) return unverifiable(`${name} is this page's own publisher`);
    // From whichever list is shorter: the publisher's (a big outlet has thousands) or the page's subjects'.
    const ofPublisher = this.byPublisher.get(key) ?? [];
    const ofSubjects = [...page.subjects].map((subject) => this.bySubject.get(subject) ?? []);
    const about =
      ofSubjects.reduce((sum, list) => sum + list.length, 0) < ofPublisher.length
        ? ofSubjects.flat().filter((entry) => entry.publisherKey === key)
        : ofPublisher.filter(
            (entry) => entry.subjectKey !== null && page.subjects.has(entry.subjectKey),
          );
    if (about.length === 0)
      return unverifiable(`No ${name} citation in your store about this page's subjects`);
    const subjects = [...new Set(about.map((entry) => entry.record.subject ?? ''))];
    return {
      verdict: 'single-sourced',
      citations: about.sort(byDateDescending).map((entry) => toRef(entry.record)),
      conflicts: [],
      reason: `${name} has ${about.length} citation${about.length === 1 ? '' : 's'} in your store about ${listNames(subjects)}; no figure here is attributed to it`,
    };
  }
}

function unverifiable(reason: string): Assessment {
  return { verdict: 'unverifiable', citations: [], conflicts: [], reason };
}

/** One conflict per publisher and value: a tracker lists one event once per office. */
function distinctConflicts(conflicts: readonly Entry[]): Entry[] {
  const seen = new Set<string>();
  return conflicts.filter((entry) => {
    const key = `${entry.publisherKey}|${entry.record.value}|${entry.record.unit}|${entry.record.rating}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Which differing figures count as conflicts. Without support, all of them: "a tracker lists 700"
 * is the warning an unverifiable figure needs. With support, only dated figures near a dated
 * supporting citation: a company's user count or layoffs a year apart are two events, and an
 * undated figure cannot be placed, so against backed figures it would only be noise (seen with
 * ChatGPT's 2023 monthly-user counts listed against its 2025 weekly-user figure).
 */
function inWindow(conflicts: Entry[], support: readonly Entry[]): Entry[] {
  if (support.length === 0) return conflicts;
  const anchors = support.flatMap((entry) =>
    entry.record.published === null ? [] : [Date.parse(entry.record.published)],
  );
  return conflicts.filter((entry) => {
    if (entry.record.published === null) return false;
    const time = Date.parse(entry.record.published);
    return anchors.some((anchor) => Math.abs(anchor - time) <= CONFLICT_WINDOW_DAYS * DAY_MS);
  });
}
