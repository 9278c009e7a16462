// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../../components/PopupApp';
import { exportFileName } from '../../../utils/export';
import { makeDocument, PAGE_TEXT, PAGE_URL, span } from '../export/fixture';
import { defined, FakePopupApi, tabAnnotations } from './fakes';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const NOW = new Date(2026, 10, 28, 9, 30);

describe('PopupApp', () => {
  it('says it is loading until the tab answers', () => {
    const api = new FakePopupApi();
    api.getTabAnnotations.mockReturnValue(new Promise(() => undefined));
    render(<PopupApp api={api} />);
    expect(screen.getByRole('status').textContent).toMatch(/Loading/);
  });

  it('explains a browser page where no content script runs', async () => {
    const api = new FakePopupApi();
    api.unreachable = true;
    render(<PopupApp api={api} />);
    const notice = await screen.findByTestId('unavailable');
    expect(notice.textContent).toMatch(/can’t run on this page/);
    expect(notice.textContent).toMatch(/Open a news article/);
    expect(screen.queryByTestId('claim-count')).toBeNull();
  });

  it('explains the same when there is no tab at all', async () => {
    render(<PopupApp api={null} />);
    expect((await screen.findByTestId('unavailable')).textContent).toMatch(/can’t run/);
  });

  it('offers to annotate a page that is not annotated yet', async () => {
    const api = new FakePopupApi(
      tabAnnotations({ status: 'idle', document: { version: 1, url: PAGE_URL, claims: [] } }),
    );
    render(<PopupApp api={api} />);
    expect((await screen.findByTestId('not-annotated')).textContent).toMatch(
      /hasn’t been annotated/,
    );
    expect(screen.queryByTestId('claim-count')).toBeNull();
    expect(screen.queryByTestId('export-json')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Annotate this page' }));
    expect(api.annotatePage).toHaveBeenCalledOnce();
    expect((await screen.findByTestId('claim-count')).textContent).toBe('9 claims on this page');
    expect(screen.queryByRole('button', { name: 'Annotate this page' })).toBeNull();
  });

  it('re-reads a tab that is still annotating', async () => {
    vi.useFakeTimers();
    try {
      const api = new FakePopupApi(tabAnnotations({ status: 'working' }));
      render(<PopupApp api={api} />);
      await vi.waitFor(() => expect(api.getTabAnnotations).toHaveBeenCalledTimes(1));
      api.tab = tabAnnotations();
      await vi.advanceTimersByTimeAsync(1000);
      await vi.waitFor(() => expect(screen.getByTestId('claim-count')).toBeTruthy());
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows counts by verdict and kind, lists claims and filters them by verdict', async () => {
    const api = new FakePopupApi();
    render(<PopupApp api={api} />);
    expect((await screen.findByTestId('claim-count')).textContent).toBe('9 claims on this page');
    expect(screen.getByTestId('kind-counts').textContent).toBe('4 statistics · 5 named sources');

    const list = screen.getByRole('list', { name: 'Claims on this page' });
    expect(within(list).getAllByRole('button')).toHaveLength(9);
    const first = defined(within(list).getAllByRole('button')[0]);
    expect(first.textContent).toContain('Corroborated');
    expect(first.textContent).toContain('15%');
    expect(first.textContent).toContain('According to CNBC');

    const filter = screen.getByRole('group', { name: 'Show claims by verdict' });
    const single = within(filter).getByRole('button', { name: /Single-sourced/ });
    expect(single.textContent).toMatch(/2$/);
    fireEvent.click(single);
    expect(single.getAttribute('aria-pressed')).toBe('true');
    const shown = within(screen.getByRole('list', { name: 'Claims on this page' })).getAllByRole(
      'button',
    );
    expect(shown).toHaveLength(2);
    expect(shown.every((b) => b.dataset.verdict === 'single-sourced')).toBe(true);

    fireEvent.click(within(filter).getByRole('button', { name: /All/ }));
    expect(
      within(screen.getByRole('list', { name: 'Claims on this page' })).getAllByRole('button'),
    ).toHaveLength(9);
  });

  it('tells equal figures apart by their company and a few words around them', async () => {
    const doc = makeDocument();
    const c1 = defined(doc.claims.find((c) => c.id === 'c1'));
    // The headline's "15%" beside the body's: the same text, verdict and company.
    const headline = { ...c1, id: 'h1', ...span(PAGE_TEXT, '15%', 0) };
    const api = new FakePopupApi(tabAnnotations({ document: { ...doc, claims: [headline, c1] } }));
    render(<PopupApp api={api} />);
    await screen.findByTestId('claim-count');
    const [a, b] = within(screen.getByRole('list', { name: 'Claims on this page' })).getAllByRole(
      'button',
    );
    expect(a?.textContent).toContain('15% · Pinterest');
    expect(b?.textContent).toContain('15% · Pinterest');
    const contexts = screen.getAllByTestId('claim-context').map((el) => el.textContent);
    expect(contexts).toEqual([
      'Pinterest to cut 15% of staff · SAN…',
      '…will lay off about 15% of its workforce, according…',
    ]);
    expect(a?.textContent).not.toBe(b?.textContent);
  });

  it('focuses a claim in the page when it is activated, and stays open', async () => {
    const api = new FakePopupApi();
    render(<PopupApp api={api} />);
    await screen.findByTestId('claim-count');
    fireEvent.click(defined(screen.getAllByRole('button', { name: /15%/ })[0]));
    await waitFor(() => expect(api.focusClaim).toHaveBeenCalledWith('c1'));
    expect(screen.getByTestId('claim-count')).toBeTruthy();
  });

  it('says "1 claim" for one claim', async () => {
    const doc = tabAnnotations().document;
    const api = new FakePopupApi(
      tabAnnotations({ document: { ...doc, claims: doc.claims.slice(0, 1) } }),
    );
    render(<PopupApp api={api} />);
    expect((await screen.findByTestId('claim-count')).textContent).toBe('1 claim on this page');
  });

  it.each([
    [
      { what: 'claims', most: 1000 } as const,
      'Corroborate stopped at 1,000 claims: it marks no more on one page, so that a page this long stays responsive.',
    ],
    [
      { what: 'characters', most: 500_000 } as const,
      'Corroborate stopped after the first 500,000 characters: it reads no more of one page, so that a page this long stays responsive.',
    ],
  ])('says when a page limit (%j) left part of the page out', async (capped, message) => {
    render(<PopupApp api={new FakePopupApi(tabAnnotations({ capped }))} />);
    expect((await screen.findByTestId('capped')).textContent).toBe(message);
  });

  it('says nothing of limits on a page within them', async () => {
    render(<PopupApp api={new FakePopupApi(tabAnnotations())} />);
    await screen.findByTestId('claim-count');
    expect(screen.queryByTestId('capped')).toBeNull();
  });

  it('says what was looked for when no claims were found', async () => {
    const api = new FakePopupApi(
      tabAnnotations({ document: { version: 1, url: PAGE_URL, claims: [] } }),
    );
    render(<PopupApp api={api} />);
    expect((await screen.findByTestId('claim-count')).textContent).toBe('0 claims on this page');
    expect(screen.getByTestId('no-claims').textContent).toMatch(/No claims found/);
  });

  describe('export', () => {
    let blobs: Blob[];
    let names: string[];

    beforeEach(() => {
      blobs = [];
      names = [];
      URL.createObjectURL = vi.fn((blob: Blob) => {
        blobs.push(blob);
        return `blob:test/${blobs.length}`;
      });
      URL.revokeObjectURL = vi.fn();
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
        this: HTMLAnchorElement,
      ) {
        names.push(this.download);
      });
    });

    it('downloads each format with the contract file name and content', async () => {
      render(<PopupApp api={new FakePopupApi()} now={() => NOW} />);
      await screen.findByTestId('claim-count');

      fireEvent.click(screen.getByTestId('export-json'));
      expect(names).toEqual(['corroborate-pinterest-to-cut-15-of-staff-2026-11-28.json']);
      expect(names[0]).toBe(exportFileName(makeDocument(), 'json', NOW));
      const json = JSON.parse(await defined(blobs[0]).text()) as {
        version: number;
        url: string;
        claims: unknown[];
      };
      expect(json.version).toBe(1);
      expect(json.url).toBe(PAGE_URL);
      expect(json.claims).toHaveLength(9);
      expect(defined(blobs[0]).type).toBe('application/json');

      fireEvent.click(screen.getByTestId('export-w3c'));
      expect(names[1]).toBe('corroborate-pinterest-to-cut-15-of-staff-2026-11-28.jsonld');
      const w3c = await defined(blobs[1]).text();
      // Quote selectors come from the page text the tab reported.
      expect(w3c).toContain('TextQuoteSelector');
      // c1 is the second "15%": its prefix holds the text just before it in the page text.
      const c1 = PAGE_TEXT.indexOf('15%', PAGE_TEXT.indexOf('15%') + 1);
      expect(w3c).toContain(JSON.stringify(PAGE_TEXT.slice(c1 - 10, c1)).slice(1, -1));

      fireEvent.click(screen.getByTestId('export-csv'));
      expect(names[2]).toBe('corroborate-pinterest-to-cut-15-of-staff-2026-11-28.csv');
      expect((await defined(blobs[2]).text()).split('\n')[0]).toMatch(/^id,/);

      fireEvent.click(screen.getByTestId('export-md'));
      expect(names[3]).toBe('corroborate-pinterest-to-cut-15-of-staff-2026-11-28.md');
      expect(await defined(blobs[3]).text()).toMatch(/^# /);

      expect(screen.getByRole('status').textContent).toContain(
        'Saved corroborate-pinterest-to-cut-15-of-staff-2026-11-28.md',
      );
      // Temporary links are removed again.
      expect(document.querySelectorAll('a[download]')).toHaveLength(0);
    });
  });

  it('switches automatic annotation off for the site', async () => {
    const api = new FakePopupApi();
    render(<PopupApp api={api} />);
    const toggle = await screen.findByRole('switch', {
      name: /Annotate example\.com automatically/,
    });
    await waitFor(() => expect((toggle as HTMLInputElement).disabled).toBe(false));
    expect((toggle as HTMLInputElement).checked).toBe(true);
    fireEvent.click(toggle);
    await waitFor(() => expect(api.setSiteDisabled).toHaveBeenCalledWith(PAGE_URL, true));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(/will not annotate example\.com/),
    );
    expect(api.disabledSites.has('www.example.com')).toBe(true);
  });

  it('hides and shows the annotations on the page', async () => {
    const api = new FakePopupApi();
    render(<PopupApp api={api} />);
    await screen.findByTestId('claim-count');
    fireEvent.click(screen.getByRole('button', { name: 'Hide annotations' }));
    expect(await screen.findByRole('button', { name: 'Show annotations' })).toBeTruthy();
    expect(api.toggleAnnotations).toHaveBeenCalledOnce();
  });
});

describe('PopupApp while the page is being annotated', () => {
  afterEach(cleanup);

  it('shows the claims found so far with a progress bar, and no export yet', async () => {
    const doc = tabAnnotations().document;
    const api = new FakePopupApi(
      tabAnnotations({ status: 'working', document: { ...doc, claims: doc.claims.slice(0, 3) } }),
    );
    render(<PopupApp api={api} />);
    expect((await screen.findByTestId('claim-count')).textContent).toBe('3 claims on this page');
    expect(screen.getByRole('progressbar', { name: 'Annotating this page' })).toBeTruthy();
    expect(screen.queryByTestId('export-json')).toBeNull();
  });
});
