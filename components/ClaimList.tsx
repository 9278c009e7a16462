// The popup's list of claims on the page. Activating one asks the tab to scroll to its badge and
// focus it; the popup stays open.
import { VERDICT_ICON } from './Badge';
import { VERDICT_LABEL } from './verdicts';
import type { AnnotatedClaim } from '../utils/claim';
import { claimContext } from '../utils/claim-context';
import { WARNING_NOTE, warns } from '../utils/match/reason';

export interface ClaimListProps {
  claims: readonly AnnotatedClaim[];
  /** The text the claims' offsets index into: a few words of it tell equal figures apart. */
  text: string;
  onFocusClaim: (claim: AnnotatedClaim) => void;
}

/** Who the claim rests on: the named source, or the publishers that back it. */
export function claimSource(claim: AnnotatedClaim): string {
  if (claim.kind === 'source') return 'Named source';
  const publishers = [...new Set(claim.citations.map((c) => c.publisher))];
  const attributed = claim.source ? `According to ${claim.source}` : 'No named source';
  return publishers.length > 0 ? `${attributed} · backed by ${publishers.join(', ')}` : attributed;
}

/** The company (or other subject) a figure is about; a named source is its own subject. */
function claimSubject(claim: AnnotatedClaim): string | null {
  return claim.kind === 'statistic' ? claim.subject : null;
}

export function ClaimList({ claims, text, onFocusClaim }: ClaimListProps) {
  return (
    <ul class="claim-list" aria-label="Claims on this page">
      {claims.map((claim) => {
        const subject = claimSubject(claim);
        const { before, after } = claimContext(text, claim.start, claim.end);
        return (
          <li key={claim.id}>
            <button
              type="button"
              class={`claim ${claim.verdict}`}
              data-claim-id={claim.id}
              data-verdict={claim.verdict}
              onClick={() => onFocusClaim(claim)}
            >
              <span class="verdict">
                <span class="icon" aria-hidden="true">
                  {VERDICT_ICON[claim.verdict]}
                </span>{' '}
                {VERDICT_LABEL[claim.verdict]}
              </span>
              <span class="text">
                {claim.text}
                {subject ? <span class="subject"> · {subject}</span> : null}
              </span>
              {before || after ? (
                <span class="context" data-testid="claim-context">
                  {before}
                  <mark>{claim.text}</mark>
                  {after}
                </span>
              ) : null}
              <span class="source">{claimSource(claim)}</span>
              {warns(claim) ? <span class="conflict">{WARNING_NOTE}</span> : null}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
