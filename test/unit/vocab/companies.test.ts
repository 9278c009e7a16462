import { describe, expect, it } from 'vitest';
import {
  canonicalCompany,
  companyKey,
  companyOf,
  fiscalYearEnd,
} from '../../../utils/vocab/companies';

describe('canonicalCompany', () => {
  it.each([
    ['Meta Platforms Inc', 'Meta'],
    ['Meta Platforms Inc.', 'Meta'],
    ['the Facebook parent', 'Meta'],
    ['Facebook', 'Meta'],
    ['Dell Technologies', 'Dell'],
    ['Microsoft Corp.', 'Microsoft'],
    ['NVIDIA', 'Nvidia'],
    ['Apple’s', 'Apple'],
    ['AAPL', 'Apple'],
    ['NASDAQ: MSFT', 'Microsoft'],
    ['Amazon.com Inc', 'Amazon'],
  ])('%s → %s', (name, canonical) => {
    expect(canonicalCompany(name)).toBe(canonical);
  });

  it('knows nothing of names outside the list', () => {
    expect(canonicalCompany('Northwind Robotics')).toBeNull();
    expect(canonicalCompany('London')).toBeNull();
  });

  it('folds legal suffixes, case and punctuation into one key', () => {
    expect(companyKey('Dell Technologies Inc.')).toBe('dell');
    expect(companyKey('Challenger, Gray & Christmas, Inc.')).toBe('challenger gray & christmas');
  });
});

describe('fiscalYearEnd', () => {
  it.each([
    ['Nvidia', 1],
    ['Microsoft', 6],
    ['Apple', 9],
    ['Google', 12],
  ])('%s ends its year in month %i', (name, month) => {
    expect(fiscalYearEnd(name)).toBe(month);
  });
  it('is null for unknown companies', () => expect(fiscalYearEnd('Northwind')).toBeNull());
});

describe('companyOf', () => {
  it.each([
    ['Nvidia RTX', 'Nvidia', 'a known company, then a product the list does not know'],
    ['Tesla Model Y', 'Tesla', 'the same, two words'],
    ['Instagram', 'Meta', 'a product the list knows'],
    ['Google Cloud', 'Google Cloud', 'a unit the list knows is kept whole'],
    ['Quillbridge Labs', null, 'an unknown first word'],
    ['Nvidia', 'Nvidia', 'the company itself'],
    ['hasOwnProperty', null, 'no product of Object.prototype'],
  ] as [string, string | null, string][])('%s → %s (%s)', (name, want) => {
    expect(companyOf(name)).toBe(want);
  });
});
