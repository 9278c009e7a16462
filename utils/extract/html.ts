// Main article text from an HTML page: Readability picks the article body (menus, footers,
// related links and comments fall away), then blocks become lines the extractor can split.

import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';

// Each becomes its own paragraph, separated by a blank line.
const BLOCKS = new Set(
  'P DIV SECTION ARTICLE MAIN HEADER H1 H2 H3 H4 H5 H6 BLOCKQUOTE PRE FIGURE FIGCAPTION UL OL DL TABLE THEAD TBODY TFOOT'.split(
    ' ',
  ),
);
// Each becomes its own line, so a list item or a table cell is a statistic of its own.
const LINES = new Set('LI DT DD TR TD TH CAPTION'.split(' '));

interface Block {
  text: string;
  line: boolean;
}

function collect(node: Node, blocks: Block[], current: { text: string; line: boolean }): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      current.text += child.textContent ?? '';
      continue;
    }
    if (child.nodeType !== 1) continue;
    const tag = (child as Element).tagName.toUpperCase();
    if (tag === 'BR') {
      flush(blocks, current);
      continue;
    }
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') continue;
    const isLine = LINES.has(tag);
    if (isLine || BLOCKS.has(tag)) {
      flush(blocks, current);
      collect(child, blocks, { text: '', line: isLine || current.line });
      // Text after a nested block belongs to a new block of the outer kind.
      current.text = '';
      continue;
    }
    collect(child, blocks, current);
  }
  flush(blocks, current);
}

function flush(blocks: Block[], current: { text: string; line: boolean }): void {
  const text = current.text.replace(/\s+/g, ' ').trim();
  if (text) blocks.push({ text, line: current.line });
  current.text = '';
}

/** The article body of `html` as plain text: blank lines between paragraphs, one line per item or cell. */
export function articleText(html: string): string {
  const parser = new DOMParser();
  const doc = parser.parseFromString(html, 'text/html') as unknown as Document;
  const article = new Readability(doc).parse();
  const root = article?.content
    ? (parser.parseFromString(
        `<!doctype html><html><body>${article.content}</body></html>`,
        'text/html',
      ) as unknown as Document)
    : doc;
  if (!root.body) return '';
  const blocks: Block[] = [];
  collect(root.body, blocks, { text: '', line: false });
  const title = article?.title?.replace(/\s+/g, ' ').trim();
  if (title && blocks[0]?.text !== title) blocks.unshift({ text: title, line: false });
  return blocks
    .map((b, i) => (i === 0 ? '' : b.line && blocks[i - 1]?.line ? '\n' : '\n\n') + b.text)
    .join('');
}
