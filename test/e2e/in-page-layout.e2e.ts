// Badges and cards on real-world page layouts, in the browser named by $E2E_BROWSER: a news page
// full of numbers in its chrome (masthead, sections, "Most read", footer), claims split by inline
// markup, tables and lists; a page whose CSS fights every element it did not write; and a
// paywall overlay over half the article. Mouse and keyboard both reach every card, and the
// extension makes no network request of its own.
import { describe, expect, it } from 'vitest';
import type { TestPage } from './harness/browsers';
import { badgeClaims, focusedBadgeLabel, listBadges } from './harness/page-probes';
import { useFixtureCitations, useSession } from './harness/session';
import {
  focusBadgeLabelled,
  hoverBadge,
  openCardText,
  waitForCard,
  waitForCardState,
  waitForNoCard,
  type CardInfo,
} from './harness/ui-flows';

const VERDICTS = ['corroborated', 'single-sourced', 'unverifiable'];

/** How many badges each claim text has. */
async function claimCounts(page: TestPage): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const claim of await page.evaluate(badgeClaims, null))
    counts[claim] = (counts[claim] ?? 0) + 1;
  return counts;
}

const openCard = waitForCard;

type Box = CardInfo['rect'];
const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The open card sits above everything at its centre, inside the viewport, off its badge. */
function expectOnTopBesideItsBadge(card: CardInfo): void {
  expect(card.topAtCentre).toBe('corroborate-card');
  expect(card.rect.x).toBeGreaterThanOrEqual(0);
  expect(card.rect.y).toBeGreaterThanOrEqual(0);
  expect(card.rect.x + card.rect.width).toBeLessThanOrEqual(card.viewport.width);
  expect(card.rect.y + card.rect.height).toBeLessThanOrEqual(card.viewport.height);
  expect(card.anchors).toHaveLength(1);
  expect(overlaps(card.rect, card.anchors[0] as Box)).toBe(false);
}

/** Arrow from the focused badge through `next` (claim texts), checking focus and card each time. */
async function arrowThrough(page: TestPage, next: string[]): Promise<void> {
  for (const claim of next) {
    await page.press('ArrowRight');
    await page.waitFor((c) => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return (el?.getAttribute('aria-label') ?? '').startsWith(`${c} — `);
    }, claim);
    await waitForCardState(page, (card) => !!card?.text.includes(claim));
  }
}

