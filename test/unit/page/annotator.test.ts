// @vitest-environment happy-dom
import { setBody, must, byId } from './dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnnotatedClaim } from '../../../utils/claim';
import { ok, type Reply } from '../../../utils/messaging';
import { toLive } from '../../../utils/page/ranges';
import { FLOAT_ATTR } from '../../../utils/page/ui-names';
import { HEAD_CHARS } from '../../../utils/extract';

/** Whether the document counts as large (utils/page/page-size.ts), set per test. */
const pageSize = vi.hoisted(() => ({ large: false }));
vi.mock('../../../utils/page/page-size', async (original) => ({
  ...(await original<typeof import('../../../utils/page/page-size')>()),
  isLargeDocument: () => pageSize.large,
}));
import {
  DEFAULT_LIMITS,
  createAnnotator,
  type Annotator,
  type AnnotatorOptions,
} from '../../../utils/page/annotator';

const styles = { page: () => '', mark: () => '', badge: '' };
const cardFrame = { url: 'about:blank', show: () => {}, hide: () => {} };

/**
 * A stand-in engine: every "N%" is a statistic, every "Northwind" a source. Like the real one,
 * it answers with offsets into the document's batches joined by "\n".
 */
function fakeEngine() {
  const texts: string[] = [];
  let document = '';
  let base = 0;
  const annotate = vi.fn(
    async (
      text: string,
      _url: string | null,
      part: { document: string; final: boolean },
    ): Promise<Reply<AnnotatedClaim[]>> => {
      if (part.document !== document) {
        document = part.document;
        base = 0;
      }
      if (text === '') return ok([]);
      texts.push(text);
      const at = base;
      base += text.length + 1;
      const claims: AnnotatedClaim[] = [];
      for (const m of text.matchAll(/\d+%|Northwind/g)) {
        const isSource = m[0] === 'Northwind';
        claims.push({
          id: `x${claims.length}`,
          start: at + m.index,
          end: at + m.index + m[0].length,
          text: m[0],
          verdict: isSource ? 'unverifiable' : 'corroborated',
          citations: isSource
            ? []
            : [
                { publisher: 'A', url: null, published: null, claim: 'a' },
                { publisher: 'B', url: null, published: null, claim: 'b' },
              ],
          conflicts: [],
          reason: '',
          ...(isSource
            ? { kind: 'source' as const }
            : {
                kind: 'statistic' as const,
                value: Number.parseFloat(m[0]),
                unit: 'percent' as const,
                hedge: null,
                source: null,
                subject: null,
                measure: null,
              }),
        } as AnnotatedClaim);
      }
      return ok(claims);
    },
  );
  return { annotate, texts };
}

const article = `<article id="story">
  <h1>Contoso trims staff</h1>
  <p>Contoso will cut 12% of its workforce, <a href="/n">Northwind</a> reported on Monday, in a move that analysts called overdue for the company.</p>
  <p>Revenue fell <b>8</b>% last year while costs rose 5%, according to filings reviewed by reporters this week.</p>
  <aside class="related"><p>Other story: 99% of things</p></aside>
</article>`;

let controller: AbortController;
let annotator: Annotator;

function make(engine = fakeEngine(), extra: Partial<AnnotatorOptions> = {}) {
  controller = new AbortController();
  annotator = createAnnotator({
    doc: document,
    signal: controller.signal,
    styles,
    cardFrame,
    annotate: engine.annotate,
    limits: { mutationDelayMs: 10, navigationDelayMs: 10 },
    ...extra,
  });
  return engine;
}

const badges = () => [...document.querySelectorAll('[data-credibility-verdict]')];
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeEach(() => {
  document.head.replaceChildren();
  setBody(article);
});
afterEach(() => controller?.abort());

