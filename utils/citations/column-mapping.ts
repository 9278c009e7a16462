// Which column (or key) of a citation file becomes which record field, for the import preview:
// a wrong column or a typo is seen before importing, not after. One row per known format.
import { csvHeader } from './csv-rows';
import type { CitationFormat } from './import';
import { RECORD_FIELDS } from './record';

export interface ColumnMapping {
  /** The column or key as the file names it. */
  column: string;
  /** The record field it fills, or null when it is ignored. */
  field: string | null;
}

const FIELDS = new Set<string>(RECORD_FIELDS);

// The tracker's columns as parse-layoffs reads them.
const LAYOFFS: Readonly<Record<string, string>> = {
  company: 'subject',
  total_laid_off: 'value (count)',
  percentage_laid_off: 'value (percent)',
  date: 'published',
  source: 'publisher, url',
  location: 'claim',
};

// ClaimReview properties as parse-claimreview reads them.
const CLAIM_REVIEW: ColumnMapping[] = [
  { column: 'author.name (or publisher, author.url)', field: 'publisher' },
  { column: 'claimReviewed', field: 'claim (and its figure: value, unit, subject)' },
  { column: 'url', field: 'url' },
  { column: 'datePublished', field: 'published' },
  { column: 'reviewRating.alternateName', field: 'rating' },
];

/**
 * The mapping for `text` read as `format`. Empty for JSON and JSON Lines, whose keys are the
 * field names themselves (the sample rows show them).
 */
export function columnMapping(format: CitationFormat | 'unknown', text: string): ColumnMapping[] {
  if (format === 'claimreview') return CLAIM_REVIEW;
  if (format === 'csv' || format === 'layoffs') {
    const header = csvHeader(text) ?? [];
    return header.map((column) => ({
      column,
      field: format === 'layoffs' ? (LAYOFFS[column] ?? null) : FIELDS.has(column) ? column : null,
    }));
  }
  return [];
}
