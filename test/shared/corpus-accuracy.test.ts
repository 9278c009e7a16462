// The accuracy report on ../shared/corpus, scored by the shared scorer through the real CLI
// (its default command: no --url, no --published), on two sets kept apart: the files tuned on,
// and the held-out files 21, 24, 27, 30, 33, 36, 39, 42, 45, which were never opened while the
// engine was written (only the scorer's summary line was read). Each bound is the level reached
// when this suite was written, rounded down: a fall below it fails. Issue 10's targets
// (statistics 0.97, sources 0.92, value 0.98, attribution 0.90, subject 0.92, period 0.90 on
// the held-out files) are not all met yet; see the README.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, symlinkSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';

const SHARED = path.resolve(import.meta.dirname, '../../../shared');
const CORPUS = path.join(SHARED, 'corpus');
const HELD_OUT = new Set(['21', '24', '27', '30', '33', '36', '39', '42', '45']);

interface Summary {
  statistics: { f1: number };
  sources: { f1: number };
  value: number;
  attribution: number;
  subject: number;
  period: number;
}

const work = mkdtempSync(path.join(tmpdir(), 'corroborate-corpus-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A directory pair of symlinks to the corpus files of one set. */
function set(name: string, held: boolean): { articles: string; gold: string } {
  const articles = path.join(work, name, 'articles');
  const gold = path.join(work, name, 'gold');
  mkdirSync(articles, { recursive: true });
  mkdirSync(gold, { recursive: true });
  for (const file of readdirSync(path.join(CORPUS, 'articles'))) {
    if (!file.endsWith('.txt') || HELD_OUT.has(file.slice(0, 2)) !== held) continue;
    const base = file.replace(/\.txt$/, '');
    symlinkSync(path.join(CORPUS, 'articles', file), path.join(articles, file));
    symlinkSync(path.join(CORPUS, 'gold', `${base}.json`), path.join(gold, `${base}.json`));
  }
  return { articles, gold };
}

async function score(dirs: { articles: string; gold: string }): Promise<Summary> {
  const { stdout } = await promisify(execFile)(
    'node',
    [
      path.join(SHARED, 'eval/score.mjs'),
      '--articles',
      dirs.articles,
      '--gold',
      dirs.gold,
      '--json',
    ],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  const lines = stdout.trim().split('\n');
  console.log(lines.at(-1));
  return (JSON.parse(lines.slice(0, -1).join('\n')) as { summary: Summary }).summary;
}

// Levels reached when this suite was written, rounded down.
const FLOORS: Record<'tuned' | 'held', Record<keyof Summary, number>> = {
  tuned: {
    statistics: 0.97,
    sources: 0.82,
    value: 0.96,
    attribution: 0.84,
    subject: 0.94,
    period: 0.63,
  },
  held: {
    statistics: 0.92,
    sources: 0.83,
    value: 0.87,
    attribution: 0.78,
    subject: 0.64,
    period: 0.2,
  },
};

const figure = (s: Summary, k: keyof Summary): number => {
  const v = s[k];
  return typeof v === 'number' ? v : v.f1;
};

it('holds its levels on the tuned and the held-out real articles', async () => {
  const [tuned, held] = await Promise.all([score(set('tuned', false)), score(set('held', true))]);
  for (const [name, summary] of [
    ['tuned', tuned],
    ['held', held],
  ] as const) {
    for (const [k, floor] of Object.entries(FLOORS[name]) as [keyof Summary, number][])
      expect(figure(summary, k), `${name} ${k}`).toBeGreaterThanOrEqual(floor);
  }
}, 900_000);
