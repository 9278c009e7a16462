// CSV whose header names are the record's fields (contract 2): publisher, claim, url, published,
// subject, value, unit, and optionally measure and rating.
import { csvRows } from './csv-rows';
import { ParseCollector, type ParseResult } from './parse-result';
import { RECORD_FIELDS, type CitationOrigin } from './record';

const FIELDS = new Set<string>(RECORD_FIELDS);
const REQUIRED = ['publisher', 'claim'];
const OPTIONAL = RECORD_FIELDS.filter((field) => !REQUIRED.includes(field));
// Our CSV export prefixes formula-like cells with an apostrophe (see utils/export/citations.ts);
// importing that export again must give back the original text.
const NEUTRALISED_FORMULA = /^'(?=[=+\-@\t\r\uff1d\uff0b\uff0d\uff20])/;

export function parseCsvCitations(text: string, origin: CitationOrigin): ParseResult {
  const collector = new ParseCollector(origin);
  const { header, rows } = csvRows(text, collector);
  const missing = REQUIRED.filter((required) => !header.includes(required));
  for (const name of missing)
    collector.error(
      1,
      name,
      `missing column; the header needs ${REQUIRED.join(' and ')} (optional: ${OPTIONAL.join(', ')})`,
    );
  if (missing.length > 0) return collector.result();
  // An unknown column is most often a typo ("pubished"); say so rather than drop it silently.
  for (const name of header) {
    if (!FIELDS.has(name))
      collector.error(
        1,
        name,
        `unknown column, ignored; known columns are ${RECORD_FIELDS.join(', ')}`,
      );
  }
  for (const { line, cells } of rows) {
    const input: Record<string, string> = {};
    for (const [name, cell] of Object.entries(cells)) {
      if (FIELDS.has(name)) input[name] = cell.replace(NEUTRALISED_FORMULA, '');
    }
    collector.accept(input, line);
  }
  return collector.result();
}
