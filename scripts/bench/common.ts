// Shared pieces of `npm run bench`: the figure record every area returns, statistics, seeded
// randomness, table printing and the "is there a Chromium build" check. Timings are printed and
// compared against budgets, never asserted.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { BUILDS } from '../../test/e2e/harness/browsers';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** A budget from DESIGN.md "Budgets": the figure must be `op` the limit. */
export interface Budget {
  op: '<=' | '>=';
  limit: number;
  /** How DESIGN.md words it, for the summary. */
  text: string;
}

export interface Figure {
  area: string;
  name: string;
  /** The median over `runs` (or the single measurement); null when it could not be measured. */
  value: number | null;
  unit: string;
  runs?: number[];
  budget?: Budget;
  /** A baseline or other context measured in the same run, shown next to the figure. */
  note?: string;
}

export interface Area {
  name: string;
  title: string;
  run(): Promise<Figure[]>;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export { random } from '../random';

export function pick<T>(next: () => number, list: readonly T[]): T {
  const item = list[Math.floor(next() * list.length)];
  if (item === undefined) throw new Error('empty list');
  return item;
}

export function within(figure: Figure): boolean | null {
  if (!figure.budget || figure.value === null || Number.isNaN(figure.value)) return null;
  const { op, limit } = figure.budget;
  return op === '<=' ? figure.value <= limit : figure.value >= limit;
}

export function formatValue(value: number | null, unit: string): string {
  if (value === null || Number.isNaN(value)) return 'n/a';
  const size = Math.abs(value);
  const digits = size >= 100 ? 0 : size >= 10 ? 1 : size >= 1 || size === 0 ? 2 : 3;
  const text = value.toLocaleString('en', {
    minimumFractionDigits: unit === 'count' || unit === 'bytes' ? 0 : digits,
    maximumFractionDigits: unit === 'count' || unit === 'bytes' ? 0 : digits,
  });
  return unit === 'count' ? text : unit === '×' ? `${text}×` : `${text} ${unit}`;
}

function budgetText(budget: Budget | undefined, unit: string): string {
  if (!budget) return '';
  return `${budget.op === '<=' ? '≤' : '≥'} ${formatValue(budget.limit, unit)}`;
}

function status(figure: Figure): string {
  const ok = within(figure);
  return ok === null ? (figure.budget ? 'not measured' : '') : ok ? 'within' : 'OVER BUDGET';
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

/** One area's figures: median, the single runs, budget and status, then any notes. */
export function printFigures(figures: readonly Figure[]): void {
  printTable(
    ['figure', 'median', 'runs', 'budget', ''],
    figures.map((f) => [
      f.name,
      formatValue(f.value, f.unit),
      f.runs && f.runs.length > 1 ? f.runs.map((r) => formatValue(r, f.unit)).join(' / ') : '',
      budgetText(f.budget, f.unit),
      status(f),
    ]),
  );
  const notes = figures.filter((f) => f.note);
  for (const f of notes) console.log(`  · ${f.name}: ${f.note}`);
}

/** The closing block: every budgeted figure, its budget and whether it is within. */
export function printSummary(figures: readonly Figure[]): void {
  const budgeted = figures.filter((f) => f.budget);
  printTable(
    ['figure', 'measured', 'budget (DESIGN.md)', ''],
    budgeted.map((f) => [
      `${f.area}: ${f.name}`,
      formatValue(f.value, f.unit),
      f.budget?.text ?? '',
      status(f),
    ]),
  );
}

/** Milliseconds since `start`. */
export const since = (start: number): number => performance.now() - start;

/**
 * Builds the extension when there is no Chromium build. Only then: `npm run build` empties
 * `.output/`, which other people's e2e runs may be using.
 */
export function ensureChromiumBuild(): void {
  if (existsSync(path.join(BUILDS.chromium, 'manifest.json'))) return;
  console.log(`No build at ${BUILDS.chromium}: running npm run build…`);
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed');
}

/**
 * `BENCH_CHROMIUM_BUILD=dir` measures another Chromium build (e.g. one made with a different
 * `outDir`) instead of `.output/chrome-mv3`; the e2e harness reads BUILDS when it launches.
 */
export function useBuildFromEnv(): void {
  const dir = process.env.BENCH_CHROMIUM_BUILD;
  if (dir) BUILDS.chromium = path.resolve(dir);
}
