// The popup's counts by verdict, which double as the verdict filter (toggle buttons), and the
// counts by kind of claim.
import { VERDICT_ICON } from './Badge';
import { KIND_LABEL, VERDICT_LABEL, plural } from './verdicts';
import { VERDICTS, type AnnotatedClaim, type Verdict } from '../utils/claim';

export interface VerdictCountsProps {
  claims: readonly AnnotatedClaim[];
  /** null shows every verdict. */
  filter: Verdict | null;
  onFilter: (verdict: Verdict | null) => void;
}

export function VerdictCounts({ claims, filter, onFilter }: VerdictCountsProps) {
  const byVerdict = (verdict: Verdict) => claims.filter((c) => c.verdict === verdict).length;
  const statistics = claims.filter((c) => c.kind === 'statistic').length;
  const sources = claims.length - statistics;
  return (
    <section class="verdict-counts" aria-label="Counts and filter">
      <div class="filter" role="group" aria-label="Show claims by verdict">
        <button
          type="button"
          class="chip all"
          aria-pressed={filter === null}
          onClick={() => onFilter(null)}
        >
          All <span class="n">{claims.length}</span>
        </button>
        {VERDICTS.map((verdict) => (
          <button
            key={verdict}
            type="button"
            class={`chip ${verdict}`}
            data-verdict={verdict}
            aria-pressed={filter === verdict}
            onClick={() => onFilter(filter === verdict ? null : verdict)}
          >
            <span class="icon" aria-hidden="true">
              {VERDICT_ICON[verdict]}
            </span>{' '}
            {VERDICT_LABEL[verdict]} <span class="n">{byVerdict(verdict)}</span>
          </button>
        ))}
      </div>
      <p class="kinds" data-testid="kind-counts">
        {plural(statistics, KIND_LABEL.statistic.one, KIND_LABEL.statistic.many)} ·{' '}
        {plural(sources, KIND_LABEL.source.one, KIND_LABEL.source.many)}
      </p>
    </section>
  );
}
