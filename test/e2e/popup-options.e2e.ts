// The popup's exports from a real annotated page, and the options page's import with a preview,
// in the browser named by $E2E_BROWSER. Every exported format is parsed and checked (the W3C
// selectors are re-anchored by Apache Annotator in w3c-anchoring.e2e.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import type { ClaimDocument } from '../../utils/claim';
import { CSV_COLUMNS } from '../../utils/export/claims-csv';
import { launch } from './harness/browsers';
import { listBadges } from './harness/page-probes';
import { browserName, useSession } from './harness/session';
import { exportFromPopup, importCitationFile, popupForNewestTab } from './harness/ui-flows';
import type { TestPage } from './harness/browsers';

const CITATIONS = path.resolve(import.meta.dirname, '../fixtures/citations');
/** sample-article.html's <title>, white space collapsed. */
const SAMPLE_TITLE =
  'Northwind Robotics to cut 12% of staff as it leans on AI agents — The Harbor Ledger';

/**
 * Loads the page's own address again and waits until the new document answers: in Firefox a
 * command sent right after `goto` can still reach the document being replaced.
 */
async function reload(page: TestPage): Promise<void> {
  const url = await page.evaluate(() => {
    (window as unknown as { __replaced?: boolean }).__replaced = true;
    return location.href;
  }, null);
  await page.goto(url);
  await page.waitFor(
    () =>
      !(window as unknown as { __replaced?: boolean }).__replaced &&
      document.readyState === 'complete',
    null,
  );
}

/**
 * The store's total as the options page shows it. Read in one evaluation, polled until shown:
 * Firefox's BiDi can run a wait in the document a `goto` is replacing and the next evaluation in
 * the new one before it has rendered, and `Number('')` of the missing text read as a total of 0.
 */
