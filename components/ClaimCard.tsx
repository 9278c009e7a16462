// The card a badge opens on hover or focus: verdict, then the sentence that says what backs the
// figure or what is wrong with it, then claim, attributed source, conflicts, fact-checker ratings
// and citations, each line with its date and period. A pure component of the annotated claim (the
// page may host it in a frame); all wording comes from utils/match/reason.ts. All page and
// citation text is rendered as Preact text nodes, never as HTML; links only for http(s) URLs.
import type { AnnotatedClaim, Verdict } from '../utils/claim';
import { VERDICT_ICON, publisherCount } from './Badge';
import { conflictText, whenLine } from '../utils/match/reason';

export type CardTheme = 'light' | 'dark';

export interface ClaimCardProps {
  claim: AnnotatedClaim;
  /** id of the heading that labels the dialog (unique within its shadow root). */
  headingId?: string;
  theme?: CardTheme;
  onClose?: () => void;
}

/** `url` when its protocol is http: or https:, else null. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function verdictHeading(claim: AnnotatedClaim): string {
  const n = publisherCount(claim);
  switch (claim.verdict) {
    case 'corroborated':
      return n >= 2 ? `Corroborated by ${n} publishers` : 'Corroborated';
    case 'single-sourced':
      return 'Single-sourced: 1 publisher';
    default:
      return 'Unverifiable: no known citation';
  }
}

/** Conflicts listed in full; the rest are counted, so the citations stay in view. */
const MAX_CONFLICTS = 3;

const VERDICT_CLASS: Record<Verdict, string> = {
  corroborated: 'v-corroborated',
  'single-sourced': 'v-single',
  unverifiable: 'v-unverifiable',
};

export function ClaimCard({
  claim,
  headingId = 'corroborate-card-title',
  theme = 'light',
  onClose,
}: ClaimCardProps) {
  const source = claim.kind === 'statistic' ? claim.source : null;
  const ratings = claim.citations.filter((c) => c.rating);
  return (
    <div
      class={`card ${theme} ${VERDICT_CLASS[claim.verdict]}`}
      role="dialog"
      aria-labelledby={headingId}
      tabIndex={-1}
      data-theme={theme}
    >
      <div class="head">
        <span class="icon" aria-hidden="true">
          {VERDICT_ICON[claim.verdict]}
        </span>
        <h2 id={headingId} class="title">
          {verdictHeading(claim)}
        </h2>
        {onClose ? (
          <button type="button" class="close" aria-label="Close" onClick={onClose}>
            ×
          </button>
        ) : null}
      </div>
      {claim.reason ? <p class="reason">{claim.reason}</p> : null}
      <p class="claim">
        <span class="kind">{claim.kind === 'statistic' ? 'Figure' : 'Named source'}</span>{' '}
        <q>{claim.text}</q>
      </p>
      {source ? <p class="source">Attributed to {source}</p> : null}
      {claim.conflicts.slice(0, MAX_CONFLICTS).map((conflict, i) => (
        <p class="conflict" role="note" key={`x${i}`}>
          <span aria-hidden="true">⚠ </span>
          {conflictText(conflict)}
          <span class="date"> · {whenLine(conflict)}</span>
        </p>
      ))}
      {claim.conflicts.length > MAX_CONFLICTS ? (
        <p class="conflict" role="note">
          …and {claim.conflicts.length - MAX_CONFLICTS} more conflicting figures
        </p>
      ) : null}
      {ratings.map((c, i) => (
        <p class="rating" key={`r${i}`}>
          Rated {c.rating} by {c.publisher}
        </p>
      ))}
      {claim.citations.length > 0 ? (
        <ul class="citations" aria-label="Citations">
          {claim.citations.map((c, i) => {
            const href = safeHref(c.url);
            return (
              <li key={`c${i}`}>
                {href ? (
                  <a class="publisher" href={href} target="_blank" rel="noopener noreferrer">
                    {c.publisher}
                  </a>
                ) : (
                  <span class="publisher">{c.publisher}</span>
                )}
                <span class="date"> · {whenLine(c)}</span>
                {c.read !== undefined ? (
                  <span class="learned"> · from your reading{c.read ? `, ${c.read}` : ''}</span>
                ) : null}
                {c.claim ? <span class="cited">{c.claim}</span> : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
