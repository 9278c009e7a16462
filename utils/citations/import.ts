// One entry point for every citation file: pick the format from the name and the content,
// refuse oversized files, and hand back records plus per-line errors. Never throws for bad input.
import { csvHeader } from './csv-rows';
import { parseClaimReviewCitations } from './parse-claimreview';
import { parseCsvCitations } from './parse-csv';
import { parseJsonCitations } from './parse-json';
import { parseJsonlCitations } from './parse-jsonl';
import { isLayoffsHeader, parseLayoffsCitations } from './parse-layoffs';
import { parseJson } from './safe-json';
import type { ParseResult } from './parse-result';
import type { CitationOrigin } from './record';

/** Larger files would hold the options page for seconds and the store budget is 100,000 records. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export const CITATION_FORMATS = ['json', 'jsonl', 'csv', 'layoffs', 'claimreview'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

export interface ParseOptions {
  /** Origin stamped on every record; 'user' by default. */
  origin?: CitationOrigin;
  maxBytes?: number;
  /** Skips detection, for callers that know better (the CLI's --format). */
  format?: CitationFormat;
}

export interface ParsedCitationFile extends ParseResult {
  /** The format parsed, or 'unknown' when the file was refused before parsing. */
  format: CitationFormat | 'unknown';
}

const PARSERS: Record<CitationFormat, (text: string, origin: CitationOrigin) => ParseResult> = {
  json: parseJsonCitations,
  jsonl: parseJsonlCitations,
  csv: parseCsvCitations,
  layoffs: parseLayoffsCitations,
  claimreview: parseClaimReviewCitations,
};

// A cheap look for a ClaimReview or DataFeed type, so a large file is parsed once, by its parser.
const CLAIM_REVIEW_TYPE =
  /"@type"\s*:\s*(?:\[[^\]]*)?"(?:schema:|https?:\/\/schema\.org\/)?(?:ClaimReview|DataFeed)"/;

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    // A surrogate pair is 4 bytes in all: 2 for each half.
    else if (code >= 0xd800 && code <= 0xdfff) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}

function firstLineIsJson(text: string): boolean {
  return parseJson(text.split('\n', 1)[0] ?? '').ok;
}

/** The format of a citation file, from its extension and, where that is not decisive, its content. */
export function detectCitationFormat(name: string, text: string): CitationFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  const start = text.trimStart();
  if (extension === 'jsonl' || extension === 'ndjson') return 'jsonl';
  if (extension !== 'csv' && (start.startsWith('[') || start.startsWith('{'))) {
    if (CLAIM_REVIEW_TYPE.test(text)) return 'claimreview';
    if (start.startsWith('[')) return 'json';
    // A one-object-per-line file is JSON Lines even when it is named .json.
    return firstLineIsJson(start) ? 'jsonl' : 'json';
  }
  if (extension === 'json' || extension === 'jsonld') return 'json';
  return isLayoffsHeader(csvHeader(text) ?? []) ? 'layoffs' : 'csv';
}

export function parseCitationFile(
  name: string,
  text: string,
  options: ParseOptions = {},
): ParsedCitationFile {
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  // Characters never outnumber UTF-8 bytes, so a long string is refused without counting bytes.
  const bytes = text.length > maxBytes ? text.length : utf8Length(text);
  if (bytes > maxBytes) {
    const size = (count: number): string =>
      count >= 1024 * 1024 ? `${(count / 1024 / 1024).toFixed(1)} MB` : `${count} bytes`;
    return {
      records: [],
      errors: [
        {
          line: 0,
          field: '(file)',
          reason: `${name} is ${size(bytes)}, over the ${size(maxBytes)} limit; split it into smaller files`,
        },
      ],
      format: 'unknown',
    };
  }
  const body = text.replace(/^\uFEFF/, '');
  // Said plainly: parsed, an empty file would be "missing column publisher".
  if (body.trim() === '')
    return {
      records: [],
      errors: [{ line: 0, field: '(file)', reason: `${name} is empty` }],
      format: 'unknown',
    };
  const format = options.format ?? detectCitationFormat(name, body);
  return { ...PARSERS[format](body, options.origin ?? 'user'), format };
}