describe('PageAnnotator', () => {
  it('badges every claim once, right after its text, and reports status', async () => {
    const engine = make();
    expect(document.documentElement.dataset.corroborateStatus).toBe('idle');
    await annotator.run();
    expect(document.documentElement.dataset.corroborateStatus).toBe('annotated');
    const found = badges();
    // 12%, Northwind, 5% ("8</b>%" is split by markup in the fake regex only: "8%" is read whole)
    expect(found.map((b) => b.getAttribute('aria-label'))).toEqual([
      '12% — corroborated by 2 publishers',
      'Northwind — unverifiable',
      '8% — corroborated by 2 publishers',
      '5% — corroborated by 2 publishers',
    ]);
    // One tab stop into the annotations: the first badge; the others are reached by arrow keys.
    expect(found.map((b) => b.getAttribute('tabindex'))).toEqual(['0', '-1', '-1', '-1']);
    for (const b of found) {
      expect(b.getAttribute('role')).toBe('button');
      expect(['statistic', 'source']).toContain(b.getAttribute('data-credibility-kind'));
    }
    // The link text stays intact; the badge follows the link.
    const link = must(document.querySelector('a'));
    expect(link.textContent).toBe('Northwind');
    expect(link.nextElementSibling?.localName).toBe('corroborate-badge');
    // The aside was not read.
    expect(engine.texts.join('\n')).not.toContain('99%');
    // Snapshot offsets point into the page text.
    const snap = annotator.snapshot();
    expect(snap.status).toBe('annotated');
    expect(snap.document.claims).toHaveLength(4);
    expect(new Set(snap.document.claims.map((c) => c.id)).size).toBe(4);
    const full = engine.texts.join('\n');
    for (const c of snap.document.claims) expect(full.slice(c.start, c.end)).toBe(c.text);
  });

  it("snapshots the page's title and own text with each claim's span, once annotated", async () => {
    document.title = 'Contoso trims staff | Example News';
    make();
    expect(annotator.snapshot().page).toBeNull();
    await annotator.run();
    const snap = annotator.snapshot();
    expect(snap.document.title).toBe('Contoso trims staff | Example News');
    const page = must(snap.page, 'page text');
    // The badges' content lives in shadow roots: the text is the page's own, badges in or not.
    expect(page.text).toBe(document.body.textContent);
    expect(page.text).toContain('Other story: 99% of things');
    for (const claim of snap.document.claims) {
      const span = must(page.spans[claim.id], `span of ${claim.text}`);
      expect(page.text.slice(span.start, span.end)).toBe(claim.text);
    }
  });

  it('a second run badges nothing twice', async () => {
    make();
    await annotator.run();
    await annotator.run();
    expect(badges()).toHaveLength(4);
  });

  it('annotates paragraphs added later, only once', async () => {
    const engine = make();
    await annotator.run();
    const p = document.createElement('p');
    p.textContent = 'A late paragraph says 40% of readers scroll.';
    byId('story').appendChild(p);
    await wait(60);
    await vi.waitFor(() => expect(badges()).toHaveLength(5));
    // Moving an annotated paragraph does not badge it again.
    const story = byId('story');
    story.appendChild(must(story.querySelector('p')));
    await wait(60);
    expect(badges()).toHaveLength(5);
    expect(engine.texts.filter((t) => t.includes('40%'))).toHaveLength(1);
  });

  it('puts back badges the page removes, without loops', async () => {
    make();
    await annotator.run();
    const first = must(badges()[0]);
    first.remove();
    await wait(60);
    expect(badges()).toHaveLength(4);
    expect(first.isConnected).toBe(true);
  });

  it('toggles, clears and tears down', async () => {
    make();
    await annotator.run();
    expect(annotator.toggle()).toBe(true);
    expect(badges().every((b) => (b as HTMLElement).hidden)).toBe(true);
    expect(annotator.toggle()).toBe(false);
    expect(badges().every((b) => !(b as HTMLElement).hidden)).toBe(true);
    expect(annotator.focusClaim('c1')).toBe(true);
    expect(annotator.focusClaim('nope')).toBe(false);
    controller.abort();
    expect(badges()).toHaveLength(0);
    expect(document.querySelector('corroborate-mark')).toBeNull();
    expect(document.querySelector('[data-corroborate-ui]')).toBeNull();
    expect(document.documentElement.dataset.corroborateStatus).toBeUndefined();
    // Text is back as it was.
    expect(byId('story').textContent).toContain('Contoso will cut 12% of its workforce');
  });

  it('moves between badges with the arrow keys, keeping one tab stop', async () => {
    make();
    await annotator.run();
    const found = badges() as HTMLElement[];
    const press = (key: string) =>
      document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    must(found[0]).focus();
    press('ArrowRight');
    expect(document.activeElement).toBe(found[1]);
    press('ArrowDown');
    expect(document.activeElement).toBe(found[2]);
    press('ArrowLeft');
    expect(document.activeElement).toBe(found[1]);
    press('End');
    expect(document.activeElement).toBe(found[3]);
    press('ArrowRight');
    expect(document.activeElement).toBe(found[3]);
    press('Home');
    expect(document.activeElement).toBe(found[0]);
    press('ArrowRight');
    // The last badge focused is the one tab stop.
    expect(found.map((b) => b.getAttribute('tabindex'))).toEqual(['-1', '0', '-1', '-1']);
  });

  it('in quiet mode badges only corroborated or conflicting claims; the popup reveals others', async () => {
    make(fakeEngine(), {
      quiet: true,
      styles: {
        page: () => '',
        mark: (verdict, quiet, hidden) =>
          `${verdict} ${quiet ? 'quiet' : 'loud'}${hidden ? ' hidden' : ''}`,
        badge: '',
      },
    });
    await annotator.run();
    /** The paint of each fallback mark (happy-dom has no CSS highlights), in page order. */
    const paint = () =>
      [...document.querySelectorAll('corroborate-mark')].map((m) => m.getAttribute('style'));
    expect(new Set(paint())).toEqual(new Set(['corroborated quiet', 'unverifiable quiet']));
    const shown = () =>
      (badges() as HTMLElement[]).filter((b) => !b.hidden).map((b) => b.getAttribute('aria-label'));
    // "Northwind" is unverifiable: no badge in quiet mode, but it is still listed.
    expect(shown()).toEqual([
      '12% — corroborated by 2 publishers',
      '8% — corroborated by 2 publishers',
      '5% — corroborated by 2 publishers',
    ]);
    const quietClaim = must(
      annotator.snapshot().document.claims.find((c) => c.text === 'Northwind'),
    );
    expect(annotator.focusClaim(quietClaim.id)).toBe(true);
    expect(shown()).toContain('Northwind — unverifiable');
    expect((document.activeElement as HTMLElement).getAttribute('aria-label')).toBe(
      'Northwind — unverifiable',
    );
    annotator.setQuiet(false);
    expect(new Set(paint())).toEqual(new Set(['corroborated loud', 'unverifiable loud']));
    expect(shown()).toHaveLength(4);
    annotator.setHidden(true);
    expect(new Set(paint())).toEqual(
      new Set(['corroborated loud hidden', 'unverifiable loud hidden']),
    );
    annotator.setHidden(false);
    annotator.setQuiet(true);
    expect(shown()).toHaveLength(3);
    // The tab stop is always a badge that shows.
    const stop = (badges() as HTMLElement[]).find((b) => b.getAttribute('tabindex') === '0');
    expect(stop?.hidden).toBe(false);
  });

  it('uses CSS highlights when the API is there', async () => {
    const registry = new Map<string, { ranges: Set<AbstractRange> }>();
    class FakeHighlight {
      ranges = new Set<AbstractRange>();
      constructor(...ranges: AbstractRange[]) {
        for (const r of ranges) this.ranges.add(r);
      }
      add(r: AbstractRange) {
        this.ranges.add(r);
      }
      delete(r: AbstractRange) {
        return this.ranges.delete(r);
      }
    }
    /** Every badge is near the viewport. */
    class FakeObserver {
      constructor(private readonly cb: (entries: unknown[]) => void) {}
      observe(target: Element) {
        this.cb([{ target, isIntersecting: true }]);
      }
      unobserve() {}
      disconnect() {}
    }
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.stubGlobal('CSS', { highlights: registry });
    try {
      make();
      await annotator.run();
      expect(document.querySelector('corroborate-mark')).toBeNull();
      const corroborated = registry.get('corroborate-corroborated');
      const texts = [...(corroborated?.ranges ?? [])].map((r) => toLive(r)?.toString());
      expect(texts.sort()).toEqual(['12%', '5%', '8%']);
      annotator.toggle();
      expect(registry.has('corroborate-corroborated')).toBe(false);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('starts over after an SPA navigation', async () => {
    const shouldAutoRun = vi.fn(() => true);
    make(fakeEngine(), { shouldAutoRun });
    await annotator.run();
    expect(badges()).toHaveLength(4);
    history.pushState({}, '', '/next-story');
    setBody(
      `<article><p>The next story reports that 30% of the fleet is electric now, a record share for the operator.</p><p>Officials expect the share to climb further over the next several years of service.</p></article>`,
    );
    await vi.waitFor(() => expect(shouldAutoRun).toHaveBeenCalled(), { timeout: 1000 });
    await vi.waitFor(
      () =>
        expect(badges().map((b) => b.getAttribute('aria-label'))).toEqual([
          '30% — corroborated by 2 publishers',
        ]),
      { timeout: 1000 },
    );
  });

  it('marks at most maxClaims claims, reads no further and says so in its snapshot', async () => {
    const engine = make(fakeEngine(), { limits: { maxClaims: 3, maxBlocks: 1, firstBlocks: 1 } });
    const story = byId('story');
    for (let i = 0; i < 6; i++) {
      const p = document.createElement('p');
      p.textContent = `Paragraph ${i} of the dump lists ${i + 20}% and ${i + 40}% of sales.`;
      story.appendChild(p);
    }
    await annotator.run();
    expect(badges()).toHaveLength(3);
    const snap = annotator.snapshot();
    expect(snap.document.claims).toHaveLength(3);
    expect(snap.capped).toEqual({ what: 'claims', most: 3 });
    // The last paragraphs were never sent to the engine.
    expect(engine.texts.join('\n')).not.toContain('Paragraph 5');
    annotator.clear();
    expect(annotator.snapshot().capped).toBeUndefined();
  });

  it('reads at most maxPageChars characters of a page and says so', async () => {
    const engine = make(fakeEngine(), {
      limits: { maxPageChars: 100, maxBlocks: 1, firstBlocks: 1 },
    });
    await annotator.run();
    expect(annotator.snapshot().capped).toEqual({ what: 'characters', most: 100 });
    expect(engine.texts.join('\n')).toContain('12%');
    expect(engine.texts.join('\n')).not.toContain('costs rose');
  });

  it('sends the article head in its first batch: the engine answers the head whole', () => {
    expect(DEFAULT_LIMITS.firstChars).toBeGreaterThan(HEAD_CHARS);
    expect(DEFAULT_LIMITS.firstChars).toBeLessThan(DEFAULT_LIMITS.maxChars);
  });

  it('sends small batches until the first batch size is read, then full ones', async () => {
    const engine = make(fakeEngine(), {
      limits: { firstChars: 150, firstBlocks: 1, maxChars: 100_000, maxBlocks: 100 },
    });
    await annotator.run();
    // The headline alone is one block (the first batch's block limit): the head is not read yet,
    // so the next batch is small too (the first paragraph); the rest goes in one full batch.
    expect(engine.texts).toHaveLength(3);
    expect(engine.texts[0]).toBe('Contoso trims staff');
    expect(engine.texts[1]).toMatch(/^Contoso will cut 12%.*company\.$/);
    expect(engine.texts[2]).toMatch(/^Revenue fell 8%/);
  });

  it('inserts at most frameBadges badges per frame, the first at once', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
    try {
      make(fakeEngine(), { limits: { frameBadges: 3, frameBudgetMs: 1_000 } });
      const done = annotator.run();
      // The first slice goes in without waiting for a frame.
      await vi.waitFor(() => expect(badges()).toHaveLength(3));
      // The rest wait for a frame, as the warm-up of the badge fonts does (it asked first).
      expect(frames).toHaveLength(2);
      await wait(20);
      expect(badges()).toHaveLength(3);
      for (const frame of frames.splice(0)) frame(0);
      await vi.waitFor(() => expect(badges()).toHaveLength(4));
      // The highlights wait for the frame that renders the last slice: one of their own.
      expect(frames).toHaveLength(1);
      (frames.shift() as FrameRequestCallback)(0);
      await done;
    } finally {
      vi.unstubAllGlobals();
      vi.restoreAllMocks();
    }
  });

  it('on a large document, lets a frame render before the first badges, and queued tasks run before each slice', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
    pageSize.large = true;
    try {
      const engine = make(fakeEngine());
      const done = annotator.run();
      await vi.waitFor(() => expect(engine.texts.length).toBeGreaterThan(0));
      await vi.waitFor(() => expect(frames).toHaveLength(1));
      await wait(20);
      // Chromium's own post-load work renders in that frame, apart from the badges' first one.
      expect(badges()).toHaveLength(0);
      (frames.shift() as FrameRequestCallback)(0);
      // A task the page queued while the frame rendered runs before the slice after it.
      const queued = new Promise<number>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          resolve(badges().length);
        };
        channel.port2.postMessage(null);
      });
      expect(await queued).toBe(0);
      // The highlights after the frame that renders the slice (no warm-up of the badge fonts).
      await vi.waitFor(() => expect(frames).toHaveLength(1));
      (frames.shift() as FrameRequestCallback)(0);
      await done;
      // Then all of them in one slice, floating (a large document's badges take no room).
      expect(badges()).toHaveLength(4);
      expect(badges().every((b) => b.hasAttribute(FLOAT_ATTR))).toBe(true);
    } finally {
      pageSize.large = false;
      vi.unstubAllGlobals();
      vi.restoreAllMocks();
    }
  });

  it('gives a page whose every frame renders slowly frames as full as the budget allows', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
    // Every reading of the clock is 50 ms after the last: every frame takes 50 ms or more.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 50));
    try {
      make(fakeEngine(), {
        limits: { frameBadges: 1, frameBudgetMs: 1_000, fullFramesAfterMs: 20 },
      });
      const done = annotator.run();
      await vi.waitFor(() => expect(badges()).toHaveLength(1));
      // That slice's frame, and the one the warm-up of the badge fonts waits for.
      for (const frame of frames.splice(0)) frame(0);
      await vi.waitFor(() => expect(badges()).toHaveLength(4));
      // The rest in the slice after that one frame, not one badge per frame: the only frame
      // asked for since is the highlights' own.
      expect(frames).toHaveLength(1);
      (frames.shift() as FrameRequestCallback)(0);
      await done;
    } finally {
      vi.unstubAllGlobals();
      vi.restoreAllMocks();
    }
  });

  it('a page within the limits says nothing about them', async () => {
    make();
    await annotator.run();
    expect(annotator.snapshot().capped).toBeUndefined();
  });
});
