// In-page cost in real Chromium: generated 2,000- and 50,000-word article pages, loaded with the
// extension (harness launch) and, as the baseline measured in the same run, in a Chromium without
// it (same flags minus the extension's).
//
// The extension's tasks, from a trace (CDP Tracing, devtools.timeline; scripts/bench/trace.ts):
// every top-level task of the page's main thread, wall duration and thread (CPU) time, told
// apart by what it ran. A task is the extension's when any script it ran is at a
// chrome-extension:// address (the content script, the annotator, their message replies,
// MessageChannel yields and animation-frame callbacks) or is a module evaluated in an isolated
// world (the annotator's import()); everything inside it counts, the style,
// layout and paint it forced or, for a frame, rendered. A frame that follows such a task is the
// extension's too, even with no script of the extension in it: it renders what the extension
// wrote. The rest is the page's own: its parsing, first layouts and paints, and garbage-collection
// tasks, which cannot be told apart (the page and the content script share the heap); it is
// printed beside, with the same page's tasks after load in a Chromium without the extension.
// The budget (DESIGN.md, issue 14: the longest main-thread task the extension causes on a
// 2,000-word article, the page's own work measured apart) is on the wall duration; thread time
// is printed beside it, since the extension's own background (the NLP, on the other of two
// cores) and anything else the machine runs stretch wall time without the task doing more.
// Every run, with and without the extension, is traced, so the probe's figures below carry the
// trace's own small cost too.
//
// A probe installed before the page's own scripts also records, as before the traces:
// - long tasks (PerformanceObserver 'longtask', buffered). The API reports only tasks ≥ 50 ms, so
// - a task-gap probe: a `scheduler.postTask` callback at 'user-blocking' priority with a 1 ms delay,
//   re-posted from each run, records every gap over 6 ms between runs. At that priority it runs
//   between any two other tasks (also between the annotator's slices), so a gap
//   is one task that held the main thread: checked against a Chromium trace's RunTask durations,
//   gaps matched the task lengths to within ~1 ms. A plain 0 ms timer does not: yield()
//   continuations and rendering run ahead of it, and its gaps add them up.
//   The probe cannot tell whose a task is: its gaps hold the page's own first render and GC, and
//   the page without the extension shows gaps as long (printed as its baseline).
// A probe task counts when it ends after the content script's start mark, so the task
// evaluating the content script itself counts. With the extension loaded, the longtask API
// reported few or none of the > 50 ms tasks the probe and the trace showed; its figures are
// printed, but the 50,000-word budgets use the probe.
// The content script's performance marks (corroborate:start / first-badge / annotated) give the
// times to the first badge and to all badges; a build without them falls back to DOM observation.
// Budgets (DESIGN.md, issue 14): 2,000 words: longest task the extension causes ≤ 12 ms, first
// badge ≤ 100 ms after the content script starts; 50,000 words: no task over 50 ms, badges
// appear progressively.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import {
  chromiumArgs,
  findExecutable,
  launch,
  type TestBrowser,
} from '../../test/e2e/harness/browsers';
import { startServer, type TestServer } from '../../test/e2e/harness/server';
import { articlePage } from './article';
import { ensureChromiumBuild, median, type Area, type Figure } from './common';
import { mainThreadTasks, startTrace, type Task } from './trace';

const PAGES = [2_000, 50_000];
/** Five runs: the 50,000-word budget holds in every one of five. */
const RUNS = 5;
const ANNOTATE_TIMEOUT_MS = 120_000;
/** After 'annotated', for the buffered observers to deliver the last entries. */
const SETTLE_MS = 300;
/** Longer than a run takes here (about 0.3 s for 2,000 words, 1–2.5 s for 50,000). */
const FIRST_LOOK_MS = 4_000;
/** A gap between probe runs longer than this is recorded as a task. */
const GAP_MS = 6;
/** "Progressively": the first badge arrives within this share of the time to all badges. */
const PROGRESSIVE_SHARE = 0.25;

