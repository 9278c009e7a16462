// The bundled starter pack read from disk (public/starter-pack/), for the CLI, the bench, the
// validator and tests: the same parser as the extension, with file reads for its fetches.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  STARTER_PACK_DIR,
  STARTER_PACK_INDEX,
  STARTER_PACK_RECORDS,
  parseStarterIndex,
  starterPackFromTopics,
  type StarterPack,
} from '../utils/citations/starter-pack';

// fileURLToPath rather than import.meta.dirname: wxt.config.ts loads this file too.
export const STARTER_PACK_PATH = path.join(
  fileURLToPath(new URL('../public', import.meta.url)),
  STARTER_PACK_DIR,
);

/** A pack file's JSON; the error names the file. */
export function readPackJson(dir: string, file: string): unknown {
  const full = path.join(dir, file);
  try {
    return JSON.parse(readFileSync(full, 'utf8'));
  } catch (error) {
    throw new Error(`${full}: ${(error as Error).message}`, { cause: error });
  }
}

export function readStarterPack(dir: string = STARTER_PACK_PATH): StarterPack {
  const index = parseStarterIndex(readPackJson(dir, STARTER_PACK_INDEX));
  return starterPackFromTopics(
    index,
    index.files.map((file) => readPackJson(dir, file)),
  );
}

/** What a build ships of the pack: the index and the compiled records, not the topic files. */
export interface PackAsset {
  relativeDest: string;
  contents: string;
}

/**
 * The build's pack files (wxt.config.ts): index.json as written and records.json, every topic
 * file validated into records once here rather than on each install.
 */
export function compiledStarterPack(dir: string = STARTER_PACK_PATH): PackAsset[] {
  const pack = readStarterPack(dir);
  return [
    {
      relativeDest: `${STARTER_PACK_DIR}/${STARTER_PACK_INDEX}`,
      contents: readFileSync(path.join(dir, STARTER_PACK_INDEX), 'utf8'),
    },
    {
      relativeDest: `${STARTER_PACK_DIR}/${STARTER_PACK_RECORDS}`,
      contents: JSON.stringify(pack.records),
    },
  ];
}
