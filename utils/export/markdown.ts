// A Markdown report a journalist can paste into notes. Claim text, reasons and citation fields
// come from web pages and imported files, so all of it is escaped: page text must never turn
// into a link, an image or raw HTML in whatever renders the notes. Only citation URLs that parse
// as http(s) become links.
import type { AnnotatedClaim, CitationRef, ClaimDocument, Conflict, Verdict } from '../claim';
import { VERDICTS } from '../claim';
import { httpUrl } from './safe-url';
import { periodString } from '../match/dimensions';
import { conflictText, periodLabel, warns, whenLine } from '../match/reason';

export interface MarkdownReportOptions {
  /** The report's heading; the page's title follows on the page line either way. */
  title?: string;
  /** Written as an ISO timestamp when given; omitted otherwise so output is reproducible. */
  generatedAt?: Date;
}

const SECTION_TITLE: Record<Verdict, string> = {
  corroborated: 'Corroborated',
  'single-sourced': 'Single-sourced',
  unverifiable: 'Unverifiable',
};

/**
 * Escapes text for inline Markdown (CommonMark + GFM). Line breaks are folded to spaces first
 * so text can never start a block (heading, list, fence, HTML block); then every character that
 * can open inline syntax is backslash-escaped: emphasis, code, links/images, autolinks and raw
 * HTML (`<`), entities (`&`), GFM tables and strikethrough. GFM's extended autolinks fire on
 * `scheme://` and `www.`, so the `:` and the `.` that trigger them are escaped as well (escaping
 * every `:` would litter ordinary prose with backslashes). Renderers that linkify after parsing
 * (markdown-it's linkify) can still link a bare http(s) address, but only with that address as its
 * visible text, never a disguised or `javascript:` target.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[\\`*_{}[\]()<>#!|~&]/g, (char) => `\\${char}`)
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/\b(www)\./gi, '$1\\.');
}

/** A link destination in `<…>` form; the URL is already http(s) and parser-normalised. */
function linkDestination(url: string): string {
  // The WHATWG serialiser percent-encodes spaces, `<` and `>`, so only `\` could still matter.
  return `<${url.replace(/\\/g, '%5C')}>`;
}

function link(label: string, url: string | null): string {
  const safe = httpUrl(url);
  return safe === null
    ? escapeMarkdown(label)
    : `[${escapeMarkdown(label)}](${linkDestination(safe)})`;
}

function citationLine(citation: CitationRef): string {
  let line = `${link(citation.publisher, citation.url)}, ${escapeMarkdown(whenLine(citation))}`;
  if (citation.rating) line += ` (rated ${escapeMarkdown(citation.rating)})`;
  return line;
}

function conflictLine(conflict: Conflict): string {
  return `${escapeMarkdown(conflictText(conflict))} (${link(conflict.publisher, conflict.url)}, ${escapeMarkdown(whenLine(conflict))})`;
}

function describe(claim: AnnotatedClaim): string {
  if (claim.kind === 'source') return 'source';
  const period = claim.period ? periodString(claim.period) : '';
  // The company (or other subject) the figure counts: "12%" alone says nothing in a list.
  const parts = [claim.subject ? `statistic about ${escapeMarkdown(claim.subject)}` : 'statistic'];
  if (period !== '') parts.push(`for ${escapeMarkdown(periodLabel(period))}`);
  if (claim.source) parts.push(`attributed to ${escapeMarkdown(claim.source)}`);
  return parts.join(', ');
}

function claimItem(claim: AnnotatedClaim): string[] {
  // The bold text is escaped like the rest: `**` around an escaped string cannot be broken out of.
  let head = `- **${escapeMarkdown(claim.text)}** (${describe(claim)})`;
  if (claim.reason) head += ` — ${escapeMarkdown(claim.reason)}`;
  const lines = [head];
  for (const citation of claim.citations) lines.push(`  - ${citationLine(citation)}`);
  if (claim.conflicts.length > 0) {
    lines.push(`  - **Conflicts:** ${claim.conflicts.map(conflictLine).join('; ')}`);
  }
  return lines;
}

function summary(doc: ClaimDocument): string {
  const total = doc.claims.length;
  const counts = VERDICTS.map((verdict) => {
    const n = doc.claims.filter((claim) => claim.verdict === verdict).length;
    return `${n} ${verdict}`;
  });
  const conflicted = doc.claims.filter(warns).length;
  const tail =
    conflicted > 0 ? `; ${conflicted} reported for another time or with another figure` : '';
  return `${total} ${total === 1 ? 'claim' : 'claims'}: ${counts.join(', ')}${tail}.`;
}

/** "Title, <https://…>": the page by its title and its address, either missing said so. */
function pageLine(doc: ClaimDocument): string {
  const title = doc.title?.trim() ? escapeMarkdown(doc.title.trim()) : '(untitled)';
  if (doc.url === null || doc.url === '') return `Page: ${title}, (no URL)`;
  // An http(s) page URL as a CommonMark autolink: the parser-normalised href holds no space,
  // `<` or `>`, which is all an autolink needs. Anything else is shown as inert text.
  const pageUrl = httpUrl(doc.url);
  return `Page: ${title}, ${pageUrl === null ? escapeMarkdown(doc.url) : `<${pageUrl}>`}`;
}

/** The report: title, page, summary, then one section per verdict. Ends with a newline. */
export function toMarkdownReport(doc: ClaimDocument, opts: MarkdownReportOptions = {}): string {
  const lines: string[] = [`# ${escapeMarkdown(opts.title ?? 'Corroborate report')}`, ''];
  lines.push(pageLine(doc));
  const generatedAt = opts.generatedAt;
  if (generatedAt && !Number.isNaN(generatedAt.getTime())) {
    lines.push('', `Generated: ${generatedAt.toISOString()}`);
  }
  lines.push('', summary(doc));
  for (const verdict of VERDICTS) {
    lines.push('', `## ${SECTION_TITLE[verdict]}`, '');
    const claims = doc.claims.filter((claim) => claim.verdict === verdict);
    if (claims.length === 0) lines.push('_None._');
    for (const claim of claims) lines.push(...claimItem(claim));
  }
  return `${lines.join('\n')}\n`;
}
