// @vitest-environment happy-dom
// The context menu's "Add selection as a citation": page metadata, the prefill it builds and the
// options page hash that carries it.
import { describe, expect, it } from 'vitest';
import { selectionPrefill } from '../../../entrypoints/background/commands';
import {
  addCitationHash,
  hostPublisher,
  pageTitle,
  parseAddCitationHash,
  readPageMetadata,
} from '../../../utils/page/metadata';

function page(head: string): Document {
  return new DOMParser().parseFromString(
    `<html><head>${head}</head><body></body></html>`,
    'text/html',
  );
}

describe('pageTitle', () => {
  // [what, head, body, title]
  const rows: [string, string, string, string | null][] = [
    [
      'og:title first',
      '<title>Acme cuts 200 jobs | Daily</title><meta property="og:title" content="Acme cuts 200 jobs">',
      '',
      'Acme cuts 200 jobs',
    ],
    [
      'else <title>, spaces collapsed',
      '<title>\n  Acme cuts\n 200 jobs | Daily </title>',
      '',
      'Acme cuts 200 jobs | Daily',
    ],
    [
      'else the first <h1>',
      '',
      '<h1>Acme <b>cuts</b> 200 jobs</h1><h1>Other</h1>',
      'Acme cuts 200 jobs',
    ],
    ['null without any', '<title>  </title>', '<p>Text</p>', null],
  ];
  it.each(rows)('%s', (_what, head, body, title) => {
    const doc = new DOMParser().parseFromString(
      `<html><head>${head}</head><body>${body}</body></html>`,
      'text/html',
    );
    expect(pageTitle(doc)).toBe(title);
  });

  it('bounds a runaway title', () => {
    expect(pageTitle(page(`<title>${'a'.repeat(5000)}</title>`))?.length).toBe(300);
  });
});

describe('readPageMetadata', () => {
  it('reads og:site_name and article:published_time', () => {
    const doc = page(
      '<meta property="og:site_name" content=" CNBC "><meta property="article:published_time" content="2025-01-27T09:00:00Z">',
    );
    expect(readPageMetadata(doc, 'https://www.cnbc.com/a')).toEqual({
      siteName: 'CNBC',
      published: '2025-01-27',
      url: 'https://www.cnbc.com/a',
    });
  });

  it('falls back to JSON-LD datePublished and publisher, in @graph too', () => {
    const doc = page(
      `<script type="application/ld+json">{ broken</script>
       <script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2024-12-01","publisher":{"@type":"Organization","name":"Reuters"}}]}</script>`,
    );
    expect(readPageMetadata(doc, 'https://x.example/')).toEqual({
      siteName: 'Reuters',
      published: '2024-12-01',
      url: 'https://x.example/',
    });
  });

  it('gives nulls for a page that says nothing', () => {
    expect(readPageMetadata(page(''), 'https://x.example/')).toEqual({
      siteName: null,
      published: null,
      url: 'https://x.example/',
    });
  });
});

describe('the add-citation hash', () => {
  it('round-trips a prefill, with characters that need escaping', () => {
    const prefill = {
      claim: 'Pinterest will cut 15% of staff & more #1',
      url: 'https://www.example.com/a?b=1&c=2#x',
      publisher: 'Example News',
      published: '2025-01-27',
    };
    const hash = addCitationHash(prefill);
    expect(hash.startsWith('#add?')).toBe(true);
    expect(parseAddCitationHash(hash)).toEqual(prefill);
    expect(parseAddCitationHash(new URL(`chrome-extension://id/options.html${hash}`).hash)).toEqual(
      prefill,
    );
  });

  it('ignores other hashes and empty fields', () => {
    expect(parseAddCitationHash('#import')).toBeNull();
    expect(parseAddCitationHash('')).toBeNull();
    expect(parseAddCitationHash('#add')).toEqual({});
    expect(addCitationHash({ claim: '  ', publisher: 'X' })).toBe('#add?publisher=X');
  });
});

describe('selectionPrefill', () => {
  it('takes the publisher from the page, else from its host', () => {
    const meta = { siteName: 'CNBC', published: '2025-01-27', url: 'https://www.cnbc.com/a' };
    expect(selectionPrefill('  15% of\n its workforce ', 'https://www.cnbc.com/a', meta)).toEqual({
      claim: '15% of its workforce',
      url: 'https://www.cnbc.com/a',
      publisher: 'CNBC',
      published: '2025-01-27',
    });
    expect(selectionPrefill('x', 'https://www.theverge.com/b', null)).toEqual({
      claim: 'x',
      url: 'https://www.theverge.com/b',
      publisher: 'theverge.com',
      published: undefined,
    });
  });

  it('never carries a non-web URL', () => {
    expect(selectionPrefill('x', 'file:///home/me/a.html', null)).toMatchObject({
      url: undefined,
      publisher: undefined,
    });
    expect(hostPublisher('not a url')).toBeNull();
  });
});
