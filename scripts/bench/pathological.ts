// Pathological text against ordinary text of the same size, through the whole engine (the
// paragraph cap and extraction, as the background and the CLI run it). Budget (DESIGN.md): long
// tokens, digit runs, separators and the like take at most 3× the time of ordinary text.
import { SHAPES, ordinaryText } from '../../test/unit/security/pathological';
import { extract } from '../../utils/extract';
import { median, type Area, type Figure } from './common';

const LENGTH = 250_000;
const RUNS = 3;

function timed(text: string): number {
  const started = performance.now();
  extract(text);
  return performance.now() - started;
}

async function run(): Promise<Figure[]> {
  const ordinary = ordinaryText(LENGTH);
  timed(ordinary.slice(0, 20_000)); // JIT warm-up
  const figures: Figure[] = [];
  for (const shape of SHAPES) {
    const text = shape.make(LENGTH);
    timed(text.slice(0, 20_000));
    // Each pair runs back to back, so both halves see the same machine load.
    const ratios: number[] = [];
    const times: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const base = timed(ordinary);
      const odd = timed(text);
      times.push(odd);
      ratios.push(odd / base);
    }
    figures.push({
      area: 'pathological',
      name: `${shape.name} ÷ ordinary text`,
      value: median(ratios),
      unit: '×',
      runs: ratios,
      budget: { op: '<=', limit: 3, text: '≤ 3× ordinary text of the same size' },
      note: `${(LENGTH / 1000).toFixed(0)}k characters, ${median(times).toFixed(0)} ms`,
    });
  }
  return figures;
}

export const pathologicalArea: Area = {
  name: 'pathological',
  title: 'Pathological text vs ordinary text of the same size (Node, whole engine)',
  run,
};
