// Subject normalisation: "Meta Platforms, Inc.", "Facebook" and "Meta's" are one subject.
// Matching only pairs a claim with citations whose subject key is equal, so the key decides
// recall; keep it conservative (a wrong alias merges two companies' figures). Known companies
// and their products fold to the company's canonical name first (utils/vocab/companies.ts), for
// claims and records alike.
import { companyOf } from '../vocab/companies';

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

// Names the vocabulary does not list, by normalised key → canonical key: Google's figures are
// reported as Alphabet's, Square renamed itself, and X is Twitter's new name.
const ALIASES = new Map<string, string>([
  ['google', 'alphabet'],
  ['square', 'block'],
  ['x', 'twitter'],
]);

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

/** The key two spellings of one subject share, or null when nothing is left to compare. */
export function subjectKey(subject: string | null | undefined): string | null {
  if (subject === null || subject === undefined) return null;
  const key = nameKey(companyOf(subject) ?? subject);
  return key === null ? null : (ALIASES.get(key) ?? key);
}
