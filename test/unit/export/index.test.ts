import { describe, expect, it } from 'vitest';
import {
  EXPORT_FORMATS,
  exportDocument,
  exportFileName,
  isExportFormat,
} from '../../../utils/export/index';
import { toClaimCsv } from '../../../utils/export/claims-csv';
import { toClaimJson } from '../../../utils/export/claims-json';
import { toMarkdownReport } from '../../../utils/export/markdown';
import { toWebAnnotations } from '../../../utils/export/web-annotation';
import { makeDocument, PAGE_TEXT } from './fixture';

// Local noon: the file name carries the user's local date, whatever the test machine's zone.
const DATE = new Date(2026, 10, 28, 12, 0, 0);

describe('exportDocument', () => {
  it('dispatches each format to its serialiser with a media type and extension', () => {
    const doc = makeDocument();
    expect(exportDocument(doc, 'json', PAGE_TEXT)).toEqual({
      content: toClaimJson(doc),
      mime: 'application/json',
      extension: 'json',
    });
    expect(exportDocument(doc, 'w3c', PAGE_TEXT)).toEqual({
      content: toWebAnnotations(doc, PAGE_TEXT),
      mime: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
      extension: 'jsonld',
    });
    expect(exportDocument(doc, 'csv', PAGE_TEXT)).toEqual({
      content: toClaimCsv(doc),
      mime: 'text/csv; charset=utf-8; header=present',
      extension: 'csv',
    });
    expect(exportDocument(doc, 'md', PAGE_TEXT, { title: 'T' })).toEqual({
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

describe('exportFileName', () => {
  it('names the file after the site host and the local date', () => {
    expect(exportFileName('https://www.example.com/a/b?c=1#d', 'json', DATE)).toBe(
      'corroborate-www.example.com-2026-11-28.json',
    );
    expect(exportFileName('https://news.example.org:8443/x', 'w3c', DATE)).toBe(
      'corroborate-news.example.org-2026-11-28.jsonld',
    );
    expect(exportFileName('https://example.com', 'csv', DATE)).toBe(
      'corroborate-example.com-2026-11-28.csv',
    );
  });

  it('uses `page` without a usable host', () => {
    expect(exportFileName(null, 'md', DATE)).toBe('corroborate-page-2026-11-28.md');
    expect(exportFileName('file:///home/me/article.txt', 'md', DATE)).toBe(
      'corroborate-page-2026-11-28.md',
    );
    expect(exportFileName('not a url', 'md', DATE)).toBe('corroborate-page-2026-11-28.md');
  });

  it('keeps only file-name-safe characters', () => {
    expect(exportFileName('https://Bücher.Example/', 'json', DATE)).toBe(
      'corroborate-xn--bcher-kva.example-2026-11-28.json',
    );
    expect(exportFileName('http://[::1]:8080/', 'json', DATE)).toBe(
      'corroborate-1-2026-11-28.json',
    );
    for (const name of [
      exportFileName('https://a_b.example/', 'csv', DATE),
      exportFileName('http://[2001:db8::1]/', 'csv', DATE),
    ]) {
      expect(name).toMatch(/^corroborate-[a-z0-9][a-z0-9.-]*-2026-11-28\.csv$/);
    }
  });
});
