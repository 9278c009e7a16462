// Reads ../shared/data/layoffs.csv (the real layoffs.fyi export): imported through the options
// page in real Chromium, it must give a layoff article the verdicts the data implies. The
// expectations come from the file's rows: Navan's 145 layoffs (Dec 2023) are reported by
// skift.com and theinformation.com, its 5% by theinformation.com alone; Cars24's 200 (Apr 2025)
// by entrackr.com and inc42.com. The file holds no row for the fictional Northwind Robotics.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCitationFile } from '../../utils/citations/import';
import { listBadges } from '../e2e/harness/page-probes';
import { useSession } from '../e2e/harness/session';
import { importCitationFile } from '../e2e/harness/ui-flows';

const LAYOFFS = path.resolve(import.meta.dirname, '../../../shared/data/layoffs.csv');

describe('importing the real layoffs tracker export', () => {
  const session = useSession();

  it('imports every valid row through the options page', async () => {
    const options = await session.open(`${session.browser.extensionBase}options.html`);
    const expected = parseCitationFile('layoffs.csv', readFileSync(LAYOFFS, 'utf8'));
    expect(expected.errors).toEqual([]);
    const result = await importCitationFile(options, LAYOFFS);
    expect(result.replace(/,/g, '')).toMatch(
      new RegExp(`^Imported ${expected.records.length} citations`),
    );
    await options.close();
  });

  it('gives a layoff article the verdicts the data implies', async () => {
    const page = await session.openAnnotated('layoffs-roundup.html');
    const badges = await page.evaluate(listBadges, null);
    const verdictOf = (figure: string) =>
      badges.find((b) => b.kind === 'statistic' && b.label?.startsWith(`${figure} — `))?.verdict;
    expect(verdictOf('145')).toBe('corroborated');
    expect(verdictOf('5%')).toBe('single-sourced');
    expect(verdictOf('200')).toBe('corroborated');
    expect(verdictOf('430')).toBe('unverifiable');
    await page.close();
    expect(session.extensionRequests()).toEqual([]);
  });
});
