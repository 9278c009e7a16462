// Huge pages in real Chromium (issue 13.4): a page of 1,000,000 DOM nodes and a page of 50,000
// figures, loaded with the extension and, as the baseline, without it. While the extension works
// (from the load event until it reports 'annotated', or a time limit), the bench asks the page a
// trivial evaluation every 50 ms and records how long each answer took (driver round trip
// included). Budget: every answer within 200 ms, throughout. The page's own Long Tasks API
// gives the longest main-thread task while the extension works (from its 'corroborate:start'
// mark to 'annotated') and, with and without the extension, the longest after the load event:
// on a page of a million nodes the browser's own first layouts after load take seconds.
// The note says when the slowest answer came, after the content script's start and against its
// first badge: traced, on the million-node page it is the first frame after load, in which
// Chromium captures the page's text (ChromeRenderFrameObserver::CapturePageText, 150–250 ms
// at load 3–5); the annotator lets that frame render before its first badges (annotator.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findExecutable, launch } from '../../test/e2e/harness/browsers';
import { startServer } from '../../test/e2e/harness/server';
import { figuresPage, nodesPage } from './article';
import { ensureChromiumBuild, median, type Area, type Figure } from './common';

const RUNS = 3;
/** Watch at most this long after load: the extension may still be annotating a huge page. */
const WATCH_MS = 30_000;
const GAP_MS = 50;
const BUDGET_MS = 200;

const PAGES = [
  { file: 'nodes-1m.html', label: '1,000,000-node page', html: () => nodesPage(1_000_000) },
  { file: 'figures-50k.html', label: '50,000-figure page', html: () => figuresPage(50_000) },
];

interface Watch {
  /** Slowest answer to a trivial evaluation, ms. */
  slowest: number;
  /** Longest main-thread tasks (Long Tasks API), ms: while annotating, and any after load. */
  tasks: Tasks;
  over200: number;
  answers: number;
  /** From load to 'annotated' (ms); null when the watch ended first. */
  annotated: number | null;
  /** The machine's 1-minute load average when the run started: answers slow down with it. */
  load: number;
  /** When the slowest answer came, ms after the content script's start, and the first badge's. */
  slowestAt: number | null;
  firstBadgeAt: number | null;
}

type Evaluate = <T>(fn: () => T) => Promise<T>;

/** Runs in the page: the content script's start and first-badge marks (null without them). */
function marks(): { start: number | null; firstBadge: number | null } {
  return {
    start: performance.getEntriesByName('corroborate:start')[0]?.startTime ?? null,
    firstBadge: performance.getEntriesByName('corroborate:first-badge')[0]?.startTime ?? null,
  };
}

interface Tasks {
  whileAnnotating: number;
  afterLoad: number;
}

/**
 * Collects the page's long tasks from its first script on. Long Tasks leave out the style,
 * layout and paint that follow a task, which on a huge page are most of it: a long animation
 * frame's blocking part (its tasks and rendering beyond 50 ms each) plus 50 ms counts instead,
 * where the browser has them.
 */
const LONG_TASKS_INIT = `globalThis.__benchLongTasks = [];
const add = (list) => {
  for (const e of list.getEntries()) {
    const length = e.entryType === 'long-animation-frame' ? (e.blockingDuration > 0 ? e.blockingDuration + 50 : 0) : e.duration;
    globalThis.__benchLongTasks.push([e.startTime, length, e.duration]);
  }
};
new PerformanceObserver(add).observe({ type: 'longtask', buffered: true });
if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame'))
  new PerformanceObserver(add).observe({ type: 'long-animation-frame', buffered: true });`;

/** Runs in the page: written without inner functions, which tsx would wrap in a helper. */
function longestTasks(): Tasks {
  const all = (globalThis as unknown as { __benchLongTasks: [number, number, number][] })
    .__benchLongTasks;
  const start = performance.getEntriesByName('corroborate:start')[0]?.startTime ?? null;
  const end =
    performance.getEntriesByName('corroborate:annotated')[0]?.startTime ?? performance.now();
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  let whileAnnotating = 0;
  let afterLoad = 0;
  for (const [at, duration, span] of all) {
    if (start !== null && at + span > start && at < end)
      whileAnnotating = Math.max(whileAnnotating, duration);
    if (at + span > nav.loadEventStart) afterLoad = Math.max(afterLoad, duration);
  }
  return { whileAnnotating, afterLoad };
}

