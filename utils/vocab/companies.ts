// The company gazetteer over companies.json: one canonical name per organisation (aliases,
// tickers and legal suffixes fold into it) and each company's fiscal calendar. Data lives in the
// JSON rows; this module only indexes them, so growing the list needs no code.

import rows from './companies.json';
import products from './products.json';

export interface CompanyRow {
  name: string;
  aliases: string[];
  tickers: string[];
  parent: string | null;
  /** The month (1–12) the fiscal year ends in; the year is named by the calendar year it ends in. */
  fiscalYearEnd: number;
  /**
   * The parent reports this company's results as its own (Google's are Alphabet's): in an article
   * that names the parent too, the company's figures are the parent's.
   */
  foldsIntoParent?: boolean;
}

export const COMPANIES: readonly CompanyRow[] = rows as CompanyRow[];

// Legal and descriptive tails that do not change which company a name means
// ("Dell Technologies Inc." = "Dell").
const SUFFIX =
  /(?:[,\s]+(?:inc|incorporated|corp|corporation|co|company|plc|ltd|limited|llc|ag|sa|nv|se|group|holdings|platforms|technologies|technology))+\.?$/i;

/** The comparison key of a company name: case, apostrophes, punctuation and legal suffixes folded. */
export function companyKey(name: string): string {
  let key = name
    .trim()
    .replace(/^the\s+/i, '')
    .replace(/['’]s$/i, '')
    .replace(/\.$/, '');
  for (let previous = ''; previous !== key;) {
    previous = key;
    key = key.replace(SUFFIX, '');
  }
  return key
    .toLowerCase()
    .replace(/[‐‑–—-]/g, ' ')
    .replace(/[^\p{L}\p{N}&+ ]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// Built on first use: the extension's service worker pays for it only when a page is read.
let byKey: Map<string, CompanyRow> | null = null;
let byTicker: Map<string, CompanyRow> | null = null;

function index(): { byKey: Map<string, CompanyRow>; byTicker: Map<string, CompanyRow> } {
  if (byKey && byTicker) return { byKey, byTicker };
  byKey = new Map();
  byTicker = new Map();
  for (const row of COMPANIES) {
    for (const name of [row.name, ...row.aliases]) {
      const key = companyKey(name);
      // The first row to claim a key keeps it: a canonical name outranks another row's alias.
      if (key && !byKey.has(key)) byKey.set(key, row);
    }
    for (const t of row.tickers) byTicker.set(t.toUpperCase(), row);
  }
  return { byKey, byTicker };
}

// Extraction asks about every name chunk: remember the answers (bounded) for the process.
const LOOKED_UP = new Map<string, CompanyRow | null>();
const LOOKED_UP_LIMIT = 20_000;

/** The row a name, alias or ticker ("NASDAQ: AAPL", "$AAPL", "AAPL") stands for, or null. */
export function companyRow(name: string): CompanyRow | null {
  const seen = LOOKED_UP.get(name);
  if (seen !== undefined) return seen;
  const { byKey, byTicker } = index();
  let found = byKey.get(companyKey(name)) ?? null;
  if (!found) {
    const ticker = /^(?:\(?(?:NASDAQ|NYSE|LSE)\s*:\s*)?\$?([A-Z]{1,5})\)?$/.exec(name.trim());
    found = ticker ? (byTicker.get(ticker[1] as string) ?? null) : null;
  }
  if (LOOKED_UP.size >= LOOKED_UP_LIMIT) LOOKED_UP.clear();
  LOOKED_UP.set(name, found);
  return found;
}

/** The canonical name of a known company ("Meta Platforms Inc" → "Meta"), or null. */
export function canonicalCompany(name: string): string | null {
  return companyRow(name)?.name ?? null;
}

// A Map, not the JSON object: a name such as "toString" or "valueOf" found Object.prototype's
// methods there and was read as a product whose company is a function (extraction threw).
const PRODUCT_OWNERS: ReadonlyMap<string, string> = new Map(Object.entries(products));

/** The company a product or brand of products.json belongs to ("Azure" → "Microsoft"), if any. */
export function productOwner(name: string): string | undefined {
  return PRODUCT_OWNERS.get(name);
}

/**
 * The company a known company, product or brand name stands for ("ChatGPT" → "OpenAI",
 * "Meta Platforms" → "Meta"), or null. Claims resolve products to their company (the labelling
 * rules), so the store's subjects must fold the same way or a product's citations never meet them.
 */
export function companyOf(name: string): string | null {
  // Products first, as extraction reads them: "ChatGPT" is also a row of the company list.
  const owner = productOwner(name.trim());
  if (owner !== undefined) return canonicalCompany(owner) ?? owner;
  return canonicalCompany(name) ?? brandedProduct(name);
}

/**
 * "Nvidia RTX", "Tesla Model Y": a known company's name, then a name the list does not know, is
 * one of its products (a unit the list knows, "Google Cloud", is matched whole above).
 */
function brandedProduct(name: string): string | null {
  const space = name.indexOf(' ');
  if (space <= 0 || !/^\s*\p{Lu}/u.test(name.slice(space))) return null;
  return canonicalCompany(name.slice(0, space));
}

/** The month (1–12) a known company's fiscal year ends in, or null when unknown. */
export function fiscalYearEnd(name: string): number | null {
  return companyRow(name)?.fiscalYearEnd ?? null;
}
