// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportPanel, readFileText } from '../../../components/ImportPanel';
import { citation, defined, FakeOptionsApi } from './fakes';

afterEach(cleanup);

const CSV = [
  'publisher,claim,url,published,subject,value,unit',
  'CNBC,Pinterest to lay off 15% of staff,https://www.cnbc.com/a,2025-01-27,Pinterest,15,percent',
  'Reuters,Pinterest cuts 15% of jobs,https://www.reuters.com/b,2025-01-28,Pinterest,15,percent',
  'The Verge,Meta cuts 5% of staff,,2025-02-01,Meta,5,percent',
  ',A claim without a publisher,,,,,',
  'Axios,Salesforce cuts 1000 jobs,,2025-02-30,Salesforce,1000,count',
  'Bloomberg,Google trims 200 roles,,2025-02-03,Google,200,count',
  'Fortune,Sonos cuts 100 jobs,javascript:alert(1),2025-02-04,Sonos,100,count',
  'Wired,Amazon trims 14000 roles,,2025-02-05,Amazon,14000,count',
].join('\n');

function choose(text: string, name = 'citations.csv'): void {
  const input = screen.getByLabelText('Import citations') as HTMLInputElement;
  expect(input.type).toBe('file');
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'text/csv' })] } });
}

describe('ImportPanel', () => {
  it('previews valid, duplicate and bad rows before anything is written, then imports', async () => {
    const known = citation({
      publisher: 'CNBC',
      claim: 'Pinterest to lay off 15% of staff',
      url: 'https://www.cnbc.com/a',
      published: '2025-01-27',
      subject: 'Pinterest',
      value: 15,
      unit: 'percent',
    });
    const api = new FakeOptionsApi([known]);
    const onImported = vi.fn();
    render(<ImportPanel api={api} onImported={onImported} />);
    choose(CSV);

    const preview = await screen.findByTestId('import-preview');
    expect(api.previewImport).toHaveBeenCalledWith('citations.csv', CSV);
    expect(within(preview).getByTestId('import-valid').textContent).toBe('5');
    expect(within(preview).getByTestId('import-duplicates').textContent).toBe('1');
    expect(within(preview).getByTestId('import-errors').textContent).toBe('3');
    expect(preview.textContent).toContain('(CSV)');
    const rows = within(preview).getAllByTestId('import-error-row');
    expect(rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent))).toEqual([
      ['5', 'publisher', 'is empty'],
      ['6', 'published', 'must be a date as YYYY-MM-DD'],
      ['8', 'url', 'must be an http: or https: URL'],
    ]);
    // Nothing written yet.
    expect(api.records).toHaveLength(1);
    expect(api.commitImport).not.toHaveBeenCalled();

    const confirm = screen.getByTestId('import-confirm');
    expect(confirm.textContent).toBe('Import 4 citations');
    fireEvent.click(confirm);
    const result = await screen.findByTestId('import-result');
    expect(result.textContent).toBe('Imported 4 citations (1 already in the store)');
    expect(result.closest('[role="status"]')).not.toBeNull();
    expect(api.records).toHaveLength(5);
    expect(onImported).toHaveBeenCalledOnce();
    expect(screen.queryByTestId('import-preview')).toBeNull();
  });

  it('cancels without writing anything', async () => {
    const api = new FakeOptionsApi();
    render(<ImportPanel api={api} onImported={vi.fn()} />);
    choose(CSV);
    await screen.findByTestId('import-preview');
    fireEvent.click(screen.getByTestId('import-cancel'));
    expect((await screen.findByTestId('import-result')).textContent).toMatch(
      /cancelled; nothing was written/,
    );
    await waitFor(() => expect(api.cancelImport).toHaveBeenCalledWith('t1'));
    expect(api.commitImport).not.toHaveBeenCalled();
    expect(api.records).toHaveLength(0);
    expect(screen.queryByTestId('import-preview')).toBeNull();
  });

  it('shows a progress bar while the background checks the file', async () => {
    const api = new FakeOptionsApi();
    let release: () => void = () => undefined;
    const original = defined(api.previewImport.getMockImplementation());
    api.previewImport.mockImplementation(
      (name, text) => new Promise((resolve) => (release = () => resolve(original(name, text)))),
    );
    render(<ImportPanel api={api} onImported={vi.fn()} />);
    choose(CSV);
    const progress = await screen.findByTestId('import-progress');
    expect(progress.tagName).toBe('PROGRESS');
    expect(screen.getByText(/Checking citations\.csv/)).toBeTruthy();
    release();
    await screen.findByTestId('import-preview');
    expect(screen.queryByTestId('import-progress')).toBeNull();
  });

  it('says why a file that is not a citation file holds nothing to import', async () => {
    const api = new FakeOptionsApi();
    render(<ImportPanel api={api} onImported={vi.fn()} />);
    choose('{ not json', 'broken.json');
    const preview = await screen.findByTestId('import-preview');
    expect(within(preview).getByTestId('import-valid').textContent).toBe('0');
    expect(within(preview).getAllByTestId('import-error-row').length).toBeGreaterThan(0);
    expect((screen.getByTestId('import-confirm') as HTMLButtonElement).disabled).toBe(true);
  });

  it('reports a preview that expired', async () => {
    const api = new FakeOptionsApi();
    render(<ImportPanel api={api} onImported={vi.fn()} />);
    choose(CSV);
    await screen.findByTestId('import-preview');
    api.pending.clear();
    fireEvent.click(screen.getByTestId('import-confirm'));
    expect((await screen.findByTestId('import-result')).textContent).toMatch(
      /Nothing was imported: This import preview expired/,
    );
  });
});

describe('readFileText', () => {
  it('reads a file in chunks and reports progress up to 1', async () => {
    const text = 'é'.repeat(300_000);
    const seen: number[] = [];
    expect(await readFileText(new File([text], 'x.csv'), (f) => seen.push(f))).toBe(text);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  // Issue 13.8: the options page decodes as the CLI does.
  it('decodes UTF-16 (with and without a byte-order mark) as the CLI does', async () => {
    const text = 'publisher,claim\nSociété Générale,cut 5%\n';
    const le = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) le[2 * i] = text.charCodeAt(i);
    const withBom = new Uint8Array([0xff, 0xfe, ...le]);
    expect(await readFileText(new File([withBom], 'a.csv'), () => {})).toBe(text);
    expect(await readFileText(new File([le], 'b.csv'), () => {})).toBe(text);
  });

  it('refuses Latin-1 with the byte and what it looks like, and a binary file in one line', async () => {
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('publisher,claim\nSoci'),
      0xe9,
      0x74,
    ]);
    await expect(readFileText(new File([latin1], 'l.csv'), () => {})).rejects.toThrow(
      'l.csv is not UTF-8 or UTF-16: looks like Latin-1 (é at byte 20); save it as UTF-8',
    );
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49,
    ]);
    await expect(readFileText(new File([png], 'p.csv'), () => {})).rejects.toThrow(
      /^p\.csv looks like a binary file, not text/,
    );
  });
});
