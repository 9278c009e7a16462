import { describe, expect, it } from 'vitest';
import type { Period } from '../../../utils/claim';
import {
  claimSpan,
  periodAgreement,
  periodString,
  recordSpan,
} from '../../../utils/match/dimensions';
import { citation } from './records';

const cited = (period: string, fiscalYearEnd: number | null = null) =>
  recordSpan(citation({ publisher: 'Harbor Wire', claim: 'x', period }), fiscalYearEnd);

const claimed = (start: string, end: string, grain: Period['grain'], fiscal?: string) =>
  claimSpan({ text: '', start, end, grain, how: 'explicit', ...(fiscal ? { fiscal } : {}) });

describe('periodAgreement', () => {
  it.each([
    // [claim, citation, measure, agreement]
    [
      'a quarter inside its year',
      claimed('2024-07-01', '2024-09-30', 'quarter'),
      cited('2024'),
      'users',
      'same',
    ],
    [
      'a day inside its month',
      claimed('2025-01-26', '2025-01-26', 'day'),
      cited('2025-01'),
      'layoffs',
      'same',
    ],
    [
      'the same month a year later',
      claimed('2025-01-01', '2025-01-31', 'month'),
      cited('2026-01'),
      'layoffs',
      'different',
    ],
    [
      'an announcement days into the next month',
      claimed('2025-01-01', '2025-01-31', 'month'),
      cited('2025-02-03'),
      'layoffs',
      'same',
    ],
    [
      'a results figure of the next month',
      claimed('2025-01-01', '2025-01-31', 'month'),
      cited('2025-02-03'),
      'users',
      'different',
    ],
    [
      'a year of revenue against its fourth quarter',
      claimed('2023-01-01', '2023-12-31', 'year'),
      cited('2023-Q4'),
      'revenue',
      'different',
    ],
    [
      'a fiscal quarter against the calendar quarter it mostly covers',
      claimed('2023-10-01', '2023-12-31', 'quarter'),
      cited('FY2024-Q1', 9),
      'revenue',
      'same',
    ],
    [
      'a fiscal quarter against the calendar quarter it shares one month with',
      claimed('2023-10-01', '2023-12-31', 'quarter'),
      cited('FY2024-Q3', 1),
      'revenue',
      'different',
    ],
    [
      'fiscal labels of unknown dates',
      claimSpan({
        text: 'Q2',
        start: null,
        end: null,
        grain: 'fiscal-quarter',
        how: 'explicit',
        fiscal: 'FY2025 Q2',
      }),
      cited('FY2025'),
      null,
      'same',
    ],
    ['no claim period', null, cited('2024'), null, 'unknown'],
  ] as const)('%s', (_name, claim, citation, measure, agreement) => {
    expect(periodAgreement(claim, citation, measure)).toBe(agreement);
  });

  it('lets an announced figure without a period stand in with its published month', () => {
    const record = citation({
      publisher: 'Harbor Wire',
      claim: 'Quillbridge lays off 15% of staff',
      published: '2025-01-27',
      value: 15,
      unit: 'percent',
    });
    expect(recordSpan(record, null)?.label).toBe('2025-01');
    const results = citation({
      publisher: 'Harbor Wire',
      claim: 'Quillbridge revenue up 15%',
      published: '2025-01-27',
    });
    expect(recordSpan(results, null)).toBeNull();
  });
});

describe('periodString', () => {
  it.each([
    [{ start: '2024-10-01', end: '2024-12-31', grain: 'quarter' }, '2024-Q4'],
    [{ start: '2025-01-01', end: '2025-01-31', grain: 'month' }, '2025-01'],
    [{ start: '2024-01-01', end: '2024-12-31', grain: 'year' }, '2024'],
    [{ start: '2022-11-01', end: '2023-12-31', grain: 'year' }, '2022-11-01/2023-12-31'],
    [
      { start: '2024-07-28', end: '2024-10-26', grain: 'fiscal-quarter', fiscal: 'FY2025 Q1' },
      'FY2025-Q1',
    ],
  ] as const)('%o → %s', (period, text) => {
    expect(periodString(period)).toBe(text);
  });
});
