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
}

export interface Conflict extends CitationRef {
  value: number;
  unit: Unit;
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
  claims: AnnotatedClaim[];
}
