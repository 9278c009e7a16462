// @vitest-environment happy-dom
import { parsePage } from './dom';
import { describe, expect, it } from 'vitest';
import { isoDay, pagePublisher, readPageMetadata } from '../../../utils/page/page-metadata';
import { normalizeSettings, isSiteDisabled, isAutoSite } from '../../../utils/settings-core';

function page(head: string, body = '<p>Hello</p>'): Document {
  return parsePage(head, body);
}

describe('page metadata', () => {
  it('reads og:site_name and article:published_time', () => {
    const doc = page(
      '<meta property="og:site_name" content="The Harbor Ledger"><meta property="article:published_time" content="2025-03-04T09:30:00Z">',
    );
    const meta = readPageMetadata(doc);
    expect(meta.siteName).toBe('The Harbor Ledger');
    expect(meta.published).toBe('2025-03-04');
  });

  it('falls back to JSON-LD publisher and datePublished, then <time>', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite' },
        {
          '@type': 'NewsArticle',
          datePublished: '2024-12-01',
          publisher: { '@type': 'Organization', name: 'Valley Courier' },
        },
      ],
    };
    const doc = page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
    expect(pagePublisher(doc)).toBe('Valley Courier');
    expect(readPageMetadata(doc).published).toBe('2024-12-01');
    const timed = page('', '<article><time datetime="March 3, 2025">3 March</time></article>');
    expect(readPageMetadata(timed)).toMatchObject({ siteName: null, published: 'March 3, 2025' });
    expect(isoDay(null)).toBeNull();
  });
});

describe('settings', () => {
  it('normalises stored settings and answers site questions', () => {
    const s = normalizeSettings({
      disabledSites: ['https://www.Example.com/path', 42],
      learnFromReading: 'yes',
    });
    expect(s.disabledSites).toEqual(['example.com']);
    expect(s.learnFromReading).toBe(false);
    expect(s.autoSites.length).toBeGreaterThan(20);
    expect(isSiteDisabled(s, 'https://news.example.com/a')).toBe(true);
    expect(isSiteDisabled(s, 'other.test')).toBe(false);
    expect(isAutoSite(s, 'https://www.reuters.com/x')).toBe(true);
    expect(normalizeSettings(undefined).disabledSites).toEqual([]);
  });
});
