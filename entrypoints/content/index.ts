// The content script: a cheap "is this an article?" check, then the in-page annotator
// (utils/page/annotator.ts). The NLP runs in the background; this bundle holds only DOM code,
// Preact, Floating UI and the messaging library.
//
// Flow: settings → site switched off? → article (og:type / schema.org / automatic site)? →
// annotate; otherwise idle until `annotatePage` (popup, context menu, Alt+Shift+A) or
// `toggleAnnotations` (Alt+Shift+C).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { onMessage, reply, sendMessage } from '../../utils/messaging';
import { PageAnnotator } from '../../utils/page/annotator';
import { isArticlePage } from '../../utils/page/is-article';
import {
  DEFAULT_SETTINGS,
  getSettings,
  isSiteDisabled,
  normalizeSettings,
  settingsItem,
  type Settings,
} from '../../utils/settings';
import { STYLES } from './styles';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    let settings: Settings = DEFAULT_SETTINGS;
    const shouldAutoRun = (): boolean =>
      !isSiteDisabled(settings, location.hostname) &&
      isArticlePage(document, { url: location.href, autoSites: settings.autoSites });

    const annotator = new PageAnnotator({
      doc: document,
      signal: ctx.signal,
      styles: STYLES,
      annotate: (text, url) => sendMessage('annotateText', { text, url }),
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

    settings = await getSettings();
    if (ctx.isInvalid) return;
    const unwatch = settingsItem.watch((value) => {
      settings = normalizeSettings(value);
      if (isSiteDisabled(settings, location.hostname)) annotator.clear();
    });
    ctx.onInvalidated(unwatch);

    if (shouldAutoRun()) void annotator.run();
  },
});
