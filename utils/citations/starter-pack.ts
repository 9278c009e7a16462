// The bundled starter pack (public/starter-pack/): `index.json` names the topic files, each
// `{ topic, citations }`. Parsed here into validated records, shared by the background (loaded
// into IndexedDB on install and upgrade) and the CLI (its default store), so both read the same
// files the same way.
import type { CitationRecord } from './record';
import { validateCitation } from './record';

/** Where the pack lives in the package (and under public/ in the repo). */
export const STARTER_PACK_DIR = 'starter-pack';
export const STARTER_PACK_INDEX = 'index.json';

/** A topic file's name: lowercase words and digits, so it can never climb out of the directory. */
export const TOPIC_FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.json$/;

export interface StarterPackIndex {
  version: string;
  files: string[];
}

export interface StarterPack {
  version: string;
  records: CitationRecord[];
}

function isObject(json: unknown): json is Record<string, unknown> {
  return typeof json === 'object' && json !== null && !Array.isArray(json);
}

/** The index: which version the pack is and which topic files make it up. */
export function parseStarterIndex(json: unknown): StarterPackIndex {
  if (!isObject(json) || !Array.isArray(json.files) || json.version === undefined)
    throw new Error(`starter pack ${STARTER_PACK_INDEX}: expected { version, files: [...] }`);
  const files = json.files.map((file: unknown, i: number) => {
    if (typeof file !== 'string' || !TOPIC_FILE_NAME.test(file))
      throw new Error(`starter pack ${STARTER_PACK_INDEX}: files[${i}] is not a topic file name`);
    return file;
  });
  return { version: String(json.version), files };
}

/** One topic file's citations as starter records. */
export function parseStarterTopic(json: unknown, file: string): CitationRecord[] {
  if (!isObject(json) || !Array.isArray(json.citations))
    throw new Error(`starter pack ${file}: expected { topic, citations: [...] }`);
  return json.citations.map((input: unknown, i: number) => {
    const result = validateCitation(input, 'starter');
    // The pack is validated in CI (scripts/validate-pack.ts); a bad entry here is a build defect.
    if (!result.ok)
      throw new Error(
        `starter pack ${file} entry ${i}: ${result.errors.map((e) => `${e.field} ${e.reason}`).join('; ')}`,
      );
    return result.record;
  });
}

/**
 * The whole pack from the index and the JSON of every topic file it names, in its order (read
 * by a fetch in the extension, from disk in Node).
 */
export function starterPackFromTopics(index: StarterPackIndex, topics: unknown[]): StarterPack {
  const records = index.files.flatMap((file, i) => parseStarterTopic(topics[i], file));
  return { version: index.version, records };
}
