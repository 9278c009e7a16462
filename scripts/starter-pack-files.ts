// The bundled starter pack read from disk (public/starter-pack/), for the CLI, the bench, the
// validator and tests: the same parser as the extension, with file reads for its fetches.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  STARTER_PACK_DIR,
  STARTER_PACK_INDEX,
  parseStarterIndex,
  starterPackFromTopics,
  type StarterPack,
} from '../utils/citations/starter-pack';

export const STARTER_PACK_PATH = path.resolve(import.meta.dirname, '../public', STARTER_PACK_DIR);

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
