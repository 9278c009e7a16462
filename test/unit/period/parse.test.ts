import { describe, expect, it } from 'vitest';
import { PERIOD_FORMS, parsePeriod } from '../../../utils/period/parse';

describe('parsePeriod', () => {
  // Every grammar row's example parses by that row.
  it.each(PERIOD_FORMS.map((form) => [form.id, form.example]))('%s: %s', (_id, example) => {
    expect(parsePeriod(example)).not.toBeNull();
  });

  it.each([
    ['2024', { start: '2024-01-01', end: '2024-12-31', grain: 'year' }],
    ['2024-Q3', { start: '2024-07-01', end: '2024-09-30', grain: 'quarter' }],
    ['2024-H1', { start: '2024-01-01', end: '2024-06-30', grain: 'half' }],
    ['2024-02', { start: '2024-02-01', end: '2024-02-29', grain: 'month' }],
    ['2024-07-15', { start: '2024-07-15', end: '2024-07-15', grain: 'day' }],
    ['2024-07-01/2024-09-30', { start: '2024-07-01', end: '2024-09-30', grain: 'quarter' }],
  ])('reads %s as calendar dates', (text, span) => {
    expect(parsePeriod(text)).toEqual(span);
  });

  // The fiscal year is named by the calendar year it ends in.
  it.each([
    ['FY2025', 1, '2024-02-01', '2025-01-31', 'FY2025'],
    ['FY2025', 6, '2024-07-01', '2025-06-30', 'FY2025'],
    ['FY2024', 9, '2023-10-01', '2024-09-30', 'FY2024'],
    ['FY2025-Q2', 6, '2024-10-01', '2024-12-31', 'FY2025 Q2'],
    ['FY2024-Q4', 1, '2023-11-01', '2024-01-31', 'FY2024 Q4'],
    ['FY2024-Q1', 12, '2024-01-01', '2024-03-31', 'FY2024 Q1'],
  ])('reads %s with a fiscal year ending in month %i', (text, end, from, to, fiscal) => {
    expect(parsePeriod(text, end)).toMatchObject({ start: from, end: to, fiscal });
  });

  it('keeps the fiscal label without dates when the fiscal calendar is unknown', () => {
    expect(parsePeriod('FY2025-Q2')).toEqual({
      start: null,
      end: null,
      grain: 'fiscal-quarter',
      fiscal: 'FY2025 Q2',
    });
  });

  it.each(['Q3 2024', '2024-13', '2024-02-30', '2024-Q5', '2024-09-30/2024-07-01', 'FY25', ''])(
    'refuses %s',
    (text) => {
      expect(parsePeriod(text)).toBeNull();
    },
  );
});
