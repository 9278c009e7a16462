// What a figure measures. Two figures with the same value and unit back each other only when
// they measure the same thing: a 15% revenue rise never backs a 15% workforce cut.

export const MEASURES = [
  'layoffs',
  'hiring',
  'headcount',
  'revenue',
  'profit',
  'users',
  'funding',
  'valuation',
  'price',
  'market-share',
  // Finer measures of results and markets that reports give beside the ones above, and that a
  // rewrite swaps for them: a figure of one never backs a claim of another.
  'estimate',
  'eps',
  'dividend',
  'buyback',
  'operating-income',
  'margin',
  'capex',
  'charges',
  'savings',
  'stock',
  'impressions',
  'deliveries',
  'production',
  'subscribers',
  'roi',
] as const;
export type KnownMeasure = (typeof MEASURES)[number];

/** One measure's words, with a claim that names it (a table test reads every row). */
export interface MeasureRule {
  measure: KnownMeasure;
  pattern: RegExp;
  example: string;
}

const SHARE_MOVE =
  /\b(?:shares?|stock)\s+(?:\w+\s+){0,2}?(?:rose|rise|rises|fell|falls?|jumped|jumps?|slid|slides?|slipped|dropped|drops?|climbed|climbs?|surged|surges?|gained|gains?|lost|loses|sank|sinks?|plunged|plunges?|soared|soars?|tumbled|tumbles?|rallied|declined|declines?|were (?:up|down)|(?:is|was) (?:up|down)|has fallen|have fallen|added|shed)\b/;

