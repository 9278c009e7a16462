// Scripts that drive the built extension outside Vitest (`npm run demo`, `npm run screenshots`):
// one headless Chromium behind the recording server, closed whatever happens, and a failure if
// the extension made any request of its own.
import { launch, withoutBrowserOwn, type TestBrowser } from './browsers';
import { startServer, type TestServer } from './server';

export async function withChromium(
  pages: string,
  job: (browser: TestBrowser, server: TestServer) => Promise<void>,
): Promise<void> {
  const server = await startServer(pages);
  const browser = await launch('chromium', server.port);
  try {
    await job(browser, server);
    const requests = withoutBrowserOwn('chromium', server.foreign);
    if (requests.length > 0)
      throw new Error(`the extension made requests: ${JSON.stringify(requests)}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Runs a script's `main`, printing "<name> failed: why" and exiting 1 when it throws. */
export function runScript(name: string, main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
