import { describe, expect, it } from 'vitest';
import type { ExtractedStatistic } from '../../../utils/claim';
import { extract } from '../../../utils/extract/index';
import { articleText } from '../../../utils/extract/html';

const prose =
  'The regional carrier said on Monday that it would retire 40 aircraft over the coming decade, ' +
  'citing higher fuel costs, slower bookings and a shortage of trained mechanics at its hubs.';

const page = `<!doctype html><html><head><title>Carrier retires jets</title></head><body>
<nav><a href="/">Home</a> <a href="/top">Top 10 fares</a> <a href="/deals">Save 50%</a></nav>
<main><article>
<h1>Carrier retires jets</h1>
<p>${prose}</p>
<p>Its fleet shrank by 12% last year, and the airline now flies roughly 310 routes across three continents, according to company filings reviewed by analysts.</p>
<ul><li>Narrow-body: 28</li><li>Wide-body: 12</li></ul>
<table><tr><th>Hub</th><th>Flights</th></tr><tr><td>North</td><td>0</td></tr><tr><td>South</td><td>95</td></tr></table>
</article>
<aside class="related"><h2>Related</h2><ul><li><a href="/r">Rival adds 30 planes</a></li></ul></aside>
<section class="comments"><h3>Comments</h3><p>I flew them 7 times!</p></section>
</main>
<footer>Call 555-010-9999 · © 2025 Example News</footer>
</body></html>`;

describe('articleText', () => {
  const { text } = articleText(page);

  it('keeps the article body as one line per paragraph, as the content script collects it', () => {
    expect(text).toContain(`Carrier retires jets\n${prose}\nIts fleet shrank`);
  });

  it('joins inline markup: one text, as in the browser', () => {
    const inline = articleText(
      `<html><body><article><h1>Ledger</h1><p>${prose}</p><p>Its app has <b>482</b> million users, <i>Market</i>Watch reported on its site.</p></article></body></html>`,
    ).text;
    expect(inline).toContain('has 482 million users, MarketWatch reported');
  });

  it('reads the page’s own date and outlet', () => {
    const meta = articleText(
      `<html><head><meta property="og:site_name" content="Example News"></head><body><article><h1>Ledger</h1><p>By a reporter, <time datetime="2024-03-05T08:00:00Z">March 5</time></p><p>${prose}</p></article></body></html>`,
    );
    expect(meta).toMatchObject({ published: '2024-03-05', siteName: 'Example News' });
  });

  it('puts each list item and table cell on its own line', () => {
    expect(text).toContain('Narrow-body: 28\nWide-body: 12');
    expect(text).toMatch(/North\n0\nSouth\n95/);
  });

  it('drops navigation, related links, comments and footers', () => {
    for (const junk of ['Top 10 fares', 'Save 50%', 'Rival adds', 'I flew them', '555-010', '©']) {
      expect(text).not.toContain(junk);
    }
  });

  it('feeds extract: every cell is its own statistic and boilerplate gives none', () => {
    const found = extract(text)
      .filter((c): c is ExtractedStatistic => c.kind === 'statistic')
      .map((c) => c.text);
    expect(found).toEqual(['40', '12%', '310', '28', '12', '0', '95']);
  });
});
