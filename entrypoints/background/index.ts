// The background: owns the citation store, runs the NLP (off the page's main thread), and wires
// keyboard commands and context menus to the content script of the tab they came from.
import { defineBackground } from 'wxt/utils/define-background';
import { extract } from '@/utils/extract';
import { onMessage, reply } from '@/utils/messaging';
import { getSettings } from '@/utils/settings';
import { registerCommands } from './commands';
import { StoreService } from './store-service';

export default defineBackground(() => {
  // Opened once per background lifetime; every handler waits on the same promise.
  const service = StoreService.open();

  onMessage('annotateText', ({ data }) =>
    reply(async () => {
      const claims = extract(data.text);
      const assessed = (await (await service).matcher()).assess(claims, {
        pageUrl: data.url,
        pagePublisher: data.publisher ?? null,
      });
      if (data.url && (await getSettings()).learnFromReading) {
        await (await service).learn(claims, data.url);
      }
      return assessed;
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
});
