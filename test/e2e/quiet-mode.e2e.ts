// Quiet mode, in the browser named by $E2E_BROWSER (issue 14: a page of grey "? unverified" pills
// with no way to quiet them). The popup's switch turns it on for every page: only ✓ corroborated
// and ⚠ conflicting claims keep a badge, the rest stay highlighted faintly, and the popup's list
// still has every claim: activating a quiet one shows and focuses its badge.
import { describe, expect, it } from 'vitest';
import type { TestPage } from './harness/browsers';
import { focusedBadgeLabel } from './harness/page-probes';
import { useFixtureCitations, useSession } from './harness/session';
import { popupForNewestTab, switchQuietMode } from './harness/ui-flows';

interface Shown {
  label: string;
  verdict: string;
  visible: boolean;
}

/** Every badge with whether it renders (quiet ones are hidden, not removed). */
function badgeVisibility(): Shown[] {
  return [...document.querySelectorAll<HTMLElement>('corroborate-badge')].map((el) => ({
    label: el.getAttribute('aria-label') ?? '',
    verdict: el.getAttribute('data-credibility-verdict') ?? '',
    visible: el.getBoundingClientRect().width > 0,
  }));
}

// ✓ and ⚠ stay loud; the aria-label names the ⚠ (a period mismatch or a conflict of its time).
const loud = (b: Shown): boolean => b.verdict === 'corroborated' || b.label.includes('⚠');

describe('in-page: quiet mode', () => {
  const session = useSession();
  // Corroborated figures come from our own fixture citations, not from the starter pack.
  useFixtureCitations(session, 'in-page-claims.jsonl');

  async function popupFor(): Promise<TestPage> {
    const popup = await popupForNewestTab(session.open, session.browser.extensionBase);
    await popup.waitFor(() => document.querySelector('.quiet-switch input:not([disabled])'), null);
    return popup;
  }

  it('keeps badges only on ✓ and ⚠ claims; the popup list reaches the others', async () => {
    const page = await session.openAnnotated('news-layout.html');
    const before = await page.evaluate(badgeVisibility, null);
    expect(before.every((b) => b.visible)).toBe(true);
    const quietOnes = before.filter((b) => !loud(b));
    expect(quietOnes.length).toBeGreaterThan(0);
    expect(before.some(loud)).toBe(true);

    const popup = await popupFor();
    expect(
      await popup.evaluate(
        () => document.querySelector<HTMLInputElement>('.quiet-switch input')?.checked,
        null,
      ),
    ).toBe(false);
    await switchQuietMode(popup, page);
    const quiet = await page.evaluate(badgeVisibility, null);
    // Hidden, not removed: the same claims, only the loud ones rendered.
    expect(quiet.map((b) => b.label)).toEqual(before.map((b) => b.label));
    for (const b of quiet) expect(b.visible, b.label).toBe(loud(b));
    // One tab stop, on a badge that shows.
    const stop = await page.evaluate(() => {
      const stops = [...document.querySelectorAll<HTMLElement>('corroborate-badge[tabindex="0"]')];
      return stops.map((s) => s.getBoundingClientRect().width > 0);
    }, null);
    expect(stop).toEqual([true]);

    // The popup still lists every claim; activating a quiet one shows its badge and focuses it.
    const target = quietOnes[0]?.label.split(' — ')[0] as string;
    const listed = await popup.evaluate(
      () => document.querySelectorAll('.claim-list button').length,
      null,
    );
    expect(listed).toBe(before.length);
    await popup.evaluate((text) => {
      const item = [...document.querySelectorAll<HTMLButtonElement>('.claim-list button')].find(
        (b) => b.querySelector('.text')?.textContent === text,
      );
      item?.click();
    }, target);
    await page.waitFor(
      (t) => (document.activeElement?.getAttribute('aria-label') ?? '').startsWith(`${t} — `),
      target,
    );
    expect(await page.evaluate(focusedBadgeLabel, null)).toMatch(
      new RegExp(`^${target.replace(/[$.*+?()[\]{}|\\^]/g, '\\$&')} — `),
    );
    const shownNow = await page.evaluate(badgeVisibility, null);
    expect(shownNow.find((b) => b.label === quietOnes[0]?.label)?.visible).toBe(true);

    // Off again: every badge back.
    await popup.click('.quiet-switch input');
    await page.waitFor(
      () =>
        [...document.querySelectorAll('corroborate-badge')].every(
          (el) => el.getBoundingClientRect().width > 0,
        ),
      null,
    );
    await popup.close();
    await page.close();
  });

  it('made no network request of its own', () => {
    expect(session.extensionRequests()).toEqual([]);
  });
});
