// "| Department | % of Layoff Cuts |" over "| Customer Support | 14% |": a table cell measures
// what its column's header names, and is dated by the header's time ("Planned Hiring in 2025").
// The header is the first row of the run of table rows the cell's row belongs to.
import { measureOfText, shareOf } from '../match/measure';

/** How far back the header is looked for: a table of a few hundred rows. */
const HEADER_REACH = 20_000;

/** The header cell of the column holding `at` (a row starting at `rowStart`), with its offsets. */
export interface ColumnHeader {
  text: string;
  start: number;
  end: number;
}

/** The header cell over the cell holding `at`, in a table row starting at `rowStart`. */
export function columnHeader(text: string, rowStart: number, at: number): ColumnHeader | null {
  const column = countPipes(text, rowStart, at) - 1;
  if (column < 0) return null;
  const header = headerOf(text, rowStart);
  if (header === null) return null;
  let start = header;
  for (let k = 0; k <= column; k++) {
    const pipe = text.indexOf('|', start);
    if (pipe < 0) return null;
    start = pipe + 1;
  }
  const lineEnd = text.indexOf('\n', start);
  const pipe = text.indexOf('|', start);
  const end = pipe < 0 || (lineEnd >= 0 && lineEnd < pipe) ? -1 : pipe;
  if (end < 0) return null;
  const cell = text.slice(start, end);
  return /^[\s:-]*$/.test(cell) ? null : { text: cell, start, end };
}

// "% of Layoff Cuts", "Share of job cuts": a share of the event's figure, a breakdown of it, not
// the company's share of staff. Its own label, so it never meets the event's figures.
const SHARE_OF = /^\s*(?:%|percent(?:age)?|share)\s+of\b/i;

/** What a column's header says its cells measure: a known measure, a share of one, or null. */
export function columnMeasure(header: ColumnHeader): string | null {
  const measure = measureOfText(header.text);
  if (measure === null) return null;
  return SHARE_OF.test(header.text) ? shareOf(measure) : measure;
}

// The row last answered and its header: a table's rows come one after another, so the next row's
// header is found in one step, and a long table is read in linear time.
let last: { text: string; row: number; header: number } | null = null;

/** Where the header row of the table row starting at `rowStart` starts; null for a first row. */
function headerOf(text: string, rowStart: number): number | null {
  const floor = Math.max(0, rowStart - HEADER_REACH);
  let header: number | null = null;
  let line = rowStart;
  while (line > floor) {
    const previous = text.lastIndexOf('\n', line - 2) + 1;
    if (text[previous] !== '|') break;
    if (last !== null && last.text === text && last.row === previous) {
      header = last.header;
      break;
    }
    header = previous;
    line = previous;
  }
  last = header === null ? null : { text, row: rowStart, header };
  return header;
}

function countPipes(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 124) n++;
  return n;
}
