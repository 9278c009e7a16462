// The background: owns the citation store, runs the NLP (off the page's main thread), and wires
// keyboard commands and context menus to the content script of the tab they came from.
import { defineBackground } from 'wxt/utils/define-background';
import { extract } from '@/utils/extract';
import { onMessage, reply } from '@/utils/messaging';
import { getSettings } from '@/utils/settings';
import { registerCommands } from './commands';
import { PageSubjects } from './page-subjects';
import { StoreService } from './store-service';

export default defineBackground(() => {
  // Opened once per background lifetime; every handler waits on the same promise.
  const service = StoreService.open();

  // A page arrives in batches; the subjects named so far, per tab and URL, let a later batch's
  // subject-less figures be judged like an earlier batch's.
  const pageSubjects = new PageSubjects();

  onMessage('annotateText', ({ data, sender }) =>
    reply(async () => {
      const claims = extract(data.text, {
        published: data.published ?? null,
        url: data.url,
        outlet: data.publisher ?? null,
      });
      const subjects = pageSubjects.add(sender.tab?.id, data.url, claims);
      const assessed = (await (await service).matcher()).assess(claims, {
        pageUrl: data.url,
        pagePublisher: data.publisher ?? null,
        pageSubjects: subjects,
      });
      if (data.url && (await getSettings()).learnFromReading) {
        await (await service).learn(claims, data.url, data.publisher ?? null);
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
