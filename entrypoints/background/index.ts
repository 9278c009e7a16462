// The background: owns the citation store, runs the NLP (off the page's main thread), and wires
// keyboard commands and context menus to the content script of the tab they came from.
import { defineBackground } from 'wxt/utils/define-background';
import { onMessage, reply } from '@/utils/messaging';
import { getSettings } from '@/utils/settings';
import { batchAnnotator } from './annotate-batch';
import { registerCardRelay } from './card-relay';
import { registerCommands } from './commands';
import { PageArticles } from './page-articles';
import { StoreService } from './store-service';

export default defineBackground(() => {
  // Opened once per background lifetime; every handler waits on the same promise.
  const service = StoreService.open();

  // A page arrives in batches, read as one article per document (see page-articles.ts).
  const articles = new PageArticles();

  const annotateBatch = batchAnnotator({
    articles,
    service,
    learnFromReading: async () => (await getSettings()).learnFromReading,
  });
  onMessage('annotateText', ({ data, sender }) => reply(() => annotateBatch(data, sender)));
  onMessage('storeSummary', () => reply(async () => (await service).summary()));
  onMessage('previewImport', ({ data }) =>
    reply(async () => (await service).preview(data.name, data.text)),
  );
  onMessage('commitImport', ({ data }) => reply(async () => (await service).commit(data)));
  onMessage('cancelImport', ({ data }) => reply(async () => (await service).cancel(data)));
  onMessage('searchCitations', ({ data }) =>
    reply(async () => (await service).search(data.query, data.page)),
  );
  onMessage('saveCitation', ({ data }) =>
    reply(async () => (await service).save(data.input, data.replacesId)),
  );
  onMessage('deleteCitation', ({ data }) => reply(async () => (await service).delete(data)));
  onMessage('clearCitations', ({ data }) => reply(async () => (await service).clear(data)));
  onMessage('exportCitations', ({ data }) => reply(async () => (await service).exportAll(data)));
  onMessage('resetStarterPack', () => reply(async () => (await service).ensureStarterPack(true)));

  registerCommands();
  registerCardRelay();
});
