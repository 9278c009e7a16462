// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { normalizeSettings, isSiteDisabled, isAutoSite } from '../../../utils/settings-core';

describe('settings', () => {
  it('normalises stored settings and answers site questions', () => {
    const s = normalizeSettings({
      disabledSites: ['https://www.Example.com/path', 42],
      learnFromReading: 'yes',
    });
    expect(s.disabledSites).toEqual(['example.com']);
    expect(s.learnFromReading).toBe(false);
    expect(s.autoSites.length).toBeGreaterThan(20);
    expect(isSiteDisabled(s, 'https://news.example.com/a')).toBe(true);
    expect(isSiteDisabled(s, 'other.test')).toBe(false);
    expect(isAutoSite(s, 'https://www.reuters.com/x')).toBe(true);
    expect(normalizeSettings(undefined).disabledSites).toEqual([]);
  });
});
