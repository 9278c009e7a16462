// The W3C Web Annotation export re-anchors in other tools: every annotation the popup exports
// from a fixture page is found again, after a reload, by Apache Annotator (an independent
// implementation of the selectors, injected into the page as a script), its TextPositionSelector
// and its TextQuoteSelector both, on the claim's own text. The pages have headlines, bylines,
// tables, lists, inline markup, no-break spaces, soft hyphens, emoji and a script in the body.
import { describe, expect, it } from 'vitest';
import type { ClaimDocument } from '../../utils/claim';
import type { TextPositionSelector, TextQuoteSelector } from '../../utils/export/web-annotation';
import { normalizeText } from '../../utils/page/ranges';
import { APACHE_ANNOTATOR_GLOBAL, apacheAnnotatorScript } from './harness/apache-annotator';
import { listBadges } from './harness/page-probes';
import { useSession } from './harness/session';
import { exportFromPopup } from './harness/ui-flows';

type Selector = TextQuoteSelector | TextPositionSelector;
interface WebAnnotation {
  id: string;
  target: { source: string; selector: Selector[] };
}

/** What Apache Annotator found for one annotation, in the page. */
interface Anchored {
  id: string;
  /** Text of each range the position selector resolved to (one, or none). */
  position: string[];
  /** Text of each range the quote selector resolved to. */
  quote: string[];
  /** Whether one of the quote's ranges covers the same text as the position's range. */
  agree: boolean;
  error: string | null;
}

/** Runs in the page: resolves each annotation's selectors in <body> with Apache Annotator. */
async function anchorAll(input: {
  global: string;
  items: { id: string; selector: Selector[] }[];
}): Promise<Anchored[]> {
  type Matcher = (scope: Node) => AsyncIterable<Range>;
  const lib = (globalThis as unknown as Record<string, Record<string, (s: Selector) => Matcher>>)[
    input.global
  ];
  if (!lib) throw new Error('Apache Annotator is not in the page');
  const all = async (matcher: Matcher): Promise<Range[]> => {
    const found: Range[] = [];
    for await (const range of matcher(document.body)) found.push(range);
    return found;
  };
  const out: Anchored[] = [];
  for (const { id, selector } of input.items) {
    const byType = (type: string) => selector.find((s) => s.type === type);
    const entry: Anchored = { id, position: [], quote: [], agree: false, error: null };
    try {
      const position = byType('TextPositionSelector');
      const quote = byType('TextQuoteSelector');
      const at = position
        ? await all(lib.createTextPositionSelectorMatcher?.(position) as Matcher)
        : [];
      const quoted = quote ? await all(lib.createTextQuoteSelectorMatcher?.(quote) as Matcher) : [];
      entry.position = at.map((r) => r.toString());
      entry.quote = quoted.map((r) => r.toString());
      // Where a range starts and ends in the body's text: two matchers may put one point at
      // the end of a text node or at the start of the next, the same place in the text.
      const offsets = (r: Range): string => {
        const before = document.createRange();
        before.setStart(document.body, 0);
        before.setEnd(r.startContainer, r.startOffset);
        const start = before.toString().length;
        return `${start}-${start + r.toString().length}`;
      };
      const target = at[0];
      entry.agree = !!target && quoted.some((r) => offsets(r) === offsets(target));
    } catch (error) {
      entry.error = String(error);
    }
    out.push(entry);
  }
  return out;
}

describe('W3C export re-anchored by Apache Annotator', () => {
  const session = useSession();

  for (const file of [
    'selectors-article.html',
    'news-layout.html',
    'sample-article.html',
    'live-blog.html',
  ]) {
    it(`finds every exported selector of ${file} again after a reload`, async () => {
      const page = await session.openAnnotated(file);
      const badges = (await page.evaluate(listBadges, null)).length;
      expect(badges).toBeGreaterThan(0);
      const [json, w3c] = await exportFromPopup(session.open, session.browser.extensionBase, [
        'json',
        'w3c',
      ]);
      const doc = JSON.parse(json?.content ?? '') as ClaimDocument;
      const items = (JSON.parse(w3c?.content ?? '') as { first: { items: WebAnnotation[] } }).first
        .items;
      expect(items).toHaveLength(badges);
      expect(doc.claims).toHaveLength(badges);

      // Reload with Apache Annotator as a page script, and let Corroborate annotate it again:
      // the selectors must hold on the page as a reader has it, badges in.
      await page.addInitScript(await apacheAnnotatorScript());
      await page.goto(`${session.server.origin}/${file}`);
      await page.waitFor(
        () => document.documentElement.dataset.corroborateStatus === 'annotated',
        null,
      );
      const anchored = await page.evaluate(anchorAll, {
        global: APACHE_ANNOTATOR_GLOBAL,
        items: items.map((item) => ({ id: item.id, selector: item.target.selector })),
      });

      const problems: string[] = [];
      anchored.forEach((result, i) => {
        const claim = doc.claims[i];
        const item = items[i];
        if (!claim || !item?.id.endsWith(`#${claim.id}`)) {
          problems.push(`annotation ${i} is not claim ${claim?.id}`);
          return;
        }
        // The page's text holds no-break spaces and soft hyphens that the claim's text (read as
        // rendered) has as spaces and nothing: compare the way the collector reads the page.
        const want = claim.text;
        const same = (text: string) => normalizeText(text) === want;
        if (result.error) problems.push(`${want}: ${result.error}`);
        if (result.position.length !== 1 || !same(result.position[0] ?? ''))
          problems.push(`${want}: position → ${JSON.stringify(result.position)}`);
        if (result.quote.length === 0 || !result.quote.every(same))
          problems.push(`${want}: quote → ${JSON.stringify(result.quote)}`);
        if (!result.agree) problems.push(`${want}: quote and position select different text`);
      });
      expect(problems).toEqual([]);
      await page.close();
      expect(session.extensionRequests()).toEqual([]);
    });
  }
});
