// Temporary scoring shim (to be replaced by scripts/annotate.ts): prints contract-1 JSON.
import { readFileSync } from 'node:fs';
import { articleText, extract } from '../utils/extract/index';

const file = process.argv[2] ?? '';
const raw = readFileSync(file, 'utf8');
const claims = extract(/\.html?$/i.test(file) ? articleText(raw) : raw).map((c, i) => ({
  id: `c${i + 1}`,
  ...c,
  verdict: 'unverifiable',
  citations: [],
  conflicts: [],
  reason: '',
}));
console.log(JSON.stringify({ version: 1, url: null, claims }));
