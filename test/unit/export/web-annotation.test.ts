import { describe, expect, it } from 'vitest';
import type { ClaimDocument } from '../../../utils/claim';
import {
  anchorQuote,
  codePointCounter,
  toWebAnnotations,
  type AnchorText,
} from '../../../utils/export/web-annotation';
import { makeDocument, PAGE_TEXT, PAGE_URL, span } from './fixture';

interface Selector {
  type: string;
  exact?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}
interface Body {
  type: string;
  purpose?: string;
  value?: string;
  label?: string;
  source?: { id: string; type: string; creator?: { name: string } };
}
interface Annotation {
  id: string;
  type: string;
  motivation: string;
  body: Body[];
  target: { source: string; selector: Selector[] };
}
interface Collection {
  '@context': string;
  id: string;
  type: string;
  total: number;
  first: { type: string; items: Annotation[] };
}

function exportOf(doc: ClaimDocument, text: string, spans: AnchorText['spans'] = {}): Collection {
  return JSON.parse(toWebAnnotations(doc, { text, spans })) as Collection;
}

function selectors(annotation: Annotation): { quote: Selector; position: Selector | undefined } {
  const quote = annotation.target.selector.find((s) => s.type === 'TextQuoteSelector');
  if (!quote) throw new Error('no TextQuoteSelector');
  const position = annotation.target.selector.find((s) => s.type === 'TextPositionSelector');
  return { quote, position };
}

function quoteOf(selector: Selector): { exact: string; prefix: string; suffix: string } {
  return {
    exact: selector.exact ?? '',
    prefix: selector.prefix ?? '',
    suffix: selector.suffix ?? '',
  };
}

