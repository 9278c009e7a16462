// What the popup needs from the extension, as one small interface: the real one talks to the
// content script of a tab and to settings storage; tests pass an in-memory fake.
import { browser } from 'wxt/browser';
import { sendMessage, type Reply, type TabAnnotations } from '../utils/messaging';
import { getSettings, isSiteDisabled, setSiteDisabled, updateSettings } from '../utils/settings';
import { commandShortcuts, type Shortcut } from './shortcuts';

export interface PopupApi {
  /** Rejects when no content script answers (browser pages, web stores, PDFs). */
  getTabAnnotations(): Promise<Reply<TabAnnotations>>;
  annotatePage(): Promise<Reply<TabAnnotations>>;
  toggleAnnotations(): Promise<Reply<{ hidden: boolean }>>;
  focusClaim(id: string): Promise<Reply<boolean>>;
  /** Is the per-site off switch on for this page's site? */
  isSiteDisabled(pageUrl: string): Promise<boolean>;
  setSiteDisabled(pageUrl: string, disabled: boolean): Promise<void>;
  /** Quiet mode (settings): badges only on ✓ and ⚠ claims, on every page. */
  getQuietMode(): Promise<boolean>;
  setQuietMode(on: boolean): Promise<void>;
  openOptions(): Promise<void>;
  /** The extension's commands with the keys the browser binds now. */
  shortcuts(): Promise<Shortcut[]>;
}

export function createPopupApi(tabId: number): PopupApi {
  return {
    getTabAnnotations: () => sendMessage('getTabAnnotations', undefined, tabId),
    annotatePage: () => sendMessage('annotatePage', undefined, tabId),
    toggleAnnotations: () => sendMessage('toggleAnnotations', undefined, tabId),
    focusClaim: (id) => sendMessage('focusClaim', id, tabId),
    isSiteDisabled: async (pageUrl) => isSiteDisabled(await getSettings(), pageUrl),
    setSiteDisabled: async (pageUrl, disabled) => {
      await setSiteDisabled(pageUrl, disabled);
    },
    getQuietMode: async () => (await getSettings()).quietMode,
    setQuietMode: async (on) => void (await updateSettings({ quietMode: on })),
    openOptions: () => browser.runtime.openOptionsPage(),
    shortcuts: commandShortcuts,
  };
}
