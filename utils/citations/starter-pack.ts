// The bundled starter pack (public/starter-pack.json): parsed once into validated records, shared by
// the background (loaded into IndexedDB on install and upgrade) and the CLI (its default store).
import type { CitationRecord } from './record';
import { validateCitation } from './record';

export interface StarterPack {
  version: string;
  records: CitationRecord[];
}

export function parseStarterPack(json: unknown): StarterPack {
  if (
    typeof json !== 'object' ||
    json === null ||
    !Array.isArray((json as { citations?: unknown }).citations)
  ) {
    throw new Error('starter pack: expected { version, citations: [...] }');
  }
  const { version, citations } = json as { version: unknown; citations: unknown[] };
  const records: CitationRecord[] = [];
  citations.forEach((input, i) => {
    const result = validateCitation(input, 'starter');
    // The pack is validated in CI (scripts/validate-pack.ts); a bad entry here is a build defect.
    if (!result.ok)
      throw new Error(
        `starter pack entry ${i}: ${result.errors.map((e) => `${e.field} ${e.reason}`).join('; ')}`,
      );
    records.push(result.record);
  });
  return { version: String(version), records };
}
