// The in-page pipeline: find the article, collect its text in time-sliced batches, ask the
// background to annotate each batch, map the claims back to DOM Ranges, then highlight and badge
// them a few at a time per animation frame. Keeps watching the page: new paragraphs get annotated
// (never twice), SPA navigations start over, badges the page removes are re-synced, and
// everything is torn down when the extension context goes away.
import type { AnnotatedClaim } from '../claim';
import type { Reply, TabAnnotations } from '../messaging';
import { createBadgeHost, insertAfterRange } from './badge-host';
import { CardController } from './card-host';
import { TextCollector, type TextMap } from './collect-text';
import { findArticleRoot, isInsideExcluded } from './find-article';
import { createHighlighter, type HighlightHandle, type Highlighter } from './highlight';
import { rangeFor, rangeMatches } from './ranges';
import { nextFrame, now, prefersReducedMotion, yieldToMain } from './schedule';
import { BADGE_TAG, UI_ATTR, isOwnUiNode } from './ui-names';

export type Status = TabAnnotations['status'];

export interface AnnotatorStyles {
  page: (mode: 'css' | 'marks') => string;
  badge: string;
  card: string;
}

export interface AnnotatorOptions {
  doc: Document;
  /** Aborts when the content script is invalidated. */
  signal: AbortSignal;
  styles: AnnotatorStyles;
  /** Sends one batch of text to the engine (the background). */
  annotate: (text: string, url: string | null) => Promise<Reply<AnnotatedClaim[]>>;
  /** After an SPA navigation: annotate the new page automatically? */
  shouldAutoRun?: () => boolean | Promise<boolean>;
  /** Use `<corroborate-mark>` wrappers even where CSS highlights exist (tests). */
  forceMarks?: boolean;
  limits?: Partial<typeof DEFAULT_LIMITS>;
}

export const DEFAULT_LIMITS = {
  /** The first batch is small so the first badges show fast. */
  firstChars: 2500,
  firstBlocks: 8,
  maxChars: 8000,
  maxBlocks: 20,
  /** Longest slice of text collection before yielding. */
  collectSliceMs: 6,
  /** Longest slice of badge insertion per animation frame. */
  frameBudgetMs: 8,
  /** Mutations are handled this long after the first one of a burst. */
  mutationDelayMs: 300,
  /** Wait after an SPA navigation before looking at the new page. */
  navigationDelayMs: 500,
};

interface Pending {
  claim: AnnotatedClaim;
  range: Range;
  /** The claims of the same reply: they share text nodes, so splits must fix their ranges. */
  batch: Pending[];
}

interface BadgeRecord {
  claim: AnnotatedClaim;
  host: HTMLElement;
  handle: HighlightHandle | null;
  reinserts: number;
}

const MAX_REINSERTS = 2;

/** A URL without its fragment: in-page anchors are not navigations. */
const urlKey = (href: string): string => href.split('#')[0] ?? href;

export class PageAnnotator {
  status: Status = 'idle';
  hidden = false;

  private readonly doc: Document;
  private readonly opts: AnnotatorOptions;
  private readonly limits: typeof DEFAULT_LIMITS;
  private records: BadgeRecord[] = [];
  private byId = new Map<string, BadgeRecord>();
  private seen = new WeakSet<Node>();
  private root: Element | null = null;
  private generation = 0;
  private genAbort = new AbortController();
  private busy = 0;
  private active = false;
  private textBase = 0;
  private seq = 0;
  private queue: Pending[] = [];
  private queueHead = 0;
  private cancelFrame: (() => void) | null = null;
  private drainWaiters: (() => void)[] = [];
  private running: { generation: number; promise: Promise<void> } | null = null;
  private observer: MutationObserver | null = null;
  private pendingAdded = new Set<Node>();
  private needsResync = false;
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private navTimer: ReturnType<typeof setTimeout> | null = null;
  private url: string;
  private highlighter: Highlighter | null = null;
  private styleEl: HTMLStyleElement | null = null;
  private card: CardController | null = null;
  private currentBatch: Pending[] | null = null;
  /** Splits a text node we read: the tail counts as read; ranges past the split follow it. */
  private readonly split = (text: Text, offset: number): Text => {
    const ranges = this.currentBatch
      ? this.currentBatch.map((item) => item.range)
      : this.records.flatMap((rec) => (rec.handle ? [rec.handle.range] : []));
    const moves: { range: Range; start: number | null; end: number | null }[] = [];
    for (const range of ranges) {
      const start =
        range.startContainer === text && range.startOffset > offset ? range.startOffset : null;
      const end = range.endContainer === text && range.endOffset > offset ? range.endOffset : null;
      if (start !== null || end !== null) moves.push({ range, start, end });
    }
    const tail = text.splitText(offset);
    this.seen.add(tail);
    for (const { range, start, end } of moves) {
      if (start !== null) range.setStart(tail, start - offset);
      if (end !== null) range.setEnd(tail, end - offset);
    }
    return tail;
  };

