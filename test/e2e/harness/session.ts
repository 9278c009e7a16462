// One browser with the extension and one recording server per e2e file, for the browser named in
// $E2E_BROWSER (test/e2e/run.ts runs every file once per browser).
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import {
  launch,
  withoutBrowserOwn,
  type BrowserName,
  type TestBrowser,
  type TestPage,
} from './browsers';
import { startServer, type RecordedRequest, type TestServer } from './server';
import { importCitationFile } from './ui-flows';

export const PAGES = path.resolve(import.meta.dirname, '../../fixtures/pages');
export const CITATION_FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/citations');
export const ARTIFACTS = path.resolve(import.meta.dirname, '../../../artifacts');

export function browserName(): BrowserName {
  const name = process.env.E2E_BROWSER;
  if (name !== 'chromium' && name !== 'firefox') {
    throw new Error('Set E2E_BROWSER to chromium or firefox (npm run test:e2e does).');
  }
  return name;
}

export interface Session {
  browser: TestBrowser;
  server: TestServer;
  /** Opens a fixture page from test/e2e/pages and waits until Corroborate finished a run on it. */
  openAnnotated(file: string): Promise<TestPage>;
  open(url: string): Promise<TestPage>;
  /** Foreign requests, less the browser's own (BROWSER_OWN_HOSTS): must stay empty. */
  extensionRequests(): RecordedRequest[];
}

export function useSession(): Session {
  const session = {} as Session;
  beforeAll(async () => {
    const server = await startServer(PAGES);
    const browser = await launch(browserName(), server.port);
    Object.assign(session, {
      browser,
      server,
      extensionRequests: () => withoutBrowserOwn(browser.name, server.foreign),
      open: async (url: string) => {
        const page = await browser.newPage();
        await page.goto(url);
        return page;
      },
      openAnnotated: async (file: string) => {
        const page = await session.open(`${server.origin}/${file}`);
        await page.waitFor(
          () => document.documentElement.dataset.corroborateStatus === 'annotated',
          null,
        );
        return page;
      },
    });
  }, 60_000);
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

/**
 * Puts a fixture citation file in the session's store before its tests, so the verdicts they
 * check rest on citations the suite owns, not on what the bundled starter pack happens to hold.
 */
export function useFixtureCitations(session: Session, file: string): void {
  beforeAll(async () => {
    const options = await session.open(`${session.browser.extensionBase}options.html`);
    const result = await importCitationFile(options, path.join(CITATION_FIXTURES, file));
    await options.close();
    if (!/^Imported/.test(result)) throw new Error(`fixture import failed: ${result}`);
  }, 60_000);
}
