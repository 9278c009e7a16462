// @vitest-environment happy-dom
import { parsePage } from './dom';
import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTO_SITES } from '../../../utils/page/default-sites';
import {
  articleReason,
  hasArticleMeta,
  hasArticleSchema,
  hostMatches,
  isArticlePage,
  normalizeHost,
} from '../../../utils/page/is-article';

function page(head: string, body = '<p>Hello</p>'): Document {
  return parsePage(head, body);
}
const ld = (value: unknown) =>
  `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('is-article', () => {
  it('detects og:type article', () => {
    expect(hasArticleMeta(page('<meta property="og:type" content="article">'))).toBe(true);
    expect(hasArticleMeta(page('<meta property="og:type" content="Article ">'))).toBe(true);
    expect(hasArticleMeta(page('<meta property="og:type" content="website">'))).toBe(false);
  });

  it('detects schema.org JSON-LD articles, subtypes, arrays and @graph', () => {
    expect(
      hasArticleSchema(page(ld({ '@context': 'https://schema.org', '@type': 'NewsArticle' }))),
    ).toBe(true);
    expect(hasArticleSchema(page(ld({ '@type': 'Article', headline: 'x' })))).toBe(true);
    expect(hasArticleSchema(page(ld({ '@type': 'ReportageNewsArticle' })))).toBe(true);
    expect(hasArticleSchema(page(ld({ '@type': ['WebPage', 'AnalysisNewsArticle'] })))).toBe(true);
    expect(
      hasArticleSchema(page(ld([{ '@type': 'Organization' }, { '@type': 'BlogPosting' }]))),
    ).toBe(true);
    expect(
      hasArticleSchema(
        page(
          ld({
            '@context': 'https://schema.org',
            '@graph': [
              { '@type': 'WebSite', name: 'Example Ledger' },
              { '@type': 'BreadcrumbList' },
              { '@type': 'https://schema.org/NewsArticle', headline: 'Cuts' },
            ],
          }),
        ),
      ),
    ).toBe(true);
    expect(
      hasArticleSchema(page(ld({ '@type': 'WebPage', mainEntity: { '@type': 'NewsArticle' } }))),
    ).toBe(true);
  });

  it('ignores non-article and broken JSON-LD', () => {
    expect(hasArticleSchema(page(ld({ '@type': 'Product', name: 'Article holder' })))).toBe(false);
    expect(hasArticleSchema(page(ld({ '@type': 'WebSite' })))).toBe(false);
    expect(
      hasArticleSchema(
        page('<script type="application/ld+json">{"@type": "NewsArticle",</script>'),
      ),
    ).toBe(false);
    expect(hasArticleSchema(page('<script>var t = {"@type": "NewsArticle"}</script>'))).toBe(false);
  });

  it('detects microdata articles', () => {
    const doc = page('', '<div itemscope itemtype="https://schema.org/NewsArticle"><p>x</p></div>');
    expect(hasArticleSchema(doc)).toBe(true);
  });

  it('matches hosts on the automatic-sites list, including subdomains', () => {
    expect(hostMatches('www.cnbc.com', ['cnbc.com'])).toBe(true);
    expect(hostMatches('markets.cnbc.com', ['https://www.cnbc.com/'])).toBe(true);
    expect(hostMatches('notcnbc.com', ['cnbc.com'])).toBe(false);
    expect(hostMatches('cnbc.com.evil.test', ['cnbc.com'])).toBe(false);
    expect(normalizeHost(' HTTPS://WWW.Example.COM:8080/path ')).toBe('example.com');
  });

  it('combines the checks, and ordinary pages are not articles', () => {
    const plain = page('<title>Shop</title>');
    expect(
      isArticlePage(plain, { url: 'https://shop.example/', autoSites: DEFAULT_AUTO_SITES }),
    ).toBe(false);
    expect(
      articleReason(plain, { url: 'https://www.theverge.com/x', autoSites: DEFAULT_AUTO_SITES }),
    ).toBe('site');
    expect(
      articleReason(page('<meta property="og:type" content="article">'), {
        url: 'https://a.test/',
      }),
    ).toBe('meta');
    expect(articleReason(page(ld({ '@type': 'NewsArticle' })), { url: 'https://a.test/' })).toBe(
      'schema',
    );
    expect(isArticlePage(plain, { url: 'https://www.theverge.com/x', autoSites: [] })).toBe(false);
  });

  it('ships a sensible default list', () => {
    expect(DEFAULT_AUTO_SITES.length).toBeGreaterThanOrEqual(25);
    expect(DEFAULT_AUTO_SITES).toContain('techcrunch.com');
    for (const site of DEFAULT_AUTO_SITES) expect(normalizeHost(site)).toBe(site);
  });
});
