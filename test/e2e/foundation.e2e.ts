// The ground every feature stands on, in the browser named by $E2E_BROWSER: the built extension
// loads, annotates a news article served on 127.0.0.1, keeps its store in its own origin, reports
// to the popup, and makes no network request of its own.
import { describe, expect, it } from 'vitest';
import { readStarterPack } from '../../scripts/starter-pack-files';
import { databaseNames, focusBadge, listBadges, openCardText } from './harness/page-probes';
import { useSession } from './harness/session';
import { newestOtherTabId, waitForCard, waitForNoCard } from './harness/ui-flows';

describe('foundation', () => {
  const session = useSession();

  it('badges the statistics of the article body, not the chrome around it', async () => {
    const page = await session.openAnnotated('sample-article.html');
    const badges = await page.evaluate(listBadges, null);
    const labels = badges.map((b) => b.label ?? '');
    for (const figure of ['12%', '430', '$38 million', '$1.4 billion', '62%']) {
      expect(labels.some((l) => l.startsWith(`${figure} — `))).toBe(true);
    }
    // The header's "−2.4%", the aside's "14%" and the footer's "28 comments" are not claims.
    expect(badges.filter((b) => b.landmark !== null)).toEqual([]);
    expect(labels.some((l) => /^(2\.4%|14%|28|\$1) — /.test(l))).toBe(false);
    for (const b of badges) {
      expect(['corroborated', 'single-sourced', 'unverifiable']).toContain(b.verdict);
      expect(['statistic', 'source']).toContain(b.kind);
    }
    await page.close();
  });

  it('opens a card naming the verdict when a badge gets keyboard focus', async () => {
    const page = await session.openAnnotated('sample-article.html');
    const label = await page.evaluate(focusBadge, 0);
    expect(label).toMatch(/ — (corroborated|single-sourced|unverifiable)/);
    await waitForCard(page);
    const card = await page.evaluate(openCardText, null);
    expect(card).toMatch(/corroborated|single-sourced|unverifiable/i);
    await page.press('Escape');
    await waitForNoCard(page);
    await page.close();
  });

  it("keeps the citation store in the extension's origin, never the page's", async () => {
    const article = await session.openAnnotated('sample-article.html');
    expect(await article.evaluate(databaseNames, null)).not.toContain('corroborate');
    await article.close();
    const options = await session.open(`${session.browser.extensionBase}options.html`);
    await options.waitFor(() => document.querySelector('input[type="file"]') !== null, null);
    expect(await options.evaluate(databaseNames, null)).toContain('corroborate');
    await options.close();
  });

  it('loads the bundled starter pack into the store on install', async () => {
    const pack = readStarterPack();
    const options = await session.open(`${session.browser.extensionBase}options.html`);
    await options.waitFor(() => document.querySelector('[data-testid="summary-starter"]'), null);
    const shown = await options.evaluate(
      () => ({
        starter: document.querySelector('[data-testid="summary-starter"]')?.textContent ?? '',
        origin: document.querySelector('[data-testid="summary-origin"]')?.textContent ?? '',
      }),
      null,
    );
    expect(Number(shown.starter.replace(/,/g, ''))).toBe(
      new Set(pack.records.map((r) => r.id)).size,
    );
    expect(shown.origin).toBe(session.browser.extensionBase.replace(/\/$/, ''));
    await options.close();
  });

  it('shows the count of claims for the tab in the popup', async () => {
    const article = await session.openAnnotated('sample-article.html');
    const badgeCount = (await article.evaluate(listBadges, null)).length;
    const popup = await session.open(`${session.browser.extensionBase}popup.html`);
    const tabId = await newestOtherTabId(popup);
    expect(tabId).not.toBeNull();
    await popup.goto(`${session.browser.extensionBase}popup.html?tab=${tabId}`);
    await popup.waitFor(() => document.querySelector('[data-testid="claim-count"]') !== null, null);
    const count = await popup.evaluate(
      () => document.querySelector('[data-testid="claim-count"]')?.textContent ?? '',
      null,
    );
    expect(count).toBe(`${badgeCount} claims on this page`);
    await popup.close();
    await article.close();
  });

  it('makes no network request of its own', async () => {
    const page = await session.openAnnotated('sample-article.html');
    await page.close();
    expect(session.extensionRequests()).toEqual([]);
    // Every request the server saw is one of the fixture pages a test opened itself.
    const paths = new Set(session.server.own.map((r) => new URL(r.url).pathname));
    const allowed = new Set(['/sample-article.html', '/favicon.ico']);
    expect([...paths].filter((p) => !allowed.has(p))).toEqual([]);
    expect(paths.has('/sample-article.html')).toBe(true);
  });
});
