// Learning from reading (opt-in): the figures an article states become citations of its outlet,
// so a later article elsewhere can be checked against what this one said.
import type { ExtractedClaim } from '../claim';
import { validateCitation, type CitationRecord } from '../citations/record';
import { hostOf, publisherKey, publisherName } from './publisher';

// Tracking parameters change per visit; without them the same article gives the same ids.
const TRACKING_PARAMETER = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|smid)$/i;

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
 * Citations the page's own outlet stands behind, under its name: its statistics that have a subject and are not
 * attributed to another publisher ("according to Reuters, 15%" is Reuters' figure, and learning it
 * as this outlet's would let one report look like two). Titles are stripped of markup, which
 * pages do put in `<title>`.
 */
export function learnedCitations(
  claims: readonly ExtractedClaim[],
  pageUrl: string,
  page: { publisher?: string | null; title?: string | null } = {},
): CitationRecord[] {
  const url = canonicalUrl(pageUrl);
  if (url === null || hostOf(url) === null) return [];
  // The outlet's own name (og:site_name) when the page gives one, else its site.
  const publisher = page.publisher?.trim() || publisherName(url);
  const ownKeys = new Set([publisherKey(url), publisherKey(publisher)]);
  const title =
    page.title
      ?.replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 200) ?? '';
  const records = new Map<string, CitationRecord>();
  for (const claim of claims) {
    if (claim.kind !== 'statistic' || claim.subject === null) continue;
    if (claim.source !== null && !ownKeys.has(publisherKey(claim.source))) continue;
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
    if (validation.ok) records.set(validation.record.id, validation.record);
  }
  return [...records.values()];
}