  constructor(opts: AnnotatorOptions) {
    this.opts = opts;
    this.doc = opts.doc;
    this.limits = { ...DEFAULT_LIMITS, ...opts.limits };
    this.url = urlKey(this.doc.location?.href ?? '');
    opts.signal.addEventListener('abort', () => this.destroy(), { once: true });
    this.setStatus('idle');
  }

  /** Annotates the page (again: only text not annotated yet). Resolves when badges are in. */
  run(): Promise<void> {
    if (this.opts.signal.aborted) return Promise.resolve();
    if (this.running && this.running.generation === this.generation) return this.running.promise;
    if (this.hidden) this.setHidden(false);
    this.active = true;
    this.setup();
    const generation = this.generation;
    const promise = (async () => {
      const root = findArticleRoot(this.doc) ?? this.doc.body;
      if (generation !== this.generation) return;
      this.root = root;
      if (root) await this.process([root], generation, true);
    })().finally(() => {
      if (this.running?.promise === promise) this.running = null;
    });
    this.running = { generation, promise };
    return promise;
  }

  /** Removes every highlight and badge; stays ready for another run. */
  clear(): void {
    this.generation += 1;
    this.genAbort.abort();
    this.genAbort = new AbortController();
    this.cancelFrame?.();
    this.cancelFrame = null;
    this.queue = [];
    this.queueHead = 0;
    this.resolveDrain();
    this.card?.close();
    this.card?.resetTheme();
    for (const rec of this.records) {
      rec.handle?.remove();
      rec.host.remove();
    }
    this.records = [];
    this.byId.clear();
    this.seen = new WeakSet();
    this.root = null;
    this.textBase = 0;
    this.seq = 0;
    this.busy = 0;
    this.active = false;
    this.pendingAdded.clear();
    this.needsResync = false;
    this.discardOwnMutations();
    this.setStatus('idle');
  }

  /** Hides or shows all annotations; on a page not annotated yet, "show" annotates it. */
  toggle(): boolean {
    if (!this.active && this.records.length === 0) {
      void this.run();
      return false;
    }
    this.setHidden(!this.hidden);
    return this.hidden;
  }

  setHidden(hidden: boolean): void {
    this.hidden = hidden;
    for (const rec of this.records) rec.host.hidden = hidden;
    this.highlighter?.setHidden(hidden);
    if (hidden) this.card?.close();
    this.discardOwnMutations();
  }

  /** Scrolls to a claim's badge and focuses it (which opens its card). */
  focusClaim(id: string): boolean {
    const rec = this.byId.get(id);
    if (!rec || !rec.host.isConnected) return false;
    if (this.hidden) this.setHidden(false);
    rec.host.scrollIntoView({
      block: 'center',
      inline: 'nearest',
      behavior: prefersReducedMotion() ? 'auto' : 'smooth',
    });
    rec.host.focus({ preventScroll: true });
    return true;
  }

  /** What the popup shows and exports. Offsets are into the page text, batch after batch. */
  snapshot(): TabAnnotations {
    const claims = this.records.map((r) => r.claim).sort((a, b) => a.start - b.start);
    return {
      status: this.status,
      hidden: this.hidden,
      document: { version: 1, url: this.doc.location?.href ?? null, claims },
    };
  }

  /** Call on any hint of navigation (popstate, Navigation API, polling). */
  checkUrl(): void {
    const key = urlKey(this.doc.location?.href ?? '');
    if (key === this.url) return;
    this.url = key;
    const wasActive = this.active || this.records.length > 0;
    if (wasActive) this.clear();
    if (this.navTimer !== null) clearTimeout(this.navTimer);
    this.navTimer = setTimeout(() => {
      this.navTimer = null;
      void this.autoRun();
    }, this.limits.navigationDelayMs);
  }

  /** Tears everything down (extension reloaded or disabled). */
  destroy(): void {
    this.clear();
    this.observer?.disconnect();
    this.observer = null;
    if (this.flushTimer !== null) clearTimeout(this.flushTimer);
    if (this.navTimer !== null) clearTimeout(this.navTimer);
    this.flushTimer = this.navTimer = null;
    this.highlighter?.destroy();
    this.highlighter = null;
    this.styleEl?.remove();
    this.styleEl = null;
    this.card?.destroy();
    this.card = null;
    delete this.doc.documentElement.dataset.corroborateStatus;
  }