describe('in-page: news layout', () => {
  const session = useSession();
  useFixtureCitations(session, 'in-page-claims.jsonl');

  it('badges the article body, table cells and list items, never the page chrome', async () => {
    const page = await session.openAnnotated('news-layout.html');
    const counts = await claimCounts(page);
    const expected = [
      // lead and inline-markup paragraphs
      '500 million',
      'Reuters',
      '482 million',
      '$2.5 billion',
      'MarketWatch',
      '17%',
      // table cells
      '12,000',
      '6%',
      '8,000',
      '10%',
      '1,300',
      '15%',
      // list items
      '500',
      '4%',
      '1,800',
      '950',
    ];
    for (const claim of expected) expect.soft(counts[claim], claim).toBe(1);
    // Masthead ticker, sections, share bar, related box, article footer, "Most read", site footer.
    const chrome = [
      '41,982',
      '0.6%',
      '1.2%',
      '$61.40',
      '64°F',
      '4 new',
      '25',
      '28',
      '28 comments',
      '1.4K',
      '7',
      '3',
      '$49',
      '5',
      '9%',
      '40',
      '3 weeks',
      '$1',
      '2025',
      '200',
      '014-2290',
      '1',
    ];
    for (const figure of chrome) expect.soft(counts[figure], figure).toBeUndefined();

    const badges = await page.evaluate(listBadges, null);
    expect(badges.filter((b) => b.landmark !== null)).toEqual([]);
    for (const b of badges) {
      expect(VERDICTS).toContain(b.verdict);
      expect(['statistic', 'source']).toContain(b.kind);
      expect(b.rect.width).toBeGreaterThan(0);
      expect(b.rect.height).toBeGreaterThan(0);
    }
    expect(badges.find((b) => b.label?.startsWith('500 million — '))?.verdict).toBe('corroborated');
    expect(badges.find((b) => b.label?.startsWith('Reuters — '))?.kind).toBe('source');

    // Where each badge landed: inside the story, never inside a link, one per cell and item.
    const places = await page.evaluate(() => {
      const hosts = [...document.querySelectorAll('corroborate-badge')];
      const perCell = (sel: string) =>
        [...document.querySelectorAll(sel)]
          .filter((el) => /\d/.test(el.textContent ?? ''))
          .map((el) => el.querySelectorAll('corroborate-badge').length);
      return {
        outsideStory: hosts.filter((h) => !h.closest('main article')).length,
        inLinks: hosts.filter((h) => h.closest('a')).length,
        cells: perCell('#cuts-table td'),
        items: perCell('#cuts-list li'),
      };
    }, null);
    expect(places.outsideStory).toBe(0);
    expect(places.inLinks).toBe(0);
    expect(places.cells).toEqual([1, 1, 1, 1, 1, 1]);
    expect(places.items).toEqual([2, 1, 1]);
    await page.close();
  });

  it('reads claims through inline markup, links, no-break spaces and soft hyphens', async () => {
    const page = await session.openAnnotated('news-layout.html');
    const labels = (await page.evaluate(listBadges, null)).map((b) => b.label ?? '');
    // `<b>482</b> million`: one badge naming the whole figure, placed after "million".
    expect(labels.filter((l) => l.startsWith('482'))).toEqual([
      expect.stringMatching(/^482 million — (corroborated|single-sourced|unverifiable)/),
    ]);
    // `$2.5&nbsp;billion` reads with a plain space; `Market&shy;Watch` without the soft hyphen.
    expect(labels.filter((l) => l.startsWith('$2.5'))).toEqual([
      expect.stringMatching(/^\$2\.5 billion — /),
    ]);
    expect(labels.filter((l) => /^Market/.test(l))).toEqual([
      expect.stringMatching(/^MarketWatch — /),
    ]);
    const around = await page.evaluate(() => {
      const before = (prefix: string) => {
        const host = [...document.querySelectorAll('corroborate-badge')].find((h) =>
          (h.getAttribute('aria-label') ?? '').startsWith(prefix),
        );
        const range = document.createRange();
        range.setStart(host?.parentElement ?? document.body, 0);
        if (host) range.setEndBefore(host);
        return range
          .toString()
          .replace(/\u00AD/g, '')
          .replace(/\s+/g, ' ');
      };
      return {
        million: before('482 million — '),
        billion: before('$2.5 billion — '),
        reuters: before('Reuters — '),
      };
    }, null);
    expect(around.million).toMatch(/reaches 482 million$/);
    expect(around.billion).toMatch(/cost \$2\.5 billion$/);
    // The link stays whole and clickable: the badge follows it.
    expect(around.reuters).toMatch(/shared with Reuters$/);
    await page.close();
  });

  it('opens a card naming verdict, claim and source on hover, clear of the claim', async () => {
    const page = await session.openAnnotated('news-layout.html');
    const label = await hoverBadge(page, '$2.5 billion');
    let card = await openCard(page);
    expect(card.text).toContain(label.includes('unverifiable') ? 'Unverifiable' : 'Corroborated');
    expect(card.text).toMatch(/\$2\.5 billion/);
    expect(card.text).toContain('Attributed to MarketWatch');
    expectOnTopBesideItsBadge(card);

    await hoverBadge(page, '500 million');
    card = await openCard(page);
    expect(card.text).toMatch(/Corroborated by \d+ publishers/);
    expect(card.text).toContain('500 million');
    expectOnTopBesideItsBadge(card);
    // The pointer leaving the badge closes the card.
    await page.mouseMove(1, 1);
    await waitForNoCard(page);
    await page.close();
  });

  it('moves badge to badge with the arrow keys; Escape closes the card and keeps focus', async () => {
    const page = await session.openAnnotated('news-layout.html');
    const first = await focusBadgeLabelled(page, '12,000');
    await waitForCard(page);
    expect(await openCardText(page)).toContain('12,000');
    expect(await page.evaluate(focusedBadgeLabel, null)).toBe(first);
    // Table cells, then list items, in reading order.
    await arrowThrough(page, ['6%', '8,000', '10%', '1,300', '15%', '500', '4%', '1,800', '950']);
    const last = await page.evaluate(focusedBadgeLabel, null);
    expect(last).toMatch(/^950 — /);
    expectOnTopBesideItsBadge(await openCard(page));
    await page.press('Escape');
    await waitForNoCard(page);
    expect(await page.evaluate(focusedBadgeLabel, null)).toBe(last);
    // ArrowLeft goes back to the previous badge and opens its card again.
    await page.press('ArrowLeft');
    await page.waitFor(
      () => (document.activeElement?.getAttribute('aria-label') ?? '').startsWith('1,800 — '),
      null,
    );
    await waitForCard(page);
    await page.close();
  });

  it('is one tab stop: Tab and Shift+Tab pass every badge at once and come back to the last one', async () => {
    const page = await session.openAnnotated('news-layout.html');
    const badges = (await page.evaluate(listBadges, null)).length;
    expect(badges).toBeGreaterThan(10);
    await focusBadgeLabelled(page, '950');
    await waitForCard(page);
    // Back past the dozen badges between, to the link before them, in one step.
    await page.press('Shift+Tab');
    await page.waitFor(
      () => document.activeElement?.textContent === 'letter to shareholders',
      null,
    );
    await waitForNoCard(page);
    await page.press('Tab');
    await page.waitFor(
      () => (document.activeElement?.getAttribute('aria-label') ?? '').startsWith('950 — '),
      null,
    );
    const stops = await page.evaluate(
      () => document.querySelectorAll('corroborate-badge[tabindex="0"]').length,
      null,
    );
    expect(stops).toBe(1);
    await page.close();
  });

  it('Enter moves focus into the card frame; Tab and Shift+Tab cycle in it; Escape goes back', async () => {
    const page = await session.openAnnotated('news-layout.html');
    const label = await focusBadgeLabelled(page, '500 million');
    await waitForCard(page);
    await page.press('Enter');
    // The frame's focus and the page's active element are read in two evaluations: wait until
    // both say the card holds focus (a timeout fails the test).
    const card = (await waitForCardState(
      page,
      (c) => c?.focus === 'dialog' && c.focused,
    )) as CardInfo;
    expect(card.focused).toBe(true);
    // The close button and one link per citation: cycle forward twice round, then back.
    const stops = card.links.length + 1;
    expect(stops).toBeGreaterThan(2);
    const seen: string[] = [];
    for (let i = 0; i < 2 * stops + 1; i++) {
      await page.press('Tab');
      const now = await waitForCardState(page, (c) => c?.focus === 'a' || c?.focus === 'button');
      expect(now?.focused).toBe(true);
      seen.push(now?.focus ?? '');
    }
    // From the dialog: the close button first, again after each round.
    expect(seen.filter((f) => f === 'button')).toHaveLength(3);
    expect(seen[0]).toBe('button');
    for (let i = 0; i < stops + 1; i++) {
      await page.press('Shift+Tab');
      const now = await waitForCardState(page, (c) => c?.focus === 'a' || c?.focus === 'button');
      expect(now?.focused).toBe(true);
    }
    expect(await page.evaluate(() => document.activeElement?.localName, null)).toBe(
      'corroborate-card',
    );
    await page.press('Escape');
    await waitForNoCard(page);
    expect(await page.evaluate(focusedBadgeLabel, null)).toBe(label);
    await page.close();
  });

  it('made no network request of its own', () => {
    expect(session.extensionRequests()).toEqual([]);
  });
});

