// Every plausibility rule refuses its own example, and an ordinary record passes them all.
import { describe, expect, it } from 'vitest';
import {
  PLAUSIBILITY_RULES,
  implausibilities,
  latestPublishedDay,
} from '../../../utils/citations/plausibility';
import { parseCitationFile } from '../../../utils/citations/import';
import { validateCitation } from '../../../utils/citations/record';

describe('plausibility rules', () => {
  it.each(PLAUSIBILITY_RULES.map((rule) => [rule.id, rule] as const))(
    '%s refuses its example',
    (id, rule) => {
      const reason = rule.check(rule.example, '2026-01-01');
      expect(reason).toContain(`(${id})`);
    },
  );

  it('passes an ordinary record', () => {
    expect(
      implausibilities(
        { value: 15, unit: 'percent', measure: 'layoffs', published: '2025-01-27' },
        '2026-01-01',
      ),
    ).toEqual([]);
    // A growth rate and a loss may be negative; only counts and shares may not.
    expect(
      implausibilities({ value: -12, unit: 'percent', measure: 'revenue' }, '2026-01-01'),
    ).toEqual([]);
    expect(implausibilities({ value: -3e8, unit: 'usd', measure: 'profit' }, '2026-01-01')).toEqual(
      [],
    );
  });

  it('accepts tomorrow (time zones ahead) and refuses the day after', () => {
    const now = new Date('2026-03-10T23:30:00Z');
    expect(latestPublishedDay(now)).toBe('2026-03-11');
  });

  it('reports the line of an impossible row in a CSV file, and keeps the good rows', () => {
    const csv = [
      'publisher,claim,value,unit,published',
      'CNBC,Acme cut 15% of its staff,15,percent,2025-01-27',
      'CNBC,Acme cut 140% of its staff,140,percent,2025-01-27',
      'Reuters,Acme laid off -40 workers,-40,count,2025-01-27',
      'Axios,Acme laid off 40 workers,40,count,2999-05-01',
    ].join('\n');
    const { records, errors } = parseCitationFile('x.csv', csv);
    expect(records).toHaveLength(1);
    expect(errors.map(({ line, field }) => [line, field])).toEqual([
      [3, 'value'],
      [4, 'value'],
      [5, 'published'],
    ]);
  });

  it('refuses a value that is not finite, from JSON and from CSV', () => {
    const json = validateCitation(
      { publisher: 'CNBC', claim: 'big', value: Infinity, unit: 'count' },
      'user',
    );
    expect(json.ok).toBe(false);
    const csv = parseCitationFile('x.csv', 'publisher,claim,value,unit\nCNBC,big,1e309,count\n');
    expect(csv.records).toEqual([]);
    expect(csv.errors[0]).toMatchObject({
      line: 2,
      field: 'value',
      reason: 'must be a finite number',
    });
  });
});
