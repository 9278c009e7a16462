// The reader's controls over the in-page UI, in the browser named by $E2E_BROWSER: the popup's
// Hide/Show toggle (what Alt+Shift+C does) hides and brings back every badge and highlight, and a
// page that is not a news article stays untouched until the popup's "Annotate this page".
import { describe, expect, it } from 'vitest';
import type { TestPage } from './harness/browsers';
import { badgeClaims, focusedBadgeLabel, listBadges } from './harness/page-probes';
import { useSession } from './harness/session';
import {
  focusBadgeLabelled,
  hoverBadge,
  openCardText,
  popupForNewestTab,
  waitForCard,
  waitForNoCard,
  waitForStatus,
} from './harness/ui-flows';

/**
 * Whether the claims' highlights are painted: fallback marks not hidden, or Corroborate's CSS
 * highlights registered. null when the page's world sees neither.
 */
function highlightsPainted(): boolean | null {
  const mark = document.querySelector('corroborate-mark');
  if (mark) return getComputedStyle(mark).textDecorationLine !== 'none';
  const registry = (globalThis as { CSS?: { highlights?: { keys(): Iterable<string> } } }).CSS
    ?.highlights;
  if (!registry) return null;
  return [...registry.keys()].some((k) => k.startsWith('corroborate-'));
}

describe('in-page: reader controls', () => {
  const session = useSession();

  const popupForArticle = (): Promise<TestPage> =>
    popupForNewestTab(session.open, session.browser.extensionBase);

  /** Clicks the popup button whose text is `text`, once it is there. */
  async function clickButton(popup: TestPage, text: string): Promise<void> {
    await popup.waitFor(
      (t) => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === t),
      text,
    );
    await popup.evaluate((t) => {
      [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === t)?.click();
    }, text);
  }

  it('hides every annotation and shows them again from the popup toggle', async () => {
    const article = await session.openAnnotated('news-layout.html');
    const before = await article.evaluate(listBadges, null);
    expect(before.length).toBeGreaterThanOrEqual(10);
    expect(before.every((b) => b.rect.width > 0)).toBe(true);
    expect(await article.evaluate(highlightsPainted, null)).toBe(true);

    const popup = await popupForArticle();
    await clickButton(popup, 'Hide annotations');
    await popup.waitFor(
      () =>
        [...document.querySelectorAll('button')].some((b) => b.textContent === 'Show annotations'),
      null,
    );
    // Hidden, not removed: every badge still there, none rendered, no highlight painted.
    await article.waitFor(() => {
      const hosts = [...document.querySelectorAll('corroborate-badge')];
      return hosts.length > 0 && hosts.every((h) => h.getBoundingClientRect().width === 0);
    }, null);
    expect((await article.evaluate(listBadges, null)).length).toBe(before.length);
    expect(await article.evaluate(highlightsPainted, null)).toBe(false);
    // Nothing hidden can be reached from the keyboard.
    const focusable = await article.evaluate(() => {
      const host = document.querySelector<HTMLElement>('corroborate-badge');
      host?.focus();
      return document.activeElement === host;
    }, null);
    expect(focusable).toBe(false);

    await clickButton(popup, 'Show annotations');
    await popup.waitFor(
      () =>
        [...document.querySelectorAll('button')].some((b) => b.textContent === 'Hide annotations'),
      null,
    );
    await article.waitFor(
      () =>
        [...document.querySelectorAll('corroborate-badge')].every(
          (h) => h.getBoundingClientRect().width > 0,
        ),
      null,
    );
    const after = await article.evaluate(listBadges, null);
    expect(after.map((b) => b.label)).toEqual(before.map((b) => b.label));
    expect(await article.evaluate(highlightsPainted, null)).toBe(true);
    await popup.close();

    // Shown again, badges work as before.
    await hoverBadge(article, '482 million');
    expect(await openCardText(article)).toContain('482 million');
    await article.close();
  });

  it('leaves a page that is not an article alone until "Annotate this page"', async () => {
    const page = await session.open(`${session.server.origin}/company-page.html`);
    await waitForStatus(page, 'idle');
    // Record every status change from here on.
    await page.evaluate(() => {
      const log: string[] = [];
      (window as unknown as { __statusLog: string[] }).__statusLog = log;
      new MutationObserver(() =>
        log.push(document.documentElement.dataset.corroborateStatus ?? ''),
      ).observe(document.documentElement, {
        attributes: true,
        attributeFilter: ['data-corroborate-status'],
      });
    }, null);

    const popup = await popupForArticle();
    await popup.waitFor(() => document.querySelector('[data-testid="not-annotated"]'), null);
    expect(await page.evaluate(listBadges, null)).toEqual([]);
    expect(
      await page.evaluate(() => (window as unknown as { __statusLog: string[] }).__statusLog, null),
    ).toEqual([]);

    await popup.click('[data-testid="annotate"]');
    await popup.waitFor(() => document.querySelector('[data-testid="claim-count"]'), null, 30_000);
    await waitForStatus(page, 'annotated');
    const claims = await page.evaluate(badgeClaims, null);
    expect(claims).toEqual(
      expect.arrayContaining(['4 billion', '350', '22', '18%', 'Northgate Consulting', '140']),
    );
    // Still no footer (phone number, year) badges on a page annotated on demand.
    expect((await page.evaluate(listBadges, null)).filter((b) => b.landmark !== null)).toEqual([]);
    expect(claims.some((c) => /555|0137|2025/.test(c))).toBe(false);
    const count = await popup.evaluate(
      () => document.querySelector('[data-testid="claim-count"]')?.textContent ?? '',
      null,
    );
    expect(count).toBe(`${claims.length} claims on this page`);
    await popup.close();

    await hoverBadge(page, '18%');
    const card = await openCardText(page);
    expect(card).toContain('18%');
    expect(card).toContain('Northgate Consulting');
    await page.mouseMove(1, 1);
    await waitForNoCard(page);
    await focusBadgeLabelled(page, '4 billion');
    await waitForCard(page);
    await page.press('ArrowRight');
    await page.waitFor(
      () => (document.activeElement?.getAttribute('aria-label') ?? '').startsWith('350 — '),
      null,
    );
    await page.press('Escape');
    await waitForNoCard(page);
    expect(await page.evaluate(focusedBadgeLabel, null)).toMatch(/^350 — /);
    await page.close();
  });

  it('made no network request of its own', () => {
    expect(session.extensionRequests()).toEqual([]);
  });
});