  private async autoRun(): Promise<void> {
    if (this.opts.signal.aborted || this.active) return;
    const should = this.opts.shouldAutoRun ? await this.opts.shouldAutoRun() : false;
    if (should && !this.opts.signal.aborted) await this.run();
  }

  private setStatus(status: Status): void {
    this.status = status;
    if (!this.opts.signal.aborted) this.doc.documentElement.dataset.corroborateStatus = status;
  }

  private setup(): void {
    const doc = this.doc;
    if (!this.highlighter) {
      this.highlighter = createHighlighter(doc, this.split, { forceMarks: this.opts.forceMarks });
    }
    if (!this.styleEl || !this.styleEl.isConnected) {
      const style = doc.createElement('style');
      style.setAttribute(UI_ATTR, '');
      style.textContent = this.opts.styles.page(this.highlighter.mode);
      (doc.head ?? doc.documentElement).appendChild(style);
      this.styleEl = style;
    }
    this.card ??= new CardController(doc, this.opts.styles.card, this.opts.signal);
    if (!this.observer && typeof MutationObserver === 'function') {
      this.observer = new MutationObserver((records) => this.onMutations(records));
      this.observer.observe(doc.documentElement, { childList: true, subtree: true });
    }
    this.discardOwnMutations();
  }

  private updateBusy(delta: number, generation: number): void {
    if (generation !== this.generation) return;
    this.busy = Math.max(0, this.busy + delta);
    this.setStatus(this.busy > 0 ? 'working' : this.active ? 'annotated' : 'idle');
  }

  /** Collects, sends and renders the text under `roots`, skipping text already annotated. */
  private async process(roots: Node[], generation: number, first: boolean): Promise<void> {
    this.updateBusy(1, generation);
    try {
      const collector = new TextCollector(roots, {
        skipText: (t) => this.seen.has(t),
        onText: (t) => this.seen.add(t),
      });
      const sends: Promise<void>[] = [];
      let small = first;
      while (!collector.done) {
        if (generation !== this.generation || this.opts.signal.aborted) return;
        const map = collector.next({
          maxChars: small ? this.limits.firstChars : this.limits.maxChars,
          maxBlocks: small ? this.limits.firstBlocks : this.limits.maxBlocks,
          deadline: now() + this.limits.collectSliceMs,
          now,
        });
        small = false;
        if (/[\p{L}\p{N}]/u.test(map.text)) sends.push(this.annotateBatch(map, generation));
        if (!collector.done) await yieldToMain();
      }
      await Promise.all(sends);
      await this.drained();
    } finally {
      this.updateBusy(-1, generation);
    }
  }

  private async annotateBatch(map: TextMap, generation: number): Promise<void> {
    const base = this.textBase;
    this.textBase += map.text.length + 1;
    let reply: Reply<AnnotatedClaim[]>;
    try {
      reply = await this.opts.annotate(map.text, this.doc.location?.href ?? null);
    } catch (error) {
      console.warn('[corroborate] annotateText failed:', error);
      return;
    }
    if (generation !== this.generation) return;
    if (!reply || !reply.ok) {
      console.warn('[corroborate] annotateText:', reply?.ok === false ? reply.error : 'no reply');
      return;
    }
    const items: Pending[] = [];
    for (const claim of reply.value) {
      const { start, end } = claim;
      if (!Number.isInteger(start) || !Number.isInteger(end)) continue;
      const range = rangeFor(map, start, end);
      // The page may have changed between collecting and now: check the text is still there.
      if (!range || !rangeMatches(range, map.text.slice(start, end))) continue;
      this.seq += 1;
      items.push({
        claim: { ...claim, id: `c${this.seq}`, start: base + start, end: base + end },
        range,
        batch: items,
      });
    }
    if (items.length === 0) return;
    for (const item of items) this.queue.push(item);
    if (!this.cancelFrame) this.cancelFrame = nextFrame(() => this.frame());
  }

  /** Inserts queued badges until the frame budget is spent; continues next frame. */
  private frame(): void {
    this.cancelFrame = null;
    if (this.opts.signal.aborted) return;
    const start = now();
    while (this.queueHead < this.queue.length) {
      const item = this.queue[this.queueHead] as Pending;
      this.queueHead += 1;
      this.render(item);
      if (now() - start >= this.limits.frameBudgetMs) break;
    }
    this.discardOwnMutations();
    if (this.queueHead < this.queue.length) {
      this.cancelFrame = nextFrame(() => this.frame());
    } else {
      this.queue = [];
      this.queueHead = 0;
      this.resolveDrain();
    }
  }

