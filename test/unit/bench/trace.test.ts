// The bench's trace attribution (scripts/bench/trace.ts): which main-thread tasks are the
// extension's, on made-up trace events shaped like Chromium's.
import { describe, expect, it } from 'vitest';
import { mainThreadTasks, type TraceEvent } from '../../../scripts/bench/trace';

const EXT = 'chrome-extension://abc/';
const PID = 1;
const TID = 1;

/** A top-level task from `at` ms lasting `ms` (thread time half of it), holding `inner`. */
function task(at: number, ms: number, inner: Partial<TraceEvent>[] = []): TraceEvent[] {
  const ts = at * 1000;
  return [
    {
      name: 'ThreadControllerImpl::RunTask',
      cat: 'toplevel',
      ph: 'X',
      ts,
      dur: ms * 1000,
      tdur: ms * 500,
      pid: PID,
      tid: TID,
    },
    ...inner.map((e, i) => ({
      cat: 'devtools.timeline',
      ph: 'X',
      ts: ts + 10 + i,
      dur: 100,
      pid: PID,
      tid: TID,
      name: 'x',
      ...e,
    })),
  ];
}
const call = (url: string): Partial<TraceEvent> => ({
  name: 'FunctionCall',
  args: { data: { url } },
});
const paint: Partial<TraceEvent> = { name: 'Paint' };
const mark: TraceEvent = {
  name: 'bench:probe',
  cat: 'blink.user_timing',
  ph: 'R',
  ts: 0,
  pid: PID,
  tid: TID,
};

// Each row: the tasks in order, and who each one is said to be.
const ROWS: { what: string; tasks: TraceEvent[][]; expected: (string | null)[] }[] = [
  {
    what: "a task running the extension's script is the extension's, with what it rendered",
    tasks: [task(10, 5, [call(`${EXT}annotator.js`), { name: 'Layout' }])],
    expected: ['script'],
  },
  {
    what: "the page's own script and its frames are the page's",
    tasks: [task(10, 5, [call('http://site.test/app.js')]), task(20, 8, [paint])],
    expected: [null, null],
  },
  {
    what: 'a frame after an extension task renders its writes: the extension’s; the next is not',
    tasks: [
      task(0, 5, [paint]),
      task(10, 3, [call(`${EXT}annotator.js`)]),
      task(20, 9, [paint]),
      task(40, 9, [paint]),
    ],
    expected: [null, 'script', 'frame', null],
  },
  {
    what: 'the page’s first paint is its own, even after an extension task; later frames are not',
    tasks: [
      task(10, 3, [call(`${EXT}content.js`)]),
      task(20, 90, [{ name: 'Layout' }, paint]),
      task(120, 3, [call(`${EXT}annotator.js`)]),
      task(130, 9, [paint]),
    ],
    expected: ['script', null, 'script', 'frame'],
  },
  {
    what: 'a module evaluated in an isolated world is the extension’s; in the main world, not',
    tasks: [
      task(10, 4, [{ name: 'v8.evaluateModule', args: { worldId: 5, worldName: 'Corroborate' } }]),
      task(20, 4, [{ name: 'v8.evaluateModule', args: {} }]),
    ],
    expected: ['script', null],
  },
  {
    what: 'garbage collection on its own is the page’s (the heap is shared)',
    tasks: [task(10, 6, [{ name: 'MinorGC' }])],
    expected: [null],
  },
];

describe('mainThreadTasks', () => {
  it.each(ROWS)('$what', ({ tasks, expected }) => {
    const found = mainThreadTasks(
      [mark, ...tasks.flat()],
      { name: 'bench:probe', startTime: 0 },
      EXT,
    );
    expect(found.map((t) => t.extension)).toEqual(expected);
  });

  it('gives wall and thread time on the page clock, and leaves other threads out', () => {
    const other = task(5, 50, [call(`${EXT}background.js`)]).map((e) => ({ ...e, tid: 2 }));
    const [first] = mainThreadTasks(
      [{ ...mark, ts: 2000 }, ...other, ...task(10, 6, [call(`${EXT}content.js`)])],
      { name: 'bench:probe', startTime: 100 },
      EXT,
    );
    expect(first).toMatchObject({ start: 108, wall: 6, cpu: 3, extension: 'script' });
  });
});

describe("Chromium's page-text capture", () => {
  it('is counted per task, so the huge-page bench can set it apart', () => {
    const found = mainThreadTasks(
      [
        mark,
        ...task(10, 5, [{ name: 'ChromeRenderFrameObserver::CapturePageText', dur: 4000 }]),
        ...task(20, 5, [paint]),
      ],
      { name: 'bench:probe', startTime: 0 },
      EXT,
    );
    expect(found.map((t) => t.pageTextCapture)).toEqual([4, 0]);
  });
});
