// The background's batch answer does not wait on the learn-from-reading setting or its write: the
// setting's storage read comes back behind the page's next batches, which held the first badges.
import { describe, expect, it, vi } from 'vitest';
import { batchAnnotator, type BatchData } from '../../../entrypoints/background/annotate-batch';
import { PageArticles } from '../../../entrypoints/background/page-articles';
import { CitationIndex } from '../../../utils/match';
import type { ExtractedClaim } from '../../../utils/claim';

const URL_ = 'https://news.example.com/northwind';

function batch(text: string, document = 'doc-1'): BatchData {
  return { text, document, final: true, url: URL_, publisher: null, published: '2026-03-02' };
}

/** A promise and its resolver, to hold the setting's read open. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

function setup(setting: () => Promise<boolean>) {
  const learned: { claims: readonly ExtractedClaim[]; url: string }[] = [];
  const learn = vi.fn(async (claims: readonly ExtractedClaim[], url: string) => {
    learned.push({ claims, url });
  });
  const service = Promise.resolve({
    matcher: async () => ({ index: new CitationIndex([]), notes: new Map() }),
    learn,
  });
  const annotate = batchAnnotator({
    articles: new PageArticles(),
    service,
    learnFromReading: setting,
  });
  return { annotate, learned, learn };
}

const sender = { tab: { id: 7 }, frameId: 0 };
const TEXT = 'Northwind Robotics said on Monday it would cut 12% of its staff, about 400 jobs.';

describe('batchAnnotator', () => {
  it('answers a batch while the learn-from-reading setting is still being read', async () => {
    const setting = deferred<boolean>();
    const { annotate, learned } = setup(() => setting.promise);
    const claims = await annotate(batch(TEXT), sender);
    expect(claims.map((c) => c.text)).toContain('12%');
    // The setting has not answered yet: nothing is learned, and the answer did not wait for it.
    expect(learned).toEqual([]);
    setting.resolve(true);
    await vi.waitFor(() => expect(learned).toHaveLength(1));
    expect(learned[0]?.url).toBe(URL_);
    expect(learned[0]?.claims.map((c) => c.text)).toContain('12%');
  });

  it('learns nothing when the setting is off, and writes batches in the order they came', async () => {
    const off = setup(async () => false);
    await off.annotate(batch(TEXT), sender);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(off.learn).not.toHaveBeenCalled();

    const reads = [deferred<boolean>(), deferred<boolean>()];
    let asked = 0;
    const on = setup(() => (reads[asked++] as ReturnType<typeof deferred<boolean>>).promise);
    await on.annotate(batch(TEXT), sender);
    await on.annotate(batch('Harbor Freight said its revenue grew 9% last year.', 'doc-2'), sender);
    // The second write waits for the first one's setting read, however they answer.
    expect(asked).toBe(1);
    reads[0]?.resolve(true);
    await vi.waitFor(() => expect(asked).toBe(2));
    reads[1]?.resolve(true);
    await vi.waitFor(() => expect(on.learned).toHaveLength(2));
    expect(on.learned[0]?.claims.map((c) => c.text)).toContain('12%');
    expect(on.learned[1]?.claims.map((c) => c.text)).toContain('9%');
  });

  it('keeps the answer when the learning write fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { annotate, learn } = setup(async () => true);
    learn.mockRejectedValueOnce(new Error('quota'));
    const claims = await annotate(batch(TEXT), sender);
    expect(claims.length).toBeGreaterThan(0);
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
    warn.mockRestore();
  });
});
