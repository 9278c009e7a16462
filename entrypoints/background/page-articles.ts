// The article each open page is being read as. The content script sends a page's text in
// batches; one ArticleExtractor per document keeps the engine's document state between them
// (names seen, the story's company, the carried source, subject and period), so a page gives the
// claims it gives read whole, however it is cut. Kept per tab and frame, replaced when the
// content script starts a new document (a new address, or a clear and run again), dropped when
// the tab closes, so memory stays bounded by the open tabs.
import { browser } from 'wxt/browser';
import type { ExtractedClaim } from '@/utils/claim';
import { ArticleExtractor, type ExtractOptions } from '@/utils/extract';

/** A page naming more subjects than this is a listing, not an article: stop collecting. */
const MAX_SUBJECTS = 200;

interface Article {
  document: string;
  extractor: ArticleExtractor;
  subjects: Set<string>;
}

export interface ArticlePart {
  /** Who sent it: batches of different tabs and frames are different articles. */
  tab: number | undefined;
  frame: number | undefined;
  /** The content script's id for the document; a new id starts a new article. */
  document: string;
  text: string;
  /** The last batch of the text there is for now: the engine answers what it held back. */
  final: boolean;
  options: ExtractOptions;
}

export interface ArticleRead {
  /** Offsets index into the document's batches joined by "\n". */
  claims: ExtractedClaim[];
  /** Every subject the page has named so far. */
  subjects: string[];
  /** The publication day the periods were resolved against. */
  published: string | null;
}

export class PageArticles {
  private readonly byFrame = new Map<string, Article>();

  constructor() {
    browser.tabs.onRemoved.addListener((tabId) => {
      for (const key of this.byFrame.keys())
        if (key.startsWith(`${tabId}/`)) this.byFrame.delete(key);
    });
  }

  read(part: ArticlePart): ArticleRead {
    // A sender without a tab (none today) still gets a whole reading of its batch.
    const key = part.tab === undefined ? null : `${part.tab}/${part.frame ?? 0}`;
    let article = key === null ? undefined : this.byFrame.get(key);
    if (!article || article.document !== part.document) {
      article = {
        document: part.document,
        extractor: new ArticleExtractor(part.options),
        subjects: new Set(),
      };
      if (key !== null) this.byFrame.set(key, article);
    }
    const claims = article.extractor.read(part.text);
    if (part.final || key === null) claims.push(...article.extractor.finish());
    for (const c of claims)
      if (c.kind === 'statistic' && c.subject && article.subjects.size < MAX_SUBJECTS)
        article.subjects.add(c.subject);
    return {
      claims,
      subjects: [...article.subjects],
      published: article.extractor.published,
    };
  }
}
