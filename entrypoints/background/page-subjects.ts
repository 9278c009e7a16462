// The subjects each open page has named so far. Kept per tab, reset when the tab shows another
// URL or closes, so memory stays bounded by the open tabs.
import { browser } from 'wxt/browser';
import type { ExtractedClaim } from '@/utils/claim';

/** A page naming more subjects than this is a listing, not an article: stop collecting. */
const MAX_SUBJECTS = 200;

export class PageSubjects {
  private readonly byTab = new Map<number, { url: string | null; subjects: Set<string> }>();

  constructor() {
    browser.tabs.onRemoved.addListener((tabId) => this.byTab.delete(tabId));
  }

  /** Records the batch's subjects and returns every subject the page has named so far. */
  add(tabId: number | undefined, url: string | null, claims: readonly ExtractedClaim[]): string[] {
    const fresh = claims.flatMap((c) => (c.kind === 'statistic' && c.subject ? [c.subject] : []));
    if (tabId === undefined) return fresh;
    let page = this.byTab.get(tabId);
    if (!page || page.url !== url) {
      page = { url, subjects: new Set() };
      this.byTab.set(tabId, page);
    }
    for (const subject of fresh) if (page.subjects.size < MAX_SUBJECTS) page.subjects.add(subject);
    return [...page.subjects];
  }
}
