// The in-page pipeline: find the article, collect its text in time-sliced batches, ask the
// background to annotate each batch, map the claims back to DOM Ranges, then highlight and badge
// them a few at a time per animation frame. Keeps watching the page: new paragraphs get annotated
// (never twice), SPA navigations start over, badges the page removes are re-synced, and
// everything is torn down when the extension context goes away.
//
// Written as closures rather than a class so the minifier can shorten every internal name: the
// content script has a 60 KB budget.
import type { AnnotatedClaim } from '../claim';
import type { CardEvent, PageLimit, Reply, TabAnnotations } from '../messaging';
import {
  INTERACTIVE,
  createBadgeHost,
  insertAfterRange,
  prepareBadges,
  removeBadgeHost,
  warmBadgeFonts,
} from './badge-host';
import { createCard, type Card, type CardFrame } from './card-host';
import { createCollector, type TextMap } from './collect-text';
import { documentText } from './document-text';
import { pageTitle } from './metadata';
import { findArticleRoot, isInsideExcluded } from './find-article';
import {
  createHighlighter,
  type HighlightHandle,
  type Highlighter,
  type MarkStyle,
} from './highlight';
import { isLargeDocument } from './page-size';
import { createRoving, type Roving } from './roving';
import {
  boundsFor,
  locate,
  normalizeText,
  rangeMatches,
  textStillThere,
  toLive,
  type Bounds,
} from './ranges';
import { afterFrame, now, prefersReducedMotion, soon, yieldToMain } from './schedule';
import { BADGE_TAG, FLOAT_ATTR, RUN_TAG, UI_ATTR, isOwnUiNode } from './ui-names';

export type Status = TabAnnotations['status'];

export interface AnnotatorStyles {
  /** The page stylesheet for CSS highlights, faint ones in quiet mode. */
  page: (quiet: boolean) => string;
  /** The inline style of a fallback mark (marks add no stylesheet to the page). */
  mark: MarkStyle;
  badge: string;
}

export const DEFAULT_LIMITS = {
  /**
   * The first batch is small so the first badges show fast: a little more than the head the
   * engine reads whole before it answers any of its figures (HEAD_CHARS in utils/extract), so
   * the first reply has them. Every character more is engine time before the first badge.
   */
  firstChars: 1600,
  firstBlocks: 8,
  /** Later batches: about 20 blocks or 8k characters per message. */
  maxChars: 8000,
  maxBlocks: 20,
  /** Longest slice of text collection before yielding. */
  collectSliceMs: 4,
  /**
   * Longest slice of badge insertion per animation frame. The style, layout and paint the
   * insertions cause run in the next frame's task (on a long page they cost several times the
   * script), so the slice stays small.
   */
  frameBudgetMs: 4,
  /**
   * The most badges inserted per frame. The frame that renders them costs a few milliseconds
   * however few there are (the lines they go into are laid out and painted again, and what
   * follows moves) and a fraction of one more per badge: several times the script that inserts
   * them, so the script's time alone does not bound it.
   */
  frameBadges: 12,
  /**
   * A page whose frames typically (the median of the last five) take longer than this to
   * render, however few badges they bring (a long page: the browser walks all of it after every
   * change), gets frames as full as the script budget allows: there the per-frame cost
   * dominates, and more frames only add to it.
   */
  fullFramesAfterMs: 20,
  /**
   * The same on a large document (utils/page/page-size.ts), where every frame that inserts
   * badges costs the browser a relayout of the whole page (hundreds of ms on a page of a million
   * nodes) however few it inserts: fewer, fuller frames.
   */
  largeFrameBudgetMs: 50,
  /**
   * The most claims marked on one page. A statistics dump of 50,000 figures would otherwise keep
   * the page re-laying out badge after badge for minutes; news articles have tens. The popup says
   * when a page reached it.
   */
  maxClaims: 1000,
  /**
   * The most text read from one page (characters). Reading a node from script gives it a wrapper
   * the garbage collector then traces for as long as the page lives: on a page of a million nodes
   * that made every collection, and so every slice of work, slow. A long read runs to 100,000.
   */
  maxPageChars: 500_000,
  /** Batches sent and not answered yet: collection waits for the engine, so the cap saves it work. */
  maxInFlight: 4,
  /** Mutations are handled this long after the first one of a burst. */
  mutationDelayMs: 300,
  /** Wait after an SPA navigation before looking at the new page. */
  navigationDelayMs: 500,
};

