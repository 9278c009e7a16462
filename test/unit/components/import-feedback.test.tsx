// @vitest-environment happy-dom
// Issue 14.8: the preview shows sample rows and the column mapping; a binary file gives one
// clear line; an empty file says it is empty; a wrong header lists only the required columns.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportPanel } from '../../../components/ImportPanel';
import { FakeOptionsApi } from './fakes';

afterEach(cleanup);

function choose(content: BlobPart, name: string): void {
  const input = screen.getByLabelText('Import citations') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([content], name)] } });
}

describe('import feedback', () => {
  it('shows sample rows and which column becomes which field', async () => {
    render(<ImportPanel api={new FakeOptionsApi()} onImported={() => {}} />);
    choose(
      'publisher,claim,valeu,unit\nCNBC,Société Générale cut 5% of staff,5,percent\nReuters,Acme cut 200 jobs,,\n',
      'mine.csv',
    );
    const columns = await screen.findByTestId('import-columns');
    const mapping = [...columns.querySelectorAll('tbody tr')].map((row) => row.textContent);
    expect(mapping).toEqual(['publisherpublisher', 'claimclaim', 'valeuignored', 'unitunit']);
    const rows = screen.getAllByTestId('import-sample-row').map((row) => row.textContent);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('Société Générale cut 5% of staff');
  });

  it('says a binary file is not text, in one line', async () => {
    render(<ImportPanel api={new FakeOptionsApi()} onImported={() => {}} />);
    choose(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 8, 0, 0x21, 0]), 'data.csv');
    const result = await screen.findByTestId('import-result');
    expect(result.textContent).toMatch(/^data\.csv looks like a binary file, not text/);
    expect(screen.queryByTestId('import-preview')).toBeNull();
  });

  it('says an empty file is empty', async () => {
    render(<ImportPanel api={new FakeOptionsApi()} onImported={() => {}} />);
    choose('', 'empty.csv');
    const rows = await screen.findAllByTestId('import-error-row');
    expect(rows.map((row) => row.textContent)).toEqual(['file(file)empty.csv is empty']);
  });

  it('lists only the required columns as required', async () => {
    render(<ImportPanel api={new FakeOptionsApi()} onImported={() => {}} />);
    choose('source,text\nCNBC,x\n', 'wrong.csv');
    const rows = await screen.findAllByTestId('import-error-row');
    expect(rows[0]?.textContent).toContain(
      'missing column; the header needs publisher and claim (optional: url, published',
    );
  });
});
