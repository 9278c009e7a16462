// `npm run bench`: prints the performance figures behind DESIGN.md "Budgets", as medians over
// several runs, with a baseline measured in the same run where there is one. Never asserts a
// timing: it exits 0 unless something crashes, marking figures "OVER BUDGET" in the output.
// Writes every figure to artifacts/bench/latest.json.
//
//   npm run bench                    # every area, in order
//   npm run bench -- engine match    # only some: engine, match, idb-import, starter-install, page, bundle
//
// BENCH_CHROMIUM_BUILD=dir measures a Chromium build other than .output/chrome-mv3.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleArea } from './bench/bundle';
import {
  ROOT,
  printFigures,
  printSummary,
  useBuildFromEnv,
  within,
  type Figure,
} from './bench/common';
import { engineArea } from './bench/engine';
import { idbImportArea } from './bench/idb-import';
import { matchArea } from './bench/match';
import { pageArea } from './bench/page';
import { starterInstallArea } from './bench/starter-install';

const AREAS = [engineArea, matchArea, idbImportArea, starterInstallArea, pageArea, bundleArea];

async function main(): Promise<void> {
  const asked = process.argv.slice(2).filter((a) => a !== '--');
  const unknown = asked.filter((a) => !AREAS.some((area) => area.name === a));
  if (unknown.length > 0) {
    console.error(
      `Unknown area ${unknown.join(', ')}; choose from ${AREAS.map((a) => a.name).join(', ')}.`,
    );
    process.exit(1);
  }
  const areas = asked.length > 0 ? AREAS.filter((a) => asked.includes(a.name)) : AREAS;
  useBuildFromEnv();

  const started = performance.now();
  const figures: Figure[] = [];
  const failed: { area: string; error: string }[] = [];
  for (const area of areas) {
    console.log(`\n== ${area.title}`);
    const t = performance.now();
    try {
      const found = await area.run();
      figures.push(...found);
      printFigures(found);
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      failed.push({ area: area.name, error: message });
      console.log(`  FAILED: ${message}`);
    }
    console.log(`  (${((performance.now() - t) / 1000).toFixed(1)} s)`);
  }

  console.log('\n== Summary: figure — budget — within/over');
  printSummary(figures);
  const seconds = (performance.now() - started) / 1000;
  console.log(`\n${figures.length} figures in ${seconds.toFixed(0)} s.`);

  const out = path.join(ROOT, 'artifacts/bench/latest.json');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(
    out,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        node: process.version,
        cpus: os.cpus().length,
        seconds,
        areas: areas.map((a) => a.name),
        figures: figures.map((f) => ({ ...f, within: within(f) })),
        failed,
      },
      null,
      2,
    ) + '\n',
  );
  console.log(`Figures written to ${path.relative(process.cwd(), out)}.`);
  // A failed area is a crash, not a slow figure: say so in the exit code.
  if (failed.length > 0) process.exitCode = 1;
}

await main();
