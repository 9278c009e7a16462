// Subject normalisation: "Meta Platforms, Inc.", "Facebook" and "Meta's" are one subject.
// Matching only pairs a claim with citations whose subject key is equal, so the key decides
// recall; keep it conservative (a wrong alias merges two companies' figures).

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

// Former and parent names of the same company, by normalised key → canonical key.
const ALIASES = new Map<string, string>([
  ['facebook', 'meta'],
  ['meta platforms', 'meta'],
  ['google', 'alphabet'],
  ['twitter', 'x'],
  ['x corp', 'x'],
  ['amazon com', 'amazon'],
  ['square', 'block'],
]);

/** The key two spellings of one subject share, or null when nothing is left to compare. */
export function subjectKey(subject: string | null | undefined): string | null {
  if (subject === null || subject === undefined) return null;
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
  if (words.length === 0) return null;
  const key = words.join(' ');
  return ALIASES.get(key) ?? key;
}