/** Set by the probe: the trace's tasks are put on the page's clock by it. */
const PROBE_MARK = 'bench:probe';

/** Installed before any page script (plain JS: it is injected as source). */
const PROBE = `(() => {
  globalThis.__name ??= (fn) => fn;
  if (window.top !== window) return;
  performance.mark('${PROBE_MARK}');
  const b = { long: [], stalls: [], status: [], firstBadge: 0, stop: false };
  window.__corroborateBench = b;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.long.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const post = globalThis.scheduler?.postTask
    ? (fn) => scheduler.postTask(fn, { priority: 'user-blocking', delay: 1 })
    : (fn) => setTimeout(fn, 0);
  let last = performance.now();
  const tick = () => {
    const t = performance.now();
    if (t - last > ${GAP_MS}) b.stalls.push([last, t - last]);
    last = t;
    if (!b.stop) post(tick);
  };
  post(tick);
  // Fallbacks for a build without the corroborate:* marks: the status attribute's changes and the
  // first badge element. Watching the subtree stops at the first badge, to stay cheap.
  const html = document.documentElement;
  const onStatus = () => b.status.push([html.dataset.corroborateStatus ?? '', performance.now()]);
  const watch = () => {
    const statusOnly = new MutationObserver(onStatus);
    const all = new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes') onStatus();
        else for (const n of r.addedNodes) if (n.localName === 'corroborate-badge') b.firstBadge ||= performance.now();
      }
      if (b.firstBadge) {
        all.disconnect();
        statusOnly.observe(html, { attributes: true, attributeFilter: ['data-corroborate-status'] });
      }
    });
    all.observe(html, { attributes: true, attributeFilter: ['data-corroborate-status'], childList: true, subtree: true });
  };
  document.addEventListener('DOMContentLoaded', watch, { once: true });
})();`;

interface ProbeData {
  long: [number, number][];
  stalls: [number, number][];
  status: [string, number][];
  firstBadge: number;
  marks: {
    probe: number;
    start: number | null;
    firstBadge: number | null;
    annotated: number | null;
  };
  load: number;
  badges: number;
}

/** Runs in the page: stops the probe and returns what it saw. */
function readProbe(): ProbeData {
  const w = window as unknown as { __corroborateBench: ProbeData & { stop: boolean } };
  const b = w.__corroborateBench;
  b.stop = true;
  const mark = (name: string): number | null =>
    performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null;
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  return {
    long: b.long,
    stalls: b.stalls,
    status: b.status,
    firstBadge: b.firstBadge,
    marks: {
      probe: mark('bench:probe') ?? 0,
      start: mark('corroborate:start'),
      firstBadge: mark('corroborate:first-badge'),
      annotated: mark('corroborate:annotated'),
    },
    load: nav.loadEventEnd,
    badges: document.getElementsByTagName('corroborate-badge').length,
  };
}

interface Sample {
  /** Longest long task (≥ 50 ms) ending after `from`; 0 when there was none. */
  longest: number;
  over50: number;
  /** Longest probe gap (≈ task) ending after `from`; 0 when none was over GAP_MS. */
  stall: number;
  /** Probe gaps over 50 ms ending after `from`. */
  stalls50: number;
  firstBadge: number;
  allBadges: number;
  badges: number;
  /** Content-script start relative to the load event (negative: before it). */
  startVsLoad: number;
  marks: boolean;
  /** From the trace: the extension's longest task, wall and thread time (0 when none). */
  extWall: number;
  extCpu: number;
  /** What the longest one was, e.g. "frame at +95 ms (Layout, Paint, PrePaint)". */
  extWhat: string;
  /** From the trace: the page's own longest task in the same window, wall and thread time. */
  ownWall: number;
  ownCpu: number;
}

