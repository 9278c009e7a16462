// The README's pictures of quiet mode and of a period-mismatch card, taken from the built
// extension in headless Chromium with the e2e harness (run `npm run build` first):
//   npm run screenshots
// Citations come from the e2e fixtures, imported through the options page as a user would.
// Writes docs/quiet-mode.png, docs/quiet-mode-popup.png, docs/period-card-light.png and
// docs/period-card-dark.png. Not part of `npm test`: pictures are looked at, not asserted.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { TestBrowser, TestPage } from '../test/e2e/harness/browsers';
import { runScript, withChromium } from '../test/e2e/harness/script-run';
import type { TestServer } from '../test/e2e/harness/server';
import {
  hoverBadge,
  importCitationFile,
  popupForNewestTab,
  switchQuietMode,
  waitForCardState,
} from '../test/e2e/harness/ui-flows';

const ROOT = path.resolve(import.meta.dirname, '..');
const PAGES = path.join(ROOT, 'test/fixtures/pages');
const CITATIONS = path.join(ROOT, 'test/fixtures/citations');
const DOCS = path.join(ROOT, 'docs');

async function openAnnotated(
  browser: TestBrowser,
  server: TestServer,
  file: string,
): Promise<TestPage> {
  const page = await browser.newPage();
  // No fade-in: the pictures show the card fully drawn.
  await page.emulate('prefers-reduced-motion', 'reduce');
  await page.goto(`${server.origin}/${file}`);
  await page.waitFor(
    () => document.documentElement.dataset.corroborateStatus === 'annotated',
    null,
  );
  return page;
}

async function shoot(page: TestPage, name: string): Promise<void> {
  const file = path.join(DOCS, name);
  await page.screenshot(file);
  console.log(`screenshots: ${path.relative(process.cwd(), file)}`);
}

/** A period mismatch: the misdated article's 15%, backed for another January than the page's. */
async function periodCard(
  browser: TestBrowser,
  server: TestServer,
  scheme: 'light' | 'dark',
): Promise<void> {
  const page = await openAnnotated(browser, server, 'misdated-article.html');
  await page.setViewport(900, 560);
  if (scheme === 'dark') {
    // The reader's dark preference, and the page following it as a dark-mode site does: the
    // card takes the page's look (utils/page/theme.ts).
    await page.emulate('prefers-color-scheme', 'dark');
    await page.evaluate(() => void (document.documentElement.style.colorScheme = 'dark'), null);
  }
  const label = await hoverBadge(page, '15%');
  if (!label.includes('⚠')) throw new Error(`15% is not a period mismatch: ${label}`);
  const card = await waitForCardState(page, (c) => !!c?.settled);
  if (card?.theme !== scheme) throw new Error(`the card is ${card?.theme}, not ${scheme}`);
  await shoot(page, `period-card-${scheme}.png`);
  await page.close();
}

async function quietMode(browser: TestBrowser, server: TestServer): Promise<void> {
  const page = await openAnnotated(browser, server, 'news-layout.html');
  await page.setViewport(1100, 760);
  const popup = await popupForNewestTab((url) => openPopup(browser, url), browser.extensionBase);
  await popup.setViewport(380, 760);
  await popup.waitFor(() => document.querySelector('.quiet-switch input:not([disabled])'), null);
  await switchQuietMode(popup, page);
  await shoot(page, 'quiet-mode.png');
  await popup.waitFor(
    () => document.querySelector<HTMLInputElement>('.quiet-switch input')?.checked === true,
    null,
  );
  await shoot(popup, 'quiet-mode-popup.png');
  await popup.close();
  await page.close();
}

async function openPopup(browser: TestBrowser, url: string): Promise<TestPage> {
  const page = await browser.newPage();
  await page.goto(url);
  return page;
}

async function main(): Promise<void> {
  mkdirSync(DOCS, { recursive: true });
  await withChromium(PAGES, async (browser, server) => {
    const options = await browser.newPage();
    await options.goto(`${browser.extensionBase}options.html`);
    for (const file of ['periods.jsonl', 'in-page-claims.jsonl']) {
      const result = await importCitationFile(options, path.join(CITATIONS, file));
      if (!/^Imported/.test(result)) throw new Error(`${file}: ${result}`);
      await options.goto(`${browser.extensionBase}options.html`);
    }
    await options.close();
    await periodCard(browser, server, 'light');
    await periodCard(browser, server, 'dark');
    await quietMode(browser, server);
  });
}

runScript('screenshots', main);
