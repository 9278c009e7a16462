// The command-line annotator (DESIGN.md contract 4): the same engine as the extension, on a file.
//   npm run --silent annotate -- FILE [--db FILE]... [--url URL] [--published YYYY-MM-DD] [--format json|w3c|csv|md]
// The store is exactly the --db files when any are given, else the bundled starter pack.
// Relative periods resolve against --published, else the HTML's own publication date, else a
// date in --url, else the article's dateline.
// Exit 0 on success; 1 with a one-line reason on stderr for bad input.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseCitationFile } from '../utils/citations/import';
import type { CitationRecord } from '../utils/citations/record';
import { DecodeError, decodeText } from '../utils/decode-text';
import { annotateText } from '../utils/engine';
import { exportDocument, isExportFormat } from '../utils/export';
import { CitationIndex } from '../utils/match';
import { readStarterPack } from './starter-pack-files';

/** Article files beyond this are not articles; refusing them keeps memory bounded. */
const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

class UsageError extends Error {}

const isIsoDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));

interface Article {
  text: string;
  /** The page's own publication day and outlet name, from an HTML file's metadata. */
  published: string | null;
  siteName: string | null;
  /** The page's title (og:title, <title>, first <h1>); null for a .txt file. */
  title: string | null;
}

/**
 * An HTML file's article and title. The title is read from its head alone (where og:title and
 * <title> live): parsing the whole file a second time would double the cost of a large page.
 * Without a head, the file. The HTML reader (Readability on linkedom) is loaded here, for HTML
 * files only: under tsx its modules took 0.8 s of every run's start, a text file's included.
 */
async function readHtml(html: string): Promise<Article> {
  const [{ articleText }, { pageTitle }, { DOMParser }] = await Promise.all([
    import('../utils/extract/html'),
    import('../utils/page/metadata'),
    import('linkedom'),
  ]);
  const article = articleText(html);
  const headEnd = html.search(/<\/head\s*>/i);
  const head = headEnd === -1 ? html : html.slice(0, headEnd);
  const title = pageTitle(
    new DOMParser().parseFromString(head, 'text/html') as unknown as Document,
  );
  return { ...article, title };
}

async function readArticle(file: string): Promise<Article> {
  const ext = path.extname(file).toLowerCase();
  if (!['.txt', '.html', '.htm'].includes(ext)) {
    throw new UsageError(
      `${file}: unsupported file type "${ext || '(none)'}"; give a .txt or .html file`,
    );
  }
  const size = statSync(file).size;
  if (size > MAX_ARTICLE_BYTES)
    throw new UsageError(`${file} is ${size} bytes, over the ${MAX_ARTICLE_BYTES}-byte limit`);
  const raw = decodeText(readFileSync(file), file);
  if (ext === '.txt') return { text: raw, published: null, siteName: null, title: null };
  return readHtml(raw);
}

function loadStore(dbFiles: string[]): CitationRecord[] {
  if (dbFiles.length === 0) return readStarterPack().records;
  const records: CitationRecord[] = [];
  for (const file of dbFiles) {
    const parsed = parseCitationFile(path.basename(file), decodeText(readFileSync(file), file));
    const first = parsed.errors[0];
    if (first) {
      const more = parsed.errors.length > 1 ? ` (and ${parsed.errors.length - 1} more errors)` : '';
      throw new UsageError(`${file}:${first.line}: ${first.field}: ${first.reason}${more}`);
    }
    records.push(...parsed.records);
  }
  return records;
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string', multiple: true, default: [] },
      url: { type: 'string' },
      published: { type: 'string' },
      format: { type: 'string', default: 'json' },
    },
  });
  if (positionals.length !== 1)
    throw new UsageError(
      'usage: annotate FILE [--db FILE]... [--url URL] [--published YYYY-MM-DD] [--format json|w3c|csv|md]',
    );
  const format = values.format;
  if (!isExportFormat(format))
    throw new UsageError(`unknown --format "${format}"; use json, w3c, csv or md`);
  const url = values.url ?? null;
  if (url !== null && !/^https?:\/\//i.test(url))
    throw new UsageError(`--url must be an http(s) URL, not "${url}"`);

  const published = values.published ?? null;
  if (published !== null && !isIsoDay(published))
    throw new UsageError(`--published must be a date as YYYY-MM-DD, not "${published}"`);

  const article = await readArticle(positionals[0] as string);
  const index = new CitationIndex(loadStore(values.db));
  const doc = annotateText(article.text, {
    url,
    index,
    published: published ?? article.published,
    pagePublisher: article.siteName,
  });
  // A .txt file is its own text, so the claims' offsets are the W3C selectors' too. An HTML
  // file's selectors count in the article text read from it, not in the file's <body>.
  const anchor = { text: article.text, spans: {} };
  process.stdout.write(exportDocument({ ...doc, title: article.title }, format, anchor).content);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const known =
    error instanceof UsageError ||
    error instanceof DecodeError ||
    (error as NodeJS.ErrnoException).code;
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `annotate: ${known ? message : `internal error: ${message}`}\n`.replace(/\n(?!$)/g, ' '),
  );
  process.exitCode = 1;
});
