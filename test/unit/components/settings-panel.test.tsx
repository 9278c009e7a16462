// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsPanel } from '../../../components/SettingsPanel';
import { FakeOptionsApi } from './fakes';

afterEach(cleanup);

describe('SettingsPanel', () => {
  it('edits the automatic sites, one per line', async () => {
    const api = new FakeOptionsApi();
    render(<SettingsPanel api={api} />);
    const sites = (await screen.findByLabelText(
      'Sites annotated automatically',
    )) as HTMLTextAreaElement;
    await waitFor(() => expect(sites.value).toContain('reuters.com'));
    fireEvent.input(sites, {
      target: { value: 'https://www.Example.com/news\n\nnews.example.org\n' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save sites' }));
    await waitFor(() =>
      expect(api.settings.autoSites).toEqual(['example.com', 'news.example.org']),
    );
    expect(sites.value).toBe('example.com\nnews.example.org');
    expect(screen.getByTestId('settings-status').textContent).toBe(
      'Saved: 2 sites annotated automatically.',
    );
  });

  it('turns learning from reading on, off by default and explained', async () => {
    const api = new FakeOptionsApi();
    render(<SettingsPanel api={api} />);
    const learn = (await screen.findByRole('checkbox', {
      name: /Learn from reading/,
    })) as HTMLInputElement;
    await waitFor(() => expect(learn.disabled).toBe(false));
    expect(learn.checked).toBe(false);
    expect(
      screen.getByText(/added to your store as citations from that article’s publisher/),
    ).toBeTruthy();
    fireEvent.click(learn);
    await waitFor(() => expect(api.settings.learnFromReading).toBe(true));
  });

  it('lists the sites switched off and turns one back on', async () => {
    const api = new FakeOptionsApi();
    api.settings = { ...api.settings, disabledSites: ['example.com', 'news.example.org'] };
    render(<SettingsPanel api={api} />);
    fireEvent.click(
      await screen.findByRole('button', { name: 'Turn Corroborate back on for example.com' }),
    );
    await waitFor(() => expect(api.settings.disabledSites).toEqual(['news.example.org']));
  });

  it('shows the keyboard shortcuts and where to change them', async () => {
    const api = new FakeOptionsApi();
    api.shortcutList = [
      { name: 'annotate-page', description: 'Annotate this page now', shortcut: 'Ctrl+Shift+Y' },
    ];
    render(<SettingsPanel api={api} />);
    await waitFor(() =>
      expect(screen.getByTestId('shortcuts').textContent).toContain('Ctrl+Shift+Y'),
    );
    expect(screen.getByText(/chrome:\/\/extensions\/shortcuts/)).toBeTruthy();
    expect(screen.getByText(/Manage Extension Shortcuts/)).toBeTruthy();
  });

  it('falls back to the default shortcuts when the browser lists none', async () => {
    const api = new FakeOptionsApi();
    api.shortcutList = [];
    render(<SettingsPanel api={api} />);
    const list = screen.getByTestId('shortcuts').textContent ?? '';
    expect(list).toContain('Alt+Shift+C');
    expect(list).toContain('Alt+Shift+A');
  });
});
