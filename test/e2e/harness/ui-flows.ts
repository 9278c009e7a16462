// Multi-step interactions shared by e2e tests and the demo.
import type { TestPage } from './browsers';
import {
  cardFrameInfo,
  cardHostInfo,
  revealBadge,
  type CardFrameInfo,
  type CardHostInfo,
} from './page-probes';

export type CardInfo = CardHostInfo & CardFrameInfo;

/** The card's frames: extension pages named card.html inside the page. */
const cardFrames = (page: TestPage): Promise<(CardFrameInfo | null)[]> =>
  page.evaluateInFrames(`${page.extensionBase}card.html`, cardFrameInfo, null);

/** The open card: its host as the page sees it, and its frame's content; null when none is open. */
export async function cardInfo(page: TestPage): Promise<CardInfo | null> {
  const host = await page.evaluate(cardHostInfo, null);
  if (!host) return null;
  const shown = (await cardFrames(page)).filter((f): f is CardFrameInfo => f !== null);
  return shown.length === 1 ? { ...host, ...(shown[0] as CardFrameInfo) } : null;
}

/** Text of the open card, or null when none is open. */
export async function openCardText(page: TestPage): Promise<string | null> {
  return (await cardInfo(page))?.text ?? null;
}

/** Waits until `test(card)` holds for the open card (or for "no card", null). */
export async function waitForCardState(
  page: TestPage,
  test: (card: CardInfo | null) => boolean,
  timeoutMs = 15_000,
): Promise<CardInfo | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const card = await cardInfo(page);
    if (test(card)) return card;
    if (Date.now() > deadline) throw new Error(`card state not reached: ${JSON.stringify(card)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until a card is open (host shown and placed, its frame showing a dialog). */
export async function waitForCard(page: TestPage): Promise<CardInfo> {
  return (await waitForCardState(page, (c) => c !== null)) as CardInfo;
}

export async function waitForNoCard(page: TestPage): Promise<void> {
  await waitForCardState(page, (c) => c === null);
}

export interface Download {
  name: string;
  content: string;
}

/**
 * Clicks a control that downloads a generated file and returns the file. Exports are Blob URLs
 * clicked through `<a download>`; the wrapper records the Blob and the anchor's file name, so
 * the same check works in both browsers without driver-specific download handling.
 */
export async function captureDownload(page: TestPage, selector: string): Promise<Download> {
  await page.waitFor((sel) => document.querySelector(sel), selector);
  await page.evaluate(() => {
    const w = window as unknown as { __downloads: { name: string; blob: Blob }[] };
    w.__downloads = [];
    const create = URL.createObjectURL.bind(URL);
    const blobs = new Map<string, Blob>();
    URL.createObjectURL = (obj: Blob | MediaSource) => {
      const url = create(obj);
      if (obj instanceof Blob) blobs.set(url, obj);
      return url;
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const blob = blobs.get(this.href);
      if (blob && this.download) w.__downloads.push({ name: this.download, blob });
      else click.call(this);
    };
  }, null);
  await page.click(selector);
  await page.waitFor(
    () => (window as unknown as { __downloads: unknown[] }).__downloads.length > 0,
    null,
  );
  return page.evaluate(async () => {
    const [d] = (window as unknown as { __downloads: { name: string; blob: Blob }[] }).__downloads;
    return { name: d?.name ?? '', content: (await d?.blob.text()) ?? '' };
  }, null);
}

/**
 * Exports the newest tab's annotations through its popup, as a user pressing each format's
 * button in turn, and returns the files in the order asked.
 */
export async function exportFromPopup(
  open: (url: string) => Promise<TestPage>,
  extensionBase: string,
  formats: readonly string[],
): Promise<Download[]> {
  const popup = await popupForNewestTab(open, extensionBase);
  const files: Download[] = [];
  for (const format of formats) {
    files.push(await captureDownload(popup, `[data-testid="export-${format}"]`));
  }
  await popup.close();
  return files;
}

/**
 * The id of the most recently opened tab other than the extension page asking. The extension has
 * no `tabs` permission, so it cannot look tabs up by URL; tests open the article, then the page
 * that asks, so the article is the newest other tab.
 */
export function newestOtherTabId(extensionPage: TestPage): Promise<number | null> {
  return extensionPage.evaluate(async () => {
    interface Tabs {
      query(q: object): Promise<{ id?: number }[]>;
      getCurrent(): Promise<{ id?: number } | undefined>;
    }
    // Firefox's promise API is `browser`; its `chrome` alias takes callbacks.
    const g = globalThis as unknown as { browser?: { tabs: Tabs }; chrome: { tabs: Tabs } };
    const tabs = (g.browser ?? g.chrome).tabs;
    const self = (await tabs.getCurrent())?.id;
    const ids = (await tabs.query({}))
      .map((t) => t.id ?? -1)
      .filter((id) => id >= 0 && id !== self);
    return ids.length > 0 ? Math.max(...ids) : null;
  }, null);
}

/**
 * Imports a citation file through the options page as a user would (file input, preview,
 * confirm) and returns the result line shown to the user.
 */
export async function importCitationFile(options: TestPage, file: string): Promise<string> {
  await options.upload('input[type="file"]', file);
  await options.waitFor(
    () => document.querySelector('[data-testid="import-confirm"]'),
    null,
    60_000,
  );
  await options.click('[data-testid="import-confirm"]');
  await options.waitFor(
    () => document.querySelector('[data-testid="import-result"]'),
    null,
    60_000,
  );
  return options.evaluate(
    () => document.querySelector('[data-testid="import-result"]')?.textContent ?? '',
    null,
  );
}

/**
 * Hovers the badge whose aria-label starts with `prefix` as a mouse user would (pointer away,
 * badge scrolled into view, pointer onto the badge's centre) and waits for its card.
 * Returns the badge's aria-label.
 */
export async function hoverBadge(page: TestPage, prefix: string): Promise<string> {
  await page.mouseMove(1, 1);
  await waitForNoCard(page);
  const at = await page.evaluate(revealBadge, `${prefix} — `);
  if (!at) throw new Error(`No badge labelled "${prefix} — …" to hover`);
  await page.mouseMove(at.x, at.y);
  await waitForCard(page);
  return at.label;
}

/** Focuses the badge whose aria-label starts with `prefix` (scrolled into view); its label. */
export async function focusBadgeLabelled(page: TestPage, prefix: string): Promise<string> {
  const label = await page.evaluate((p) => {
    const found: HTMLElement[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll<HTMLElement>('*')) {
        if (
          el.hasAttribute('data-credibility-verdict') &&
          (el.getAttribute('aria-label') ?? '').startsWith(`${p} — `)
        ) {
          found.push(el);
        }
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    const el = found[0];
    el?.scrollIntoView({ block: 'center' });
    el?.focus();
    return el?.getAttribute('aria-label') ?? null;
  }, prefix);
  if (label === null) throw new Error(`No badge labelled "${prefix} — …" to focus`);
  return label;
}

/** Waits until the page's Corroborate status (`<html data-corroborate-status>`) is `status`. */
export function waitForStatus(page: TestPage, status: string, timeoutMs = 30_000): Promise<void> {
  return page.waitFor(
    (s) => document.documentElement.dataset.corroborateStatus === s,
    status,
    timeoutMs,
  );
}

/**
 * The popup, opened as a tab and pointed at the newest other tab (the article opened before it).
 */
export async function popupForNewestTab(
  open: (url: string) => Promise<TestPage>,
  extensionBase: string,
): Promise<TestPage> {
  const popup = await open(`${extensionBase}popup.html`);
  const tabId = await newestOtherTabId(popup);
  if (tabId === null) throw new Error('no other tab for the popup to report on');
  await popup.goto(`${extensionBase}popup.html?tab=${tabId}`);
  return popup;
}

/** Flips the popup's quiet-mode switch on and waits until `page` hides a quiet badge. */
export async function switchQuietMode(popup: TestPage, page: TestPage): Promise<void> {
  await popup.click('.quiet-switch input');
  await page.waitFor(
    () =>
      [...document.querySelectorAll('corroborate-badge')].some(
        (el) => el.getBoundingClientRect().width === 0,
      ),
    null,
  );
}
