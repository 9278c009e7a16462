// Imports the real layoff-tracker export (shared/data/layoffs.csv, see its PROVENANCE.md) and
// checks the figures documented there: every row parses, every row yields what its cells hold.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCitationFile } from '../../utils/citations/import';
import { CitationIndex } from '../../utils/match/index';

const path = fileURLToPath(new URL('../../../shared/data/layoffs.csv', import.meta.url));
const text = readFileSync(path, 'utf8');
const result = parseCitationFile('layoffs.csv', text);

describe('shared/data/layoffs.csv', () => {
  it('is detected as the tracker format and parses without errors', () => {
    expect(result.format).toBe('layoffs');
    expect(result.errors).toEqual([]);
  });

  it('gives one citation per reported figure, or one bare citation per row without figures', () => {
    // PROVENANCE.md: 4,277 rows; counts blank in 1,476, fractions blank in 1,577. One row has a
    // 0.0 fraction, which is no figure.
    const rows = text.trimEnd().split('\n').length - 1;
    expect(rows).toBe(4277);
    const counts = result.records.filter((record) => record.unit === 'count').length;
    const percents = result.records.filter((record) => record.unit === 'percent').length;
    const bare = result.records.filter((record) => record.value === null).length;
    expect(counts).toBe(4277 - 1476);
    expect(percents).toBe(4277 - 1577 - 1);
    expect(result.records).toHaveLength(counts + percents + bare);
    expect(bare).toBeGreaterThan(0);
    expect(
      result.records.every(
        (record) =>
          record.measure === 'layoffs' && record.subject !== null && record.published !== null,
      ),
    ).toBe(true);
    expect(
      result.records.every(
        (record) =>
          record.unit !== 'percent' ||
          (record.value !== null && record.value > 0 && record.value <= 100),
      ),
    ).toBe(true);
  });

  it('attributes rows to their source outlets', () => {
    const byPublisher = new Map<string, number>();
    for (const record of result.records)
      byPublisher.set(record.publisher, (byPublisher.get(record.publisher) ?? 0) + 1);
    // TechCrunch is the most cited domain (285 rows); each row gives one or two citations.
    expect(byPublisher.get('TechCrunch')).toBeGreaterThanOrEqual(285);
    expect(byPublisher.get('CNBC')).toBeGreaterThanOrEqual(100);
    expect(byPublisher.has('LinkedIn')).toBe(true);
  });

  it('backs a figure the file states, from the row it comes from', () => {
    const index = new CitationIndex(result.records);
    const [pinterest] = index.assess(
      [
        {
          kind: 'statistic',
          text: '15%',
          start: 0,
          end: 3,
          value: 15,
          unit: 'percent',
          hedge: null,
          source: null,
          subject: 'Pinterest',
          measure: 'layoffs',
        },
      ],
      {},
    );
    expect(pinterest?.verdict).not.toBe('unverifiable');
    expect(pinterest?.citations.some((ref) => ref.published === '2026-01-27')).toBe(true);
  });
});
