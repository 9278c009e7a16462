// One page, one reading: the same HTML page annotated by the extension (in the browser named by
// $E2E_BROWSER, its text sent in batches) and by the command-line annotator (read whole) gives
// the same claims with the same frames and verdicts. Both use the bundled starter pack as their
// store. The page is longer than the content script's first batch, so the extension reads it in
// several parts (issue 10: one document model, one text path).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { AnnotatedClaim, ClaimDocument } from '../../utils/claim';
import { DEFAULT_LIMITS } from '../../utils/page/annotator';
import { PAGES, useSession } from './harness/session';
import { captureDownload, newestOtherTabId } from './harness/ui-flows';

const run = promisify(execFile);
const PAGE = 'parity-article.html';
const ROOT = path.resolve(import.meta.dirname, '../..');

/** What a reader sees of a claim: offsets differ only in what surrounds the article text. */
function frame(c: AnnotatedClaim) {
  return {
    kind: c.kind,
    text: c.text,
    verdict: c.verdict,
    conflicts: c.conflicts.map((x) => x.kind ?? 'value'),
    ...(c.kind === 'statistic'
      ? {
          subject: c.subject,
          measure: c.measure,
          source: c.source,
          period: c.period ? `${c.period.start}/${c.period.end}` : null,
        }
      : {}),
  };
}

describe('the CLI and the extension', () => {
  const session = useSession();

  it('give one page the same claims, frames and verdicts', async () => {
    const url = `${session.server.origin}/${PAGE}`;
    const article = await session.openAnnotated(PAGE);
    const blocks = await article.evaluate(
      () => document.querySelectorAll('article h1, article p, article li').length,
      null,
    );
    const popup = await session.open(`${session.browser.extensionBase}popup.html`);
    await popup.goto(
      `${session.browser.extensionBase}popup.html?tab=${await newestOtherTabId(popup)}`,
    );
    const exported = await captureDownload(popup, '[data-testid="export-json"]');
    await popup.close();
    await article.close();
    const inBrowser = JSON.parse(exported.content) as ClaimDocument;

    const cli = await run(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
        'scripts/annotate.ts',
        path.join(PAGES, PAGE),
        '--url',
        url,
        '--format',
        'json',
      ],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
    );
    const fromCli = JSON.parse(cli.stdout) as ClaimDocument;

    // The page is more than one batch for the content script.
    expect(blocks).toBeGreaterThan(DEFAULT_LIMITS.firstBlocks);
    expect(fromCli.claims.length).toBeGreaterThan(20);
    expect(inBrowser.claims.map(frame)).toEqual(fromCli.claims.map(frame));
    // A headline figure takes the company the lede names, in both.
    expect(fromCli.claims[0]).toMatchObject({ text: '17%', subject: 'Spotify' });
  }, 120_000);
});
