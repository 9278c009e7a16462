// What a figure measures. Two figures with the same value and unit back each other only when
// they measure the same thing: a 15% revenue rise never backs a 15% workforce cut.

export const MEASURES = [
  'layoffs',
  'headcount',
  'revenue',
  'profit',
  'users',
  'funding',
  'valuation',
  'price',
  'market-share',
] as const;
export type KnownMeasure = (typeof MEASURES)[number];

// Ordered: the first pattern that matches wins, so "laid off 700 employees" is layoffs, not
// headcount, and "raised prices" is price, not funding.
const PATTERNS: [KnownMeasure, RegExp][] = [
  [
    'layoffs',
    /\blay[- ]?offs?\b|\blaying off\b|\blaid off\b|\blays off\b|\bjob cuts?\b|\bjobs? (?:cut|loss|losses)\b|\bredundanc|\bdownsiz|\bwork ?force (?:reduction|cut)|\bheadcount (?:reduction|cut)|\b(?:cut|cuts|cutting|slash\w*|eliminat\w*|shed\w*|trim\w*)\b(?:\s+\S+){0,4}?\s+(?:jobs|roles|positions|staff|employees|workers|work ?force|headcount)\b|\bshut(?:s|ting)? down\b/i,
  ],
  ['revenue', /\brevenues?\b|\bsales\b|\bturnover\b|\bbookings\b/i],
  [
    'profit',
    /\bprofits?\b|\bnet income\b|\bearnings\b|\bnet loss\b|\boperating (?:income|loss)\b|\bebitda\b/i,
  ],
  ['market-share', /\bmarket share\b|\bshare of the market\b/i],
  ['price', /\bprices?\b|\bcosts?\b|\bfees?\b/i],
  ['valuation', /\bvaluation\b|\bvalued at\b|\bmarket cap/i],
  [
    'funding',
    /\braised?\b|\braises\b|\bfunding\b|\bseries [a-j]\b|\bseed round\b|\binvestment round\b/i,
  ],
  [
    'users',
    /\busers\b|\bsubscribers\b|\bcustomers\b|\bmonthly active\b|\bdaily active\b|\bmembers\b/i,
  ],
  ['headcount', /\bemploy(?:s|ees)\b|\bheadcount\b|\bstaff\b|\bwork ?force\b|\bworkers\b/i],
];

/** The measure a free-text claim is about, or null when no known measure is named. */
export function measureOfText(text: string): KnownMeasure | null {
  for (const [measure, pattern] of PATTERNS) if (pattern.test(text)) return measure;
  return null;
}

/**
 * A normalised measure for a label from extraction or a record ("job cuts" → "layoffs").
 * Labels outside the vocabulary are kept, lower-cased, so equal labels still meet.
 */
export function normaliseMeasure(label: string | null | undefined): string | null {
  if (label === null || label === undefined) return null;
  const trimmed = label.trim().toLowerCase();
  if (trimmed === '') return null;
  if ((MEASURES as readonly string[]).includes(trimmed)) return trimmed;
  return measureOfText(trimmed) ?? trimmed.replace(/\s+/g, ' ');
}

/** Unknown measures are compatible with anything: only two known, different measures clash. */
export function measuresCompatible(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}