/** The trace's tasks in the window, split into the extension's and the page's own. */
function tracedTasks(
  tasks: readonly Task[],
  from: number,
  until: number,
): Pick<Sample, 'extWall' | 'extCpu' | 'extWhat' | 'ownWall' | 'ownCpu'> {
  const inWindow = tasks.filter((t) => t.start + t.wall > from && t.start < until);
  const ext = inWindow.filter((t) => t.extension !== null);
  const own = inWindow.filter((t) => t.extension === null);
  const longest = ext.reduce<Task | null>((a, t) => (a && a.wall >= t.wall ? a : t), null);
  return {
    extWall: longest?.wall ?? 0,
    extCpu: Math.max(0, ...ext.map((t) => t.cpu)),
    extWhat: longest
      ? `${longest.extension} at +${(longest.start - from).toFixed(0)} ms (${longest.what.join(', ')})`
      : 'none',
    ownWall: Math.max(0, ...own.map((t) => t.wall)),
    ownCpu: Math.max(0, ...own.map((t) => t.cpu)),
  };
}

function tasksAfter(
  data: ProbeData,
  from: number,
  until = Infinity,
): Pick<Sample, 'longest' | 'over50' | 'stall' | 'stalls50'> {
  const inWindow = ([s, d]: [number, number]) => s + d > from && s < until;
  const long = data.long.filter(inWindow).map(([, d]) => d);
  const stalls = data.stalls.filter(inWindow).map(([, d]) => d);
  return {
    longest: Math.max(0, ...long),
    over50: long.filter((d) => d > 50).length,
    stall: Math.max(0, ...stalls),
    stalls50: stalls.filter((d) => d > 50).length,
  };
}