describe('toWebAnnotations', () => {
  it('writes an AnnotationCollection with one assessing annotation per claim', () => {
    const doc = makeDocument();
    const out = exportOf(doc, PAGE_TEXT);
    expect(out['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(out.type).toBe('AnnotationCollection');
    expect(out.total).toBe(doc.claims.length);
    expect(out.first.type).toBe('AnnotationPage');
    expect(out.first.items).toHaveLength(doc.claims.length);
    for (const annotation of out.first.items) {
      expect(annotation.type).toBe('Annotation');
      expect(annotation.motivation).toBe('assessing');
      expect(annotation.target.source).toBe(PAGE_URL);
    }
  });

  it('gives each annotation a unique URN id built from the page URL and the claim id', () => {
    const items = exportOf(makeDocument(), PAGE_TEXT).first.items;
    // The page's fragment is dropped and its `?` escaped, so the URN has one `#`: the claim's.
    expect(items[0]?.id).toBe(
      'urn:corroborate:https://www.example.com/tech/pinterest-layoffs%3Fref=home#c1',
    );
    expect(new Set(items.map((a) => a.id)).size).toBe(items.length);
  });

  it('names a page without URL by a hash of its text', () => {
    const doc = { ...makeDocument(), url: null };
    const out = exportOf(doc, PAGE_TEXT);
    expect(out.id).toMatch(/^urn:corroborate:doc-[0-9a-f]{8}$/);
    expect(out.first.items[0]?.target.source).toBe(out.id);
    expect(exportOf(doc, PAGE_TEXT).id).toBe(out.id);
    expect(exportOf(doc, `${PAGE_TEXT} `).id).not.toBe(out.id);
  });

  it('puts verdict and reason, a verdict tag and one item per citation in the body', () => {
    const [c1, , c3] = exportOf(makeDocument(), PAGE_TEXT).first.items;
    expect(c1?.body[0]).toEqual({
      type: 'TextualBody',
      purpose: 'assessing',
      value: 'Corroborated: Reported by 2 publishers: CNBC, Reuters',
      format: 'text/plain',
    });
    expect(c1?.body[1]).toEqual({ type: 'TextualBody', purpose: 'tagging', value: 'corroborated' });
    expect(c1?.body).toHaveLength(4);
    expect(c1?.body[2]).toMatchObject({
      type: 'SpecificResource',
      source: {
        id: 'https://www.cnbc.com/2025/01/27/pinterest-layoffs.html',
        creator: { name: 'CNBC' },
      },
    });
    // The javascript: citation is kept as text and never becomes a resource to follow.
    expect(c3?.body[2]?.type).toBe('TextualBody');
    expect(c3?.body[2]?.source).toBeUndefined();
  });

  it('never writes a non-http(s) URL anywhere', () => {
    const out = toWebAnnotations(makeDocument(), { text: PAGE_TEXT, spans: {} });
    expect(out).not.toContain('javascript:alert(document.cookie)');
  });

  it('writes quote selectors with up to 32 characters of context and matching positions', () => {
    const doc = makeDocument();
    const items = exportOf(doc, PAGE_TEXT).first.items;
    doc.claims.forEach((claim, i) => {
      const annotation = items[i];
      if (!annotation) throw new Error('missing annotation');
      const { quote, position } = selectors(annotation);
      expect(quote.exact).toBe(claim.text);
      expect(quote.prefix).toBe(PAGE_TEXT.slice(Math.max(0, claim.start - 32), claim.start));
      expect(quote.suffix).toBe(PAGE_TEXT.slice(claim.end, claim.end + 32));
      // Positions count code points: the fixture's emoji is one character, two UTF-16 units.
      const points = (index: number) => [...PAGE_TEXT.slice(0, index)].length;
      expect(position).toEqual({
        type: 'TextPositionSelector',
        start: points(claim.start),
        end: points(claim.end),
      });
      expect([...PAGE_TEXT].slice(position?.start, position?.end).join('')).toBe(claim.text);
    });
    // The last claims sit after the emoji, so the two counts differ there: not a vacuous check.
    const after = doc.claims.findIndex((c) => c.id === 'c8');
    const annotation = items[after];
    expect(annotation && selectors(annotation).position?.start).toBe(
      (doc.claims[after]?.start ?? 0) - 1,
    );
  });

  it("re-anchors every exported quote to the claim's offsets", () => {
    const doc = makeDocument();
    exportOf(doc, PAGE_TEXT).first.items.forEach((annotation, i) => {
      const { quote } = selectors(annotation);
      const claim = doc.claims[i];
      const expected = { start: claim?.start, end: claim?.end };
      // With the claim's offset as a hint, and from the quote's context alone.
      expect(anchorQuote(PAGE_TEXT, quoteOf(quote), claim?.start)).toEqual(expected);
      expect(anchorQuote(PAGE_TEXT, quoteOf(quote))).toEqual(expected);
    });
  });

  it("counts selectors in the page's own text when the DOM gave each claim a span there", () => {
    // The page's text as a browser has it: indentation, a no-break space, a soft hyphen, and no
    // "\n" between blocks, all of which our collected text (the claims' offsets) differs by.
    const page = '\n  <h1>\n  Acme to cut 1,200\u00a0jobs 🙃\n  </h1>Acme said 12% of staff go.\n';
    const text = 'Acme to cut 1,200 jobs 🙃\nAcme said 12% of staff go.';
    const claim = (id: string, needle: string) => ({
      id,
      kind: 'source' as const,
      text: needle,
      ...span(text, needle),
      verdict: 'unverifiable' as const,
      citations: [],
      conflicts: [],
      reason: '',
    });
    const doc: ClaimDocument = {
      version: 1,
      url: 'https://example.org/acme',
      claims: [claim('a', '1,200 jobs'), claim('b', '12%')],
    };
    const spans = { a: span(page, '1,200\u00a0jobs'), b: span(page, '12%') };
    const [a, b] = exportOf(doc, page, spans).first.items.map(selectors);
    expect(a?.quote).toMatchObject({
      exact: '1,200\u00a0jobs',
      prefix: '\n  <h1>\n  Acme to cut ',
    });
    // Before the emoji, code points and UTF-16 units agree.
    expect(a?.position).toMatchObject(spans.a);
    expect(b?.quote).toMatchObject({ exact: '12%', suffix: ' of staff go.\n' });
    // After the emoji: one code point less than its UTF-16 offset.
    expect(b?.position).toMatchObject({ start: spans.b.start - 1, end: spans.b.end - 1 });
  });

  it('re-anchors a quote repeated with identical context by the position hint', () => {
    // Three copies of a sentence, each long enough that 32 characters either side of "15%" stay
    // inside it: prefix and suffix cannot tell the copies apart, only the position can.
    const sentence =
      'The company said in a filing that about 15% of roles will go by March next year.';
    const text = `Pull quote: ${sentence}\n${sentence}\n${sentence}`;
    const doc: ClaimDocument = {
      version: 1,
      url: 'https://example.org/a',
      claims: [0, 1, 2].map((nth) => ({
        id: `q${nth}`,
        kind: 'statistic' as const,
        ...span(text, '15%', nth),
        text: '15%',
        value: 15,
        unit: 'percent' as const,
        hedge: 'about' as const,
        source: null,
        subject: null,
        measure: null,
        verdict: 'unverifiable' as const,
        citations: [],
        conflicts: [],
        reason: 'No publisher in the store',
      })),
    };
    const items = exportOf(doc, text).first.items;
    const quotes = items.map((a) => quoteOf(selectors(a).quote));
    expect(quotes[1]).toEqual(quotes[2]);
    items.forEach((annotation, nth) => {
      const { quote, position } = selectors(annotation);
      expect(anchorQuote(text, quoteOf(quote), position?.start)).toEqual(span(text, '15%', nth));
    });
  });

  it('trims context rather than split a surrogate pair', () => {
    // The odd `x`/`y` put the 32-unit windows' far ends in the middle of an emoji.
    const text = `${'🙃'.repeat(20)}x15%y${'🙃'.repeat(20)}`;
    const { start, end } = span(text, '15%');
    const doc: ClaimDocument = {
      version: 1,
      url: null,
      claims: [
        {
          id: 'e',
          kind: 'source',
          text: '15%',
          start,
          end,
          verdict: 'unverifiable',
          citations: [],
          conflicts: [],
          reason: '',
        },
      ],
    };
    const item = exportOf(doc, text).first.items[0];
    if (!item) throw new Error('missing annotation');
    const { quote } = selectors(item);
    expect(quote.prefix).toBe(`${'🙃'.repeat(15)}x`);
    expect(quote.suffix).toBe(`y${'🙃'.repeat(15)}`);
    expect(anchorQuote(text, quoteOf(quote))).toEqual({ start, end });
    expect(toWebAnnotations(doc, { text, spans: {} })).not.toMatch(/\\ud[89a-f]/i);
  });

  it('falls back to the claim text when offsets no longer match the page text', () => {
    const doc = makeDocument();
    const shifted = `Updated 10:42. ${PAGE_TEXT}`;
    const items = exportOf(doc, shifted).first.items;
    const { quote, position } = selectors(items[0] as Annotation);
    expect(quote.exact).toBe('15%');
    expect(position).toEqual({ type: 'TextPositionSelector', ...span(shifted, '15%', 1) });
    // Gone from the text entirely: a quote selector only, no misleading position.
    const gone = exportOf(doc, 'A different page.').first.items[0] as Annotation;
    expect(gone.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: '15%', prefix: '', suffix: '' },
    ]);
  });
});

