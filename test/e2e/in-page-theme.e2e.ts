// The card's look, in the browser named by $E2E_BROWSER: it follows a dark page's own
// background, the reader's `prefers-color-scheme` where the page has none, and drops its
// animation under `prefers-reduced-motion`. With E2E_SCREENSHOTS=1 in Chromium the light and dark
// cards are also written to docs/ for the README.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MediaFeature, TestPage } from './harness/browsers';
import { badgeClaims, focusedBadgeLabel } from './harness/page-probes';
import { useFixtureCitations, useSession } from './harness/session';
import {
  focusBadgeLabelled,
  hoverBadge,
  waitForCard,
  waitForNoCard,
  waitForCardState,
  waitForStatus,
  type CardInfo,
} from './harness/ui-flows';

const DOCS = path.resolve(import.meta.dirname, '../../docs');

/** WCAG relative luminance of a computed `rgb()`/`rgba()` colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const s = Number(v) / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  if (r === undefined || g === undefined || b === undefined) throw new Error(`not rgb: ${color}`);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const openCard = waitForCard;

function expectReadable(card: CardInfo): void {
  expect(card.topAtCentre).toBe('corroborate-card');
  // Wholly in view: nothing of it is out of reach below the fold.
  expect(card.rect.y).toBeGreaterThanOrEqual(0);
  expect(card.rect.y + card.rect.height).toBeLessThanOrEqual(card.viewport.height);
  // WCAG AA for body text.
  expect(contrast(card.color, card.background)).toBeGreaterThanOrEqual(4.5);
}

describe('in-page: card theme and motion', () => {
  const session = useSession();
  useFixtureCitations(session, 'in-page-claims.jsonl');

  /** Writes docs/NAME when E2E_SCREENSHOTS=1 in Chromium (the README's pictures). */
  async function screenshot(page: TestPage, name: string): Promise<void> {
    if (process.env.E2E_SCREENSHOTS !== '1' || session.browser.name !== 'chromium') return;
    // The card fades in: take the picture once it is fully drawn.
    await waitForCardState(page, (card) => !!card?.settled);
    mkdirSync(DOCS, { recursive: true });
    await page.screenshot(path.join(DOCS, name));
  }

  /** Opens a fixture with a media feature emulated from the start. */
  async function openEmulated(file: string, features: [MediaFeature, string][]): Promise<TestPage> {
    const page = await session.browser.newPage();
    for (const [feature, value] of features) await page.emulate(feature, value);
    await page.goto(`${session.server.origin}/${file}`);
    await waitForStatus(page, 'annotated');
    return page;
  }

  it('shows a light card on a light page', async () => {
    const page = await session.openAnnotated('news-layout.html');
    await page.setViewport(1100, 720);
    await hoverBadge(page, '500 million');
    const card = await openCard(page);
    expect(card.theme).toBe('light');
    expect(luminance(card.background)).toBeGreaterThan(0.8);
    expectReadable(card);
    await screenshot(page, 'card-light.png');
    await page.close();
  });

  it('shows a dark, readable card on a dark page, by mouse and keyboard', async () => {
    const page = await session.openAnnotated('dark-article.html');
    await page.setViewport(1100, 720);
    const claims = await page.evaluate(badgeClaims, null);
    expect(claims).toEqual(expect.arrayContaining(['500 million', '41 million', '$3.1 billion']));
    // The kicker line ("Analysis · 6 min read") is page furniture, not a claim.
    const inMeta = await page.evaluate(
      () => document.querySelectorAll('.meta corroborate-badge').length,
      null,
    );
    expect(inMeta).toBe(0);

    await hoverBadge(page, '500 million');
    let card = await openCard(page);
    expect(card.theme).toBe('dark');
    expect(luminance(card.background)).toBeLessThan(0.05);
    expect(card.text).toMatch(/Corroborated by \d+ publishers/);
    expect(card.text).toContain('500 million');
    expectReadable(card);
    await screenshot(page, 'card-dark.png');

    await page.mouseMove(1, 1);
    await waitForNoCard(page);
    await focusBadgeLabelled(page, '41 million');
    card = await openCard(page);
    expect(card.theme).toBe('dark');
    expect(card.text).toContain('41 million');
    await page.press('ArrowRight');
    await page.waitFor(
      () =>
        (document.activeElement?.getAttribute('aria-label') ?? '').startsWith('$3.1 billion — '),
      null,
    );
    await page.press('Escape');
    await waitForNoCard(page);
    expect(await page.evaluate(focusedBadgeLabel, null)).toMatch(/^\$3\.1 billion — /);
    await page.close();
  });

  it('follows prefers-color-scheme on a page without a background of its own', async () => {
    const light = await openEmulated('plain-article.html', [['prefers-color-scheme', 'light']]);
    await hoverBadge(light, '8%');
    const lightCard = await openCard(light);
    expect(lightCard.theme).toBe('light');
    expect(luminance(lightCard.background)).toBeGreaterThan(0.8);
    expectReadable(lightCard);
    await light.close();

    const dark = await openEmulated('plain-article.html', [['prefers-color-scheme', 'dark']]);
    expect(
      await dark.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches, null),
    ).toBe(true);
    await hoverBadge(dark, '8%');
    const darkCard = await openCard(dark);
    expect(darkCard.theme).toBe('dark');
    expect(luminance(darkCard.background)).toBeLessThan(0.05);
    expect(darkCard.text).toContain('8%');
    expectReadable(darkCard);
    await dark.close();
  });

  it('animates the card in, except under prefers-reduced-motion', async () => {
    const moving = await openEmulated('plain-article.html', [
      ['prefers-reduced-motion', 'no-preference'],
    ]);
    await focusBadgeLabelled(moving, '86%');
    const animated = await openCard(moving);
    expect(animated.animationName).not.toBe('none');
    expect(parseFloat(animated.animationDuration)).toBeGreaterThan(0);
    await moving.close();

    const still = await openEmulated('plain-article.html', [['prefers-reduced-motion', 'reduce']]);
    expect(
      await still.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches, null),
    ).toBe(true);
    await focusBadgeLabelled(still, '86%');
    const card = await openCard(still);
    expect(card.animationName === 'none' || parseFloat(card.animationDuration) === 0).toBe(true);
    expect(card.transitionDuration.split(',').every((d) => parseFloat(d) === 0)).toBe(true);
    expect(card.text).toContain('86%');
    await still.close();
  });

  it('made no network request of its own', () => {
    expect(session.extensionRequests()).toEqual([]);
  });
});
