// The in-page annotator (annotator.js): loaded by the content script with `import()` only on
// pages it annotates (utils/page/lazy.ts). It holds the DOM code (utils/page/annotator.ts), the
// badge styles and the messaging to the background; the NLP runs in the background and the card
// renders in its own extension-origin frame (entrypoints/card). Budget: 60 KB minified.
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { sendMessage } from '../../utils/messaging';
import { createAnnotator } from '../../utils/page/annotator';
import { ANNOTATOR_GLOBAL, type StartAnnotator } from '../../utils/page/lazy';
import { readPageMetadata } from '../../utils/page/metadata';
import { STYLES } from './styles';

const warn = (error: unknown): void => console.warn('[corroborate]', error);

const start: StartAnnotator = ({ signal, shouldAutoRun, quiet }) => {
  let page: { url: string; name: string | null; published: string | null } | null = null;
  // The page's own outlet (never a source of itself) and publication day (for relative periods),
  // read again only when an SPA navigation changes the address.
  const pageMeta = (): { name: string | null; published: string | null } => {
    if (page?.url !== location.href) {
      const meta = readPageMetadata(document);
      page = { url: location.href, name: meta.siteName, published: meta.published };
    }
    return page;
  };
  const annotator = createAnnotator({
    doc: document,
    signal,
    styles: STYLES,
    annotate: (text, url, part) => {
      const { name, published } = pageMeta();
      return sendMessage('annotateText', { ...part, text, url, publisher: name, published });
    },
    shouldAutoRun,
    quiet,
    cardFrame: {
      url: browser.runtime.getURL('/card.html'),
      show: (token, card) => void sendMessage('showCard', { token, card }).catch(warn),
      hide: (token) => void sendMessage('hideCard', { token }).catch(warn),
    },
  });
  return { annotator, metadata: () => readPageMetadata(document) };
};

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[ANNOTATOR_GLOBAL] = start;
});
