// Picks starter-pack entries for a hand audit (issue 12): a seeded, uniform draw across every
// topic file, so another auditor can re-draw the same sample and a fresh seed gives a fresh one.
//   npx tsx scripts/audit-pack.ts [--seed N] [--n 40] [--json] [dir]
// It only prints the picks; the checking itself (re-finding each page, comparing publisher, URL,
// date, figure and period) is done by hand and written to docs/pack-audit.md.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { random } from './random';
import { STARTER_PACK_PATH } from './starter-pack-files';
import { readPackDir, type PackEntryInput, type PackInput } from './validate-pack';

export interface AuditPick {
  file: string;
  /** Position in the file's citations array. */
  index: number;
  entry: PackEntryInput;
}

/** `n` distinct entries drawn without replacement, in the order drawn. */
export function pickEntries(input: PackInput, seed: number, n: number): AuditPick[] {
  const pool: AuditPick[] = [];
  for (const { file, json } of input.topics) {
    const citations = (json as { citations?: unknown }).citations;
    if (!Array.isArray(citations)) continue;
    citations.forEach((entry, index) => pool.push({ file, index, entry: entry as PackEntryInput }));
  }
  // A partial Fisher–Yates shuffle: the first n slots end up a uniform sample of the pool.
  const next = random(seed);
  const count = Math.min(n, pool.length);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(next() * (pool.length - i));
    const drawn = pool[j] as AuditPick;
    pool[j] = pool[i] as AuditPick;
    pool[i] = drawn;
  }
  return pool.slice(0, count);
}

function describe(pick: AuditPick, rank: number): string {
  const e = pick.entry;
  return [
    `#${rank} ${pick.file}[${pick.index}] ${e.publisher} (${e.published})`,
    `  ${e.url}`,
    `  ${e.subject}: ${e.value} ${e.unit}${e.measure ? ` ${e.measure}` : ''}, period ${e.period ?? '-'}` +
      (e.syndicatedFrom ? `, syndicated from ${e.syndicatedFrom}` : ''),
    `  claim: ${e.claim}`,
    `  checked: ${e.checked ?? '-'}`,
  ].join('\n');
}

function main(argv: string[]): number {
  let seed = 1;
  let n = 40;
  let json = false;
  let dir = STARTER_PACK_PATH;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--seed' || arg === '--n') {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 0) {
        console.error(`${arg} needs a whole number`);
        return 2;
      }
      if (arg === '--seed') seed = value;
      else n = value;
    } else if (arg === '--json') json = true;
    else dir = arg;
  }
  const picks = pickEntries(readPackDir(resolve(dir)), seed, n);
  if (json) console.log(JSON.stringify(picks, null, 2));
  else {
    console.log(`seed ${seed}, ${picks.length} picks`);
    picks.forEach((pick, i) => console.log(describe(pick, i + 1)));
  }
  return 0;
}

const invoked = process.argv[1] ? resolve(process.argv[1]) : '';
if (invoked === fileURLToPath(import.meta.url)) {
  process.exit(main(process.argv.slice(2)));
}