function extensionSample(data: ProbeData, tasks: readonly Task[]): Sample {
  const marks = data.marks.start !== null && data.marks.annotated !== null;
  const start = marks ? data.marks.start : (data.status[0]?.[1] ?? null);
  const firstBadge = marks ? data.marks.firstBadge : data.firstBadge || null;
  const annotated = marks
    ? data.marks.annotated
    : (data.status.find(([s]) => s === 'annotated')?.[1] ?? null);
  if (start === null || firstBadge === null || annotated === null) {
    throw new Error(`the probe saw no complete annotation run: ${JSON.stringify(data.marks)}`);
  }
  return {
    // Up to shortly after the run: later tasks are the bench's own look at the page.
    ...tasksAfter(data, start, annotated + SETTLE_MS),
    ...tracedTasks(tasks, start, annotated + SETTLE_MS),
    firstBadge: firstBadge - start,
    allBadges: annotated - start,
    badges: data.badges,
    startVsLoad: start - data.load,
    marks,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function withExtension(
  browser: TestBrowser,
  url: string,
): Promise<{ sample: Sample; data: ProbeData }> {
  const page = await browser.newPage();
  try {
    await page.addInitScript(PROBE);
    if (!page.cdp) throw new Error('the page bench traces over CDP: Chromium only');
    const stopTrace = await startTrace(await page.cdp());
    await page.goto(url);
    // No polling while the extension works: every check injects a script into the page, and
    // the first injection alone can take 8–46 ms, which the probe would blame on the extension.
    // Wait long enough for a normal run, then look; look again (rarely) if it is not done yet.
    const deadline = Date.now() + ANNOTATE_TIMEOUT_MS;
    await sleep(FIRST_LOOK_MS);
    while (
      (await page.evaluate(() => document.documentElement.dataset.corroborateStatus, null)) !==
      'annotated'
    ) {
      if (Date.now() > deadline) throw new Error(`${url} was not annotated in time`);
      await sleep(1_000);
    }
    await sleep(SETTLE_MS);
    const data = await page.evaluate(readProbe, null);
    const tasks = mainThreadTasks(
      await stopTrace(),
      { name: PROBE_MARK, startTime: data.marks.probe },
      browser.extensionBase,
    );
    return { sample: extensionSample(data, tasks), data };
  } finally {
    await page.close();
  }
}

/** Chromium without the extension: the harness's flags minus the extension ones. */
async function baselineBrowser(server: TestServer) {
  const browser = await chromium.launch({
    executablePath: findExecutable('chromium'),
    headless: true,
    args: chromiumArgs(server.port),
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  return {
    /** Loads `url`, stays `ms` after the load event, returns the tasks after load. */
    async measure(url: string, ms: number): Promise<Sample> {
      const page = await context.newPage();
      try {
        await page.addInitScript(PROBE);
        const stopTrace = await startTrace(await context.newCDPSession(page));
        await page.goto(url, { waitUntil: 'load' });
        await sleep(ms);
        const data = await page.evaluate(readProbe);
        // No extension: every task is the page's own.
        const tasks = mainThreadTasks(
          await stopTrace(),
          { name: PROBE_MARK, startTime: data.marks.probe },
          'chrome-extension://',
        );
        return {
          ...tasksAfter(data, data.load),
          ...tracedTasks(tasks, data.load, Infinity),
          firstBadge: 0,
          allBadges: 0,
          badges: 0,
          startVsLoad: 0,
          marks: false,
        };
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}

const pick = (samples: Sample[], key: keyof Sample): number[] => samples.map((s) => Number(s[key]));

/** "baseline …: X (runs a / b / c)", the same figure measured without the extension. */
function baselineNote(base: Sample[], key: keyof Sample, unit: string, ext: number): string {
  const runs = pick(base, key);
  const value = median(runs);
  const digits = unit === 'ms' ? 1 : 0;
  const ratio =
    key === 'stall' && value > 0 ? `; extension ÷ baseline ${(ext / value).toFixed(1)}×` : '';
  return (
    `without the extension, after load: ${value.toFixed(digits)}${unit === 'ms' ? ' ms' : ''} ` +
    `(runs ${runs.map((v) => v.toFixed(digits)).join(' / ')})${ratio}`
  );
}

function figuresFor(words: number, ext: Sample[], base: Sample[]): Figure[] {
  const label = `${words.toLocaleString('en')} words`;
  const area = 'page';
  const small = words <= 2_000;
  const figure = (
    name: string,
    key: keyof Sample,
    unit: string,
    extra: Partial<Figure> = {},
  ): Figure & { value: number } => {
    const runs = pick(ext, key);
    return { ...extra, area, name: `${label}: ${name}`, value: median(runs), unit, runs };
  };
  const ms = (values: number[]): string => values.map((v) => v.toFixed(1)).join(' / ');
  const extWall = figure('longest task the extension causes (trace, wall)', 'extWall', 'ms', {
    budget: small
      ? {
          op: '<=',
          limit: 12,
          text: 'longest main-thread task the extension causes, 2,000 words: ≤ 12 ms',
        }
      : undefined,
  });
  extWall.note =
    `longest per run: ${ext.map((s) => s.extWhat).join(' | ')}; the page's own longest task ` +
    `in the same window ${ms(pick(ext, 'ownWall'))} ms (thread ${ms(pick(ext, 'ownCpu'))} ms); ` +
    `without the extension, after load: ${median(pick(base, 'ownWall')).toFixed(1)} ms ` +
    `(runs ${ms(pick(base, 'ownWall'))}; thread ${ms(pick(base, 'ownCpu'))} ms)`;
  const extCpu = figure('longest task the extension causes (trace, thread time)', 'extCpu', 'ms');
  const longest = figure(
    'longest task after start (probe)',
    'stall',
    'ms',
    small ? {} : { budget: { op: '<=', limit: 50, text: '50,000 words: no task over 50 ms' } },
  );
  longest.note = baselineNote(base, 'stall', 'ms', longest.value);
  const over50 = figure('tasks > 50 ms after start (probe)', 'stalls50', 'count');
  over50.note = baselineNote(base, 'stalls50', 'count', over50.value);
  const longtask = figure('longest long task (longtask API; 0 = none)', 'longest', 'ms');
  longtask.note = baselineNote(base, 'longest', 'ms', longtask.value);
  const longtasks = figure('long tasks > 50 ms (longtask API)', 'over50', 'count');
  longtasks.note = baselineNote(base, 'over50', 'count', longtasks.value);
  const first = figure(
    'start → first badge',
    'firstBadge',
    'ms',
    small
      ? {
          budget: {
            op: '<=',
            limit: 100,
            text: 'article text → badges on screen, 2,000 words: ≤ 100 ms after start',
          },
        }
      : {},
  );
  const all = figure('start → all badges', 'allBadges', 'ms');
  all.note =
    `${median(pick(ext, 'badges'))} badges; the content script started ` +
    `${median(pick(ext, 'startVsLoad')).toFixed(0)} ms after the load event; times from ` +
    (ext.every((s) => s.marks)
      ? 'the corroborate:* performance marks'
      : 'DOM observation (this build has no corroborate:* marks: rebuild for them)');
  const figures: Figure[] = [extWall, extCpu, longest, over50, longtask, longtasks, first, all];
  if (!small) {
    const worst = pick(ext, 'stall');
    figures.push({
      area,
      name: `${label}: longest task in any run (probe)`,
      value: Math.max(...worst),
      unit: 'ms',
      runs: worst,
      budget: { op: '<=', limit: 50, text: '50,000 words: no task over 50 ms in any of five runs' },
    });
    const shares = ext.map((s) => (100 * s.firstBadge) / s.allBadges);
    figures.push({
      area,
      name: `${label}: first badge at % of all-badges time`,
      value: median(shares),
      unit: '%',
      runs: shares,
      budget: {
        op: '<=',
        limit: PROGRESSIVE_SHARE * 100,
        text: `50,000 words: badges appear progressively (first within ${PROGRESSIVE_SHARE * 100}% of the time to all)`,
      },
    });
  }
  return figures;
}

async function run(): Promise<Figure[]> {
  ensureChromiumBuild();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'corroborate-bench-page-'));
  const files = new Map<number, string>();
  for (const words of PAGES) {
    const page = articlePage(words);
    const name = `article-${words}.html`;
    writeFileSync(path.join(dir, name), page.html);
    files.set(words, name);
  }
  const server = await startServer(dir);
  const url = (words: number) => `${server.origin}/${files.get(words)}`;
  const ext = new Map<number, Sample[]>(PAGES.map((w) => [w, []]));
  const base = new Map<number, Sample[]>(PAGES.map((w) => [w, []]));
  try {
    const browser = await launch('chromium', server.port);
    try {
      // Warm-up: the background's first annotation opens the store and compiles the engine.
      await withExtension(browser, url(PAGES[0] as number));
      for (const words of PAGES) {
        for (let r = 0; r < RUNS; r++)
          ext.get(words)?.push((await withExtension(browser, url(words))).sample);
      }
    } finally {
      await browser.close();
    }
    const plain = await baselineBrowser(server);
    try {
      await plain.measure(url(PAGES[0] as number), 200);
      for (const words of PAGES) {
        // Watch the plain page for as long as the extension took to annotate it.
        const watchMs = Math.max(
          1_000,
          median(pick(ext.get(words) ?? [], 'allBadges')) + SETTLE_MS,
        );
        for (let r = 0; r < RUNS; r++)
          base.get(words)?.push(await plain.measure(url(words), watchMs));
      }
    } finally {
      await plain.close();
    }
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return PAGES.flatMap((words) => figuresFor(words, ext.get(words) ?? [], base.get(words) ?? []));
}

export const pageArea: Area = {
  name: 'page',
  title: `In-page cost: generated articles in Chromium, with vs without the extension (${RUNS} runs)`,
  run,
};
