// Contract 1 (DESIGN.md): the claim JSON document, as printed by `annotate --format json` and
// saved by the popup. Other tools parse it, so keys are written in one fixed order and every
// contract field is always present (null rather than missing).
import type {
  AnnotatedClaim,
  CitationRef,
  ClaimDocument,
  Conflict,
  ExtractedStatistic,
  Assessment,
} from '../claim';

type AnnotatedStatistic = ExtractedStatistic & Assessment & { id: string };
type AnnotatedSource = Exclude<AnnotatedClaim, { kind: 'statistic' }>;

// The key lists are checked against the types below: adding a field to a claim type without
// deciding where it goes in the export fails `tsc` instead of silently dropping the field.
const STATISTIC_KEYS = [
  'id',
  'kind',
  'text',
  'start',
  'end',
  'value',
  'unit',
  'hedge',
  'subject',
  'source',
  // Not in the contract's example but part of the claim type; written after the contract's
  // statistic fields so existing readers see the order they expect.
  'measure',
  'period',
  'rangeEnd',
  'verdict',
  'citations',
  'conflicts',
  'reason',
  'trace',
] as const satisfies readonly (keyof AnnotatedStatistic)[];

const SOURCE_KEYS = [
  'id',
  'kind',
  'text',
  'start',
  'end',
  'verdict',
  'citations',
  'conflicts',
  'reason',
] as const satisfies readonly (keyof AnnotatedSource)[];

type AssertAllKeys<T, K extends readonly PropertyKey[]> = [Exclude<keyof T, K[number]>] extends [
  never,
]
  ? true
  : { missing: Exclude<keyof T, K[number]> };
const statisticKeysComplete: AssertAllKeys<AnnotatedStatistic, typeof STATISTIC_KEYS> = true;
const sourceKeysComplete: AssertAllKeys<AnnotatedSource, typeof SOURCE_KEYS> = true;
void statisticKeysComplete;
void sourceKeysComplete;

/** Contract 2's field order for a citation; `rating` only when the citation carries one. */
function citationJson(citation: CitationRef): Record<string, unknown> {
  const out: Record<string, unknown> = {
    publisher: citation.publisher,
    url: citation.url ?? null,
    published: citation.published ?? null,
    claim: citation.claim,
  };
  if (citation.rating !== undefined) out.rating = citation.rating;
  // The citation's period (contract 2 string), an extension of contract 1's citation object.
  if (citation.period !== undefined) out.period = citation.period;
  return out;
}

function conflictJson(conflict: Conflict): Record<string, unknown> {
  const { rating, ...rest } = citationJson(conflict);
  // A conflict's period goes after its value and unit, in contract 1's order.
  delete rest.period;
  const out: Record<string, unknown> = {
    ...rest,
    value: conflict.value,
    unit: conflict.unit,
    period: conflict.period ?? null,
    kind: conflict.kind ?? null,
  };
  if (rating !== undefined) out.rating = rating;
  return out;
}

function pick(claim: object, keys: readonly string[]): Record<string, unknown> {
  const source = claim as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = source[key] ?? null;
  return out;
}

/** The plain object for one claim, keys in contract order (exported for the other formats' tests). */
export function claimJson(claim: AnnotatedClaim): Record<string, unknown> {
  const out = pick(claim, claim.kind === 'statistic' ? STATISTIC_KEYS : SOURCE_KEYS);
  // An extension of contract 1 that few figures have: written only for a range's two ends.
  if (out.rangeEnd === null) delete out.rangeEnd;
  out.citations = claim.citations.map(citationJson);
  out.conflicts = claim.conflicts.map(conflictJson);
  return out;
}

/** Contract 1, pretty printed with 2 spaces and a final newline. */
export function toClaimJson(doc: ClaimDocument): string {
  const out = {
    version: doc.version,
    url: doc.url ?? null,
    // Not in contract 1's example: the page's title, so a saved file says which article it is.
    title: doc.title ?? null,
    claims: doc.claims.map(claimJson),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
