// A huge page, in the browser named by $E2E_BROWSER (issue 13.4: a page of a million nodes or of
// 50,000 figures became unresponsive). A statistics dump of 1,800 figures in over 20,000
// elements: Corroborate stops at 1,000 claims, highlights them with marks (a
// document-wide `::highlight()` rule would restyle every element), the page's own timer keeps
// running while it works, and the popup says the page reached the limit. Timings are the
// bench's (`npm run bench -- huge`), not this test's.
import { describe, expect, it } from 'vitest';
import { useSession } from './harness/session';
import { popupForNewestTab, waitForStatus } from './harness/ui-flows';

describe('in-page: a huge page', () => {
  const session = useSession();

  it('marks at most 1,000 claims with marks, stays responsive and the popup says so', async () => {
    const page = await session.open(`${session.server.origin}/statistics-dump.html`);
    await waitForStatus(page, 'annotated', 90_000);
    const found = await page.evaluate(
      () => ({
        badges: document.querySelectorAll('corroborate-badge').length,
        marks: document.querySelectorAll('corroborate-mark').length,
        elements: document.getElementsByTagName('*').length,
        ticks: (window as unknown as { ticksWhileWorking: number }).ticksWhileWorking,
      }),
      null,
    );
    expect(found.elements).toBeGreaterThan(20_000);
    expect(found.badges).toBe(1000);
    expect(found.marks).toBeGreaterThanOrEqual(1000);
    // The work was sliced: the page's 20 ms timer ran again and again in between.
    expect(found.ticks).toBeGreaterThanOrEqual(3);

    const popup = await popupForNewestTab(session.open, session.browser.extensionBase);
    await popup.waitFor(() => document.querySelector('[data-testid="capped"]'), null);
    const text = await popup.evaluate(
      () => ({
        capped: document.querySelector('[data-testid="capped"]')?.textContent ?? '',
        count: document.querySelector('[data-testid="claim-count"]')?.textContent ?? '',
      }),
      null,
    );
    expect(text.capped).toBe(
      'Corroborate stopped at 1,000 claims: it marks no more on one page, so that a page this long stays responsive.',
    );
    expect(text.count).toBe('1,000 claims on this page');
    await popup.close();
    await page.close();
  }, 120_000);
});
