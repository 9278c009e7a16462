// The content script: a cheap "is this an article?" check, then the in-page annotator
// (utils/page/annotator.ts). The NLP runs in the background; this bundle holds only DOM code,
// Preact and the messaging library (budget: 60 KB minified).
//
// Flow: read settings → site switched off? → article (og:type / schema.org JSON-LD / automatic
// site)? → annotate. Otherwise idle until `annotatePage` (popup, Alt+Shift+A) or
// `toggleAnnotations` (Alt+Shift+C), both forwarded by the background.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { onMessage, reply, sendMessage } from '../../utils/messaging';
import { createAnnotator } from '../../utils/page/annotator';
import { isArticlePage } from '../../utils/page/is-article';
import { readPageMetadata } from '../../utils/page/metadata';
import {
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  isSiteDisabled,
  normalizeSettings,
  type Settings,
} from '../../utils/settings-core';
import { STYLES } from './styles';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    // Timeline mark for `npm run bench` and DevTools: the content script starts here.
    performance.mark('corroborate:start');
    let settings: Settings = DEFAULT_SETTINGS;
    let page: { url: string; name: string | null; published: string | null } | null = null;
    // The page's own outlet (never a source of itself) and publication day (for relative periods).
    const pageMeta = (): { name: string | null; published: string | null } => {
      if (page?.url !== location.href) {
        const meta = readPageMetadata(document);
        page = { url: location.href, name: meta.siteName, published: meta.published };
      }
      return page;
    };
    const shouldAutoRun = (): boolean =>
      !isSiteDisabled(settings, location.hostname) &&
      isArticlePage(document, { url: location.href, autoSites: settings.autoSites });

    const annotator = createAnnotator({
      doc: document,
      signal: ctx.signal,
      styles: STYLES,
      annotate: (text, url) => {
        const { name, published } = pageMeta();
        return sendMessage('annotateText', { text, url, publisher: name, published });
      },
      shouldAutoRun,
    });

    const removers = [
      onMessage('getTabAnnotations', () => reply(() => annotator.snapshot())),
      onMessage('annotatePage', () =>
        reply(async () => {
          await annotator.run();
          return annotator.snapshot();
        }),
      ),
      onMessage('toggleAnnotations', () => reply(() => ({ hidden: annotator.toggle() }))),
      onMessage('focusClaim', ({ data }) => reply(() => annotator.focusClaim(String(data)))),
      onMessage('pageMetadata', () => reply(() => readPageMetadata(document))),
    ];
    ctx.onInvalidated(() => {
      for (const remove of removers) remove();
      annotator.destroy();
    });

    // SPA navigations: the Navigation API where present, else WXT's location watcher.
    const nav = (window as { navigation?: EventTarget }).navigation;
    if (nav && typeof nav.addEventListener === 'function') {
      ctx.addEventListener(nav, 'navigatesuccess', () => annotator.checkUrl());
    } else {
      ctx.addEventListener(window, 'wxt:locationchange', () => annotator.checkUrl());
    }
    ctx.addEventListener(window, 'popstate', () => annotator.checkUrl());

    // Settings: the `sync:settings` WXT storage item (utils/settings.ts), read directly.
    try {
      const stored = await browser.storage.sync.get(SETTINGS_KEY);
      settings = normalizeSettings(stored[SETTINGS_KEY]);
    } catch {
      settings = DEFAULT_SETTINGS;
    }
    if (ctx.isInvalid) return;
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
      const change = changes[SETTINGS_KEY];
      if (area !== 'sync' || !change) return;
      settings = normalizeSettings(change.newValue);
      if (isSiteDisabled(settings, location.hostname)) annotator.clear();
      else if (annotator.status === 'idle' && shouldAutoRun()) void annotator.run();
    };
    browser.storage.onChanged.addListener(onChanged);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onChanged));

    if (shouldAutoRun()) void annotator.run();
  },
});
