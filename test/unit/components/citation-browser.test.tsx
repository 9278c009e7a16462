// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CitationBrowser } from '../../../components/CitationBrowser';
import { formatFigure, ROW_HEIGHT, VIEWPORT_HEIGHT } from '../../../components/CitationTable';
import { PAGE_SIZE } from '../../../components/use-citation-pages';
import { citation, defined, FakeOptionsApi, HugeStoreApi } from './fakes';

afterEach(cleanup);

const rows = () => screen.queryAllByTestId('citation-row');
const rowTexts = () => rows().map((r) => r.querySelector('.publisher')?.textContent ?? '');

describe('CitationBrowser with 100,000 citations', () => {
  it('renders only a window of rows and fetches pages as the user scrolls', async () => {
    const api = new HugeStoreApi(100_000);
    render(<CitationBrowser api={api} refreshKey={0} onChanged={vi.fn()} />);
    await waitFor(() =>
      expect(screen.getByTestId('citation-status').textContent).toBe(
        '100,000 citations in the store.',
      ),
    );
    await waitFor(() => expect(rowTexts()[0]).toBe('Publisher 0'));

    const table = screen.getByRole('table', { name: 'Citations' });
    expect(table.getAttribute('aria-rowcount')).toBe('100001');
    const windowSize = Math.ceil(VIEWPORT_HEIGHT / ROW_HEIGHT) + 1 + 4 * 2;
    expect(rows().length).toBeGreaterThan(5);
    expect(rows().length).toBeLessThanOrEqual(windowSize);
    expect(api.searchCitations).toHaveBeenCalledTimes(1);
    expect(api.searchCitations.mock.calls[0]?.[1]).toMatchObject({ offset: 0, limit: PAGE_SIZE });

    // Jump to the middle: only that window is rendered and only its page is fetched.
    const scroller = defined(table.querySelector<HTMLElement>('.scroller'));
    expect((scroller.firstElementChild as HTMLElement).style.height).toBe(
      `${100_000 * ROW_HEIGHT}px`,
    );
    // happy-dom has no layout, so it would clamp scrollTop to 0: stand in for the browser.
    Object.defineProperty(scroller, 'scrollTop', { value: 50_000 * ROW_HEIGHT, writable: true });
    fireEvent.scroll(scroller);
    await waitFor(() => expect(rowTexts()).toContain('Publisher 50000'));
    expect(rows().length).toBeLessThanOrEqual(windowSize);
    expect(rows().every((r) => Number(r.getAttribute('aria-rowindex')) > 49_990)).toBe(true);
    const offsets = api.searchCitations.mock.calls.map((call) => call[1].offset);
    expect(offsets).toContain(50_000 - PAGE_SIZE);
    expect(offsets).toContain(50_000);
    expect(offsets.length).toBeLessThanOrEqual(3);
    const row = defined(rows().find((r) => r.textContent?.includes('Publisher 50000')));
    expect(row.style.top).toBe(`${50_000 * ROW_HEIGHT}px`);
    expect(row.getAttribute('aria-rowindex')).toBe('50002');
  });
});

describe('CitationBrowser', () => {
  const records = [
    citation({
      publisher: 'CNBC',
      claim: 'Pinterest cuts 15% of staff',
      subject: 'Pinterest',
      published: '2025-01-27',
      value: 15,
      unit: 'percent',
    }),
    citation({
      publisher: 'Reuters',
      claim: 'Meta trims 5% of jobs',
      subject: 'Meta',
      published: '2025-02-01',
    }),
    citation(
      {
        publisher: 'Axios',
        claim: 'Salesforce cuts 1,000 roles',
        subject: 'Salesforce',
        published: '2024-12-01',
      },
      'starter',
    ),
  ];

  it('searches by text, publisher or subject and sorts', async () => {
    const api = new FakeOptionsApi(records);
    render(<CitationBrowser api={api} refreshKey={0} onChanged={vi.fn()} />);
    await waitFor(() => expect(rowTexts()).toEqual(['Reuters', 'CNBC', 'Axios']));

    fireEvent.input(screen.getByRole('searchbox', { name: /Search/ }), {
      target: { value: 'cuts' },
    });
    await waitFor(() => expect(rowTexts()).toEqual(['CNBC', 'Axios']));
    expect(screen.getByTestId('citation-status').textContent).toBe('2 citations match.');

    fireEvent.change(screen.getByRole('combobox', { name: 'in' }), {
      target: { value: 'subject' },
    });
    fireEvent.input(screen.getByRole('searchbox', { name: /Search/ }), {
      target: { value: 'meta' },
    });
    await waitFor(() => expect(rowTexts()).toEqual(['Reuters']));
    expect(api.searchCitations.mock.calls.at(-1)?.[0]).toEqual({ subject: 'meta' });

    fireEvent.input(screen.getByRole('searchbox', { name: /Search/ }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Sort' }), {
      target: { value: 'publisher' },
    });
    await waitFor(() => expect(rowTexts()).toEqual(['Axios', 'CNBC', 'Reuters']));
  });

  it('deletes a row after a second confirming press', async () => {
    const onChanged = vi.fn();
    const api = new FakeOptionsApi(records);
    render(<CitationBrowser api={api} refreshKey={0} onChanged={onChanged} />);
    await waitFor(() => expect(rows()).toHaveLength(3));
    const cnbc = defined(rows().find((r) => r.textContent?.includes('CNBC')));
    fireEvent.click(within(cnbc).getByRole('button', { name: /Delete citation from CNBC/ }));
    expect(api.deleteCitation).not.toHaveBeenCalled();
    fireEvent.click(within(cnbc).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(rowTexts()).toEqual(['Reuters', 'Axios']));
    expect(api.deleteCitation).toHaveBeenCalledWith(defined(records[0]).id);
    expect(onChanged).toHaveBeenCalled();
    expect(screen.getByTestId('citation-status').textContent).toContain(
      'Deleted the citation from CNBC.',
    );
  });

  it('edits a row in place of the old one', async () => {
    const api = new FakeOptionsApi(records);
    render(<CitationBrowser api={api} refreshKey={0} onChanged={vi.fn()} />);
    await waitFor(() => expect(rows()).toHaveLength(3));
    fireEvent.click(screen.getByRole('button', { name: /Edit citation from Reuters/ }));
    const form = screen.getByRole('form', { name: 'Edit citation' });
    expect((within(form).getByLabelText(/Claim/) as HTMLTextAreaElement).value).toBe(
      'Meta trims 5% of jobs',
    );
    fireEvent.input(within(form).getByLabelText(/Publisher/), {
      target: { value: 'Reuters Tech' },
    });
    fireEvent.submit(form);
    await waitFor(() => expect(rowTexts()).toContain('Reuters Tech'));
    expect(rowTexts()).not.toContain('Reuters');
    expect(api.saveCitation.mock.calls[0]?.[1]).toBe(defined(records[1]).id);
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('says what to do when the store is empty', async () => {
    render(<CitationBrowser api={new FakeOptionsApi()} refreshKey={0} onChanged={vi.fn()} />);
    expect(await screen.findByText(/The store is empty/)).toBeTruthy();
  });
});

describe('formatFigure', () => {
  it('writes figures the way articles do', () => {
    expect(formatFigure({ value: 15, unit: 'percent' })).toBe('15%');
    expect(formatFigure({ value: 1_200_000_000, unit: 'usd' })).toBe('$1.2 billion');
    expect(formatFigure({ value: 6.3, unit: 'minutes' })).toBe('6.3 minutes');
    expect(formatFigure({ value: null, unit: null })).toBe('');
  });
});