export interface AnnotatorOptions {
  doc: Document;
  /** Aborts when the content script is invalidated: everything is removed. */
  signal: AbortSignal;
  styles: AnnotatorStyles;
  /** The card's extension-origin frame and the relay to it (utils/page/card-host.ts). */
  cardFrame: CardFrame;
  /**
   * Sends one batch of text to the engine (the background). Batches of one `document` are read
   * as one article; claim offsets index into its batches joined by "\n". `final` marks the last
   * batch there is for now (the engine then answers what it held back for the article's head).
   */
  annotate: (
    text: string,
    url: string | null,
    part: { document: string; final: boolean },
  ) => Promise<Reply<AnnotatedClaim[]>>;
  /** After an SPA navigation: annotate the new page automatically? */
  shouldAutoRun?: () => boolean | Promise<boolean>;
  /** Quiet mode at the start (settings); `setQuiet` changes it. */
  quiet?: boolean;
  /** Use `<corroborate-mark>` wrappers even where CSS highlights exist. */
  forceMarks?: boolean;
  limits?: Partial<typeof DEFAULT_LIMITS>;
}

export interface Annotator {
  readonly status: Status;
  readonly hidden: boolean;
  /** Annotates the page (again: only text not annotated yet). Resolves when badges are in. */
  run(): Promise<void>;
  /** Removes every highlight and badge; ready for another run. */
  clear(): void;
  /** Hides or shows all annotations; on a page not annotated yet, "show" annotates it. */
  toggle(): boolean;
  setHidden(hidden: boolean): void;
  /** Quiet mode: badges only where `hasBadgeWhenQuiet`; the rest highlighted faintly. */
  setQuiet(quiet: boolean): void;
  /** Scrolls to a claim's badge and focuses it (which opens its card). */
  focusClaim(id: string): boolean;
  /** What the popup shows and exports; claim offsets index into its `text`. */
  snapshot(): TabAnnotations;
  /** Call on any hint of navigation (popstate, Navigation API, location polling). */
  checkUrl(): void;
  /** What the card frame reports (its size, Escape), relayed by the background. */
  cardEvent(event: CardEvent): void;
  /** Tears everything down (also done when `signal` aborts). */
  destroy(): void;
}

interface Pending {
  claim: AnnotatedClaim;
  map: TextMap;
  /** Offsets into `map.text`. */
  start: number;
  end: number;
  /**
   * Where the claim is, worked out for the whole batch just before its first badge goes in (the
   * batch's own insertions move them: see `split`). null when the text is no longer on the page.
   */
  range?: Bounds | null;
  /** The claims of the same reply: they share text nodes, so splits must fix their ranges. */
  batch: Pending[];
}

interface BadgeRecord {
  claim: AnnotatedClaim;
  host: HTMLElement;
  handle: HighlightHandle;
  reinserts: number;
  /** Shown in quiet mode although it would be quiet: the popup's list jumped to it. */
  revealed: boolean;
}

/** Quiet mode keeps the badges that say something: ✓ corroborated, and ⚠ a conflicting figure. */
export const hasBadgeWhenQuiet = (claim: AnnotatedClaim): boolean =>
  claim.verdict === 'corroborated' || claim.conflicts.length > 0;

const MAX_REINSERTS = 2;
const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
const HAS_WORD = /[\p{L}\p{N}]/u;

