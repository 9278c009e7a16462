// The main job on the bundled sample, end to end in headless Chromium with the built extension:
// import the demo citations through the options page, annotate the sample article, open a card,
// and write a screenshot plus the page's exported annotations (from the popup's JSON export).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { focusBadge, listBadges } from '../test/e2e/harness/page-probes';
import { runScript, withChromium } from '../test/e2e/harness/script-run';
import {
  captureDownload,
  newestOtherTabId,
  openCardText,
  waitForCard,
} from '../test/e2e/harness/ui-flows';

const PAGES = path.resolve(import.meta.dirname, '../test/fixtures/pages');
const OUT = path.resolve(import.meta.dirname, '../artifacts/demo');

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  await withChromium(PAGES, async (browser, server) => {
    const options = await browser.newPage();
    await options.goto(`${browser.extensionBase}options.html`);
    await options.upload(
      'input[type="file"]',
      path.resolve(import.meta.dirname, '../test/fixtures/citations/sample-citations.jsonl'),
    );
    await options.waitFor(() => document.querySelector('[data-testid="import-confirm"]'), null);
    await options.click('[data-testid="import-confirm"]');
    await options.waitFor(() => document.querySelector('[data-testid="import-result"]'), null);
    const imported = await options.evaluate(
      () => document.querySelector('[data-testid="import-result"]')?.textContent ?? '',
      null,
    );
    await options.close();

    const article = await browser.newPage();
    await article.setViewport(1280, 900);
    // No fade-in: the screenshot shows the card fully drawn.
    await article.emulate('prefers-reduced-motion', 'reduce');
    await article.goto(`${server.origin}/sample-article.html`);
    await article.waitFor(
      () => document.documentElement.dataset.corroborateStatus === 'annotated',
      null,
    );
    const badges = await article.evaluate(listBadges, null);
    const corroborated = badges.findIndex((b) => b.verdict === 'corroborated');
    await article.evaluate(focusBadge, Math.max(0, corroborated));
    await waitForCard(article);
    const card = await openCardText(article);
    const screenshot = path.join(OUT, 'sample-article.png');
    await article.screenshot(screenshot);

    const popup = await browser.newPage();
    await popup.goto(`${browser.extensionBase}popup.html`);
    const tabId = await newestOtherTabId(popup);
    await popup.goto(`${browser.extensionBase}popup.html?tab=${tabId}`);
    const exported = await captureDownload(popup, '[data-testid="export-json"]');
    const annotations = path.join(OUT, 'annotations.json');
    writeFileSync(annotations, exported.content);

    const count = (v: string) => badges.filter((b) => b.verdict === v).length;
    console.log(`demo: ${imported}`);
    console.log(
      `demo: ${badges.length} badges on the sample article: ${count('corroborated')} corroborated, ` +
        `${count('single-sourced')} single-sourced, ${count('unverifiable')} unverifiable`,
    );
    console.log(`demo: card shown: ${(card ?? '').replace(/\s+/g, ' ').slice(0, 120)}…`);
    console.log(`demo: screenshot   ${path.relative(process.cwd(), screenshot)}`);
    console.log(
      `demo: annotations  ${path.relative(process.cwd(), annotations)} (${exported.name})`,
    );
  });
}

runScript('demo', main);
