import { describe, expect, it } from 'vitest';
import {
  EXPORT_FORMATS,
  exportDocument,
  exportFileName,
  isExportFormat,
  TITLE_SLUG_MAX,
  titleSlug,
} from '../../../utils/export/index';
import { toClaimCsv } from '../../../utils/export/claims-csv';
import { toClaimJson } from '../../../utils/export/claims-json';
import { toMarkdownReport } from '../../../utils/export/markdown';
import { toWebAnnotations } from '../../../utils/export/web-annotation';
import type { ClaimDocument } from '../../../utils/claim';
import { makeDocument, PAGE_ANCHOR } from './fixture';

// Local noon: the file name carries the user's local date, whatever the test machine's zone.
const DATE = new Date(2026, 10, 28, 12, 0, 0);

describe('exportDocument', () => {
  it('dispatches each format to its serialiser with a media type and extension', () => {
    const doc = makeDocument();
    expect(exportDocument(doc, 'json', PAGE_ANCHOR)).toEqual({
      content: toClaimJson(doc),
      mime: 'application/json',
      extension: 'json',
    });
    expect(exportDocument(doc, 'w3c', PAGE_ANCHOR)).toEqual({
      content: toWebAnnotations(doc, PAGE_ANCHOR),
      mime: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
      extension: 'jsonld',
    });
    expect(exportDocument(doc, 'csv', PAGE_ANCHOR)).toEqual({
      content: toClaimCsv(doc),
      mime: 'text/csv; charset=utf-8; header=present',
      extension: 'csv',
    });
    expect(exportDocument(doc, 'md', PAGE_ANCHOR, { title: 'T' })).toEqual({
      content: toMarkdownReport(doc, { title: 'T' }),
      mime: 'text/markdown; charset=utf-8',
      extension: 'md',
    });
  });

  it('recognises exactly the four format names', () => {
    expect(EXPORT_FORMATS.filter(isExportFormat)).toEqual(['json', 'w3c', 'csv', 'md']);
    expect(isExportFormat('html')).toBe(false);
    expect(isExportFormat(undefined)).toBe(false);
  });
});

/** A page with no claims, named by its URL and title alone. */
const page = (url: string | null, title?: string | null): ClaimDocument => ({
  version: 1,
  url,
  title,
  claims: [],
});

describe('exportFileName', () => {
  it('names the file after a slug of the page title and the local date', () => {
    const url = 'https://news.example.com/2026/12/01/northwind';
    expect(exportFileName(page(url, 'Northwind Robotics to cut 12% of staff'), 'json', DATE)).toBe(
      'corroborate-northwind-robotics-to-cut-12-of-staff-2026-11-28.json',
    );
    // Two articles of one site on one day get two names.
    expect(exportFileName(page(url, 'Acme raises $40 million'), 'json', DATE)).not.toBe(
      exportFileName(page(url, 'Acme cuts 200 jobs'), 'json', DATE),
    );
  });

  it('folds accents, drops unsafe characters and bounds the slug at a word', () => {
    const name = (title: string) => exportFileName(page(null, title), 'md', DATE);
    expect(name('Société Générale: «profits» up 5%… / Q3?')).toBe(
      'corroborate-societe-generale-profits-up-5-q3-2026-11-28.md',
    );
    expect(name('../../etc/passwd\\con:aux*?"<>|')).toBe(
      'corroborate-etc-passwd-con-aux-2026-11-28.md',
    );
    const long = name(`${'word '.repeat(40)}end`);
    const slug = long.slice('corroborate-'.length, -'-2026-11-28.md'.length);
    expect(slug.length).toBeLessThanOrEqual(TITLE_SLUG_MAX);
    expect(slug).toMatch(/^word(-word)*$/);
    // One unbroken word longer than the bound is cut, not dropped.
    expect(titleSlug('x'.repeat(200))).toBe('x'.repeat(TITLE_SLUG_MAX));
  });

  it('falls back to the host when the title gives no slug', () => {
    for (const title of [null, undefined, '', '   ', '東京の株価', '!!!']) {
      expect(exportFileName(page('https://www.example.com/a', title), 'csv', DATE)).toBe(
        'corroborate-www.example.com-2026-11-28.csv',
      );
    }
  });

  it('names the file after the site host and the local date without a title', () => {
    expect(exportFileName(page('https://www.example.com/a/b?c=1#d'), 'json', DATE)).toBe(
      'corroborate-www.example.com-2026-11-28.json',
    );
    expect(exportFileName(page('https://news.example.org:8443/x'), 'w3c', DATE)).toBe(
      'corroborate-news.example.org-2026-11-28.jsonld',
    );
    expect(exportFileName(page('https://example.com'), 'csv', DATE)).toBe(
      'corroborate-example.com-2026-11-28.csv',
    );
  });

  it('uses `page` without a usable host', () => {
    expect(exportFileName(page(null), 'md', DATE)).toBe('corroborate-page-2026-11-28.md');
    expect(exportFileName(page('file:///home/me/article.txt'), 'md', DATE)).toBe(
      'corroborate-page-2026-11-28.md',
    );
    expect(exportFileName(page('not a url'), 'md', DATE)).toBe('corroborate-page-2026-11-28.md');
  });

  it('keeps only file-name-safe characters', () => {
    expect(exportFileName(page('https://Bücher.Example/'), 'json', DATE)).toBe(
      'corroborate-xn--bcher-kva.example-2026-11-28.json',
    );
    expect(exportFileName(page('http://[::1]:8080/'), 'json', DATE)).toBe(
      'corroborate-1-2026-11-28.json',
    );
    for (const name of [
      exportFileName(page('https://a_b.example/'), 'csv', DATE),
      exportFileName(page('http://[2001:db8::1]/'), 'csv', DATE),
    ]) {
      expect(name).toMatch(/^corroborate-[a-z0-9][a-z0-9.-]*-2026-11-28\.csv$/);
    }
  });
});
