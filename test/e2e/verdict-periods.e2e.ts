// Verdicts that know when (issue 11), in the browser named by $E2E_BROWSER: with citations of
// another time and another figure imported through the options page, hovering a misdated figure
// and a contradicted one opens a card whose first sentence says what is wrong, and each badge's
// ⚠ is named in its aria-label.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listBadges } from './harness/page-probes';
import { useSession } from './harness/session';
import { hoverBadge, importCitationFile, openCardText } from './harness/ui-flows';

const CITATIONS = path.resolve(import.meta.dirname, '../fixtures/citations');

describe('verdicts that know when', () => {
  const session = useSession();

  beforeAll(async () => {
    const options = await session.open(`${session.browser.extensionBase}options.html`);
    expect(await importCitationFile(options, path.join(CITATIONS, 'periods.jsonl'))).toMatch(
      /^Imported 3 citations/,
    );
    await options.close();
  }, 120_000);

  it('says on hover that the figure was reported for another time', async () => {
    const page = await session.openAnnotated('misdated-article.html');
    const label = await hoverBadge(page, '15%');
    expect(label).toBe('15% — unverifiable; ⚠ reported for another time');
    const card = (await openCardText(page)) ?? '';
    const sentence =
      'Backed by Ledger Daily and Harbor Wire for January 2026 — this article dates it January 2025';
    expect(card).toContain(sentence);
    // The sentence comes before the lines, and each line has its date and period.
    expect(card.indexOf(sentence)).toBeLessThan(card.indexOf('Same figure, another time'));
    expect(card).toContain('published 2026-01-28 · for January 2026');
    await page.close();
  });

  it('says on hover which figure reports for the same time give', async () => {
    const page = await session.openAnnotated('misdated-article.html');
    const label = await hoverBadge(page, '482 million');
    expect(label).toBe('482 million — unverifiable; ⚠ another figure reported for its time');
    const card = (await openCardText(page)) ?? '';
    expect(card).toContain('Reports for Q4 2024 say 553 million');
    expect(card.indexOf('Reports for Q4 2024 say 553 million')).toBeLessThan(
      card.indexOf('Another figure for the time'),
    );
    expect(card).toContain('published 2025-02-06 · for Q4 2024');
    // The page shows the warning on both figures and on no other badge.
    const warned = (await page.evaluate(listBadges, null)).filter((b) =>
      (b.label ?? '').includes('⚠'),
    );
    expect(warned.map((b) => (b.label ?? '').split(' — ')[0])).toEqual(['15%', '482 million']);
    await page.close();
  });
});
