// The background: owns the citation store, runs the NLP (off the page's main thread), and wires
// keyboard commands and context menus to the content script of the tab they came from.
import { defineBackground } from 'wxt/utils/define-background';
import { markFromReading, pageOwnPublisher } from '@/utils/match/learn';
import { onMessage, reply } from '@/utils/messaging';
import { getSettings } from '@/utils/settings';
import { registerCardRelay } from './card-relay';
import { registerCommands } from './commands';
import { PageArticles } from './page-articles';
import { StoreService } from './store-service';

export default defineBackground(() => {
  // Opened once per background lifetime; every handler waits on the same promise.
  const service = StoreService.open();

  // A page arrives in batches, read as one article per document (see page-articles.ts).
  const articles = new PageArticles();

  onMessage('annotateText', ({ data, sender }) =>
    reply(async () => {
      const { claims, subjects, published } = articles.read({
        tab: sender.tab?.id,
        frame: sender.frameId,
        document: data.document,
        text: data.text,
        final: data.final,
        options: {
          published: data.published ?? null,
          url: data.url,
          outlet: data.publisher ?? null,
        },
      });
      const { index, notes } = await (await service).matcher();
      const assessed = index.assess(claims, {
        pageUrl: data.url,
        pagePublisher: pageOwnPublisher(data.url, data.publisher ?? null),
        pageSubjects: subjects,
        // The day extraction resolved periods against: stale figures are told by it.
        pagePublished: published,
      });
      if (data.url && (await getSettings()).learnFromReading) {
        await (await service).learn(claims, data.url);
      }
      return markFromReading(assessed, notes);
    }),
  );
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
