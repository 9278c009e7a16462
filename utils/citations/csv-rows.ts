// Reads a CSV with a header row via papaparse, handing each row to the caller as
// header → cell with its 1-based line in the file (quoted cells may span lines, so the line is
// counted from papaparse's cursor, not from the row number).
import Papa from 'papaparse';
import type { ParseCollector } from './parse-result';

export interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

/** The header names as written, trimmed and lower-cased; null for an empty file. */
export function csvHeader(text: string): string[] | null {
  const parsed = Papa.parse<string[]>(text, { preview: 1, skipEmptyLines: 'greedy' });
  const header = parsed.data[0];
  return header ? header.map((name) => name.trim().toLowerCase()) : null;
}

/** Every data row; malformed rows (wrong cell count, broken quotes) become errors instead. */
export function csvRows(
  text: string,
  collector: ParseCollector,
): { header: string[]; rows: CsvRow[] } {
  let header: string[] | null = null;
  const rows: CsvRow[] = [];
  // Line counting walks forward with the cursor, so the whole file is scanned once.
  let countedTo = 0;
  let line = 1;
  let previousCursor = 0;
  const lineAt = (offset: number): number => {
    for (; countedTo < offset; countedTo++) if (text.charCodeAt(countedTo) === 10) line++;
    return line;
  };

  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    step: (result) => {
      // The row starts at the first non-blank character after the previous row's end.
      let start = previousCursor;
      while (start < text.length && /\s/.test(text[start] ?? '')) start++;
      previousCursor = result.meta.cursor;
      const rowLine = lineAt(start);
      if (header === null) {
        header = result.data.map((name) => name.trim().toLowerCase());
        return;
      }
      if (result.errors.length > 0) {
        for (const error of result.errors)
          collector.error(rowLine, '(row)', `malformed CSV: ${error.message}`);
        return;
      }
      if (result.data.length !== header.length) {
        collector.error(
          rowLine,
          '(row)',
          `expected ${header.length} cells as in the header, found ${result.data.length}`,
        );
        return;
      }
      const cells: Record<string, string> = {};
      header.forEach((name, index) => {
        cells[name] = result.data[index] ?? '';
      });
      rows.push({ line: rowLine, cells });
    },
  });
  return { header: header ?? [], rows };
}
