// Issue 13.2: every detector and parser that runs on page or file text takes linear time on
// pathological inputs. Times are compared within one run (never against absolute budgets): from
// 10k to 100k to 1M characters a linear pass grows about 10×, a quadratic one 100×.
import { describe, expect, it } from 'vitest';
import { boundParagraphs } from '../../../utils/extract/bounds';
import { parseCitationFile } from '../../../utils/citations/import';
import { tooDeepAt } from '../../../utils/citations/safe-json';
import { validateCitation } from '../../../utils/citations/record';
import { decodeText } from '../../../utils/decode-text';
import { blockedRanges } from '../../../utils/extract/exclusions';
import { splitSentences } from '../../../utils/extract/sentences';
import { findStatistics } from '../../../utils/extract/statistic';
import { labelLineEnd } from '../../../utils/extract/subject';
import { measuresOfText } from '../../../utils/match/measure';
import { growthTo, rangeOtherEnd } from '../../../utils/match/report-figures';
import { SHAPES } from './pathological';

const SIZES = [10_000, 100_000, 1_000_000] as const;
/** 10× the input may take at most this many times as long: linear is ~10, quadratic ~100. */
const MAX_GROWTH = 35;
/** Below this a timer measures scheduling and garbage-collection noise, not the work. */
const FLOOR_MS = 10;

type Subject = [name: string, run: (text: string) => unknown, extra?: readonly string[]];

// Every subject meets the four shapes the issue names; a few meet the shape aimed at them too.
// The whole engine at 1M characters takes minutes on a loaded machine: `npm run bench --
// pathological` times it on every shape against ordinary text of the same size instead.
const NAMED_SHAPES = ['long token', 'digit run', 'separators', 'quotes'];

const SUBJECTS: Subject[] = [
  ['exclusion patterns', blockedRanges, ['e-mail-like']],
  ['statistic detector', findStatistics, ['figures without a full stop']],
  ['sentence splitter', splitSentences],
  // "Label: 180 roles" lines; a long token after a colon once backtracked through its splits.
  ['label-line reader', (text) => labelLineEnd(`Team: ${text}`, 0, text.length + 6)],
  ['measure rules', measuresOfText],
  // A record's range and growth rate are read from its claim text, for every record indexed.
  ['report figures', (text) => [rangeOtherEnd(text, 1), growthTo(text, 'usd', 1)]],
  ['paragraph cap', boundParagraphs, ['capitalised words']],
  ['CSV parser', (text) => parseCitationFile('x.csv', `publisher,claim\nCNBC,"${text}"\n`)],
  [
    'layoff-tracker parser',
    (text) =>
      parseCitationFile(
        'l.csv',
        `company,location,total_laid_off,date,percentage_laid_off,industry,source\n"${text}",SF,10,1/2/2024,,,x\n`,
      ),
  ],
  [
    'JSON parser',
    (text) => parseCitationFile('x.json', JSON.stringify([{ publisher: 'CNBC', claim: text }])),
  ],
  [
    'JSON Lines parser',
    (text) => parseCitationFile('x.jsonl', JSON.stringify({ publisher: text, claim: text })),
  ],
  [
    'ClaimReview parser',
    (text) =>
      parseCitationFile(
        'r.json',
        JSON.stringify({
          '@type': 'ClaimReview',
          claimReviewed: text,
          author: { name: 'PolitiFact' },
        }),
      ),
  ],
  [
    'record validation',
    (text) => validateCitation({ publisher: text, claim: text, subject: text }, 'user'),
  ],
  ['decoder', (text) => decodeText(new TextEncoder().encode(text), 'x.txt')],
  ['nesting check', (text) => tooDeepAt(text)],
];

function timeOf(run: (text: string) => unknown, text: string, repeats: number): number {
  let best = Infinity;
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    run(text);
    best = Math.min(best, performance.now() - started);
  }
  return Math.max(best, FLOOR_MS);
}

describe('linear time on pathological input', () => {
  for (const [name, run, extra = []] of SUBJECTS) {
    it(`${name}: time grows linearly on every shape`, () => {
      const growth: string[] = [];
      for (const shape of SHAPES.filter((s) => [...NAMED_SHAPES, ...extra].includes(s.name))) {
        const inputs = SIZES.map((size) => shape.make(size));
        run(inputs[0] ?? ''); // warm the JIT so the first size is not penalised
        const times = inputs.map((text, i) => timeOf(run, text, i < 2 ? 2 : 1));
        for (let i = 1; i < times.length; i++) {
          const ratio = (times[i] ?? 0) / (times[i - 1] ?? 1);
          if (ratio > MAX_GROWTH)
            growth.push(
              `${shape.name}: ${SIZES[i - 1]}→${SIZES[i]} took ${ratio.toFixed(0)}× (${times.map((t) => t.toFixed(0)).join(' / ')} ms)`,
            );
        }
      }
      expect(growth).toEqual([]);
    }, 300_000);
  }
});
