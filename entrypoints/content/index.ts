// The content script on every page: the cheap "is this an article?" check and the message
// handlers, nothing else (budget 10 KB). The annotator (entrypoints/annotator, 60 KB) is loaded
// with `import()` only where it runs: an article page, an automatic site, or on demand.
//
// Flow: read settings → site switched off? → article (og:type / schema.org JSON-LD / automatic
// site)? → load the annotator and annotate. Otherwise idle until `annotatePage` (popup,
// Alt+Shift+A) or `toggleAnnotations` (Alt+Shift+C), both forwarded by the background.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { TabAnnotations } from '../../utils/messaging';
import { onPageMessages } from '../../utils/page-messages';
import { isArticlePage } from '../../utils/page/is-article';
import { yieldToMain } from '../../utils/page/schedule';
import {
  ANNOTATOR_GLOBAL,
  ANNOTATOR_PATH,
  type PageAnnotator,
  type StartAnnotator,
} from '../../utils/page/lazy';
import {
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  isSiteDisabled,
  normalizeSettings,
  type Settings,
} from '../../utils/settings-core';

/** Waits after an SPA navigation before looking at the new page (as the annotator does). */
const NAVIGATION_DELAY_MS = 500;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    // Timeline mark for `npm run bench` and DevTools: the content script starts here.
    performance.mark('corroborate:start');
    // The status the annotator keeps up to date once loaded (tests and the bench wait on it).
    document.documentElement.dataset.corroborateStatus = 'idle';
    ctx.onInvalidated(() => delete document.documentElement.dataset.corroborateStatus);
    let settings: Settings = DEFAULT_SETTINGS;
    const shouldAutoRun = (): boolean =>
      !isSiteDisabled(settings, location.hostname) &&
      isArticlePage(document, { url: location.href, autoSites: settings.autoSites });

    let page: PageAnnotator | null = null;
    let loading: Promise<PageAnnotator> | null = null;
    let fetching: Promise<unknown> | null = null;
    /** The annotator's module; `import()` of a web-accessible module runs in this world. */
    const fetchAnnotator = (): Promise<unknown> =>
      (fetching ??= import(/* @vite-ignore */ browser.runtime.getURL(ANNOTATOR_PATH)));
    /** The annotator, started once. */
    const load = (): Promise<PageAnnotator> =>
      (loading ??= fetchAnnotator().then(() => {
        const start = (globalThis as Record<string, unknown>)[ANNOTATOR_GLOBAL] as StartAnnotator;
        page = start({ signal: ctx.signal, shouldAutoRun, quiet: settings.quietMode });
        return page;
      }));
    const run = async (): Promise<PageAnnotator> => {
      const p = await load();
      await p.annotator.run();
      return p;
    };
    const applyQuiet = (): void => page?.annotator.setQuiet(settings.quietMode);
    const idle = (): TabAnnotations => ({
      status: 'idle',
      hidden: false,
      document: { version: 1, url: location.href, title: null, claims: [] },
      text: '',
      page: null,
    });

    const removeListener = onPageMessages({
      getTabAnnotations: () => page?.annotator.snapshot() ?? idle(),
      annotatePage: async () => (await run()).annotator.snapshot(),
      toggleAnnotations: async () => ({ hidden: (await load()).annotator.toggle() }),
      focusClaim: (id) => page?.annotator.focusClaim(String(id)) ?? false,
      pageMetadata: async () => (await load()).metadata(),
      cardEvent: (event) => (page?.annotator.cardEvent(event), null),
    });
    ctx.onInvalidated(removeListener);

    // SPA navigations: the Navigation API where present, else WXT's location watcher. Once the
    // annotator is loaded it decides; before, a navigation to an article loads it.
    let navTimer: ReturnType<typeof setTimeout> | undefined;
    const onNavigate = (): void => {
      if (page) return page.annotator.checkUrl();
      clearTimeout(navTimer);
      navTimer = setTimeout(() => void (shouldAutoRun() && run()), NAVIGATION_DELAY_MS);
    };
    const nav = (window as { navigation?: EventTarget }).navigation;
    if (nav && typeof nav.addEventListener === 'function') {
      ctx.addEventListener(nav, 'navigatesuccess', onNavigate);
    } else {
      ctx.addEventListener(window, 'wxt:locationchange', onNavigate);
    }
    ctx.addEventListener(window, 'popstate', onNavigate);
    ctx.onInvalidated(() => clearTimeout(navTimer));

    // Settings: the `sync:settings` WXT storage item (utils/settings.ts), read directly. Asked
    // first: the article check below runs while the answer is on its way.
    const stored = (async (): Promise<Settings> => {
      try {
        return normalizeSettings((await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]);
      } catch {
        return DEFAULT_SETTINGS;
      }
    })();
    // An article by its own markup: fetch the annotator while the settings are read, so it is
    // parsed by the time they say whether to run it (its module only defines the annotator:
    // nothing on the page changes before it runs). In a task of its own: the one evaluating this
    // script is long enough.
    await yieldToMain();
    if (ctx.isInvalid) return;
    const marked = isArticlePage(document, { url: location.href });
    if (marked) void fetchAnnotator().catch(() => undefined);
    settings = await stored;
    if (ctx.isInvalid) return;
    applyQuiet();
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
      const change = changes[SETTINGS_KEY];
      if (area !== 'sync' || !change) return;
      settings = normalizeSettings(change.newValue);
      applyQuiet();
      if (isSiteDisabled(settings, location.hostname)) page?.annotator.clear();
      else if ((page?.annotator.status ?? 'idle') === 'idle' && shouldAutoRun()) void run();
    };
    browser.storage.onChanged.addListener(onChanged);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onChanged));

    if (!isSiteDisabled(settings, location.hostname) && (marked || shouldAutoRun())) void run();
  },
});
