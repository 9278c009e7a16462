// The page's own text, as Web Annotation tools read it, and where each claim sits in it. The W3C
// export's selectors must count in this text, not in our collected one (which adds "\n" between
// blocks, collapses white space and leaves out bylines and site chrome): a TextPositionSelector
// or TextQuoteSelector is only standard if another tool finds the same words with it. That text
// is every Text node under <body>, in document order, joined as they are: what `body.textContent`
// gives and what Apache Annotator's TextNodeChunker walks. Our badges add no Text nodes of their
// own to it (their content lives in shadow roots), and splitting a text node for a badge keeps
// the joined text the same.
import type { AnchorText, TextSpan } from '../export/web-annotation';
import type { Bounds } from './ranges';

const SHOW_TEXT = 0x4;

/** The first Text node at or after the boundary (`container`, `offset`) within `root`. */
function textAtOrAfter(root: Node, container: Node, offset: number): Text | null {
  if (container.nodeType === 3) return container as Text;
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, SHOW_TEXT);
  let from: Node | null = container.childNodes[offset] ?? null;
  if (!from) {
    // The boundary is after the container's last child: continue after the container.
    let node: Node | null = container;
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    from = node && node !== root ? node.nextSibling : null;
  }
  if (!from) return null;
  if (from.nodeType === 3) return from as Text;
  walker.currentNode = from;
  return walker.nextNode() as Text | null;
}

/**
 * The text of `root` (the page's <body>) and the span of each claim's range in it, in UTF-16
 * offsets. One walk over the text nodes, then a lookup per boundary. A claim whose range left
 * the page gets no span; the export then falls back to a quote of its text.
 */
export function documentText(root: Node, ranges: ReadonlyMap<string, Bounds>): AnchorText {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const starts = new Map<Node, number>();
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    starts.set(node, length);
    parts.push(data);
    length += data.length;
  }
  const position = (container: Node, offset: number): number | null => {
    if (!container.isConnected || !root.contains(container)) return null;
    const text = textAtOrAfter(root, container, offset);
    if (!text) return length;
    const start = starts.get(text);
    if (start === undefined) return null;
    return container === text ? start + Math.min(offset, text.length) : start;
  };
  const spans: Record<string, TextSpan> = {};
  for (const [id, range] of ranges) {
    const start = position(range.startContainer, range.startOffset);
    const end = position(range.endContainer, range.endOffset);
    if (start !== null && end !== null && end > start) spans[id] = { start, end };
  }
  return { text: parts.join(''), spans };
}
