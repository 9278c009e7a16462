// The small in-page badge: icon + colour + word, never colour alone. Rendered inside the shadow
// root of a `<corroborate-badge>` host; the host itself is the focusable button that carries
// the contract-3 attributes and the aria-label (see utils/page/badge-host.ts).
import type { AnnotatedClaim, Verdict } from '../utils/claim';
import { warningPhrase, warns } from '../utils/match/reason';

export const VERDICT_ICON: Record<Verdict, string> = {
  corroborated: '✓',
  'single-sourced': '◐',
  unverifiable: '?',
};

/** Distinct publishers behind a claim's citations (case- and spacing-insensitive). */
export function publisherCount(claim: Pick<AnnotatedClaim, 'citations'>): number {
  const names = new Set<string>();
  for (const c of claim.citations) {
    const name = c.publisher.trim().toLowerCase().replace(/\s+/g, ' ');
    if (name) names.add(name);
  }
  return names.size;
}

/** The badge word: "2 sources", "1 source", "unverified". */
export function badgeText(claim: Pick<AnnotatedClaim, 'verdict' | 'citations'>): string {
  switch (claim.verdict) {
    case 'corroborated': {
      const n = publisherCount(claim);
      return n >= 2 ? `${n} sources` : '2+ sources';
    }
    case 'single-sourced':
      return '1 source';
    default:
      return 'unverified';
  }
}

/** "corroborated by 2 publishers", "single-sourced (1 publisher)", "unverifiable". */
export function verdictPhrase(claim: Pick<AnnotatedClaim, 'verdict' | 'citations'>): string {
  switch (claim.verdict) {
    case 'corroborated': {
      const n = publisherCount(claim);
      return n >= 2 ? `corroborated by ${n} publishers` : 'corroborated by 2 or more publishers';
    }
    case 'single-sourced':
      return 'single-sourced (1 publisher)';
    default:
      return 'unverifiable';
  }
}

/**
 * Contract 3: the claim text and the verdict, e.g. "15% — corroborated by 2 publishers", and
 * what a ⚠ means when the badge shows one ("…; ⚠ reported for another time").
 */
export function badgeAriaLabel(
  claim: Pick<AnnotatedClaim, 'text' | 'verdict' | 'citations' | 'conflicts'>,
): string {
  const warning = warningPhrase(claim.conflicts);
  return `${claim.text.trim()} — ${verdictPhrase(claim)}${warning === null ? '' : `; ⚠ ${warning}`}`;
}

export interface BadgeProps {
  claim: Pick<AnnotatedClaim, 'verdict' | 'citations' | 'conflicts'>;
}

/** The visual part of the badge; hidden from assistive technology (the host has the label). */
export function Badge({ claim }: BadgeProps) {
  return (
    <span class={`badge ${claim.verdict}`} aria-hidden="true">
      <span class="icon">{VERDICT_ICON[claim.verdict]}</span>
      <span class="word">{badgeText(claim)}</span>
      {warns(claim) ? <span class="warn">⚠</span> : null}
    </span>
  );
}
