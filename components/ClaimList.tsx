// The popup's list of claims on the page. Activating one asks the tab to scroll to its badge and
// focus it; the popup stays open.
import { VERDICT_ICON } from './Badge';
import { VERDICT_LABEL } from './verdicts';
import type { AnnotatedClaim } from '../utils/claim';
import { WARNING_NOTE, warns } from '../utils/match/reason';

export interface ClaimListProps {
  claims: readonly AnnotatedClaim[];
  onFocusClaim: (claim: AnnotatedClaim) => void;
}

/** Who the claim rests on: the named source, or the publishers that back it. */
export function claimSource(claim: AnnotatedClaim): string {
  if (claim.kind === 'source') return 'Named source';
  const publishers = [...new Set(claim.citations.map((c) => c.publisher))];
  const attributed = claim.source ? `According to ${claim.source}` : 'No named source';
  return publishers.length > 0 ? `${attributed} · backed by ${publishers.join(', ')}` : attributed;
}

export function ClaimList({ claims, onFocusClaim }: ClaimListProps) {
  return (
    <ul class="claim-list" aria-label="Claims on this page">
      {claims.map((claim) => (
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
            <span class="text">{claim.text}</span>
            <span class="source">{claimSource(claim)}</span>
            {warns(claim) ? <span class="conflict">{WARNING_NOTE}</span> : null}
          </button>
        </li>
      ))}
    </ul>
  );
}
