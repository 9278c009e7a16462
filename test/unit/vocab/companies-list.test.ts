import { describe, expect, it } from 'vitest';
import COMPANIES from '../../../utils/vocab/companies.json';

interface Company {
  name: string;
  aliases: string[];
  tickers: string[];
  parent: string | null;
  fiscalYearEnd: number;
}

const companies = COMPANIES as Company[];
const byName = new Map(companies.map((c) => [c.name, c]));

describe('companies list', () => {
  it('holds at least 500 companies of the documented shape', () => {
    expect(companies.length).toBeGreaterThanOrEqual(500);
    for (const c of companies) {
      expect(c.name.trim(), JSON.stringify(c)).not.toBe('');
      expect(Array.isArray(c.aliases) && Array.isArray(c.tickers), c.name).toBe(true);
      expect(Number.isInteger(c.fiscalYearEnd), c.name).toBe(true);
      expect(c.fiscalYearEnd, c.name).toBeGreaterThanOrEqual(1);
      expect(c.fiscalYearEnd, c.name).toBeLessThanOrEqual(12);
    }
  });

  it('names a listed company as every parent, and no company is its own ancestor', () => {
    for (const c of companies) {
      const seen = new Set<string>([c.name]);
      let parent = c.parent;
      while (parent !== null) {
        const found = byName.get(parent);
        expect(found, `${c.name} → ${parent}`).toBeDefined();
        expect(seen.has(parent), `${c.name}: cycle at ${parent}`).toBe(false);
        seen.add(parent);
        parent = found?.parent ?? null;
      }
    }
  });

  it('gives every spelling to one company only', () => {
    const owner = new Map<string, string>();
    for (const c of companies) {
      for (const spelling of [c.name, ...c.aliases]) {
        const previous = owner.get(spelling.trim().toLowerCase());
        expect(previous === undefined || previous === c.name, `${spelling}: ${previous}`).toBe(
          true,
        );
        owner.set(spelling.trim().toLowerCase(), c.name);
      }
    }
  });

  // An alias that is an everyday word would tie ordinary sentences to a company.
  it.each(['X', 'Block', 'Square', 'Target', 'Figure', 'Scale', 'Indeed', 'Max', 'Threads'])(
    'has no company spelled as the common word %s',
    (word) => {
      const spellings = companies.flatMap((c) => [c.name, ...c.aliases]);
      expect(spellings).not.toContain(word);
    },
  );

  it.each([
    ['Amazon Web Services', 'Amazon', 12],
    ['YouTube', 'Google', 12],
    ['Instagram', 'Meta', 12],
    ['VMware', 'Broadcom', 1],
    ['Walt Disney', null, 9],
    ['Nike', null, 5],
    ['Sony', null, 3],
  ])('knows %s: parent %s, fiscal year ending in month %i', (name, parent, month) => {
    expect(byName.get(name)?.parent).toBe(parent);
    expect(byName.get(name)?.fiscalYearEnd).toBe(month);
  });
});
