// One batch of a page's text, answered: its claims read as part of the page's article, assessed
// against the store. Learning from reading (opt-in) is written after the answer has gone. Awaited
// before it, the storage read of the setting could come back as a task queued behind the page's
// next batches (the content script keeps several in flight), and the answer then waited for the
// engine to read them. Reading the setting once and watching it was tried and reverted (Firefox's
// options page then read an empty store in 1 of 3 e2e runs); this keeps the per-batch read and
// takes it off the answer's path.
import type { AnnotatedClaim, ExtractedClaim } from '@/utils/claim';
import { markFromReading, pageOwnPublisher } from '@/utils/match/learn';
import type { ProtocolMap } from '@/utils/messaging';
import type { PageArticles } from './page-articles';
import type { StoreService } from './store-service';

export type BatchData = Parameters<ProtocolMap['annotateText']>[0];

export interface BatchDeps {
  articles: Pick<PageArticles, 'read'>;
  service: Promise<Pick<StoreService, 'matcher' | 'learn'>>;
  /** Whether the user lets reading add citations, read when a batch has been answered. */
  learnFromReading: () => Promise<boolean>;
}

/** The batch handler; the learning writes it starts run one after another, in batch order. */
export function batchAnnotator(
  deps: BatchDeps,
): (
  data: BatchData,
  sender: { tab?: { id?: number }; frameId?: number },
) => Promise<AnnotatedClaim[]> {
  let writes: Promise<void> = Promise.resolve();
  const learn = async (claims: ExtractedClaim[], url: string): Promise<void> => {
    if (await deps.learnFromReading()) await (await deps.service).learn(claims, url);
  };
  return async (data, sender) => {
    const { claims, subjects, published } = deps.articles.read({
      tab: sender.tab?.id,
      frame: sender.frameId,
      document: data.document,
      text: data.text,
      final: data.final,
      options: { published: data.published ?? null, url: data.url, outlet: data.publisher ?? null },
    });
    const { index, notes } = await (await deps.service).matcher();
    const assessed = index.assess(claims, {
      pageUrl: data.url,
      pagePublisher: pageOwnPublisher(data.url, data.publisher ?? null),
      pageSubjects: subjects,
      // The day extraction resolved periods against: stale figures are told by it.
      pagePublished: published,
    });
    const url = data.url;
    if (url) {
      // A failed write costs the store these citations, never the page its badges.
      writes = writes
        .then(() => learn(claims, url))
        .catch((error: unknown) =>
          console.warn('Corroborate: learning from reading failed', error),
        );
    }
    return markFromReading(assessed, notes);
  };
}