describe('in-page: hostile page CSS', () => {
  const session = useSession();
  useFixtureCitations(session, 'in-page-claims.jsonl');

  it('keeps badges visible through `all: unset`, `display: none !important` and 2px fonts', async () => {
    const page = await session.openAnnotated('hostile-css.html');
    const badges = await page.evaluate(listBadges, null);
    const claims = badges.map((b) => (b.label ?? '').split(' — ')[0]);
    expect(claims).toEqual(expect.arrayContaining(['100 million', '$17.99', '38%', '40 million']));
    for (const b of badges) {
      expect(VERDICTS).toContain(b.verdict);
      expect(b.rect.width).toBeGreaterThan(10);
      expect(b.rect.height).toBeGreaterThan(8);
    }
    // The badge's own text stays legible, whatever the page's font size.
    const fontSize = await page.evaluate(() => {
      const host = document.querySelector('corroborate-badge');
      const inner = host?.shadowRoot?.querySelector('.badge');
      return inner ? parseFloat(getComputedStyle(inner).fontSize) : 0;
    }, null);
    expect(fontSize).toBeGreaterThanOrEqual(10);
    await page.close();
  });

  it('shows a readable card above the page’s top-z-index overlays, by mouse and keyboard', async () => {
    const page = await session.openAnnotated('hostile-css.html');
    await hoverBadge(page, '38%');
    let card = await openCard(page);
    expect(card.text).toContain('38%');
    expect(card.text).toMatch(/unverifiable|corroborated|single-sourced/i);
    expect(card.rect.width).toBeGreaterThan(150);
    expect(card.rect.height).toBeGreaterThan(40);
    expectOnTopBesideItsBadge(card);
    expect(card.fontSize).toBeGreaterThanOrEqual(12);

    await page.mouseMove(1, 1);
    await waitForNoCard(page);
    await focusBadgeLabelled(page, '100 million');
    card = await openCard(page);
    expect(card.text).toMatch(/Corroborated by \d+ publishers/);
    expectOnTopBesideItsBadge(card);
    await arrowThrough(page, ['$17.99', '38%']);
    await page.press('Escape');
    await waitForNoCard(page);
    expect(await page.evaluate(focusedBadgeLabel, null)).toMatch(/^38% — /);
    await page.close();
  });

  it('made no network request of its own', () => {
    expect(session.extensionRequests()).toEqual([]);
  });
});

