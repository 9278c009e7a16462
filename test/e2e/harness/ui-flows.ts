// Multi-step interactions shared by e2e tests and the demo.
import type { TestPage } from './browsers';

/** Waits until a card (role dialog or tooltip) is visible in any open shadow root. */
export function waitForCard(page: TestPage): Promise<void> {
  return page.waitFor(() => {
    const visible = (root: Document | ShadowRoot): boolean =>
      [...root.querySelectorAll<HTMLElement>('*')].some(
        (el) =>
          (['dialog', 'tooltip'].includes(el.getAttribute('role') ?? '') &&
            el.offsetParent !== null) ||
          (el.shadowRoot !== null && visible(el.shadowRoot)),
      );
    return visible(document);
  }, null);
}

/** Waits until no card is visible. */
export function waitForNoCard(page: TestPage): Promise<void> {
  return page.waitFor(() => {
    const visible = (root: Document | ShadowRoot): boolean =>
      [...root.querySelectorAll<HTMLElement>('*')].some(
        (el) =>
          (['dialog', 'tooltip'].includes(el.getAttribute('role') ?? '') &&
            el.offsetParent !== null) ||
          (el.shadowRoot !== null && visible(el.shadowRoot)),
      );
    return !visible(document);
  }, null);
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
