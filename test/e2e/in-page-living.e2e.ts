// Pages that keep changing after load, in the browser named by $E2E_BROWSER: live updates and
// infinite scroll (new figures get badges, old ones never a second), a single-page app's route
// changes (old badges go, the new article's come), and a page that deletes our badges (they come
// back a bounded number of times, without a loop). Cards still open by mouse and keyboard.
import { describe, expect, it } from 'vitest';
import type { TestPage } from './harness/browsers';
import { badgeClaims, focusedBadgeLabel, listBadges } from './harness/page-probes';
import { useSession } from './harness/session';
import {
  focusBadgeLabelled,
  hoverBadge,
  openCardText,
  waitForCard,
  waitForNoCard,
  waitForStatus,
} from './harness/ui-flows';

/** How many badges each claim text has. */
async function claimCounts(page: TestPage): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const claim of await page.evaluate(badgeClaims, null))
    counts[claim] = (counts[claim] ?? 0) + 1;
  return counts;
}

/** Waits until every claim in `claims` has a badge (and the run that added them is over). */
async function waitForClaims(page: TestPage, claims: string[], timeoutMs = 30_000): Promise<void> {
  await page.waitFor(
    (want) => {
      const have = new Set(
        [...document.querySelectorAll('corroborate-badge')].map(
          (b) => (b.getAttribute('aria-label') ?? '').split(' — ')[0],
        ),
      );
      return (
        want.every((c) => have.has(c)) &&
        document.documentElement.dataset.corroborateStatus === 'annotated'
      );
    },
    claims,
    timeoutMs,
  );
}

/**
 * Watches the page for `ms`: the badge labels must not change and the main thread must keep
 * running timers (a page stuck in a re-insertion loop fails both). Returns what it saw.
 */
async function watchStable(
  page: TestPage,
  ms = 2000,
): Promise<{ changes: number; ticks: number; labels: string[] }> {
  await page.evaluate((duration) => {
    const labels = () =>
      [...document.querySelectorAll('corroborate-badge')]
        .map((b) => b.getAttribute('aria-label') ?? '')
        .join('\n');
    const w = window as unknown as {
      __watch: { start: number; duration: number; initial: string; changes: number; ticks: number };
    };
    w.__watch = { start: performance.now(), duration, initial: labels(), changes: 0, ticks: 0 };
    const timer = setInterval(() => {
      w.__watch.ticks += 1;
      if (labels() !== w.__watch.initial) w.__watch.changes += 1;
      if (performance.now() - w.__watch.start >= duration) clearInterval(timer);
    }, 50);
  }, ms);
  await page.waitFor(
    () => {
      const w = (window as unknown as { __watch: { start: number; duration: number } }).__watch;
      return performance.now() - w.start >= w.duration + 100;
    },
    null,
    ms + 30_000,
  );
  return page.evaluate(() => {
    const w = (
      window as unknown as { __watch: { initial: string; changes: number; ticks: number } }
    ).__watch;
    return {
      changes: w.changes,
      ticks: w.ticks,
      labels: w.initial === '' ? [] : w.initial.split('\n'),
    };
  }, null);
}