  private render({ claim, range, batch }: Pending): void {
    if (!range.startContainer.isConnected || !this.highlighter || !this.card) return;
    const host = createBadgeHost(claim, this.opts.styles.badge, this.doc);
    if (this.hidden) host.hidden = true;
    this.currentBatch = batch;
    let handle: HighlightHandle;
    try {
      if (!insertAfterRange(range, host, this.split)) return;
      handle = this.highlighter.add(range, claim.verdict);
    } finally {
      this.currentBatch = null;
    }
    const rec: BadgeRecord = { claim, host, handle, reinserts: 0 };
    this.records.push(rec);
    this.byId.set(claim.id, rec);
    this.card.bind({ claim, host, range: () => rec.handle?.range ?? null }, this.genAbort.signal);
  }

  private drained(): Promise<void> {
    if (this.queueHead >= this.queue.length && !this.cancelFrame) return Promise.resolve();
    return new Promise((resolve) => this.drainWaiters.push(resolve));
  }

  private resolveDrain(): void {
    const waiters = this.drainWaiters;
    this.drainWaiters = [];
    for (const w of waiters) w();
  }

  /** Our own DOM writes are done synchronously; drop the records they queued. */
  private discardOwnMutations(): void {
    this.observer?.takeRecords();
  }

  private onMutations(records: MutationRecord[]): void {
    let relevant = false;
    for (const record of records) {
      if (isOwnUiNode(record.target)) continue;
      for (const node of record.addedNodes) {
        if (isOwnUiNode(node) || this.seen.has(node)) continue;
        if (node.nodeType === 1 || node.nodeType === 3) {
          this.pendingAdded.add(node);
          relevant = true;
        }
      }
      for (const node of record.removedNodes) {
        if (node.nodeType !== 1) continue;
        const el = node as Element;
        if (el.localName === BADGE_TAG || el.getElementsByTagName(BADGE_TAG).length > 0) {
          this.needsResync = true;
          relevant = true;
        }
      }
    }
    // Any mutation may come with an SPA navigation.
    if (urlKey(this.doc.location?.href ?? '') !== this.url) relevant = true;
    if (relevant && this.flushTimer === null) {
      this.flushTimer = setTimeout(() => {
        this.flushTimer = null;
        this.flush();
      }, this.limits.mutationDelayMs);
    }
  }

  private flush(): void {
    if (this.opts.signal.aborted) return;
    this.checkUrl();
    if (!this.active) {
      this.pendingAdded.clear();
      this.needsResync = false;
      return;
    }
    if (this.needsResync) {
      this.needsResync = false;
      this.resync();
    }
    const added = [...this.pendingAdded];
    this.pendingAdded.clear();
    if (!this.root || !this.root.isConnected) {
      // The article itself was replaced (client-side rendering): read the new one.
      const root = findArticleRoot(this.doc);
      if (root) {
        this.root = root;
        void this.process([root], this.generation, false);
      }
      return;
    }
    const root = this.root;
    const roots = new Set<Node>();
    for (const node of added) {
      if (!node.isConnected || this.seen.has(node)) continue;
      if (root.contains(node)) {
        const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
        if (el && el !== root && isInsideExcluded(el, root)) continue;
        if (node.nodeType === 3 && !(node as Text).data.trim()) continue;
        roots.add(node);
      } else if (node.nodeType === 1) {
        // Infinite scroll: a further article appended after this one.
        const el = node as Element;
        const next = el.matches('article, [itemprop~="articleBody"]')
          ? el
          : el.querySelector('article, [itemprop~="articleBody"]');
        if (next && !root.contains(next) && !next.contains(root)) roots.add(next);
      }
    }
    // Keep only the outermost of nested additions.
    const outer = [...roots].filter((n) => {
      for (let p = n.parentNode; p; p = p.parentNode) if (roots.has(p)) return false;
      return true;
    });
    if (outer.length > 0) void this.process(outer, this.generation, false);
  }

  /** Badges the page removed: put back the ones whose claim text is intact, drop the rest. */
  private resync(): void {
    for (const rec of [...this.records]) {
      if (rec.host.isConnected) continue;
      const range = rec.handle?.range;
      if (range && rec.reinserts < MAX_REINSERTS && rangeMatches(range, rec.claim.text)) {
        rec.reinserts += 1;
        if (insertAfterRange(range, rec.host, this.split)) continue;
      }
      this.drop(rec);
    }
    this.discardOwnMutations();
  }

  private drop(rec: BadgeRecord): void {
    if (this.card?.current?.host === rec.host) this.card.close();
    rec.handle?.remove();
    rec.host.remove();
    this.records = this.records.filter((r) => r !== rec);
    this.byId.delete(rec.claim.id);
  }
}
