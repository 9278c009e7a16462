// All wording of verdicts: the sentence a card opens with (and exports carry as `reason`), the
// way periods are named, and the badge's warning phrase. Kept apart from the matching rules so
// the wording can change without touching them; the rules hand over plain findings.
import type { CitationRef, Conflict } from '../claim';
import { formatValue } from '../format-value';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "CNBC", "CNBC and Reuters", "CNBC, Reuters, AP and 2 more". */
export function listNames(names: readonly string[], shown = 3): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length <= shown)
    return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}

const dayLabel = (iso: string) =>
  `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1] ?? ''} ${iso.slice(0, 4)}`;

/**
 * A contract-2 period string as a reader says it: "2025-01" → "January 2025", "2024-Q4" →
 * "Q4 2024", "FY2025-Q2" → "FY2025 Q2", "2024-07-15" → "15 July 2024".
 */
export function periodLabel(period: string): string {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(period))) return `${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
  if ((m = /^(\d{4})-([QH][1-4])$/.exec(period))) return `${m[2]} ${m[1]}`;
  if ((m = /^(FY\d{4})-(Q[1-4])$/.exec(period))) return `${m[1]} ${m[2]}`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(period)) return dayLabel(period);
  if ((m = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(period)))
    return `${dayLabel(m[1] ?? '')} – ${dayLabel(m[2] ?? '')}`;
  return period;
}

const labels = (periods: readonly string[]) => listNames([...new Set(periods)].map(periodLabel));

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What matching found for one statistic, as the sentence needs it. */
export interface StatisticFindings {
  /** The claim's period as a contract-2 string, when it has one. */
  claimPeriod: string | null;
  hasSubject: boolean;
  /** Distinct publishers backing the figure, and how many citations. */
  backers: string[];
  citationCount: number;
  /** The page's own publisher, when only it reports the figure. */
  ownPublisher: string | null;
  /** The same figure reported for other times: by whom and for when. */
  otherTime: { names: string[]; periods: string[] } | null;
  /** Other figures for the claim's period (or the event's, see `eventPeriod`). */
  otherValue: { periods: string[]; values: string[] } | null;
  /** The period another figure of the page's same event turned out to be for. */
  eventPeriod: string | null;
  /** The first disagreement of unknown period or a rating against it, and how many there are. */
  other: { publisher: string; value: string | null; rating: string | null; count: number } | null;
  /** The newest backing's period when it is over a year older than the article. */
  staleSince: string | null;
}

function backedPhrase(f: StatisticFindings): string {
  const who =
    f.backers.length >= 2
      ? `Backed by ${listNames(f.backers)}`
      : `Backed by ${f.backers[0] ?? ''} only${f.citationCount > 1 ? ` (${f.citationCount} citations)` : ''}`;
  const when = f.claimPeriod === null ? '' : ` for ${periodLabel(f.claimPeriod)}`;
  const stale =
    f.staleSince === null
      ? ''
      : `; the newest report is for ${periodLabel(f.staleSince)}, over a year before this article`;
  return who + when + stale;
}

function wrongPhrases(f: StatisticFindings): string[] {
  const phrases: string[] = [];
  const dated = f.claimPeriod === null ? 'gives no date' : `dates it ${periodLabel(f.claimPeriod)}`;
  if (f.otherTime)
    phrases.push(
      `backed by ${listNames(f.otherTime.names)} for ${labels(f.otherTime.periods)} — this article ${dated}`,
    );
  if (f.otherValue) {
    const say = `reports for ${labels(f.otherValue.periods)} say ${listNames(f.otherValue.values)}`;
    phrases.push(
      f.eventPeriod !== null && f.claimPeriod !== null && !f.otherTime
        ? `this article dates the event ${periodLabel(f.claimPeriod)}; ${say}`
        : say,
    );
  }
  return phrases;
}

function otherPhrase(f: StatisticFindings, lead: boolean): string {
  if (!f.other) return '';
  const { publisher, value, rating, count } = f.other;
  const what =
    rating !== null
      ? `${publisher} rated a matching claim ${rating}`
      : value !== null
        ? `${publisher} reports ${value}`
        : `${publisher} disagrees`;
  const more = count > 1 ? ` (+${count - 1} more conflicting)` : '';
  return `${lead ? '; but ' : '; '}${what}${more}`;
}

/** The card's first sentence for a statistic: what backs it, or what is wrong with it. */
export function statisticReason(f: StatisticFindings): string {
  if (f.backers.length > 0) return backedPhrase(f) + otherPhrase(f, true);
  const wrong = wrongPhrases(f);
  if (wrong.length > 0) return capitalised(wrong.join('; ')) + otherPhrase(f, false);
  const none =
    f.ownPublisher !== null
      ? `Only this page's own publisher (${f.ownPublisher}) reports this figure`
      : `No citation in your store matches ${f.hasSubject ? 'this figure' : 'this figure (no subject found for it)'}`;
  return none + otherPhrase(f, true);
}

