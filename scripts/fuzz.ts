// `npm run fuzz [-- CASES [SEED]]`: the fuzz suite at length (test/fuzz/fuzz.ts). Prints the
// counts and exits 1 on any crash, hang, non-finite value or markup let through.
import { FUZZ_SEED, fuzz } from '../test/fuzz/fuzz';

const args = process.argv.slice(2).filter((a) => a !== '--');
const cases = Number(args[0] ?? 30_000);
const seed = Number(args[1] ?? FUZZ_SEED);
const started = performance.now();
const counts = fuzz(cases, seed);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `fuzz: ${counts.cases} cases (seed ${seed}) in ${seconds} s: ${counts.crashes} crashes, ${counts.hangs} hangs, ${counts.nonFinite} non-finite values, ${counts.markup} markup let through`,
);
for (const example of counts.examples) console.log(`  ${example}`);
if (counts.crashes + counts.hangs + counts.nonFinite + counts.markup > 0) process.exitCode = 1;