// Ordered: the first rule that matches wins, so "laid off 700 employees" is layoffs, not
// headcount, "analysts expected revenue of" is an estimate, not revenue, "a dividend of 50 cents
// per share" is a dividend, not earnings per share, and "raised prices" is price, not funding.
export const MEASURE_RULES: readonly MeasureRule[] = [
  {
    measure: 'layoffs',
    pattern:
      /\blay[- ]?offs?\b|\blaying off\b|\blaid off\b|\blays off\b|\bjob cuts?\b|\bjobs? (?:cut|loss|losses)\b|\bredundanc|\bdownsiz|\bwork ?force (?:reduction|cut)|\bheadcount (?:reduction|cut)|\b(?:cut|cuts|cutting|slash\w*|eliminat\w*|shed\w*|trim\w*)\b(?:\s+\S+){0,4}?\s+(?:jobs|roles|positions|staff|employees|workers|work ?force|headcount)\b|\bshut(?:s|ting)? down\b/i,
    example: 'Quillbridge to lay off about 15% of its workforce',
  },
  {
    // Jobs added, not jobs cut nor staff kept: "plans to hire 150 engineers" is neither the
    // cut of 150 nor a headcount of 150.
    measure: 'hiring',
    pattern: /\bhir(?:e|es|ed|ing)\b|\bnew hires\b|\brecruit(?:s|ed|ing|ment)?\b/i,
    example: 'Quillbridge plans to hire 300 engineers this year',
  },
  {
    measure: 'estimate',
    // What analysts expected, not what was reported: "beat analysts' expectations" compares a
    // reported figure with the estimate, so it stays the reported figure's. The look-behind is
    // bounded, so linear time on any input; the look-ahead in front (the words every branch
    // starts with) keeps it to the places a branch can match: tried at every position, it made
    // this the costliest measure row.
    pattern:
      /(?=\b(?:analyst|consensus|Wall Street|LSEG|FactSet|Refinitiv|StreetAccount|Visible Alpha))(?<!\b(?:beat|beats|beating|topped|tops|topping|surpass\w*|exceed\w*|miss\w*|above|below|ahead of|short of)\s{1,3}(?:\S{1,30}\s{1,3}){0,2})(?:\banalysts?(?:'|\b)(?:\s+\S+){0,6}?\s+(?:had\s+)?(?:expect\w*|estimat\w*|forecast\w*|predict\w*|project\w*|anticipat\w*|look\w* for)\b|\bconsensus\b|\b(?:analysts?'?|Wall Street(?:'s)?)\s+(?:expectations|estimates?|forecasts?)\b|\b(?:LSEG|FactSet|Refinitiv|StreetAccount|Visible Alpha)\b)/i,
    example: 'Analysts polled by LSEG expected revenue of $10.2 billion',
  },
  {
    measure: 'dividend',
    pattern: /\bdividends?\b/i,
    example: 'Quillbridge declared a dividend of 12 cents a share',
  },
  {
    measure: 'eps',
    pattern: /\bearnings per (?:diluted )?share\b|\bEPS\b|\bper (?:diluted )?share\b/i,
    example: 'Quillbridge earned $1.12 per share',
  },
  {
    measure: 'buyback',
    pattern: /\bbuy-?backs?\b|\b(?:share|stock) repurchases?\b|\brepurchase (?:program|plan)\b/i,
    example: 'Quillbridge authorised a $5 billion buyback',
  },
  {
    measure: 'operating-income',
    pattern: /\boperating (?:income|profits?|loss(?:es)?)\b/i,
    example: 'Quillbridge operating income rose to $2.1 billion',
  },
  {
    // A loss a company or unit "posted" is its operating loss unless called net ("Reality Labs
    // posted a loss of $4.4 billion"); a net loss is profit's, below. Measures are read in
    // windows of a few words, so "loss of" alone would also be the tail of "a net loss of".
    measure: 'operating-income',
    pattern:
      /\b(?:posted|posts|reported|reports|recorded|booked|narrowed|widened)\s{1,3}(?:an?\s{1,3})?(?:\S{1,20}\s{1,3}){0,3}?(?<!\bnet\s{1,3})loss(?:es)?\b|(?<!\bnet\s{1,3})\bloss(?:es)?\s{1,3}(?:reported|posted|recorded)\b/i,
    example: 'the devices unit posted a loss of $300 million',
  },
  {
    // A return on what was spent, not a company's growth: "a 23% lift in campaign ROI" is not
    // revenue up 23%.
    measure: 'roi',
    pattern: /\bROI\b|\bROAS\b|\breturns? on (?:ad spend|investment|capital|equity)\b/i,
    example: 'the campaigns returned a 30% higher ROI for advertisers',
  },
  {
    measure: 'margin',
    pattern: /\bmargins?\b/i,
    example: 'Quillbridge gross margin was 44%',
  },
  {
    measure: 'capex',
    pattern: /\bcapital (?:expenditures?|spending|investments?)\b|\bcapex\b/i,
    example: 'Quillbridge plans capital expenditures of $8 billion',
  },
  {
    measure: 'charges',
    pattern:
      /\b(?:pre-?tax|restructuring|one-time|non-cash|tax|severance|impairment|accounting)\s+(?:\w+\s+)?charges?\b|\bof charges\b|\bwrite-?downs?\b|\bimpairments?\b/i,
    example: 'Quillbridge expects $300 million of restructuring charges',
  },
  {
    measure: 'savings',
    pattern: /\bsavings\b/i,
    example: 'the plan brings annual cost savings of $200 million',
  },
  {
    measure: 'stock',
    pattern: new RegExp(
      `${SHARE_MOVE.source}|\\bafter[- ]hours\\b|\\bpre-?market\\b|\\bpost-?market\\b|\\bextended trading\\b|\\b(?:share|stock) price\\b|\\bof (?:its|their) (?:market )?value\\b`,
      'i',
    ),
    example: 'Quillbridge shares fell 8% in extended trading',
  },
  {
    measure: 'revenue',
    pattern: /\brevenues?\b|\bsales\b|\bturnover\b|\bbookings\b/i,
    example: 'Quillbridge revenue grew 15% last quarter',
  },
  {
    measure: 'profit',
    pattern: /\bprofits?\b|\bnet income\b|\bearn(?:ings|ed)\b|\bnet loss\b|\bebitda\b/i,
    example: 'Quillbridge net income was $400 million',
  },
  {
    measure: 'market-share',
    pattern: /\bmarket share\b|\bshare of the market\b/i,
    example: 'Quillbridge holds a 12% market share',
  },
  {
    measure: 'impressions',
    pattern: /\bimpressions\b/i,
    example: 'ad impressions rose 9%',
  },
  {
    measure: 'price',
    pattern: /\bprices?\b|\bcosts?\b|\bfees?\b/i,
    example: 'Quillbridge raised prices 5%',
  },
  {
    measure: 'valuation',
    pattern: /\bvaluation\b|\bvalued at\b|\bmarket cap|\bmarket value\b/i,
    example: 'Quillbridge was valued at $2 billion',
  },
  {
    measure: 'funding',
    pattern:
      /\braised?\b|\braises\b|\bfunding\b|\bseries [a-j]\b|\bseed round\b|\binvestment round\b|\bto invest in\b|\b(?:venture|startup|investment) fund\b/i,
    example: 'Quillbridge raised $40 million in a Series B',
  },
  {
    measure: 'deliveries',
    pattern:
      /\bdeliver(?:ed|ies)\b|\bhanded over\b|\bshipments?\b|\bshipped\b|\bsold\b(?:\s+\S+){0,4}?\s+(?:vehicles|cars|units|EVs|phones|devices|iPhones)\b/i,
    example: 'Quillbridge delivered 48,000 vehicles',
  },
  {
    measure: 'production',
    pattern: /\bproduc(?:ed|tion)\b|\bmade\b(?:\s+\S+){0,3}?\s+(?:vehicles|cars|units)\b/i,
    example: 'Quillbridge produced 50,000 vehicles',
  },
  {
    // Active users and paying subscribers are two counts: "monthly active users of the ad tier"
    // are users, "paying customers" subscribers, plain "customers" users.
    measure: 'users',
    pattern: /\bmonthly active\b|\bdaily active\b|\b[MD]AUs?\b/i,
    example: 'Quillbridge has 20 million monthly active users',
  },
  {
    measure: 'subscribers',
    pattern:
      /\bsubscri(?:bers?|ptions)\b|\b(?:paid|paying) (?:members|memberships|accounts|customers|users)\b|\bmemberships?\b|\bmembers\b|\bnet (?:additions|adds)\b/i,
    example: 'Quillbridge has 5 million paying subscribers',
  },
  {
    measure: 'users',
    pattern: /\busers\b|\bcustomers\b/i,
    example: 'Quillbridge serves 40,000 customers',
  },
  {
    measure: 'headcount',
    pattern: /\bemploy(?:s|ees)\b|\bheadcount\b|\bstaff\b|\bwork ?force\b|\bworkers\b/i,
    example: 'Quillbridge employs 2,300 people',
  },
];

/** Measures that name a kind of a broader one: operating income and earnings per share are profits. */
const KIND_OF: Partial<Record<KnownMeasure, readonly KnownMeasure[]>> = {
  'operating-income': ['profit'],
  eps: ['profit'],
  dividend: ['eps'],
  margin: ['profit', 'operating-income'],
  subscribers: ['users'],
};

/**
 * Whether `fine` says more precisely what `coarse` says: a kind of it, or an estimate of it
 * ("analysts expected revenue of" is an estimate, not revenue).
 */
export function refines(fine: KnownMeasure, coarse: KnownMeasure): boolean {
  return fine !== coarse && (fine === 'estimate' || (KIND_OF[fine]?.includes(coarse) ?? false));
}

/** The measure a free-text claim is about, or null when no known measure is named. */
export function measureOfText(text: string): KnownMeasure | null {
  return firstMeasureOfText(text, () => true);
}

/**
 * The first measure the text names that `accept` takes (`measuresOfText(text).find(accept)`),
 * testing only the rules of measures it takes, and none after the first that matches.
 */
export function firstMeasureOfText(
  text: string,
  accept: (measure: KnownMeasure) => boolean,
): KnownMeasure | null {
  for (const { measure, pattern } of MEASURE_RULES)
    if (accept(measure) && pattern.test(text)) return measure;
  return null;
}

/** Every measure the text names, first rule first. */
export function measuresOfText(text: string): KnownMeasure[] {
  const found: KnownMeasure[] = [];
  for (const { measure, pattern } of MEASURE_RULES)
    if (pattern.test(text) && !found.includes(measure)) found.push(measure);
  return found;
}

const SHARE_PREFIX = 'share of ';

/**
 * The label of a share of a measure's figure ("% of Layoff Cuts" over a department's row: its
 * share of the cut, utils/extract/table-column.ts), and back.
 */
export const shareOf = (measure: KnownMeasure): string => SHARE_PREFIX + measure;
export const sharedMeasure = (label: string): string | null =>
  label.startsWith(SHARE_PREFIX) ? label.slice(SHARE_PREFIX.length) : null;

/**
 * A normalised measure for a label from extraction or a record ("job cuts" → "layoffs").
 * Labels outside the vocabulary are kept, lower-cased, so equal labels still meet.
 */
export function normaliseMeasure(label: string | null | undefined): string | null {
  if (label === null || label === undefined) return null;
  const trimmed = label.trim().toLowerCase();
  if (trimmed === '') return null;
  if ((MEASURES as readonly string[]).includes(trimmed)) return trimmed;
  // A share label is a part of the measure's figure, never the figure: kept whole, it meets only
  // its own kind.
  if (sharedMeasure(trimmed) !== null) return trimmed.replace(/\s+/g, ' ');
  return measureOfText(trimmed) ?? trimmed.replace(/\s+/g, ' ');
}

/** Unknown measures are compatible with anything: only two known, different measures clash. */
export function measuresCompatible(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

/** A per-share figure is a few hundred dollars at most, never millions. */
const PER_SHARE_MAX = 10_000;
const PER_SHARE: ReadonlySet<string> = new Set(['eps', 'dividend']);

/**
 * The measure of a report's figure: its record's, unless that is a per-share measure and the
 * figure is far too large for one ("profit rose to $34.5 billion, or $2.82 per share" keeps the
 * profit): then the next measure its text names, or none.
 */
export function reportedMeasure(
  measure: string | null,
  claim: string,
  unit: string,
  value: number,
): string | null {
  if (measure === null || !PER_SHARE.has(measure) || unit === 'percent') return measure;
  if (Math.abs(value) < PER_SHARE_MAX) return measure;
  return measuresOfText(claim).find((m) => !PER_SHARE.has(m)) ?? null;
}
