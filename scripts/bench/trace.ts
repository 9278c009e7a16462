// Chromium traces for `npm run bench` (CDP Tracing, devtools.timeline): the page's main-thread
// tasks, each told as the extension's or the page's own by the scripts it ran.
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown>; name?: string } & Record<string, unknown>;
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
];

/** Starts a trace on `session`; the returned function ends it and gives its events. */
export async function startTrace(
  session: CDPSession,
  extra: string[] = [],
): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  await session.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: [...CATEGORIES, ...extra], excludedCategories: ['*'] },
  });
  return async () => {
    const complete = new Promise<void>((resolve) =>
      session.once('Tracing.tracingComplete', () => resolve()),
    );
    await session.send('Tracing.end');
    await complete;
    return events;
  };
}

/** One top-level task of the page's main thread. */
export interface Task {
  /** Start, ms on the page's performance.now() clock. */
  start: number;
  /** Wall duration, ms. */
  wall: number;
  /** Time on the thread's CPU, ms (what the task cost, whatever else the machine ran). */
  cpu: number;
  /**
   * Why it is the extension's: it ran the extension's script ('script'), or it is a frame that
   * rendered what such a task wrote ('frame'); null: the page's own (or the browser's).
   */
  extension: 'script' | 'frame' | null;
  /** What it ran, longest first, for the bench's note (e.g. "FunctionCall, Layout, Paint"). */
  what: string[];
  /**
   * Time in it (ms) spent in Chromium's own capture of the page's text
   * (`ChromeRenderFrameObserver::CapturePageText`, for translation and language detection), which
   * the browser runs after load with or without an extension: on a page of a million nodes it
   * alone takes 200 ms and more.
   */
  pageTextCapture: number;
}

/** Chromium's own walk over the page's text after load (see Task.pageTextCapture). */
const PAGE_TEXT_CAPTURE = 'ChromeRenderFrameObserver::CapturePageText';

const TOP_LEVEL = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/** Steps of the rendering pipeline: a task holding one is a frame. */
const FRAME_STEPS = new Set(['PrePaint', 'Paint', 'Layerize', 'Commit']);

/** Script, timer and callback events whose data names the script's address. */
const SCRIPT_EVENTS = new Set([
  'FunctionCall',
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'TimerFire',
  'FireAnimationFrame',
  'EventDispatch',
]);

/**
 * Whether `event` runs the extension's script: a script event at the extension's address, or a
 * module evaluated in a named (isolated) world: `v8.evaluateModule` names its world, not its
 * address, and the page's own main world has no name.
 */
function extensionScript(event: TraceEvent, extensionBase: string): boolean {
  if (event.name === 'v8.evaluateModule') {
    const world = event.args?.worldName;
    return typeof world === 'string' && world !== '';
  }
  if (!SCRIPT_EVENTS.has(event.name)) return false;
  const data = event.args?.data as { url?: unknown; stackTrace?: { url?: unknown }[] } | undefined;
  const url = typeof data?.url === 'string' && data.url ? data.url : data?.stackTrace?.[0]?.url;
  return typeof url === 'string' && url.startsWith(extensionBase);
}

/**
 * The top-level tasks of the renderer main thread that set `mark` (a performance mark the page's
 * document makes), on the page's clock (the mark's trace time is its `startTime`).
 * - A task is the extension's ('script') when any script it ran, nested at any depth, is at an
 *   address starting with `extensionBase` or is a module of an isolated world: the content
 *   script, the annotator and their callbacks (message replies, MessageChannel yields, animation
 *   frames). Everything inside it counts: the
 *   style and layout its script forced, and its frame's style, layout and paint when it is one.
 * - A frame (a task that paints) after such a task is the extension's too ('frame'): it renders
 *   what the extension wrote, even when no script of the extension runs in it. The page's first
 *   paint is not: it renders the page's own content, whoever ran before it.
 * Everything else is the page's own: its parsing, its first layouts and paints, and garbage
 * collection tasks (the heap is shared with the page, so these cannot be told apart).
 */
export function mainThreadTasks(
  events: readonly TraceEvent[],
  mark: { name: string; startTime: number },
  extensionBase: string,
): Task[] {
  const marker = events.find((e) => e.name === mark.name && e.cat.includes('blink.user_timing'));
  if (!marker) throw new Error(`the trace has no ${mark.name} mark`);
  const { pid, tid } = marker;
  // Trace clock (µs) → the page's performance.now() (ms).
  const toPage = (ts: number): number => (ts - marker.ts) / 1000 + mark.startTime;
  const thread = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  interface Open {
    event: TraceEvent;
    end: number;
    script: boolean;
    frame: boolean;
    parts: Map<string, number>;
  }
  const tasks: Task[] = [];
  let current: Open | null = null;
  /** An extension task ran since the last frame: the next frame renders its writes. */
  let wrote = false;
  /** A frame has painted: the page's first one is behind. */
  let painted = false;
  const close = (task: Open): void => {
    const { event, script, frame } = task;
    // The page's first paint lays out and paints all of its own content, with or without an
    // extension (a content script at document_idle can start before it on a long page): it is
    // the page's, unless the extension's script ran in it.
    const first = frame && !painted && task.parts.has('Paint');
    painted ||= first;
    const extension = script ? 'script' : frame && wrote && !first ? 'frame' : null;
    // A frame renders what was written before it (its animation callbacks run before its style).
    wrote = frame ? false : wrote || script;
    tasks.push({
      start: toPage(event.ts),
      wall: (event.dur ?? 0) / 1000,
      cpu: (event.tdur ?? event.dur ?? 0) / 1000,
      extension,
      what: [...task.parts]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 4)
        .map(([name]) => name),
      pageTextCapture: (task.parts.get(PAGE_TEXT_CAPTURE) ?? 0) / 1000,
    });
  };
  for (const event of thread) {
    if (current && event.ts >= current.end) {
      close(current);
      current = null;
    }
    if (!current) {
      if (TOP_LEVEL.has(event.name))
        current = {
          event,
          end: event.ts + (event.dur ?? 0),
          script: false,
          frame: false,
          parts: new Map(),
        };
      continue;
    }
    if (TOP_LEVEL.has(event.name)) continue;
    if (extensionScript(event, extensionBase)) current.script = true;
    if (FRAME_STEPS.has(event.name)) current.frame = true;
    current.parts.set(event.name, (current.parts.get(event.name) ?? 0) + (event.dur ?? 0));
  }
  if (current) close(current);
  return tasks;
}
