// "| Department | % of Layoff Cuts |" over "| Customer Support | 14% |": a table cell measures
// what its column's header names. The header is the first row of the run of table rows the cell's
// row belongs to.
import { measureOfText, type KnownMeasure } from '../match/measure';

/** How far back the header is looked for: a table of a few hundred rows. */
const HEADER_REACH = 20_000;

/** The measure the header of the column holding `at` names, for a row starting at `rowStart`. */
export function columnMeasure(text: string, rowStart: number, at: number): KnownMeasure | null {
  const column = countPipes(text, rowStart, at) - 1;
  if (column < 0) return null;
  const header = headerOf(text, rowStart);
  if (header === null) return null;
  const end = text.indexOf('\n', header);
  const cells = text.slice(header, end === -1 ? text.length : end).split('|');
  const cell = cells[column + 1];
  return cell === undefined || /^[\s:-]*$/.test(cell) ? null : measureOfText(cell);
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
