// The layoff-tracker CSV (layoffs.fyi export, shared/data/PROVENANCE.md):
// company,location,total_laid_off,date,percentage_laid_off,industry,source,stage,funds_raised,country,date_added
//
// One row becomes up to two citations about the company, both with measure "layoffs": the head
// count (unit count) and the share of the workforce (unit percent; the file's 0–1 fraction is
// stored as a percentage, 0.15 → 15, because claims say "15%"). A row with neither figure still
// says the company announced layoffs, which backs source mentions, so it becomes a citation
// without a value. `funds_raised` is not turned into a citation: the row's source reported the
// layoff, not the funding, so it would be attributed to the wrong publisher.
//
// Publisher: the row's source URL's outlet (a tracker row that cites CNBC counts as CNBC, so a
// CNBC article in the store and the tracker row are one publisher, not two). Sources that are
// not URLs: "Internal memo", "Company exec" and the like are the company speaking, so the
// publisher is the company; a plain name ("LinkedIn", "Times Internet") is the publisher; blank
// or garbled sources leave only the tracker itself vouching, so the publisher is Layoffs.fyi.
import { hostOf, publisherName } from '../match/publisher';
import { csvRows } from './csv-rows';
import { ParseCollector, type ParseResult } from './parse-result';
import { isRealDate, type CitationInput, type CitationOrigin, type FieldError } from './record';

const REQUIRED_COLUMNS = ['company', 'total_laid_off', 'date', 'percentage_laid_off', 'source'];
const COMPANY_ITSELF =
  /\b(?:internal memo|memo|company exec\w*|executive|press release|statement|spokes\w*|company blog|ceo|founder)\b/i;
const PLAIN_NAME = /^[\p{L}\p{N}][\p{L}\p{N} .&'’-]{0,59}$/u;
const TRACKER = 'Layoffs.fyi';

/** True when a CSV header is the layoff tracker's. */
export function isLayoffsHeader(header: readonly string[]): boolean {
  return REQUIRED_COLUMNS.every((column) => header.includes(column));
}

/** M/D/YYYY → YYYY-MM-DD; null when the text is no such date. */
function isoDate(text: string): string | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!match) return null;
  const [, month = '', day = '', year = ''] = match;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isRealDate(iso) ? iso : null;
}

function rowPublisher(source: string, company: string): { publisher: string; url: string | null } {
  const trimmed = source.trim();
  if (/^https?:\/\//i.test(trimmed) && hostOf(trimmed) !== null)
    return { publisher: publisherName(trimmed), url: trimmed };
  if (COMPANY_ITSELF.test(trimmed)) return { publisher: company, url: null };
  if (PLAIN_NAME.test(trimmed)) return { publisher: publisherName(trimmed), url: null };
  return { publisher: TRACKER, url: null };
}

// "700.0" → 700. Returns undefined for blank, null for text that is not a number.
function cellNumber(cell: string): number | null | undefined {
  const text = cell.trim();
  if (text === '') return undefined;
  return /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : null;
}

export function parseLayoffsCitations(text: string, origin: CitationOrigin): ParseResult {
  const collector = new ParseCollector(origin);
  const { header, rows } = csvRows(text, collector);
  if (!isLayoffsHeader(header)) {
    collector.error(
      1,
      '(header)',
      `not a layoff-tracker header; it needs ${REQUIRED_COLUMNS.join(', ')}`,
    );
    return collector.result();
  }
  for (const { line, cells } of rows) {
    const company = (cells['company'] ?? '').trim();
    const location = (cells['location'] ?? '').trim();
    const published = isoDate(cells['date'] ?? '');
    const count = cellNumber(cells['total_laid_off'] ?? '');
    const rawFraction = cellNumber(cells['percentage_laid_off'] ?? '');
    // The tracker writes 0.0 for a share that rounds to nothing (52 of a large workforce): no
    // percentage was reported, but the row's head count is still good.
    const fraction = rawFraction === 0 ? undefined : rawFraction;
    const rowErrors: FieldError[] = [];
    if (company === '') rowErrors.push({ field: 'company', reason: 'is empty' });
    if (published === null) rowErrors.push({ field: 'date', reason: 'must be a date as M/D/YYYY' });
    if (count === null || (count !== undefined && !Number.isInteger(count))) {
      rowErrors.push({ field: 'total_laid_off', reason: 'must be a whole number of employees' });
    }
    if (fraction === null || (fraction !== undefined && fraction > 1)) {
      rowErrors.push({
        field: 'percentage_laid_off',
        reason: 'must be a fraction from 0 to 1 (0.15 for 15%)',
      });
    }
    if (rowErrors.length > 0) {
      collector.fieldErrors(line, rowErrors);
      continue;
    }

    const where = location === '' ? '' : ` in ${location}`;
    const base: Omit<CitationInput, 'claim'> = {
      ...rowPublisher(cells['source'] ?? '', company),
      published,
      subject: company,
      measure: 'layoffs',
    };
    if (count !== undefined && count !== null) {
      collector.accept(
        {
          ...base,
          claim: `Layoff tracker: ${company} laid off ${count.toLocaleString('en-US')} employees${where}`,
          value: count,
          unit: 'count',
        },
        line,
      );
    }
    if (fraction !== undefined && fraction !== null) {
      // Rounded so 0.07 is stored as 7, not 7.000000000000001.
      const percent = Math.round(fraction * 100 * 1e6) / 1e6;
      collector.accept(
        {
          ...base,
          claim: `Layoff tracker: ${company} laid off ${percent}% of its workforce${where}`,
          value: percent,
          unit: 'percent',
        },
        line,
      );
    }
    if (count === undefined && fraction === undefined) {
      collector.accept(
        { ...base, claim: `Layoff tracker: ${company} announced layoffs${where}` },
        line,
      );
    }
  }
  return collector.result();
}
