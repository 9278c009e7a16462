// Publisher normalisation: `cnbc.com`, `https://www.cnbc.com/…`, `CNBC` and `CNBC Tech` are one
// publisher. Independence between citations is counted on these keys, so two spellings of one
// outlet must never count as two publishers.

import OUTLETS from '../vocab/outlets.json';

/** What kind of source an outlet is; a company's own release is evidence, a wire is syndicated. */
export type OutletKind = 'news' | 'wire' | 'data' | 'factcheck' | 'company-release';

export interface Outlet {
  name: string;
  /** Other spellings of the name, compared after `compactName`. */
  aliases: string[];
  /** Host names (without `www.`); a sub-domain of one of these is the same publisher. */
  domains: string[];
  kind: OutletKind;
}

// News outlets, wire services, data providers, fact-checkers and companies' own newsrooms
// (utils/vocab/outlets.json): source recognition and publisher normalisation read the same list,
// so a name the pack spells one way is the name a page's byline resolves to.
export const KNOWN_OUTLETS: readonly Outlet[] = OUTLETS as Outlet[];

// Trailing words that name a desk or edition of an outlet, not a different outlet:
// "CNBC Tech", "Reuters Business", "Sky News" → the outlet itself.
const EDITION_WORDS = new Set([
  'tech',
  'technology',
  'news',
  'business',
  'markets',
  'money',
  'online',
  'digital',
  'international',
  'world',
  'uk',
  'us',
  'india',
  'europe',
  'asia',
]);

// Second-level suffixes under which the registrable label is one further left (bbc.co.uk).
const TWO_LEVEL_SUFFIXES = new Set([
  'co.uk',
  'org.uk',
  'ac.uk',
  'com.au',
  'net.au',
  'co.in',
  'co.il',
  'co.jp',
  'com.br',
  'co.nz',
  'co.za',
  'com.sg',
  'com.cn',
]);

// Sub-domains that serve the same outlet's pages.
const SAME_SITE_PREFIXES = /^(?:www\d*|m|amp|mobile|edition|beta)\./;

function compactName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/&/g, ' and ')
    .replace(/^\s*the\s+/, '')
    .replace(/[^a-z0-9]+/g, '');
}

function nameWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/^\s*the\s+/, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

const byDomain = new Map<string, Outlet>();
const byName = new Map<string, Outlet>();
for (const outlet of KNOWN_OUTLETS) {
  for (const domain of outlet.domains) byDomain.set(domain, outlet);
  for (const alias of [outlet.name, ...outlet.aliases]) byName.set(compactName(alias), outlet);
}

/** The host of a URL or bare domain ("www.cnbc.com/x" → "cnbc.com"), or null for a plain name. */
export function hostOf(text: string): string | null {
  const trimmed = text.trim().toLowerCase();
  let host: string;
  if (/^https?:\/\//.test(trimmed)) {
    try {
      host = new URL(trimmed).hostname;
    } catch {
      return null;
    }
  } else if (
    /^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/\S*)?$/.test(trimmed) &&
    !/^\d+(?:\.\d+)*$/.test(trimmed)
  ) {
    // A bare domain ("cnbc.com", "layoffs.fyi"); version-like "1.2" is not a host.
    host = trimmed.split('/')[0] ?? trimmed;
  } else {
    return null;
  }
  while (SAME_SITE_PREFIXES.test(host)) host = host.replace(SAME_SITE_PREFIXES, '');
  return host === '' ? null : host;
}

function knownByHost(host: string): Outlet | undefined {
  // news.bbc.co.uk → bbc.co.uk: an outlet's sub-domains are the outlet.
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const found = byDomain.get(labels.slice(i).join('.'));
    if (found) return found;
  }
  return undefined;
}

function registrableLabel(host: string): string {
  const labels = host.split('.');
  const lastTwo = labels.slice(-2).join('.');
  const index = TWO_LEVEL_SUFFIXES.has(lastTwo) ? labels.length - 3 : labels.length - 2;
  return labels[Math.max(index, 0)] ?? host;
}

function knownByName(text: string): Outlet | undefined {
  const direct = byName.get(compactName(text));
  if (direct) return direct;
  const words = nameWords(text);
  while (words.length > 1 && EDITION_WORDS.has(words[words.length - 1] ?? '')) words.pop();
  return byName.get(words.join(''));
}

/**
 * The key two spellings of one publisher share. Unknown domains key on their registrable label
 * ("kron4.com" → "kron4") so the name "KRON4" meets them.
 */
export function publisherKey(text: string): string {
  const host = hostOf(text);
  if (host !== null) {
    const known = knownByHost(host);
    return known ? compactName(known.name) : registrableLabel(host).replace(/[^a-z0-9]+/g, '');
  }
  const known = knownByName(text);
  if (known) return compactName(known.name);
  const words = nameWords(text);
  while (words.length > 1 && EDITION_WORDS.has(words[words.length - 1] ?? '')) words.pop();
  return words.join('');
}

/** The known outlet a name, domain or URL denotes, if any. */
export function outletOf(text: string): Outlet | undefined {
  const host = hostOf(text);
  return host !== null ? knownByHost(host) : knownByName(text);
}

/** A display name: the outlet's usual name when known, else the host or the trimmed text. */
export function publisherName(text: string): string {
  const host = hostOf(text);
  if (host !== null) return knownByHost(host)?.name ?? host;
  return knownByName(text)?.name ?? text.trim();
}