describe('in-page: pages that change after load', () => {
  const session = useSession();

  it('badges late paragraphs and infinite-scroll stories, never a figure twice', async () => {
    const page = await session.openAnnotated('late-paragraphs.html');
    const first = ['$19.7 billion', '31%', '48%', '$6 billion'];
    await waitForClaims(page, first);

    // After a second: an update paragraph arrives and the lead is re-rendered.
    await page.waitFor(() => (window as unknown as { __updated?: boolean }).__updated, null);
    await waitForClaims(page, [...first, '2,300']);
    await page.waitFor(
      () => document.querySelectorAll('#lead corroborate-badge').length === 2,
      null,
    );

    // Scrolling to the end loads the next story, twice.
    const scrollToEnd = () =>
      page.evaluate(() => window.scrollTo(0, document.body.scrollHeight), null);
    await scrollToEnd();
    await waitForClaims(page, ['27%', '1.8 million']);
    await scrollToEnd();
    await waitForClaims(page, ['€7.1 billion', '14 months']);

    const seen = await watchStable(page, 1000);
    expect(seen.changes).toBe(0);
    const counts = await claimCounts(page);
    for (const claim of [...first, '2,300', '27%', '1.8 million', '€7.1 billion', '14 months']) {
      expect.soft(counts[claim], claim).toBe(1);
    }
    expect(Object.values(counts).every((n) => n === 1)).toBe(true);

    // The late badges work like the first ones.
    await hoverBadge(page, '1.8 million');
    expect(await openCardText(page)).toContain('1.8 million');
    await page.mouseMove(1, 1);
    await waitForNoCard(page);
    await focusBadgeLabelled(page, '€7.1 billion');
    await waitForCard(page);
    await page.press('ArrowRight');
    await page.waitFor(
      () => (document.activeElement?.getAttribute('aria-label') ?? '').startsWith('14 months — '),
      null,
    );
    await page.press('Escape');
    await waitForNoCard(page);
    expect(await page.evaluate(focusedBadgeLabel, null)).toMatch(/^14 months — /);
    await page.close();
  });

  it('follows a single-page app from route to route', async () => {
    const tariffs = ['4.2%', '$62 billion', 'Harbor Trade Analytics'];
    const bundle = ['$14.99', '73 million', '9%'];
    const page = await session.openAnnotated('spa/chip-tariffs');
    await waitForClaims(page, tariffs);

    await page.click('#to-bundle');
    await page.waitFor(() => location.pathname === '/spa/streaming-bundle', null);
    await waitForClaims(page, bundle);
    let counts = await claimCounts(page);
    for (const claim of bundle) expect(counts[claim], claim).toBe(1);
    for (const claim of tariffs) expect(counts[claim], claim).toBeUndefined();
    await hoverBadge(page, '73 million');
    expect(await openCardText(page)).toContain('73 million');
    await page.mouseMove(1, 1);
    await waitForNoCard(page);

    // Back: the first story's figures return, once each; the second story's are gone.
    await page.evaluate(() => history.back(), null);
    await page.waitFor(() => location.pathname === '/spa/chip-tariffs', null);
    await waitForClaims(page, tariffs);
    counts = await claimCounts(page);
    for (const claim of tariffs) expect(counts[claim], claim).toBe(1);
    for (const claim of bundle) expect(counts[claim], claim).toBeUndefined();
    await focusBadgeLabelled(page, '4.2%');
    await waitForCard(page);
    expect(await openCardText(page)).toContain('4.2%');
    await page.press('Escape');
    await waitForNoCard(page);
    await page.close();
  });

  it('puts back badges a page removed once', async () => {
    const page = await session.openAnnotated('badge-remover.html?mode=once');
    await page.waitFor(() => (window as unknown as { __passes: number }).__passes === 1, null);
    const removed = await page.evaluate(
      () => (window as unknown as { __removed: Record<string, number> }).__removed,
      null,
    );
    const labels = Object.keys(removed);
    expect(labels.length).toBeGreaterThanOrEqual(4);
    // Every removed badge comes back, once.
    await page.waitFor(
      (want) =>
        want.every(
          (label) =>
            [...document.querySelectorAll('corroborate-badge')].filter(
              (b) => b.getAttribute('aria-label') === label,
            ).length === 1,
        ),
      labels,
    );
    await waitForStatus(page, 'annotated');
    const seen = await watchStable(page);
    expect(seen.changes).toBe(0);
    expect(seen.ticks).toBeGreaterThanOrEqual(10);
    expect(seen.labels.sort()).toEqual([...labels].sort());
    const badges = await page.evaluate(listBadges, null);
    expect(badges.every((b) => b.rect.width > 0)).toBe(true);
    await focusBadgeLabelled(page, '15%');
    await waitForCard(page);
    await page.press('Escape');
    await waitForNoCard(page);
    await page.close();
  });

  it('gives up on badges a page keeps removing, without looping', async () => {
    const page = await session.openAnnotated('badge-remover.html?mode=always');
    await page.waitFor(() => (window as unknown as { __passes: number }).__passes > 0, null);
    await waitForStatus(page, 'annotated');
    const seen = await watchStable(page);
    expect(seen.changes).toBe(0);
    expect(seen.ticks).toBeGreaterThanOrEqual(10);
    const removed = await page.evaluate(
      () => (window as unknown as { __removed: Record<string, number> }).__removed,
      null,
    );
    expect(Object.keys(removed).length).toBeGreaterThanOrEqual(4);
    // A bounded number of re-insertions per badge, then it stays away.
    for (const [label, times] of Object.entries(removed)) {
      expect(times, label).toBeLessThanOrEqual(3);
    }
    expect(seen.labels).toEqual([]);
    // The run is over, not stuck: the status stays "annotated".
    expect(
      await page.evaluate(() => document.documentElement.dataset.corroborateStatus, null),
    ).toBe('annotated');
    await page.close();
  });

  it('made no network request of its own', () => {
    expect(session.extensionRequests()).toEqual([]);
  });
});