describe('codePointCounter', () => {
  it('counts code points up to a UTF-16 index, forward and again from the start', () => {
    const text = 'a🙃b🙃🙃c';
    const points = codePointCounter(text);
    expect([0, 1, 3, 4, 6, 8, 9].map(points)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(points(3)).toBe(2);
    // A lone surrogate is one code point of its own.
    expect(codePointCounter('\ud83dx')(2)).toBe(2);
  });
});

describe('anchorQuote', () => {
  const text = 'Sales rose 5% in May. Costs rose 5% in June. Sales rose 5% in May.';

  it('prefers the occurrence whose prefix and suffix match', () => {
    expect(anchorQuote(text, { exact: '5%', prefix: 'Costs rose ', suffix: ' in June' })).toEqual(
      span(text, '5%', 1),
    );
  });

  it('among context matches, takes the one nearest the hint', () => {
    const quote = { exact: '5%', prefix: 'Sales rose ', suffix: ' in May' };
    expect(anchorQuote(text, quote)).toEqual(span(text, '5%', 0));
    expect(anchorQuote(text, quote, 60)).toEqual(span(text, '5%', 2));
  });

  it('falls back to the exact quote nearest the hint when the context changed', () => {
    const quote = { exact: '5%', prefix: 'Revenue rose ', suffix: ' in July' };
    expect(anchorQuote(text, quote, 30)).toEqual(span(text, '5%', 1));
    expect(anchorQuote(text, quote)).toEqual(span(text, '5%', 0));
  });

  it('returns null for an absent or empty quote', () => {
    expect(anchorQuote(text, { exact: '7%', prefix: '', suffix: '' })).toBeNull();
    expect(anchorQuote(text, { exact: '', prefix: 'Sales', suffix: '' })).toBeNull();
  });

  it('handles a prefix at the very start and a suffix at the very end', () => {
    expect(anchorQuote('5% up', { exact: '5%', prefix: '', suffix: ' up' })).toEqual({
      start: 0,
      end: 2,
    });
    expect(anchorQuote('up 5%', { exact: '5%', prefix: 'up ', suffix: '' })).toEqual({
      start: 3,
      end: 5,
    });
  });
});
