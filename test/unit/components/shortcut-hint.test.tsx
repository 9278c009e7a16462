// @vitest-environment happy-dom
// Issue 14.9: the popup names the key the browser really binds, or says none is set.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../../components/PopupApp';
import { FakePopupApi, tabAnnotations } from './fakes';

afterEach(cleanup);

describe('the popup’s shortcut hint', () => {
  it('shows the key the browser binds', async () => {
    const api = new FakePopupApi(tabAnnotations({ status: 'idle' }));
    api.shortcutKeys = { 'annotate-page': 'Ctrl+Shift+Y' };
    render(<PopupApp api={api} />);
    expect((await screen.findByTestId('shortcut-hint')).textContent).toBe(
      ' (shortcut: Ctrl+Shift+Y)',
    );
  });

  it('says no shortcut is set when the browser assigned none', async () => {
    const api = new FakePopupApi(tabAnnotations({ status: 'idle' }));
    api.shortcutKeys = { 'annotate-page': '' };
    render(<PopupApp api={api} />);
    const hint = (await screen.findByTestId('shortcut-hint')).textContent ?? '';
    expect(hint).toContain('no keyboard shortcut is set');
    expect(hint).not.toContain('Alt');
  });
});
