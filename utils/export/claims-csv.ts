// The claims as CSV for spreadsheets. Page text and citation data are untrusted, and spreadsheets
// execute cells that look like formulas, so every text cell is neutralised (OWASP "CSV
// Injection"); papaparse does the RFC 4180 quoting so none of it is hand-written here.
import Papa from 'papaparse';
import type { AnnotatedClaim, ClaimDocument, Conflict } from '../claim';
import { httpUrl } from './safe-url';
import { periodString } from '../match/dimensions';

export const CSV_COLUMNS = [
  'id',
  'kind',
  'text',
  'start',
  'end',
  'value',
  'unit',
  'hedge',
  'subject',
  'source',
  // Appended after the first release's columns would have been tidier for old readers, but
  // readers go by header name (RFC 4180 header row), and the period belongs with the figure.
  'period',
  'verdict',
  'publishers',
  'urls',
  'conflicts',
  'reason',
  // The page on every row (a CSV has no header block): rows pasted into one sheet from several
  // exports still say which article each claim is from.
  'page_title',
  'page_url',
] as const;

/**
 * Cells that spreadsheets treat as formulas: OWASP's `=`, `+`, `-`, `@`, tab and CR, plus their
 * full-width forms, which some spreadsheet locales also accept as formula starts. Deliberately
 * unanchored at the end: papaparse's built-in pattern (`/^[=+\-@\t\r].*$/`) has no `s` flag, so
 * a formula followed by a newline inside the cell slips through it.
 */
export const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

// papaparse leaves number primitives alone under `escapeFormulae`, which is what lets the numeric
// columns keep real negative numbers (`-5`) while a text cell `-5%` is neutralised.
type Cell = string | number | null;

function numberCell(value: number | null | undefined): Cell {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** "Reuters: 553000000 count (value conflict, for 2024-Q4, published 2025-02-06)". */
function formatConflict(conflict: Conflict): string {
  const notes = [
    conflict.kind ? `${conflict.kind} conflict` : null,
    conflict.period ? `for ${conflict.period}` : null,
    conflict.published ? `published ${conflict.published}` : null,
  ].filter((note) => note !== null);
  const when = notes.length > 0 ? ` (${notes.join(', ')})` : '';
  return `${conflict.publisher}: ${conflict.value} ${conflict.unit}${when}`;
}

function row(claim: AnnotatedClaim, doc: ClaimDocument): Cell[] {
  const statistic = claim.kind === 'statistic' ? claim : null;
  // Only http(s) addresses: a `javascript:` URL in a spreadsheet cell can be turned into a
  // clickable HYPERLINK by a reader; there is no reason to hand it on.
  const urls = claim.citations.map((c) => httpUrl(c.url)).filter((u): u is string => u !== null);
  return [
    claim.id,
    claim.kind,
    claim.text,
    numberCell(claim.start),
    numberCell(claim.end),
    numberCell(statistic?.value),
    statistic?.unit ?? null,
    statistic?.hedge ?? null,
    statistic?.subject ?? null,
    statistic?.source ?? null,
    statistic?.period ? periodString(statistic.period) || null : null,
    claim.verdict,
    claim.citations.map((c) => c.publisher).join('; '),
    // URLs are joined by a space because a valid URL can hold `;` and `,` but never a space.
    urls.join(' '),
    claim.conflicts.map(formatConflict).join('; '),
    claim.reason,
    doc.title ?? null,
    doc.url,
  ];
}

/** The claims as RFC 4180 CSV: header row, CRLF line endings, a CRLF after the last record. */
export function toClaimCsv(doc: ClaimDocument): string {
  // papaparse turns an empty `data` array into one empty record; the header alone is the answer.
  if (doc.claims.length === 0) return `${CSV_COLUMNS.join(',')}\r\n`;
  const csv = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: doc.claims.map((claim) => row(claim, doc)) },
    { newline: '\r\n', quotes: false, escapeFormulae: FORMULA_START },
  );
  return `${csv}\r\n`;
}
