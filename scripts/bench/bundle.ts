// Bundle size: the Chromium content script as built (minified). Budget: ≤ 60 KB; the gzip size
// is what a store download costs, for reference.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUILDS } from '../../test/e2e/harness/browsers';
import { ensureChromiumBuild, type Area, type Figure } from './common';

const CONTENT_SCRIPT = 'content-scripts/content.js';
const LIMIT = 60 * 1024;

async function run(): Promise<Figure[]> {
  ensureChromiumBuild();
  const file = path.join(BUILDS.chromium, CONTENT_SCRIPT);
  const bytes = readFileSync(file);
  return [
    {
      area: 'bundle',
      name: 'content script (minified)',
      value: bytes.length,
      unit: 'bytes',
      budget: { op: '<=', limit: LIMIT, text: '≤ 60 KB minified (61,440 bytes)' },
      note: `${path.relative(process.cwd(), file)}, built ${statSync(file).mtime.toISOString()}; ${(LIMIT - bytes.length).toLocaleString('en')} bytes of headroom`,
    },
    {
      area: 'bundle',
      name: 'content script (gzip -9)',
      value: gzipSync(bytes, { level: 9 }).length,
      unit: 'bytes',
    },
  ];
}

export const bundleArea: Area = {
  name: 'bundle',
  title: 'Bundle: Chromium content script',
  run,
};
