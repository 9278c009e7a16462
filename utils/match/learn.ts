// Learning from reading (opt-in): the figures an article states become citations of its site,
// so a later article elsewhere can be checked against what this one said. A page is anyone's to
// write, so nothing it says about itself is believed: citations are filed under the address's
// site (never og:site_name, which let two throwaway pages call themselves "Reuters" and "CNBC"),
// and sites that are not known outlets count, together, as one publisher at most.
import type { AnnotatedClaim, ExtractedClaim } from '../claim';
import { validateCitation, type CitationRecord } from '../citations/record';
import { hostOf, publisherKey, publisherName } from './publisher';

// Tracking parameters change per visit; without them the same article gives the same ids.
const TRACKING_PARAMETER = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|smid)$/i;

/**
 * The publisher that every learned citation of a site that is not a known outlet is matched
 * under: however many such sites agree, they are one voice, so they never corroborate a figure
 * on their own (a known outlet beside them still does).
 */
export const UNLISTED_SITES = 'Sites you read that are not known outlets';

function canonicalUrl(pageUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  for (const name of [...url.searchParams.keys()])
    if (TRACKING_PARAMETER.test(name)) url.searchParams.delete(name);
  return url.toString();
}

/**
 * Whether `text` (a URL, domain or name) is a known outlet, told through publisher.ts's own
 * API: it renames what it knows ("reuters.com" → "Reuters", "reuters" → "Reuters") and hands
 * back anything else as written.
 */
export function isKnownOutlet(text: string): boolean {
  const host = hostOf(text);
  if (host !== null) return publisherName(host) !== host;
  const lower = text.trim().toLowerCase();
  return lower !== '' && publisherName(lower) !== lower;
}

/**
 * Citations the page's site stands behind: its statistics that have a subject and are not
 * another outlet's ("according to Reuters, 15%" is Reuters' figure, and learning it as this
 * site's would let one report look like two). What the company, its people or an agency said
 * ("the company said 11%") is this site's report of it, and is learned. `read` is the day the
 * page was read (YYYY-MM-DD), kept on the record but not in its id, so a second visit adds
 * nothing. Titles are stripped of markup, which pages do put in `<title>`.
 */
export function learnedCitations(
  claims: readonly ExtractedClaim[],
  pageUrl: string,
  page: { title?: string | null; read?: string } = {},
): CitationRecord[] {
  const url = canonicalUrl(pageUrl);
  if (url === null || hostOf(url) === null) return [];
  const publisher = publisherName(url);
  const ownKey = publisherKey(url);
  const title =
    page.title
      ?.replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 200) ?? '';
  const records = new Map<string, CitationRecord>();
  for (const claim of claims) {
    if (claim.kind !== 'statistic' || claim.subject === null) continue;
    if (
      claim.source !== null &&
      publisherKey(claim.source) !== ownKey &&
      isKnownOutlet(claim.source)
    )
      continue;
    const about = claim.measure === null ? claim.subject : `${claim.subject} ${claim.measure}`;
    const validation = validateCitation(
      {
        publisher,
        url,
        subject: claim.subject,
        value: claim.value,
        unit: claim.unit,
        measure: claim.measure,
        claim: `${about}: ${claim.text}${title === '' ? '' : ` (${title})`}`,
      },
      'learned',
    );
    // A claim whose text breaks the plain-text rules is skipped: learning is best effort.
    if (!validation.ok) continue;
    const record = validation.record;
    records.set(record.id, page.read === undefined ? record : { ...record, read: page.read });
  }
  return [...records.values()];
}

/** The records as matching should count them: unlisted sites' learned citations as one voice. */
export function forMatching(records: readonly CitationRecord[]): CitationRecord[] {
  return records.map((record) =>
    record.origin === 'learned' && !isKnownOutlet(record.publisher)
      ? { ...record, publisher: UNLISTED_SITES }
      : record,
  );
}

/**
 * The publisher to treat as the page's own when assessing it. An unlisted site's page also owns
 * the unlisted sites' voice: unlisted sites never back one another, so a ring of throwaway
 * pages gets nothing from its own members. A page's claimed name counts only for known
 * outlets' pages, where the address says the same thing.
 */
export function pageOwnPublisher(pageUrl: string | null, claimed: string | null): string | null {
  if (pageUrl === null || hostOf(pageUrl) === null) return claimed;
  return isKnownOutlet(pageUrl) ? claimed : UNLISTED_SITES;
}

interface ReadingNote {
  publisher: string;
  read: string | null;
}

const noteKey = (url: string | null, claim: string): string => `${url ?? ''}\u0000${claim}`;

/** For each learned citation, by URL and claim: its site's name and the day it was read. */
export function readingNotes(records: readonly CitationRecord[]): Map<string, ReadingNote> {
  const notes = new Map<string, ReadingNote>();
  for (const record of records)
    if (record.origin === 'learned')
      notes.set(noteKey(record.url, record.claim), {
        publisher: record.publisher,
        read: record.read ?? null,
      });
  return notes;
}

/**
 * Marks the citations of `claims` that came from the user's reading: the site's own name back
 * in place of UNLISTED_SITES, and the day read, so the card can say "from your reading". The
 * matcher's citations carry only what contract 1 names.
 */
export function markFromReading<T extends AnnotatedClaim>(
  claims: T[],
  notes: ReadonlyMap<string, ReadingNote>,
): T[] {
  if (notes.size === 0) return claims;
  for (const claim of claims)
    for (const citation of [...claim.citations, ...claim.conflicts]) {
      const note = notes.get(noteKey(citation.url, citation.claim));
      if (note === undefined) continue;
      citation.publisher = note.publisher;
      citation.read = note.read;
    }
  return claims;
}
