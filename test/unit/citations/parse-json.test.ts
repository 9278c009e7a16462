import { describe, expect, it } from 'vitest';
import { parseJsonCitations } from '../../../utils/citations/parse-json';
import { parseJsonlCitations } from '../../../utils/citations/parse-jsonl';

describe('parseJsonCitations', () => {
  it('reads an array of records', () => {
    const text = JSON.stringify([
      {
        publisher: 'Harbor Wire',
        claim: 'Tallowtech lays off 240 staff',
        subject: 'Tallowtech',
        value: 240,
        unit: 'count',
      },
      {
        publisher: 'Metro Courier',
        claim: 'Tallowtech confirms 240 job cuts',
        subject: 'Tallowtech',
        value: 240,
        unit: 'count',
      },
    ]);
    const { records, errors } = parseJsonCitations(text, 'user');
    expect(errors).toEqual([]);
    expect(records.map((record) => record.publisher)).toEqual(['Harbor Wire', 'Metro Courier']);
    expect(records.every((record) => record.measure === 'layoffs')).toBe(true);
  });

  it('reports bad items with the line of their opening brace and keeps the good ones', () => {
    const text = [
      '[',
      '  { "publisher": "Harbor Wire", "claim": "Tallowtech lays off 240 staff" },',
      '  {',
      '    "publisher": "Metro Courier",',
      '    "claim": "Tallowtech cuts",',
      '    "url": "file:///etc/passwd"',
      '  },',
      '  { "claim": "no publisher here", "value": "many" }',
      ']',
    ].join('\n');
    const { records, errors } = parseJsonCitations(text, 'user');
    expect(records).toHaveLength(1);
    expect(errors).toEqual([
      { line: 3, field: 'url', reason: 'must be an http: or https: URL' },
      { line: 8, field: 'publisher', reason: 'is required' },
      { line: 8, field: 'value', reason: 'must be a number' },
    ]);
  });

  it('reports a non-object item by its position', () => {
    const { errors } = parseJsonCitations('[\n"just text"\n]', 'user');
    expect(errors).toEqual([
      { line: 1, field: '(record)', reason: 'must be an object with publisher and claim' },
    ]);
  });

  it('reports broken JSON at its line, and a non-array as a whole-file error', () => {
    const broken = parseJsonCitations('[\n{ "publisher": "Harbor Wire", }\n]', 'user');
    expect(broken.records).toEqual([]);
    expect(broken.errors).toHaveLength(1);
    expect(broken.errors[0]).toMatchObject({ line: 2, field: '(file)' });
    expect(broken.errors[0]?.reason).toMatch(/^not valid JSON/);
    expect(parseJsonCitations('{"publisher":"x","claim":"y"}', 'user').errors).toEqual([
      { line: 0, field: '(file)', reason: 'expected a JSON array of citation records' },
    ]);
  });

  it('keeps one copy of identical records', () => {
    const item = { publisher: 'Harbor Wire', claim: 'Tallowtech lays off 240 staff' };
    expect(parseJsonCitations(JSON.stringify([item, item]), 'user').records).toHaveLength(1);
  });
});

describe('parseJsonlCitations', () => {
  it('reads one record per line, skipping blank lines, with line numbers for errors', () => {
    const text = [
      '{"publisher":"Harbor Wire","claim":"Tallowtech lays off 240 staff","value":240,"unit":"count"}',
      '',
      '{"publisher":"Metro Courier","claim":"<b>Tallowtech</b> cuts"}',
      '{"publisher":"Metro Courier",',
      '{"publisher":"Metro Courier","claim":"Tallowtech cuts 240 jobs","published":"2025-13-01"}',
      '{"publisher":"Valley Times","claim":"Tallowtech trims staff"}\r',
    ].join('\n');
    const { records, errors } = parseJsonlCitations(text, 'learned');
    expect(records.map((record) => [record.publisher, record.origin])).toEqual([
      ['Harbor Wire', 'learned'],
      ['Valley Times', 'learned'],
    ]);
    expect(errors.map(({ line, field }) => [line, field])).toEqual([
      [3, 'claim'],
      [4, '(line)'],
      [5, 'published'],
    ]);
    expect(errors[1]?.reason).toMatch(/^not valid JSON/);
  });
});
