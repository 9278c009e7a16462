// One entry point for the popup and the CLI (`--format json|w3c|csv|md`): format name → file
// content, media type and file name. Each format lives in its own pure module.
import type { ClaimDocument } from '../claim';
import { toClaimCsv } from './claims-csv';
import { toClaimJson } from './claims-json';
import { toMarkdownReport } from './markdown';
import type { MarkdownReportOptions } from './markdown';
import { toWebAnnotations, type AnchorText } from './web-annotation';

export const EXPORT_FORMATS = ['json', 'w3c', 'csv', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportedFile {
  content: string;
  mime: string;
  /** Without the dot. */
  extension: string;
}

/** For the CLI's `--format` and any other untrusted format name. */
export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

const FILE_TYPE: Record<ExportFormat, { mime: string; extension: string }> = {
  json: { mime: 'application/json', extension: 'json' },
  // The Web Annotation Protocol's media type for annotations in the anno.jsonld profile.
  w3c: {
    mime: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
    extension: 'jsonld',
  },
  // `header=present` is RFC 4180's parameter; charset because the text is rarely pure ASCII.
  csv: { mime: 'text/csv; charset=utf-8; header=present', extension: 'csv' },
  md: { mime: 'text/markdown; charset=utf-8', extension: 'md' },
};

/**
 * Serialises `doc` in `format`. `anchor` is the text the W3C selectors count in (the page's own
 * text) with each claim's span; only the W3C format uses it. `markdown` passes a timestamp.
 */
export function exportDocument(
  doc: ClaimDocument,
  format: ExportFormat,
  anchor: AnchorText,
  markdown?: MarkdownReportOptions,
): ExportedFile {
  const { mime, extension } = FILE_TYPE[format];
  let content: string;
  switch (format) {
    case 'json':
      content = toClaimJson(doc);
      break;
    case 'w3c':
      content = toWebAnnotations(doc, anchor);
      break;
    case 'csv':
      content = toClaimCsv(doc);
      break;
    case 'md':
      content = toMarkdownReport(doc, markdown);
      break;
  }
  return { content, mime, extension };
}

/** Longest slug of a page title in a file name: enough to tell articles apart, never unwieldy. */
export const TITLE_SLUG_MAX = 60;

/**
 * The page title as a file-name slug: letters folded to ASCII (é → e), every other run of
 * characters one `-`, cut at a word boundary within TITLE_SLUG_MAX. Empty when nothing is left
 * (no title, or one in a script with no ASCII folding).
 */
export function titleSlug(title: string | null | undefined): string {
  const slug = (title ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= TITLE_SLUG_MAX) return slug;
  const cut = slug.slice(0, TITLE_SLUG_MAX + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 0 ? cut.slice(0, lastDash) : cut.slice(0, TITLE_SLUG_MAX)).replace(/-+$/, '');
}

/**
 * The page's host reduced to characters that are safe in a file name on every OS. The URL
 * parser gives an ASCII (punycode) lower-case host, so only IPv6 brackets and colons and the odd
 * `_` need replacing; the length cap keeps the name well under file-system limits.
 */
function siteName(url: string | null): string {
  if (url === null) return 'page';
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return 'page';
  }
  const safe = host
    .toLowerCase()
    // A run of unsafe characters becomes one `-`; existing `--` stay (punycode's `xn--`).
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .slice(0, 100)
    .replace(/[.-]+$/, '');
  return safe === '' ? 'page' : safe;
}

/** The user's local calendar date: the date they see when they save the file. */
function localDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return 'undated';
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * e.g. `corroborate-northwind-robotics-to-cut-12-of-staff-2026-12-01.json`: the title's slug, so
 * two articles of one site on one day get two files; the host when the title gives no slug, and
 * `page` when there is no host either.
 */
export function exportFileName(doc: ClaimDocument, format: ExportFormat, date: Date): string {
  const name = titleSlug(doc.title) || siteName(doc.url);
  return `corroborate-${name}-${localDate(date)}.${FILE_TYPE[format].extension}`;
}
