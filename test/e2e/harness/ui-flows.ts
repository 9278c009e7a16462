// Multi-step interactions shared by e2e tests and the demo.
import type { TestPage } from './browsers';

/** Waits until a card (role dialog or tooltip) is visible in any open shadow root. */
export function waitForCard(page: TestPage): Promise<void> {
  return page.waitFor(() => {
    const visible = (root: Document | ShadowRoot): boolean =>
      [...root.querySelectorAll<HTMLElement>('*')].some(
        (el) =>
          (['dialog', 'tooltip'].includes(el.getAttribute('role') ?? '') && el.offsetParent !== null) ||
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
          (['dialog', 'tooltip'].includes(el.getAttribute('role') ?? '') && el.offsetParent !== null) ||
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
  await page.waitFor(() => (window as unknown as { __downloads: unknown[] }).__downloads.length > 0, null);
  return page.evaluate(async () => {
    const d = (window as unknown as { __downloads: { name: string; blob: Blob }[] }).__downloads[0]!;
    return { name: d.name, content: await d.blob.text() };
  }, null);
}

/**
 * The id of the tab showing `url`, asked from an extension page. The content script's match
 * patterns give the extension access to these pages, so tabs.query can filter by URL.
 */
export function tabIdOf(extensionPage: TestPage, url: string): Promise<number | null> {
  return extensionPage.evaluate(async (u) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: { url: string }): Promise<{ id?: number }[]> } } })
      .chrome;
    return (await api.tabs.query({ url: u }))[0]?.id ?? null;
  }, url);
}