/** A URL without its fragment: in-page anchors are not navigations. */
const urlKey = (href: string): string => href.split('#')[0] ?? href;

export function createAnnotator(opts: AnnotatorOptions): Annotator {
  const { doc, signal, styles } = opts;
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const html = doc.documentElement;
  const href = (): string => doc.location?.href ?? '';

  let status: Status = 'idle';
  let hidden = false;
  let quiet = opts.quiet ?? false;
  let roving: Roving | null = null;
  let records: BadgeRecord[] = [];
  const byId = new Map<string, BadgeRecord>();
  let seen = new WeakSet<Node>();
  let root: Element | null = null;
  let generation = 0;
  let busy = 0;
  let active = false;
  /** The text of every batch sent, in order; claim offsets index into their "\n" join. */
  let texts: string[] = [];
  /** Where each batch sent starts in that join, with its map, in order. */
  let sent: { base: number; map: TextMap }[] = [];
  /** Names this annotator's documents: a content script injected again starts its own. */
  const instance = Math.random().toString(36).slice(2);
  let textBase = 0;
  let seq = 0;
  let queue: Pending[] = [];
  let head = 0;
  let cancelFrame: (() => void) | null = null;
  let drainWaiters: (() => void)[] = [];
  let running: { generation: number; promise: Promise<void> } | null = null;
  let observer: MutationObserver | null = null;
  const pendingAdded = new Set<Node>();
  let needsResync = false;
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  let navTimer: ReturnType<typeof setTimeout> | undefined;
  let url = urlKey(href());
  let highlighter: Highlighter | null = null;
  let styleEl: HTMLStyleElement | null = null;
  let card: Card | null = null;
  let currentBatch: Pending[] | null = null;
  /** Highlighted with marks and badged in fuller frames (see DEFAULT_LIMITS.largeFrameBudgetMs). */
  let large = false;
  /** Claims taken from replies this run, and the limit that left some of the page out. */
  let accepted = 0;
  let capped: PageLimit | null = null;

  const setStatus = (next: Status): void => {
    status = next;
    if (!signal.aborted) html.dataset.corroborateStatus = next;
    // Timeline mark for `npm run bench` and DevTools: every badge of this run is in.
    if (next === 'annotated') performance.mark('corroborate:annotated');
  };

  /** Our own DOM writes are synchronous; drop the mutation records they queued. */
  const discardOwnMutations = (): void => void observer?.takeRecords();

  /** Splits a text node we read: the tail counts as read; ranges past the split follow it. */
  const split = (text: Text, offset: number): Text => {
    const moves: [Bounds, number, number][] = [];
    for (const { range } of currentBatch ?? []) {
      if (!range) continue;
      const start = range.startContainer === text ? range.startOffset : -1;
      const end = range.endContainer === text ? range.endOffset : -1;
      if (start > offset || end > offset) moves.push([range, start, end]);
    }
    const tail = text.splitText(offset);
    seen.add(tail);
    for (const [range, start, end] of moves) {
      if (start > offset) {
        range.startContainer = tail;
        range.startOffset = start - offset;
      }
      if (end > offset) {
        range.endContainer = tail;
        range.endOffset = end - offset;
      }
    }
    return tail;
  };

  function setup(): void {
    if (!highlighter) {
      large = isLargeDocument(doc);
      highlighter = createHighlighter(doc, split, {
        forceMarks: opts.forceMarks || large,
        quiet,
        markStyle: styles.mark,
      });
    }
    if (highlighter.mode === 'css' && !styleEl?.isConnected) {
      styleEl = doc.createElement('style');
      styleEl.setAttribute(UI_ATTR, '');
      styleEl.textContent = styles.page(quiet);
      (doc.head ?? html).appendChild(styleEl);
    }
    roving ??= createRoving(doc, signal);
    card ??= createCard(doc, opts.cardFrame, signal);
    if (!observer && typeof MutationObserver === 'function') {
      observer = new MutationObserver(onMutations);
      observer.observe(html, { childList: true, subtree: true });
    }
    discardOwnMutations();
  }

  function updateBusy(delta: number, gen: number): void {
    if (gen !== generation) return;
    busy = Math.max(0, busy + delta);
    setStatus(busy > 0 ? 'working' : active ? 'annotated' : 'idle');
  }

  function resolveDrain(): void {
    const waiters = drainWaiters;
    drainWaiters = [];
    for (const resolve of waiters) resolve();
  }

  const drained = (): Promise<void> =>
    head >= queue.length && !cancelFrame
      ? Promise.resolve()
      : new Promise((resolve) => drainWaiters.push(resolve));

  /** Collects, sends and renders the text under `roots`, skipping text already annotated. */
  async function process(roots: Node[], gen: number, first: boolean): Promise<void> {
    updateBusy(1, gen);
    try {
      const collector = createCollector(roots, {
        skipText: (t) => seen.has(t),
        onText: (t) => seen.add(t),
      });
      const sends: Promise<void>[] = [];
      let open = false;
      while (!collector.done) {
        if (gen !== generation || signal.aborted) return;
        // The engine answers in order: wait for the oldest batch of a full window.
        if (sends.length >= limits.maxInFlight) await sends[sends.length - limits.maxInFlight];
        if (gen !== generation || signal.aborted) return;
        if (accepted >= limits.maxClaims) {
          capped = { what: 'claims', most: limits.maxClaims };
          break;
        }
        if (textBase >= limits.maxPageChars) {
          capped ??= { what: 'characters', most: limits.maxPageChars };
          break;
        }
        // Small batches until the first batch's size is sent: a slice cut short by its deadline
        // leaves the article's head (which the engine answers whole) for the next small batch,
        // not for a full one that takes the engine several times longer to read.
        const small = first && textBase < limits.firstChars;
        const map = collector.next({
          maxChars: small ? limits.firstChars - textBase : limits.maxChars,
          maxBlocks: small ? limits.firstBlocks : limits.maxBlocks,
          deadline: now() + limits.collectSliceMs,
          now,
        });
        if (HAS_WORD.test(map.text)) {
          sends.push(annotateBatch(map, gen, collector.done));
          open = !collector.done;
          // While the engine reads the first batch: its badges then go in without a first render.
          if (first && sends.length === 1) soon(() => prepareBadges(styles.badge, doc));
        }
        if (!collector.done) await yieldToMain();
      }
      // The text ended in a batch without words: tell the engine the batch before was the last.
      if (open) sends.push(annotateBatch(null, gen, true));
      await Promise.all(sends);
      await drained();
    } finally {
      updateBusy(-1, gen);
    }
  }

  /** The batch sent whose text holds offset `at` of the join, searched from the latest. */
  function batchAt(at: number): { base: number; map: TextMap } | undefined {
    for (let k = sent.length - 1; k >= 0; k--) {
      const batch = sent[k];
      if (batch && batch.base <= at) return batch;
    }
    return undefined;
  }

  async function annotateBatch(map: TextMap | null, gen: number, final: boolean): Promise<void> {
    if (map) {
      sent.push({ base: textBase, map });
      textBase += map.text.length + 1;
      texts.push(map.text);
    }
    let reply: Reply<AnnotatedClaim[]>;
    try {
      reply = await opts.annotate(map?.text ?? '', href() || null, {
        document: `${instance}:${gen}`,
        final,
      });
    } catch (error) {
      console.warn('[corroborate]', error);
      return;
    }
    if (gen !== generation) return;
    if (!reply?.ok) {
      console.warn('[corroborate]', reply?.error);
      return;
    }
    const items: Pending[] = [];
    for (const claim of reply.value) {
      const { start, end } = claim;
      if (!Number.isInteger(start) || !Number.isInteger(end) || !(start >= 0 && end > start))
        continue;
      // Mostly this batch's text; the article's head may answer for a batch sent before.
      const at = batchAt(start);
      if (!at || end > at.base + at.map.text.length) continue;
      items.push({
        claim: { ...claim, id: `c${++seq}` },
        map: at.map,
        start: start - at.base,
        end: end - at.base,
        batch: items,
      });
    }
    const room = Math.max(0, limits.maxClaims - accepted);
    if (items.length > room) {
      items.length = room;
      capped = { what: 'claims', most: limits.maxClaims };
    }
    accepted += items.length;
    if (items.length === 0) return;
    // Where the badges will go (the text's parent, or the parent of a link it is in) is flex or
    // not: asked here, between frames, while the page's style is clean; in the frame that
    // inserts badges each question would force a style recalculation.
    for (const item of items) {
      const parent = locate(item.map, item.end, 'end')?.node.parentElement ?? null;
      readFlex(parent);
      readFlex(parent?.closest(INTERACTIVE)?.parentElement ?? null);
    }
    queue.push(...items);
    // The first badges go in at once (the next frame shows them); the rest one slice per frame.
    // On a large document the first ones wait for a frame: Chromium captures the page's text
    // (ChromeRenderFrameObserver::CapturePageText) in the first frame after load, 150–250 ms on
    // a page of a million nodes, and the page had none before our first badges: rendered with
    // them, the two made one task of 300–400 ms.
    cancelFrame ??= large && records.length === 0 ? afterLargeFrame() : soon(() => frame());
  }

  /**
   * Inserts queued badges until the frame budget is spent; continues after the next frame, so
   * each frame renders one slice in a task of its own.
   */
  /** How long the last frames that rendered badges took (ms), the latest last. */
  let recentFrames: number[] = [];

  /** The median of the last few: a frame another task delayed, or one that painted little, is not the page's cost. */
  function typicalFrame(): number | null {
    if (recentFrames.length === 0) return null;
    const sorted = [...recentFrames].sort((a, b) => a - b);
    return sorted[sorted.length >> 1] ?? null;
  }

  /**
   * The next slice on a large document: after the frame, and behind the tasks that came while
   * it rendered (its frames take 100 ms and more, its slices up to 50 ms: a click or a script
   * of the page waiting on the frame would otherwise wait for the slice too).
   */
  function afterLargeFrame(): () => void {
    return afterFrame((frameMs) => {
      cancelFrame = soon(() => frame(frameMs));
    });
  }

  function frame(frameMs: number | null = null): void {
    cancelFrame = null;
    if (signal.aborted) return;
    const start = now();
    if (frameMs !== null) recentFrames = [...recentFrames.slice(-4), frameMs];
    const budget = large ? limits.largeFrameBudgetMs : limits.frameBudgetMs;
    const full = large || (typicalFrame() ?? 0) > limits.fullFramesAfterMs;
    const last = full ? queue.length : head + limits.frameBadges;
    highlighter?.hold(true);
    while (head < queue.length && head < last) {
      render(queue[head++] as Pending);
      if (now() - start >= budget) break;
    }
    discardOwnMutations();
    if (head < queue.length) {
      cancelFrame = large ? afterLargeFrame() : afterFrame(frame);
    } else {
      queue = [];
      head = 0;
      cancelFrame = afterFrame(release);
    }
  }

  /**
   * The highlights of every badge just put in, in a frame of their own: after the frame that
   * renders the last slice (made with it, they made that frame one of the run's longest,
   * 7.4–13.2 ms of thread time on a 2,000-word article). Badges queued meanwhile go in first.
   */
  function release(): void {
    cancelFrame = null;
    if (signal.aborted) return;
    if (head < queue.length) return frame();
    highlighter?.hold(false);
    resolveDrain();
  }

  /**
   * A heading's accessible name comes from its content, badges included ("…to cut 12,000 12,000 —
   * corroborated by 6 publishers jobs…"): pin it to the heading's own text, once, where the page
   * did not name the heading itself. The badge stays a control of its own inside it.
   */
  const namedHeadings = new Set<Element>();
  function keepHeadingName(host: Element): void {
    const heading = host.parentElement?.closest(HEADING);
    if (!heading || namedHeadings.has(heading)) return;
    if (heading.hasAttribute('aria-label') || heading.hasAttribute('aria-labelledby')) return;
    // Badge hosts have no text of their own (it is in their shadow roots).
    heading.setAttribute('aria-label', normalizeText(heading.textContent ?? ''));
    namedHeadings.add(heading);
  }
  function releaseHeadingNames(): void {
    for (const heading of namedHeadings) heading.removeAttribute('aria-label');
    namedHeadings.clear();
  }

  /** Flex or grid containers by element, read before a batch's writes (see InFlex). */
  let flexCache = new WeakMap<Element, boolean>();
  const readFlex = (el: Element | null): void => {
    if (!el || flexCache.has(el)) return;
    const display = doc.defaultView?.getComputedStyle(el).display ?? '';
    flexCache.set(el, /flex|grid/.test(display));
  };
  const inFlex = (el: Element): boolean => {
    if (el.localName === RUN_TAG) return false;
    readFlex(el);
    return flexCache.get(el) ?? false;
  };

  /** Boundaries for a whole batch, checked against the text that was sent. */
  function materialize(batch: Pending[]): void {
    for (const item of batch) {
      // The page may have changed since the text was collected: check it is still there.
      item.range = textStillThere(item.map, item.start, item.end)
        ? boundsFor(item.map, item.start, item.end)
        : null;
    }
  }

  function render(item: Pending): void {
    const { claim, batch } = item;
    if (item.range === undefined) materialize(batch);
    const range = item.range;
    item.range = null;
    if (!range?.startContainer.isConnected || !highlighter || !card) return;
    const host = createBadgeHost(claim, styles.badge, doc);
    host.hidden = hidden || (quiet && !hasBadgeWhenQuiet(claim));
    // A badge that adds a line to its paragraph moves everything below it, and the browser then
    // re-walks every moved node before it paints: 1-2 s on a page of a million nodes.
    if (large) host.setAttribute(FLOAT_ATTR, '');
    let handle: HighlightHandle;
    currentBatch = batch;
    try {
      if (!insertAfterRange(range, host, split, inFlex)) return;
      handle = highlighter.add(range, claim.verdict, host);
    } finally {
      currentBatch = null;
    }
    keepHeadingName(host);
    const rec: BadgeRecord = { claim, host, handle, reinserts: 0, revealed: false };
    records.push(rec);
    roving?.added(host);
    // Timeline mark for `npm run bench` and DevTools: the first badge is in the page.
    if (records.length === 1) performance.mark('corroborate:first-badge');
    byId.set(claim.id, rec);
    card.bind({ claim, host, range: () => toLive(rec.handle.range) });
  }

  function onMutations(mutations: MutationRecord[]): void {
    let relevant = false;
    for (const m of mutations) {
      if (isOwnUiNode(m.target)) continue;
      for (const node of m.addedNodes) {
        if (isOwnUiNode(node) || seen.has(node)) continue;
        if (node.nodeType === 1 || node.nodeType === 3) {
          pendingAdded.add(node);
          relevant = true;
        }
      }
      for (const node of m.removedNodes) {
        if (
          node.nodeType === 1 &&
          ((node as Element).localName === BADGE_TAG ||
            (node as Element).getElementsByTagName(BADGE_TAG).length > 0)
        ) {
          needsResync = relevant = true;
        }
      }
    }
    // Any mutation may come with an SPA navigation.
    if (urlKey(href()) !== url) relevant = true;
    if (relevant && flushTimer === undefined) {
      flushTimer = setTimeout(() => {
        flushTimer = undefined;
        flush();
      }, limits.mutationDelayMs);
    }
  }

  function flush(): void {
    if (signal.aborted) return;
    checkUrl();
    if (!active) {
      pendingAdded.clear();
      needsResync = false;
      return;
    }
    if (needsResync) {
      needsResync = false;
      resync();
    }
    const added = [...pendingAdded];
    pendingAdded.clear();
    if (!root?.isConnected) {
      // The article itself was replaced (client-side rendering): read the new one.
      root = findArticleRoot(doc);
      if (root) void process([root], generation, false);
      return;
    }
    const current = root;
    const roots = new Set<Node>();
    for (const node of added) {
      if (!node.isConnected || seen.has(node)) continue;
      if (current.contains(node)) {
        const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
        if (el && el !== current && isInsideExcluded(el, current)) continue;
        if (node.nodeType === 3 && !(node as Text).data.trim()) continue;
        roots.add(node);
      } else if (node.nodeType === 1) {
        // Infinite scroll: a further article appended after this one.
        const el = node as Element;
        const sel = 'article, [itemprop~="articleBody"]';
        const next = el.matches(sel) ? el : el.querySelector(sel);
        if (next && !current.contains(next) && !next.contains(current)) roots.add(next);
      }
    }
    // Only the outermost of nested additions.
    const outer = [...roots].filter((n) => {
      for (let p = n.parentNode; p; p = p.parentNode) if (roots.has(p)) return false;
      return true;
    });
    if (outer.length > 0) void process(outer, generation, false);
  }

  /** Badges the page removed: put back the ones whose claim text is intact, drop the rest. */
  function resync(): void {
    for (const rec of [...records]) {
      if (rec.host.isConnected) continue;
      const range = rec.handle.range;
      if (rec.reinserts < MAX_REINSERTS && rangeMatches(range, rec.claim.text)) {
        rec.reinserts += 1;
        if (insertAfterRange(range, rec.host, split, inFlex)) continue;
      }
      if (card?.current?.host === rec.host) card.close();
      rec.handle.remove();
      removeBadgeHost(rec.host);
      records = records.filter((r) => r !== rec);
      byId.delete(rec.claim.id);
    }
    roving?.refresh();
    discardOwnMutations();
  }

  function run(): Promise<void> {
    if (signal.aborted) return Promise.resolve();
    if (running?.generation === generation) return running.promise;
    if (hidden) setHidden(false);
    active = true;
    setup();
    const gen = generation;
    // The badge fonts, while the article is read and the engine reads it; only before the first
    // badge (laid out after it, a piece would lay out the badges not rendered yet with it). A
    // large document's frames take hundreds of milliseconds, and its first layout may still be
    // ahead: its badges learn their fonts in their frames.
    if (!large && records.length === 0)
      void warmBadgeFonts(
        styles.badge,
        doc,
        () => gen === generation && records.length === 0,
        signal,
      );
    const promise = (async () => {
      // Setup (highlight probe, styles, card, observer), finding the article and the first
      // collection slice each force style or read the whole page: one task each.
      updateBusy(1, gen);
      try {
        await yieldToMain();
        if (gen !== generation || signal.aborted) return;
        root = findArticleRoot(doc) ?? doc.body;
        await yieldToMain();
        if (root && gen === generation) await process([root], gen, true);
      } finally {
        updateBusy(-1, gen);
      }
    })().finally(() => {
      if (running?.promise === promise) running = null;
    });
    running = { generation: gen, promise };
    return promise;
  }

  function clear(): void {
    generation += 1;
    cancelFrame?.();
    cancelFrame = null;
    queue = [];
    head = 0;
    // A queue cut short never drains: highlight changes must not stay held after it.
    highlighter?.hold(false);
    resolveDrain();
    card?.close();
    card?.resetTheme();
    for (const rec of records) {
      rec.handle.remove();
      removeBadgeHost(rec.host);
    }
    records = [];
    releaseHeadingNames();
    texts = [];
    sent = [];
    byId.clear();
    seen = new WeakSet();
    flexCache = new WeakMap();
    recentFrames = [];
    root = null;
    textBase = seq = busy = accepted = 0;
    active = needsResync = false;
    capped = null;
    pendingAdded.clear();
    discardOwnMutations();
    setStatus('idle');
  }

  const isHidden = (rec: BadgeRecord): boolean =>
    hidden || (quiet && !rec.revealed && !hasBadgeWhenQuiet(rec.claim));

  function updateVisibility(): void {
    for (const rec of records) rec.host.hidden = isHidden(rec);
    if (card?.current && card.current.host.hidden) card.close();
    roving?.refresh();
  }

  function setHidden(value: boolean): void {
    hidden = value;
    highlighter?.setHidden(value);
    if (value) card?.close();
    updateVisibility();
  }

  function setQuiet(value: boolean): void {
    if (quiet === value) return;
    quiet = value;
    for (const rec of records) rec.revealed = false;
    highlighter?.setQuiet(quiet);
    if (styleEl) styleEl.textContent = styles.page(quiet);
    updateVisibility();
    discardOwnMutations();
  }

  function toggle(): boolean {
    if (!active && records.length === 0) {
      void run();
      return false;
    }
    setHidden(!hidden);
    return hidden;
  }

  function focusClaim(id: string): boolean {
    const rec = byId.get(id);
    if (!rec?.host.isConnected) return false;
    if (hidden) setHidden(false);
    if (rec.host.hidden) {
      // A quiet claim the reader picked in the popup: its badge shows until quiet mode changes.
      rec.revealed = true;
      rec.host.hidden = false;
      discardOwnMutations();
    }
    rec.host.scrollIntoView({
      block: 'center',
      behavior: prefersReducedMotion() ? 'auto' : 'smooth',
    });
    rec.host.focus({ preventScroll: true });
    return true;
  }

  function snapshot(): TabAnnotations {
    const sorted = [...records].sort((a, b) => a.claim.start - b.claim.start);
    const claims = sorted.map((r) => r.claim);
    const body = doc.body;
    const page =
      status === 'annotated' && body
        ? documentText(body, new Map(sorted.map((r) => [r.claim.id, r.handle.range])))
        : null;
    return {
      status,
      hidden,
      document: { version: 1, url: href() || null, title: pageTitle(doc), claims },
      text: texts.join('\n'),
      page,
      ...(capped ? { capped } : {}),
    };
  }

  async function autoRun(): Promise<void> {
    if (signal.aborted || active) return;
    if (opts.shouldAutoRun && (await opts.shouldAutoRun()) && !signal.aborted) await run();
  }

  function checkUrl(): void {
    const key = urlKey(href());
    if (key === url) return;
    url = key;
    if (active || records.length > 0) clear();
    clearTimeout(navTimer);
    navTimer = setTimeout(() => void autoRun(), limits.navigationDelayMs);
  }

  function destroy(): void {
    clear();
    observer?.disconnect();
    observer = null;
    clearTimeout(flushTimer);
    clearTimeout(navTimer);
    highlighter?.destroy();
    highlighter = null;
    styleEl?.remove();
    styleEl = null;
    card?.destroy();
    card = null;
    roving?.destroy();
    roving = null;
    delete html.dataset.corroborateStatus;
  }

  signal.addEventListener('abort', destroy, { once: true });
  setStatus('idle');

  return {
    get status() {
      return status;
    },
    get hidden() {
      return hidden;
    },
    run,
    clear,
    toggle,
    setHidden,
    setQuiet,
    focusClaim,
    snapshot,
    checkUrl,
    cardEvent: (event) => card?.onEvent(event),
    destroy,
  };
}
