// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CitationForm, parseFieldErrors } from '../../../components/CitationForm';
import { FakeOptionsApi } from './fakes';

afterEach(cleanup);

const field = (name: RegExp) => screen.getByLabelText(name) as HTMLInputElement;

describe('CitationForm', () => {
  it('shows the background’s validation errors next to their fields and saves nothing', async () => {
    const api = new FakeOptionsApi();
    const onSaved = vi.fn();
    render(<CitationForm api={api} onSaved={onSaved} onCancel={vi.fn()} />);
    expect(document.activeElement).toBe(field(/^Publisher/));

    fireEvent.input(field(/^Claim/), { target: { value: 'Pinterest cuts <b>15%</b>' } });
    fireEvent.input(field(/^URL/), { target: { value: 'ftp://example.com/x' } });
    fireEvent.input(field(/^Published/), { target: { value: '2025-02-30' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Add a citation' }));

    expect((await screen.findByTestId('error-publisher')).textContent).toBe(
      'Publisher is required',
    );
    expect(screen.getByTestId('error-claim').textContent).toBe(
      'Claim contains HTML markup; citations are plain text',
    );
    expect(screen.getByTestId('error-url').textContent).toBe('URL must be an http: or https: URL');
    expect(screen.getByTestId('error-published').textContent).toBe(
      'Published must be a date as YYYY-MM-DD',
    );
    expect(screen.queryByTestId('error-subject')).toBeNull();

    const publisher = field(/^Publisher/);
    expect(publisher.getAttribute('aria-invalid')).toBe('true');
    expect(publisher.getAttribute('aria-describedby')).toContain('citation-publisher-error');
    expect(screen.getByTestId('form-error').getAttribute('role')).toBe('alert');
    // Focus goes to the first field to fix.
    expect(document.activeElement).toBe(publisher);
    expect(onSaved).not.toHaveBeenCalled();
    expect(api.records).toHaveLength(0);
  });

  it('saves a valid citation', async () => {
    const api = new FakeOptionsApi();
    const onSaved = vi.fn();
    render(<CitationForm api={api} onSaved={onSaved} onCancel={vi.fn()} />);
    fireEvent.input(field(/^Publisher/), { target: { value: 'CNBC' } });
    fireEvent.input(field(/^Claim/), { target: { value: 'Pinterest cuts 15% of staff' } });
    fireEvent.input(field(/^Value/), { target: { value: '15' } });
    fireEvent.change(field(/^Unit/), { target: { value: 'percent' } });
    fireEvent.submit(screen.getByRole('form'));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(onSaved.mock.calls[0]?.[0]).toMatchObject({
      publisher: 'CNBC',
      value: 15,
      unit: 'percent',
      origin: 'user',
    });
    expect(onSaved.mock.calls[0]?.[1]).toBe(false);
  });

  it('starts from a prefill and cancels with Escape', () => {
    const onCancel = vi.fn();
    render(
      <CitationForm
        api={new FakeOptionsApi()}
        prefill={{
          claim: 'Selected text',
          url: 'https://example.com/a',
          publisher: 'Example News',
        }}
        onSaved={vi.fn()}
        onCancel={onCancel}
      />,
    );
    expect(field(/^Claim/).value).toBe('Selected text');
    expect(field(/^URL/).value).toBe('https://example.com/a');
    expect(field(/^Publisher/).value).toBe('Example News');
    fireEvent.keyDown(field(/^Claim/), { key: 'Escape' });
    expect(onCancel).toHaveBeenCalled();
  });

  it('shows a failure that names no field as a form error', async () => {
    const api = new FakeOptionsApi();
    api.saveCitation.mockResolvedValue({ ok: false, error: 'The database is closing' });
    render(<CitationForm api={api} onSaved={vi.fn()} onCancel={vi.fn()} />);
    fireEvent.submit(screen.getByRole('form'));
    await waitFor(() =>
      expect(screen.getByTestId('form-error').textContent).toBe('The database is closing'),
    );
  });
});

describe('parseFieldErrors', () => {
  it('splits "field: reason; …" and keeps reasons holding colons whole', () => {
    expect(
      parseFieldErrors(
        'url: must be an http: or https: URL; (record): bad; claim: contains HTML markup; citations are plain text; publisher: is empty',
      ),
    ).toEqual({
      fields: {
        url: 'must be an http: or https: URL',
        claim: 'contains HTML markup; citations are plain text',
        publisher: 'is empty',
      },
      other: ['(record): bad'],
    });
  });
});

describe('CitationForm cross-field rules', () => {
  it('asks for a unit when a value is given', async () => {
    render(<CitationForm api={new FakeOptionsApi()} onSaved={vi.fn()} onCancel={vi.fn()} />);
    fireEvent.input(field(/^Publisher/), { target: { value: 'CNBC' } });
    fireEvent.input(field(/^Claim/), { target: { value: 'Pinterest cuts 15% of staff' } });
    fireEvent.input(field(/^Value/), { target: { value: '15' } });
    fireEvent.submit(screen.getByRole('form'));
    expect((await screen.findByTestId('error-unit')).textContent).toBe(
      'Unit is required when value is given',
    );
    await waitFor(() => expect(document.activeElement).toBe(field(/^Unit/)));
  });
});