async function summaryTotal(options: TestPage): Promise<number> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const text = await options.evaluate(
      () => document.querySelector('[data-testid="summary-total"]')?.textContent ?? null,
      null,
    );
    if (text !== null && text.trim() !== '') {
      const total = Number(text.replace(/,/g, ''));
      if (!Number.isFinite(total)) throw new Error(`the store total reads "${text}"`);
      return total;
    }
    if (Date.now() > deadline) throw new Error('the options page never showed the store total');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('popup exports', () => {
  const session = useSession();

  async function exportFrom(format: string) {
    const article = await session.openAnnotated('sample-article.html');
    const badges = (await article.evaluate(listBadges, null)).length;
    const [file] = await exportFromPopup(session.open, session.browser.extensionBase, [format]);
    if (!file) throw new Error(`no ${format} export`);
    return { file, article, badges };
  }

  it('exports contract-1 JSON with a claim per badge', async () => {
    const { file, article, badges } = await exportFrom('json');
    // Named after the page's title (its <title>, site suffix and all), bounded at a word.
    expect(file.name).toMatch(
      /^corroborate-northwind-robotics-to-cut-12-of-staff-as-it-leans-on-ai-\d{4}-\d{2}-\d{2}\.json$/,
    );
    const doc = JSON.parse(file.content) as ClaimDocument;
    expect(doc.version).toBe(1);
    expect(doc.url).toBe(`${session.server.origin}/sample-article.html`);
    expect(doc.title).toBe(SAMPLE_TITLE);
    expect(doc.claims).toHaveLength(badges);
    for (const claim of doc.claims) {
      expect(claim.end - claim.start).toBe(claim.text.length);
      expect(['corroborated', 'single-sourced', 'unverifiable']).toContain(claim.verdict);
    }
    expect(doc.claims.map((c) => c.text)).toEqual(expect.arrayContaining(['12%', '$38 million']));
    await article.close();
  });

  it('exports spreadsheet-safe CSV', async () => {
    const { file, article, badges } = await exportFrom('csv');
    expect(file.name).toMatch(/\.csv$/);
    const parsed = Papa.parse<Record<string, string>>(file.content.trim(), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(badges);
    for (const row of parsed.data) {
      expect(row.page_title).toBe(SAMPLE_TITLE);
      expect(row.page_url).toBe(`${session.server.origin}/sample-article.html`);
      for (const column of ['text', 'subject', 'source', 'reason', 'publishers']) {
        expect(row[column] ?? '').not.toMatch(/^[=+\-@]/);
      }
    }
    await article.close();
  });

  it('exports a Markdown report grouped by verdict', async () => {
    const { file, article } = await exportFrom('md');
    expect(file.name).toMatch(/\.md$/);
    expect(file.content).toMatch(/^# /m);
    expect(file.content).toContain(
      `Page: ${SAMPLE_TITLE}, <${session.server.origin}/sample-article.html>`,
    );
    // Each figure names its company.
    expect(file.content).toMatch(/^- \*\*12%\*\* \(statistic about Northwind Robotics\b/m);
    expect(file.content).toMatch(/^## Unverifiable/m);
    expect(file.content).toContain('12%');
    await article.close();
    expect(session.extensionRequests()).toEqual([]);
  });
});

describe('popup claim list', () => {
  const session = useSession();

  it('tells equal figures apart by their company and the words around them', async () => {
    const article = await session.openAnnotated('selectors-article.html');
    const popup = await popupForNewestTab(session.open, session.browser.extensionBase);
    await popup.waitFor(() => document.querySelector('.claim-list .claim'), null);
    const items = await popup.evaluate(
      () =>
        [...document.querySelectorAll('.claim-list .claim')].map((button) => ({
          figure: button.querySelector('.text')?.firstChild?.textContent ?? '',
          subject: button.querySelector('.subject')?.textContent ?? '',
          context: button.querySelector('[data-testid="claim-context"]')?.textContent ?? '',
        })),
      null,
    );
    const twelve = items.filter((item) => item.figure === '12%');
    // The headline's, the cut's and the rival's growth: three "12%", each with its own words.
    expect(twelve.length).toBeGreaterThanOrEqual(3);
    expect(new Set(twelve.map((item) => item.context)).size).toBe(twelve.length);
    expect(twelve.map((item) => item.context)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('to cut 12% of staff'),
        expect.stringContaining('cut about 12% of its workforce'),
        expect.stringContaining('revenue 12% over'),
      ]),
    );
    expect(twelve[0]?.subject).toBe(' · Northwind Robotics');
    await popup.close();
    await article.close();
  });
});

describe('options page import', () => {
  const session = useSession();

  it('previews a file with bad rows, names each problem, and writes nothing on cancel', async () => {
    const options = await session.open(`${session.browser.extensionBase}options.html`);
    const before = await summaryTotal(options);
    await options.upload('input[type="file"]', path.join(CITATIONS, 'mixed-quality.csv'));
    await options.waitFor(() => document.querySelector('[data-testid="import-preview"]'), null);
    const preview = await options.evaluate(
      () => ({
        valid: document.querySelector('[data-testid="import-valid"]')?.textContent,
        errors: document.querySelector('[data-testid="import-errors"]')?.textContent,
        rows: [...document.querySelectorAll('[data-testid="import-error-row"]')].map((r) =>
          [...r.querySelectorAll('td')].map((td) => td.textContent?.trim()),
        ),
      }),
      null,
    );
    expect(preview.valid).toBe('1');
    expect(preview.errors).toBe('4');
    expect(preview.rows).toEqual([
      ['3', 'url', expect.stringMatching(/http/)],
      ['4', 'published', expect.stringMatching(/date/)],
      ['5', 'claim', expect.stringMatching(/required|empty/)],
      ['6', 'unit', expect.stringMatching(/one of/)],
    ]);
    await options.click('[data-testid="import-cancel"]');
    await reload(options);
    expect(await summaryTotal(options)).toBe(before);
    await options.close();
  });

  it('imports a good file once: importing it again adds nothing', async () => {
    const options = await session.open(`${session.browser.extensionBase}options.html`);
    const before = await summaryTotal(options);
    const file = path.join(CITATIONS, 'good.jsonl');
    expect(await importCitationFile(options, file)).toMatch(/^Imported 3 citations/);
    await reload(options);
    expect(await summaryTotal(options)).toBe(before + 3);
    await options.upload('input[type="file"]', file);
    await options.waitFor(() => document.querySelector('[data-testid="import-duplicates"]'), null);
    expect(
      await options.evaluate(
        () => document.querySelector('[data-testid="import-duplicates"]')?.textContent,
        null,
      ),
    ).toBe('3');
    await options.close();
    expect(session.extensionRequests()).toEqual([]);
  });
});

describe('the store across a browser restart', () => {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'corroborate-restart-'));
  afterAll(() => rmSync(profile, { recursive: true, force: true }));
  const session = useSession();

  it('keeps imported citations after the browser is closed and started again', async () => {
    const first = await launch(browserName(), session.server.port, { profile });
    let options = await first.newPage();
    await options.goto(`${first.extensionBase}options.html`);
    await importCitationFile(options, path.join(CITATIONS, 'good.jsonl'));
    await reload(options);
    const total = await summaryTotal(options);
    // The page's connection to the extension closes before the browser does, as a user's would.
    await options.close();
    await first.close();

    const second = await launch(browserName(), session.server.port, { profile });
    options = await second.newPage();
    await options.goto(`${second.extensionBase}options.html`);
    expect(await summaryTotal(options)).toBe(total);
    await second.close();
  });
});