async function watch(evaluate: Evaluate, done: () => Promise<boolean>): Promise<Watch> {
  const load = os.loadavg()[0] ?? 0;
  const start = Date.now();
  const times: number[] = [];
  /** The page's clock when each answer ran. */
  const answeredAt: number[] = [];
  let annotated: number | null = null;
  while (Date.now() - start < WATCH_MS) {
    const t = performance.now();
    answeredAt.push(await evaluate(() => performance.now()));
    times.push(performance.now() - t);
    if (await done()) {
      annotated = Date.now() - start;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, GAP_MS));
  }
  const slowest = Math.max(0, ...times);
  const page = await evaluate(marks);
  const at = answeredAt[times.indexOf(slowest)];
  const since = (t: number | null | undefined): number | null =>
    t === null || t === undefined || page.start === null ? null : t - page.start;
  return {
    slowest,
    slowestAt: since(at),
    firstBadgeAt: since(page.firstBadge),
    tasks: await evaluate(longestTasks),
    over200: times.filter((t) => t > BUDGET_MS).length,
    answers: times.length,
    annotated,
    load,
  };
}

async function run(): Promise<Figure[]> {
  ensureChromiumBuild();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'corroborate-bench-huge-'));
  for (const p of PAGES) writeFileSync(path.join(dir, p.file), p.html());
  const server = await startServer(dir);
  const ext = new Map<string, Watch[]>(PAGES.map((p) => [p.file, []]));
  const base = new Map<string, Watch[]>(PAGES.map((p) => [p.file, []]));
  try {
    const browser = await launch('chromium', server.port);
    try {
      for (const p of PAGES) {
        for (let r = 0; r < RUNS; r++) {
          const page = await browser.newPage();
          await page.addInitScript(LONG_TASKS_INIT);
          await page.goto(`${server.origin}/${p.file}`);
          const status = () =>
            page.evaluate(() => document.documentElement.dataset.corroborateStatus, null);
          ext.get(p.file)?.push(
            await watch(
              (fn) => page.evaluate(fn, null),
              async () => (await status()) === 'annotated',
            ),
          );
          await page.close();
        }
      }
    } finally {
      await browser.close();
    }
    const plain = await chromium.launch({
      executablePath: findExecutable('chromium'),
      headless: true,
      args: chromiumArgs(server.port),
    });
    try {
      for (const p of PAGES) {
        const watchFor = median(ext.get(p.file)?.map((w) => w.annotated ?? WATCH_MS) ?? []);
        for (let r = 0; r < RUNS; r++) {
          const page = await plain.newPage();
          await page.addInitScript(LONG_TASKS_INIT);
          await page.goto(`${server.origin}/${p.file}`, { waitUntil: 'load' });
          const end = Date.now() + watchFor;
          base.get(p.file)?.push(
            await watch(
              (fn) => page.evaluate(fn),
              async () => Date.now() > end,
            ),
          );
          await page.close();
        }
      }
    } finally {
      await plain.close();
    }
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return PAGES.flatMap((p) => {
    const runs = ext.get(p.file) ?? [];
    const plainRuns = base.get(p.file) ?? [];
    const slowest = runs.map((w) => w.slowest);
    const during = runs.map((w) => w.tasks.whileAnnotating);
    const ms = (values: number[]): string => values.map((v) => v.toFixed(0)).join(' / ');
    return [
      {
        area: 'huge',
        name: `${p.label}: slowest answer to a trivial evaluation`,
        value: median(slowest),
        unit: 'ms',
        runs: slowest,
        budget: {
          op: '<=',
          limit: BUDGET_MS,
          text: `${p.label}: answers within 200 ms throughout`,
        },
        note:
          `${median(runs.map((w) => w.answers))} answers per run, ${runs.map((w) => w.over200).join(' / ')} over 200 ms; ` +
          `annotated after ${runs.map((w) => (w.annotated === null ? '>30 s' : `${(w.annotated / 1000).toFixed(1)} s`)).join(' / ')}; ` +
          `the slowest answered ${runs.map((w) => (w.slowestAt === null ? '?' : `${w.slowestAt.toFixed(0)}`)).join(' / ')} ms after the content script's start ` +
          `(first badge at ${runs.map((w) => (w.firstBadgeAt === null ? '?' : `${w.firstBadgeAt.toFixed(0)}`)).join(' / ')} ms); ` +
          `without the extension: slowest ${plainRuns.map((w) => w.slowest.toFixed(0)).join(' / ')} ms; ` +
          `load average ${runs.map((w) => w.load.toFixed(1)).join(' / ')}`,
      },
      {
        area: 'huge',
        name: `${p.label}: longest main-thread task while annotating`,
        value: median(during),
        unit: 'ms',
        runs: during,
        budget: { op: '<=', limit: BUDGET_MS, text: `${p.label}: no task over 200 ms` },
        note:
          `longest task after load: with the extension ${ms(runs.map((w) => w.tasks.afterLoad))} ms, ` +
          `without ${ms(plainRuns.map((w) => w.tasks.afterLoad))} ms`,
      },
    ] satisfies Figure[];
  });
}

export const hugePageArea: Area = {
  name: 'huge',
  title: `Huge pages in Chromium: responsiveness with vs without the extension (${RUNS} runs)`,
  run,
};
