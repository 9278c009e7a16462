// @vitest-environment happy-dom
import { setBody, byId, must } from './dom';
import { describe, expect, it } from 'vitest';
import { collectText } from '../../../utils/page/collect-text';
import {
  findArticleRoot,
  isExcludedElement,
  isInsideExcluded,
} from '../../../utils/page/find-article';

const opts = { checkVisibility: false } as const;
const para = (s: string) =>
  `<p>${s} The regional grocer said quarterly sales climbed 7% as shoppers returned, according to its filing with regulators on Tuesday.</p>`;

describe('findArticleRoot', () => {
  it('prefers [itemprop=articleBody]', () => {
    setBody(`<main><article><h1>Title</h1>
      <div itemprop="articleBody" id="body">${para('A.')}${para('B.')}</div></article></main>`);
    expect(findArticleRoot(document, opts)?.id).toBe('body');
  });

  it('picks the <article> with the most paragraph text, ignoring teaser cards in asides', () => {
    setBody(`
      <aside><article>${para('Teaser one.')}${para('Teaser two.')}${para('Teaser three.')}</article></aside>
      <article id="small"><p>Short.</p></article>
      <article id="story">${para('One.')}${para('Two.')}</article>`);
    expect(findArticleRoot(document, opts)?.id).toBe('story');
  });

  it('falls back to <main>', () => {
    setBody(`<nav>Menu</nav><main id="m">${para('X.')}${para('Y.')}</main>`);
    expect(findArticleRoot(document, opts)?.id).toBe('m');
  });

  it('otherwise takes the container holding most paragraph text', () => {
    setBody(`
      <div class="layout">
        <div id="promo-rail"><p>Tiny teaser text here.</p></div>
        <div id="content"><div id="text">${para('1.')}${para('2.')}${para('3.')}</div></div>
        <div class="newsletter-box">${para('Subscribe now.')}</div>
      </div>`);
    expect(findArticleRoot(document, opts)?.id).toBe('text');
  });

  it('returns body for pages without paragraphs', () => {
    setBody('<div>Just a div</div>');
    expect(findArticleRoot(document, opts)).toBe(document.body);
  });
});

describe('exclusions', () => {
  it('excludes page furniture, form controls, code, hidden content and our UI', () => {
    setBody(`
      <nav id="e1"></nav><header id="e2"></header><footer id="e3"></footer><aside id="e4"></aside>
      <div role="navigation" id="e5"></div><div role="banner" id="e6"></div>
      <div role="contentinfo" id="e7"></div><div role="complementary" id="e8"></div>
      <section class="comments" id="e9"></section><div class="related-stories" id="e10"></div>
      <div class="ad-slot" id="e11"></div><div class="social-share" id="e12"></div>
      <div id="newsletter-signup" class="x"></div><input id="e13"><textarea id="e14"></textarea>
      <div contenteditable="true" id="e15"></div><pre id="e16"></pre><code id="e17"></code>
      <svg id="e18"></svg><script id="e19"></script><style id="e20"></style>
      <div hidden id="e21"></div><div aria-hidden="true" id="e22"></div>
      <div style="display:none" id="e23"></div><corroborate-badge id="e24"></corroborate-badge>
      <corroborate-card id="e25"></corroborate-card><div data-corroborate-ui id="e26"></div>
      <div class="Sponsored" id="e27"></div><div class="outbrain" id="e28"></div>`);
    for (const el of document.body.querySelectorAll('[id]')) {
      expect(isExcludedElement(el, opts), el.id || el.className).toBe(true);
    }
  });

  it('keeps ordinary article elements', () => {
    setBody(`
      <p id="k1"></p><div class="article-body" id="k2"></div><blockquote id="k3"></blockquote>
      <div class="shared-content" id="k4"></div><div class="commentary" id="k5"></div>
      <span class="headline" id="k6"></span><div contenteditable="false" id="k7"></div>
      <figure id="k8"></figure><table id="k9"></table><div class="address" id="k10"></div>`);
    for (const el of document.body.querySelectorAll('[id]')) {
      expect(isExcludedElement(el, opts), el.id).toBe(false);
    }
  });

  it('collects the article without related links, share bars or comments', () => {
    setBody(`<article id="a">
      <p>Fabrikam raised $40 million, the company said.</p>
      <div class="share-tools"><button>Share 12</button></div>
      <figure><img alt=""><figcaption>Photo: 3 executives</figcaption></figure>
      <section id="comments"><p>Great read! 10/10</p></section>
      <ul class="related-links"><li>Another story with 99 numbers</li></ul>
      <p>It now employs 310 people.</p></article>`);
    const text = collectText(byId('a'), opts).text;
    expect(text).toBe(
      'Fabrikam raised $40 million, the company said.\nPhoto: 3 executives\nIt now employs 310 people.',
    );
  });

  it('isInsideExcluded looks at ancestors up to a stop element', () => {
    setBody(`<article id="a"><div class="comments"><p id="p">x</p></div><p id="q">y</p></article>`);
    const a = byId('a');
    expect(isInsideExcluded(byId('p'), a, opts)).toBe(true);
    expect(isInsideExcluded(byId('q'), a, opts)).toBe(false);
  });

  it("takes a live blog's feed of entries and the headline above it as the article", () => {
    setBody(`<header id="banner">Site</header><main id="m"><header><h1>Live: 12 updates</h1></header>
      <div id="feed"><article class="entry">${para('A.')}${para('B.')}</article>
      <article class="entry">${para('C.')}${para('D.')}</article></div></main>`);
    expect(findArticleRoot(document, opts)?.id).toBe('m');
    // The page banner is chrome; the article's own header (its headline) is text.
    expect(isExcludedElement(byId('banner'), opts)).toBe(true);
    expect(isExcludedElement(must(document.querySelector('main header')), opts)).toBe(false);
  });

  it('keeps a single article its own root when the headline is outside every container', () => {
    setBody(`<h1>Title 5</h1><article id="story">${para('One.')}${para('Two.')}</article>`);
    expect(findArticleRoot(document, opts)?.id).toBe('story');
  });

  it('skips rank columns and timestamp lines, not figures in tables or dates in sentences', () => {
    setBody(`<article id="a"><time>13.12 GMT</time><p>Filed on <time>May 2</time> by staff.</p>
      <table><tr><th>Rank</th><th>Firm</th><th>Cuts</th></tr>
      <tr><td>1</td><td>Acme</td><td>900</td></tr><tr><td>2</td><td>Globex</td><td>400</td></tr></table>
      <table><tr><td>1</td><td>a</td></tr><tr><td>2</td><td>b</td></tr><tr><td>2</td><td>c</td></tr><tr><td>4</td><td>d</td></tr></table>
      <table><tr><td>10</td><td>x</td></tr><tr><td>30</td><td>y</td></tr><tr><td>5</td><td>z</td></tr></table></article>`);
    expect(collectText(byId('a'), opts).text).toBe(
      'Filed on May 2 by staff.\nFirm\nCuts\nAcme\n900\nGlobex\n400\na\nb\nc\nd\n10\nx\n30\ny\n5\nz',
    );
  });
});
