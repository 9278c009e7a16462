// The options page of a freshly installed Chromium build, opened once per run in a new profile:
// the page-timed benches (import, starter pack load) start from the same state a user's first
// visit does, the store open and its starter pack loaded.
import { launch, type TestPage } from '../../test/e2e/harness/browsers';
import { startServer } from '../../test/e2e/harness/server';
import { ensureChromiumBuild } from './common';

/** Runs `probe` `runs` times, each in a fresh profile's options page once its summary shows. */
export async function inFreshOptionsPage<T>(
  serveDir: string,
  runs: number,
  timeout: number,
  probe: (page: TestPage, run: number) => Promise<T>,
): Promise<T[]> {
  ensureChromiumBuild();
  const server = await startServer(serveDir);
  const results: T[] = [];
  try {
    for (let r = 0; r < runs; r++) {
      const browser = await launch('chromium', server.port);
      try {
        const page = await browser.newPage();
        await page.goto(`${browser.extensionBase}options.html`);
        // The store is open (starter pack loaded) once its summary shows.
        await page.waitFor(
          () => document.querySelector('[data-testid="summary-total"]'),
          null,
          timeout,
        );
        results.push(await probe(page, r));
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  return results;
}
