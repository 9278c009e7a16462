// The citation store as a file (contract 2): JSON or CSV that `parseCitationFile` reads back.
// Internal fields (id, origin) stay out: ids are recomputed on import, and the importer decides
// the origin.
import Papa from 'papaparse';
import { RECORD_FIELDS, type CitationRecord, type RecordField } from '../citations/record';
import { FORMULA_START } from './claims-csv';

type ExportedCitation = Partial<Record<RecordField, string | number>>;

function exported(record: CitationRecord): ExportedCitation {
  const out: ExportedCitation = {};
  for (const field of RECORD_FIELDS) {
    const value = record[field];
    if (value !== null) out[field] = value;
  }
  return out;
}

/** A JSON array, one object per record, without empty fields. */
export function citationsToJson(records: readonly CitationRecord[]): string {
  return `${JSON.stringify(records.map(exported), null, 2)}\n`;
}

/**
 * CSV with the record field names as header. Text cells that a spreadsheet would run as a
 * formula get a leading apostrophe (the same rule as the claims CSV); numbers are left alone,
 * so a negative value stays a number.
 */
export function citationsToCsv(records: readonly CitationRecord[]): string {
  const rows = records.map((record) => RECORD_FIELDS.map((field) => record[field] ?? ''));
  // The byte-order mark tells Excel the file is UTF-8; without it "£1.7bn" opens as "Â£1.7bn".
  // parseCitationFile drops it on import.
  return `\uFEFF${Papa.unparse({ fields: [...RECORD_FIELDS], data: rows }, { escapeFormulae: FORMULA_START, newline: '\n' })}\n`;
}
