// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoreActions } from '../../../components/StoreActions';
import { citation, defined, FakeOptionsApi } from './fakes';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const records = [
  citation({ publisher: 'CNBC', claim: 'A' }),
  citation({ publisher: 'Reuters', claim: 'B' }),
];

describe('StoreActions', () => {
  it('clears every citation only after a second, explicit confirmation', async () => {
    const api = new FakeOptionsApi(records);
    const onChanged = vi.fn();
    const confirm = vi.fn(() => true);
    window.confirm = confirm;
    render(<StoreActions api={api} total={2} onChanged={onChanged} />);

    fireEvent.click(screen.getByTestId('clear-all'));
    expect(api.clearCitations).not.toHaveBeenCalled();
    expect(screen.getByText(/Delete all 2 citations, including your own/)).toBeTruthy();
    const yes = screen.getByTestId('clear-all-confirm');
    await waitFor(() => expect(document.activeElement).toBe(yes));

    // Backing out leaves everything.
    fireEvent.click(screen.getByTestId('clear-all-cancel'));
    expect(api.clearCitations).not.toHaveBeenCalled();
    expect(screen.queryByTestId('clear-all-confirm')).toBeNull();

    fireEvent.click(screen.getByTestId('clear-all'));
    fireEvent.click(screen.getByTestId('clear-all-confirm'));
    await waitFor(() =>
      expect(screen.getByTestId('store-status').textContent).toMatch(/^Deleted 2 citations\./),
    );
    expect(api.clearCitations).toHaveBeenCalledOnce();
    expect(api.records).toHaveLength(0);
    expect(onChanged).toHaveBeenCalledOnce();
    expect(confirm).not.toHaveBeenCalled();
  });

  it('backs out of the confirmation with Escape', () => {
    const api = new FakeOptionsApi(records);
    render(<StoreActions api={api} total={2} onChanged={vi.fn()} />);
    fireEvent.click(screen.getByTestId('clear-all'));
    fireEvent.keyDown(screen.getByTestId('clear-all-confirm'), { key: 'Escape' });
    expect(screen.queryByTestId('clear-all-confirm')).toBeNull();
    expect(api.clearCitations).not.toHaveBeenCalled();
  });

  it('exports the store as a dated download', async () => {
    const api = new FakeOptionsApi(records);
    const blobs: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:x'));
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    render(
      <StoreActions api={api} total={2} onChanged={vi.fn()} now={() => new Date(2026, 0, 5)} />,
    );
    fireEvent.click(screen.getByTestId('store-export-json'));
    await waitFor(() => expect(names).toEqual(['corroborate-citations-2026-01-05.json']));
    expect(JSON.parse(await defined(blobs[0]).text())).toHaveLength(2);
    expect(api.exportCitations).toHaveBeenCalledWith('json');
  });

  it('reloads the starter pack and says user citations were kept', async () => {
    const api = new FakeOptionsApi(records);
    const onChanged = vi.fn();
    render(<StoreActions api={api} total={2} onChanged={onChanged} />);
    fireEvent.click(screen.getByTestId('reset-starter'));
    await waitFor(() =>
      expect(screen.getByTestId('store-status').textContent).toMatch(
        /Starter pack reloaded: 3 citations.*not touched/,
      ),
    );
    expect(onChanged).toHaveBeenCalled();
  });
});