describe('in-page: paywall overlay', () => {
  const session = useSession();

  it('badges the article under the overlay and opens cards on top of it', async () => {
    const page = await session.openAnnotated('paywall.html');
    const claims = await page.evaluate(badgeClaims, null);
    for (const claim of ['$300 billion', '$94 billion', '23%', '63%', '1,200', '410', '58%']) {
      expect(
        claims.filter((c) => c === claim),
        claim,
      ).toHaveLength(1);
    }
    // The last paragraph's badges sit under the overlay.
    const covered = await page.evaluate(() => {
      const gate = document.querySelector('.gate')?.getBoundingClientRect();
      const host = [...document.querySelectorAll('corroborate-badge')].find((h) =>
        (h.getAttribute('aria-label') ?? '').startsWith('58% — '),
      );
      const r = host?.getBoundingClientRect();
      if (!gate || !r) return null;
      const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      return { under: r.top >= gate.top, topIsGate: !!top?.closest('.gate') };
    }, null);
    expect(covered).toEqual({ under: true, topIsGate: true });

    // Keyboard reaches the covered badge; its card is drawn above the overlay.
    await page.evaluate(() => {
      const host = [...document.querySelectorAll<HTMLElement>('corroborate-badge')].find((h) =>
        (h.getAttribute('aria-label') ?? '').startsWith('58% — '),
      );
      host?.focus({ preventScroll: true });
    }, null);
    let card = await openCard(page);
    expect(card.text).toContain('58%');
    expectOnTopBesideItsBadge(card);
    await page.press('Escape');
    await waitForNoCard(page);
    expect(await page.evaluate(focusedBadgeLabel, null)).toMatch(/^58% — /);

    // Hovering a badge above the overlay: the card opens on top of the overlay too.
    await hoverBadge(page, '$94 billion');
    card = await openCard(page);
    expect(card.text).toContain('$94 billion');
    expectOnTopBesideItsBadge(card);
    await page.close();
  });

  it('made no network request of its own', () => {
    expect(session.extensionRequests()).toEqual([]);
  });
});
