// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '../../../components/OptionsApp';
import { addCitationHash } from '../../../utils/page/metadata';
import { citation, FakeOptionsApi } from './fakes';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/options.html');
});

describe('OptionsApp', () => {
  it('shows the store, its summary and where it lives, with a real file input to import', async () => {
    const api = new FakeOptionsApi([
      citation({ publisher: 'CNBC', claim: 'A' }),
      citation({ publisher: 'Axios', claim: 'B' }, 'starter'),
    ]);
    render(<OptionsApp api={api} />);
    const input = screen.getByLabelText('Import citations') as HTMLInputElement;
    expect(input.type).toBe('file');
    expect((await screen.findByTestId('summary-total')).textContent).toBe('2');
    expect(screen.getByTestId('summary-origin').textContent).toBe(
      'chrome-extension://abcdefghijklmnop',
    );
    const privacy = screen.getByRole('region', { name: 'What Corroborate stores' });
    expect(privacy.textContent).toMatch(/IndexedDB inside the extension/);
    expect(privacy.textContent).toMatch(/sync storage/);
    expect(privacy.textContent).toMatch(/Nothing is sent anywhere/);
    await waitFor(() => expect(screen.getAllByTestId('citation-row')).toHaveLength(2));
  });

  it('opens the add form prefilled from the context menu’s hash, and saves into the table', async () => {
    window.history.replaceState(
      null,
      '',
      `/options.html${addCitationHash({
        claim: 'Pinterest will cut 15% of its staff',
        url: 'https://www.example.com/a?b=1&c=2',
        publisher: 'Example News',
        published: '2025-01-27',
      })}`,
    );
    const api = new FakeOptionsApi();
    render(<OptionsApp api={api} />);
    const form = await screen.findByRole('form', { name: 'Add a citation' });
    expect((within(form).getByLabelText(/^Claim/) as HTMLTextAreaElement).value).toBe(
      'Pinterest will cut 15% of its staff',
    );
    expect((within(form).getByLabelText(/^URL/) as HTMLInputElement).value).toBe(
      'https://www.example.com/a?b=1&c=2',
    );
    expect((within(form).getByLabelText(/^Publisher/) as HTMLInputElement).value).toBe(
      'Example News',
    );
    expect((within(form).getByLabelText(/^Published/) as HTMLInputElement).value).toBe(
      '2025-01-27',
    );
    // A reload does not reopen it.
    expect(window.location.hash).toBe('');

    fireEvent.submit(form);
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Add a citation' })).toBeNull());
    await waitFor(() => expect(screen.getAllByTestId('citation-row')).toHaveLength(1));
    await waitFor(() => expect(screen.getByTestId('summary-total').textContent).toBe('1'));
    expect(screen.getByTestId('citation-status').textContent).toContain(
      'Added the citation from Example News.',
    );
  });

  it('refreshes the table and summary after an import', async () => {
    const api = new FakeOptionsApi();
    render(<OptionsApp api={api} />);
    await screen.findByText(/The store is empty/);
    const file = new File(['[{"publisher":"CNBC","claim":"Pinterest cuts 15%"}]'], 'c.json');
    fireEvent.change(screen.getByLabelText('Import citations'), { target: { files: [file] } });
    fireEvent.click(await screen.findByTestId('import-confirm'));
    expect((await screen.findByTestId('import-result')).textContent).toBe(
      'Imported 1 citation (0 already in the store)',
    );
    await waitFor(() => expect(screen.getAllByTestId('citation-row')).toHaveLength(1));
    await waitFor(() => expect(screen.getByTestId('summary-total').textContent).toBe('1'));
  });
});
