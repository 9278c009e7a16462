// Values a citation cannot have: a negative head count, a share of staff over 100%, a report
// published after today. One row per rule, each with an example a table-driven test runs
// (test/unit/citations/plausibility.test.ts); the row's id is named in the error, so the user
// sees which rule refused the line.
import type { Unit } from '../claim';

export interface PlausibilityInput {
  value?: number;
  unit?: Unit;
  /** Normalised measure ("layoffs", "market-share"), or null. */
  measure: string | null;
  /** YYYY-MM-DD. */
  published?: string;
}

export interface PlausibilityRule {
  id: string;
  field: 'value' | 'published';
  /** The reason when the rule refuses `input`, else null. */
  check: (input: PlausibilityInput, today: string) => string | null;
  /** A record the rule refuses. */
  example: PlausibilityInput;
}

// Measures whose percentages are parts of a whole: of a workforce, of a market.
const SHARE_MEASURES = new Set(['layoffs', 'headcount', 'market-share']);

export const PLAUSIBILITY_RULES: readonly PlausibilityRule[] = [
  {
    id: 'negative-count',
    field: 'value',
    check: ({ value, unit }) =>
      unit === 'count' && value !== undefined && value < 0
        ? 'is negative; a count cannot be (negative-count)'
        : null,
    example: { value: -120, unit: 'count', measure: 'layoffs' },
  },
  {
    id: 'share-range',
    field: 'value',
    check: ({ value, unit, measure }) =>
      unit === 'percent' &&
      measure !== null &&
      SHARE_MEASURES.has(measure) &&
      value !== undefined &&
      (value < 0 || value > 100)
        ? `is a share (${measure}) and must be from 0 to 100 (share-range)`
        : null,
    example: { value: 140, unit: 'percent', measure: 'layoffs' },
  },
  {
    id: 'future-date',
    field: 'published',
    check: ({ published }, today) =>
      published !== undefined && published > today
        ? `is after today (${today}); a report cannot be published in the future (future-date)`
        : null,
    example: { published: '2999-01-01', measure: null },
  },
];

/**
 * The latest publication day accepted: tomorrow in UTC, because a page in a time zone ahead of
 * the user's may already carry tomorrow's date.
 */
export function latestPublishedDay(now: Date = new Date()): string {
  return new Date(now.getTime() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** Every rule that refuses `input`, as field errors. */
export function implausibilities(
  input: PlausibilityInput,
  today: string = latestPublishedDay(),
): Array<{ field: string; reason: string }> {
  const out: Array<{ field: string; reason: string }> = [];
  for (const rule of PLAUSIBILITY_RULES) {
    const reason = rule.check(input, today);
    if (reason !== null) out.push({ field: rule.field, reason });
  }
  return out;
}
