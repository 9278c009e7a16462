// Runs every e2e file once in Chromium and once in Firefox ESR and prints how many tests ran in
// each. A missing browser or build fails the run with a message: it is never a skip.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findExecutable, type BrowserName } from './harness/browsers';

const browsers: BrowserName[] = ['chromium', 'firefox'];
const out = path.resolve('artifacts/e2e');
mkdirSync(out, { recursive: true });
const extra = process.argv.slice(2);

interface JsonReport {
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

const totals = { passed: 0, failed: 0 };
const lines: string[] = [];
for (const name of browsers) {
  try {
    findExecutable(name);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const report = path.join(out, `${name}.json`);
  const run = spawnSync(
    'npx',
    [
      'vitest',
      'run',
      '--config',
      'vitest.e2e.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
      ...extra,
    ],
    { stdio: 'inherit', env: { ...process.env, E2E_BROWSER: name } },
  );
  let result: JsonReport;
  try {
    result = JSON.parse(readFileSync(report, 'utf8')) as JsonReport;
  } catch {
    console.error(`${name}: the e2e run produced no report (exit ${run.status})`);
    process.exit(1);
  }
  const skipped = result.numPendingTests + result.numTodoTests;
  lines.push(
    `${name}: ${result.numPassedTests} passed, ${result.numFailedTests} failed, ${skipped} skipped`,
  );
  totals.passed += result.numPassedTests;
  // A skipped e2e test is not a pass: count it as a failure.
  totals.failed += result.numFailedTests + skipped + (run.status === 0 ? 0 : 1);
  if (result.numTotalTests === 0) totals.failed += 1;
}
console.log('\ne2e by browser:');
for (const line of lines) console.log(`  ${line}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
