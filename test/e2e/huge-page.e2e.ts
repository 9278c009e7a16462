// A huge page, in the browser named by $E2E_BROWSER (issue 13.4: a page of a million nodes or of
// 50,000 figures became unresponsive). A statistics dump of 1,800 figures in over 20,000
// elements: Corroborate stops at 1,000 claims, highlights them with marks (a
// document-wide `::highlight()` rule would restyle every element), its badges take no room in
// the line (one that added a line would move everything below it) and still open their cards,
// the page's own timer keeps running while it works, and the popup says the page reached the
// limit. Timings are the bench's (`npm run bench -- huge`), not this test's.
import { describe, expect, it } from 'vitest';
import { useSession } from './harness/session';
import {
  focusBadgeLabelled,
  popupForNewestTab,
  waitForCard,
  waitForStatus,
} from './harness/ui-flows';

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

    // Each badge's host has no size in the line; the badge itself shows, above the claim's end.
    const boxes = await page.evaluate(() => {
      const host = document.querySelectorAll('corroborate-badge')[5] as HTMLElement;
      const badge = host.shadowRoot?.querySelector('.badge')?.getBoundingClientRect();
      const box = host.getBoundingClientRect();
      return {
        label: host.getAttribute('aria-label') ?? '',
        host: { width: box.width, height: box.height, top: box.top },
        badge: badge ? { width: badge.width, bottom: badge.bottom } : null,
      };
    }, null);
    expect(boxes.host).toMatchObject({ width: 0, height: 0 });
    expect(boxes.badge?.width).toBeGreaterThan(0);
    expect(boxes.badge?.bottom).toBeCloseTo(boxes.host.top, 0);
    // Keyboard users reach it as any badge: focused, it opens its card.
    const claim = boxes.label.split(' — ')[0] ?? '';
    expect(await focusBadgeLabelled(page, claim)).toBe(boxes.label);
    await waitForCard(page);

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
