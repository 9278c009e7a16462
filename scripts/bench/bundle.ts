// Bundle size, as built (minified), of the Chromium in-page scripts: the content script that runs
// on every page (the article check; budget ≤ 10 KB: what a page that is not an article pays) and
// the annotator it loads with import() where it runs (budget ≤ 60 KB). The gzip sizes are what a
// store download costs, for reference.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUILDS } from '../../test/e2e/harness/browsers';
import { ensureChromiumBuild, type Area, type Figure } from './common';

const SCRIPTS: { file: string; name: string; limit: number; text: string }[] = [
  {
    file: 'content-scripts/content.js',
    name: 'content script on every page',
    limit: 10 * 1024,
    text: 'script on a page that is not an article ≤ 10 KB (10,240 bytes)',
  },
  {
    file: 'annotator.js',
    name: 'annotator (loaded where it runs)',
    limit: 60 * 1024,
    text: 'annotator bundle in the page ≤ 60 KB minified (61,440 bytes)',
  },
];

async function run(): Promise<Figure[]> {
  ensureChromiumBuild();
  return SCRIPTS.flatMap(({ file, name, limit, text }) => {
    const full = path.join(BUILDS.chromium, file);
    const bytes = readFileSync(full);
    return [
      {
        area: 'bundle',
        name: `${name} (minified)`,
        value: bytes.length,
        unit: 'bytes',
        budget: { op: '<=', limit, text },
        note: `${path.relative(process.cwd(), full)}, built ${statSync(full).mtime.toISOString()}; ${(limit - bytes.length).toLocaleString('en')} bytes of headroom`,
      },
      {
        area: 'bundle',
        name: `${name} (gzip -9)`,
        value: gzipSync(bytes, { level: 9 }).length,
        unit: 'bytes',
      },
    ] satisfies Figure[];
  });
}

export const bundleArea: Area = {
  name: 'bundle',
  title: 'Bundle: Chromium in-page scripts',
  run,
};