/** The card's sentence for a named source, judged on the figures attributed to it. */
export function sourceReason(
  name: string,
  figures: number,
  backed: boolean,
  others: readonly string[],
): string {
  const what =
    figures === 1 ? 'the figure attributed to it' : `the ${figures} figures attributed to it`;
  if (backed) return `A ${name} citation in your store backs ${what}`;
  const rest =
    others.length > 0 ? `; ${listNames(others)} ${others.length === 1 ? 'does' : 'do'}` : '';
  return `No ${name} citation in your store backs ${what}${rest}`;
}

export const ownPublisherReason = (name: string) => `${name} is this page's own publisher`;

export const unattributedReason = (name: string) =>
  `No figure on this page is attributed to ${name}, so the store has nothing to check it by`;

/**
 * What a badge's ⚠ stands for, for its aria-label ("reported for another time"); null when the
 * conflicts (undated ones only) do not warn.
 */
export function warningPhrase(conflicts: readonly Conflict[]): string | null {
  const phrases: string[] = [];
  if (conflicts.some((c) => c.kind === 'period' && !c.rating))
    phrases.push('reported for another time');
  if (conflicts.some((c) => c.kind === 'value' && !c.rating))
    phrases.push('another figure reported for its time');
  const rated = conflicts.find((c) => c.rating);
  if (rated) phrases.push(`rated ${rated.rating} by ${rated.publisher}`);
  return phrases.length === 0 ? null : phrases.join(' and ');
}

/** "published 2026-01-27 · for January 2026": every citation and conflict line says both. */
export function whenLine(ref: Pick<CitationRef, 'published' | 'period'>): string {
  const published = ref.published ? `published ${ref.published}` : 'publication date unknown';
  const period = ref.period ? `for ${periodLabel(ref.period)}` : 'period not stated';
  return `${published} · ${period}`;
}

/** One conflict line: a rating, the same figure for another time, or another figure. */
export function conflictText(conflict: Conflict): string {
  // A fact-checker's verdict on this very claim says more than "another figure".
  if (conflict.rating)
    return `Rated ${conflict.rating} by ${conflict.publisher}: “${conflict.claim}”`;
  const value = formatValue(conflict.value, conflict.unit);
  switch (conflict.kind) {
    case 'period':
      return `Same figure, another time: ${conflict.publisher} reported ${value}`;
    case 'value':
      return `Another figure for the time: ${conflict.publisher} reports ${value}`;
    default:
      return `Conflicting figure: ${conflict.publisher} lists ${value}`;
  }
}

/** The claim list's and report's note for a claim whose badge warns. */
export const WARNING_NOTE = '⚠ Reported for another time or with another figure';

/**
 * Whether the badge warns: a conflict for the claim's own period, the figure reported for
 * another time, or a fact-checker's rating against it. Undated disagreements are listed on the
 * card but do not warn: they cannot say the figure is wrong for its time.
 */
export function warns(claim: { conflicts: readonly Conflict[] }): boolean {
  return warningPhrase(claim.conflicts) !== null;
}
