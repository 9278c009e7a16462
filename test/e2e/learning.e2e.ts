// Learning from reading (opt-in, off by default): with it on, the figures of an article the user
// reads become citations of that article's site, listed, searchable and removable in the
// options page; with it off, reading stores nothing.
import { describe, expect, it } from 'vitest';
import type { TestPage } from './harness/browsers';
import { useSession } from './harness/session';

async function learnedCount(options: TestPage): Promise<number> {
  await options.waitFor(() => document.querySelector('[data-testid="summary-learned"]'), null);
  const text = await options.evaluate(
    () => document.querySelector('[data-testid="summary-learned"]')?.textContent ?? '',
    null,
  );
  return Number(text.replace(/,/g, ''));
}

describe('learning from reading', () => {
  const session = useSession();
  const optionsUrl = () => `${session.browser.extensionBase}options.html`;

  it('stores nothing while the setting is off (the default)', async () => {
    const article = await session.openAnnotated('sample-article.html');
    await article.close();
    const options = await session.open(optionsUrl());
    expect(await learnedCount(options)).toBe(0);
    await options.close();
  });

  it('stores the article’s figures once switched on, and lists and removes them', async () => {
    const options = await session.open(optionsUrl());
    await options.click('input[aria-describedby="learn-hint"]');
    await options.waitFor(
      () =>
        /on\./.test(document.querySelector('[data-testid="settings-status"]')?.textContent ?? ''),
      null,
    );
    const article = await session.openAnnotated('sample-article.html');
    await article.close();

    await options.goto(optionsUrl());
    const learned = await learnedCount(options);
    expect(learned).toBeGreaterThan(0);

    // List only learned citations, then delete one.
    await options.evaluate(() => {
      const select = [...document.querySelectorAll('select')].find((s) =>
        [...s.options].some((o) => o.value === 'learned'),
      );
      if (!select) throw new Error('no origin filter');
      select.value = 'learned';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, null);
    // The filter is on once the status counts the learned citations alone; the table (a
    // virtualised list) then shows as many of them as fit.
    await options.waitFor(
      (n) =>
        document
          .querySelector('[data-testid="citation-status"]')
          ?.textContent?.startsWith(`${n} citation${n === 1 ? '' : 's'} match`) === true &&
        document.querySelectorAll('[data-testid="citation-row"]').length > 0,
      learned,
    );
    const rows = await options.evaluate(
      () =>
        [...document.querySelectorAll('[data-testid="citation-row"]')].map(
          (r) => r.textContent ?? '',
        ),
      null,
    );
    // Filed under the page's address, never the name the page gives itself (og:site_name).
    expect(rows.length).toBeLessThanOrEqual(learned);
    expect(rows.every((r) => r.includes('127.0.0.1'))).toBe(true);
    expect(rows.some((r) => r.includes('The Harbor Ledger'))).toBe(false);
    await options.evaluate(() => {
      const button = document.querySelector<HTMLButtonElement>(
        '[data-testid="citation-row"] button[aria-label^="Delete citation"]',
      );
      button?.click();
    }, null);
    await options.waitFor(() => {
      const confirm = [
        ...document.querySelectorAll<HTMLButtonElement>(
          '[data-testid="citation-row"] button.danger',
        ),
      ][0];
      confirm?.click();
      return confirm !== undefined;
    }, null);
    await options.goto(optionsUrl());
    await options.waitFor(
      (n) =>
        Number(
          document.querySelector('[data-testid="summary-learned"]')?.textContent?.replace(/,/g, ''),
        ) === n,
      learned - 1,
    );
    await options.close();
    expect(session.extensionRequests()).toEqual([]);
  });
});
