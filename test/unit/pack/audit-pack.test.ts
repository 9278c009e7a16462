import { describe, expect, it } from 'vitest';
import { pickEntries } from '../../../scripts/audit-pack';
import { STARTER_PACK_PATH } from '../../../scripts/starter-pack-files';
import { readPackDir, type PackInput } from '../../../scripts/validate-pack';

// A pack of two topic files whose entries are told apart by their value alone.
function pack(sizes: number[]): PackInput {
  let value = 0;
  return {
    index: {},
    topics: sizes.map((size, t) => ({
      file: `topic-${t}.json`,
      json: { citations: Array.from({ length: size }, () => ({ value: value++ })) },
    })),
  };
}

describe('audit picks', () => {
  it('draws the same sample for the same seed and a different one for another', () => {
    const input = pack([30, 20]);
    const values = (seed: number) => pickEntries(input, seed, 10).map((p) => p.entry.value);
    expect(values(7)).toEqual(values(7));
    expect(values(7)).not.toEqual(values(8));
  });

  it('never picks an entry twice and names where each pick sits', () => {
    const input = pack([5, 3]);
    const picks = pickEntries(input, 3, 8);
    expect(new Set(picks.map((p) => p.entry.value)).size).toBe(8);
    for (const p of picks) {
      const file = input.topics.find((t) => t.file === p.file);
      expect((file?.json as { citations: unknown[] }).citations[p.index]).toBe(p.entry);
    }
  });

  it('draws from every topic file, not only the first', () => {
    const picks = pickEntries(pack([50, 50]), 1, 40);
    expect(new Set(picks.map((p) => p.file)).size).toBe(2);
  });

  it('asks for no more than the pack holds', () => {
    expect(pickEntries(pack([2, 1]), 1, 40)).toHaveLength(3);
  });

  it('reads the real pack', () => {
    const picks = pickEntries(readPackDir(STARTER_PACK_PATH), 20261201, 40);
    expect(picks).toHaveLength(40);
    expect(picks.every((p) => typeof p.entry.url === 'string')).toBe(true);
  });
});
