// The claim shapes of DESIGN.md contract 1. These are a public interface: extend, never rename.

export const UNITS = [
  'percent',
  'count',
  'usd',
  'eur',
  'gbp',
  'minutes',
  'hours',
  'days',
  'multiplier',
  'other',
] as const;
export type Unit = (typeof UNITS)[number];

export const VERDICTS = ['corroborated', 'single-sourced', 'unverifiable'] as const;
export type Verdict = (typeof VERDICTS)[number];

export type ClaimKind = 'statistic' | 'source';

/** Words that loosen a figure ("nearly 400"); matching widens its tolerance for them. */
export type Hedge =
  | 'nearly'
  | 'about'
  | 'approximately'
  | 'more than'
  | 'up to'
  | 'at least'
  | 'roughly'
  | 'over'
  | 'less than'
  | 'almost'
  | 'around';

export const PERIOD_GRAINS = [
  'day',
  'month',
  'quarter',
  'half',
  'year',
  'fiscal-quarter',
  'fiscal-year',
] as const;
export type PeriodGrain = (typeof PERIOD_GRAINS)[number];

/** How a period was found: in the text, resolved against the publication date, or defaulted to it. */
export type PeriodHow = 'explicit' | 'relative' | 'defaulted';

/** The time a figure refers to (DESIGN.md contract 1). `start`/`end` are inclusive ISO dates. */
export interface Period {
  /** The phrase that gave it ("Q4 2024", "last year"), "" when implied or defaulted. */
  text: string;
  start: string | null;
  end: string | null;
  grain: PeriodGrain;
  how: PeriodHow;
  /** Fiscal label ("FY2025 Q2", "FY2025") for fiscal grains only. */
  fiscal?: string;
}

/** The ids of the rules that set a statistic's subject, period and source (null: no rule fired). */
export interface ClaimTrace {
  subject: string | null;
  period: string | null;
  source: string | null;
}

interface SpanBase {
  /** UTF-16 offsets into the input text, end exclusive. */
  start: number;
  end: number;
  text: string;
}

/** What extraction finds in text, before any store lookup. */
export interface ExtractedStatistic extends SpanBase {
  kind: 'statistic';
  value: number;
  unit: Unit;
  hedge: Hedge | null;
  /** Surface text of the named source the figure is attributed to. */
  source: string | null;
  /** The entity the figure is about (a company, "the tech sector"), or null. */
  subject: string | null;
  /** What the figure measures, e.g. "layoffs", "revenue", "users"; helps matching. */
  measure: string | null;
  /** The time the figure refers to; null when nothing places it. */
  period?: Period | null;
  /** Which rules decided subject, period and source. */
  trace?: ClaimTrace;
  /** The other end of the range the figure is one end of ("$56 billion to $59 billion"). */
  rangeEnd?: number;
}

export interface ExtractedSource extends SpanBase {
  kind: 'source';
}

export type ExtractedClaim = ExtractedStatistic | ExtractedSource;

/** A citation as shown with a verdict (subset of the citation record, contract 2). */
export interface CitationRef {
  publisher: string;
  url: string | null;
  published: string | null;
  claim: string;
  /** A fact-checker's rating, e.g. "False", when the citation came from ClaimReview. */
  rating?: string | null;
  /**
   * The time the citation's figure is for (a contract-2 period string), as its record states it
   * or as its published date implies for an announced figure; null when nothing places it.
   */
  period?: string | null;
  /** Learned from the user's reading: the day the page was read (YYYY-MM-DD), or null if unknown. */
  read?: string | null;
}

/**
 * `value`: same subject, measure and period, another figure. `period`: the same figure reported
 * for another time.
 */
export type ConflictKind = 'value' | 'period';

export interface Conflict extends CitationRef {
  value: number;
  unit: Unit;
  /** Absent for a fact-checker's rating or a disagreement whose period is unknown. */
  kind?: ConflictKind;
}

export interface Assessment {
  verdict: Verdict;
  citations: CitationRef[];
  conflicts: Conflict[];
  /** One line for the card and exports: which publishers, which conflicts. */
  reason: string;
}

export type AnnotatedClaim = ExtractedClaim & Assessment & { id: string };

/** Contract 1: the claim JSON document. */
export interface ClaimDocument {
  version: 1;
  url: string | null;
  /** The page's title (og:title or <title>); null when it has none (a .txt file). */
  title?: string | null;
  claims: AnnotatedClaim[];
}
