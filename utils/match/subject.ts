// Subject normalisation: "Meta Platforms, Inc.", "Facebook" and "Meta's" are one subject.
// Matching only pairs a claim with citations whose subject key is equal, so the key decides
// recall; keep it conservative (a wrong alias merges two companies' figures). The companies'
// names and aliases come from utils/vocab/companies.json, applied to claims and records alike.
import companies from '../vocab/companies.json';

// Legal-form words that never distinguish two companies.
const LEGAL_SUFFIXES = new Set([
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'ltd',
  'limited',
  'llc',
  'plc',
  'ag',
  'sa',
  'gmbh',
  'nv',
  'bv',
  'holdings',
  'group',
]);

interface Company {
  name: string;
  aliases: string[];
  parent: string | null;
  fiscalYearEnd: number;
}

// Names the vocabulary does not list, by normalised key → canonical key: Google's figures are
// reported as Alphabet's, Square renamed itself, and X is Twitter's new name.
const EXTRA_ALIASES: [string, string][] = [
  ['google', 'alphabet'],
  ['square', 'block'],
  ['x', 'twitter'],
];

/** Normalised words of a name, legal forms and a leading "the" dropped. */
function nameKey(subject: string): string | null {
  const words = subject
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/\(formerly [^)]*\)/g, ' ')
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  if (words[0] === 'the' && words.length > 1) words.shift();
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1] ?? '')) words.pop();
  return words.length === 0 ? null : words.join(' ');
}

const ALIASES = new Map<string, string>();
/** Canonical key → the month (1–12) the company's fiscal year ends. */
const FISCAL_YEAR_END = new Map<string, number>();
for (const company of companies as Company[]) {
  const canonical = nameKey(company.name);
  if (canonical === null) continue;
  FISCAL_YEAR_END.set(canonical, company.fiscalYearEnd);
  for (const alias of company.aliases) {
    const key = nameKey(alias);
    if (key !== null && key !== canonical) ALIASES.set(key, canonical);
  }
}
for (const [alias, canonical] of EXTRA_ALIASES) ALIASES.set(alias, canonical);

/** The key two spellings of one subject share, or null when nothing is left to compare. */
export function subjectKey(subject: string | null | undefined): string | null {
  if (subject === null || subject === undefined) return null;
  const key = nameKey(subject);
  return key === null ? null : (ALIASES.get(key) ?? key);
}

/** The month a subject's fiscal year ends, when the vocabulary knows the company. */
export function fiscalYearEndOf(key: string | null): number | null {
  return key === null ? null : (FISCAL_YEAR_END.get(key) ?? null);
}
