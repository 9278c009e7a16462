// Walks the text nodes of the article into one string plus an offset map, so that claim offsets
// (UTF-16 indices into that string) map back to exact DOM positions.
//
// - Block elements (p, li, td, th, h1-6, blockquote, div, tr, …) and <br> separate text with
//   "\n", so table cells and list items never run together.
// - Inline markup joins seamlessly: `<b>482</b> million` reads "482 million".
// - Runs of collapsible whitespace become one space, as the browser renders them; `&nbsp;`
//   becomes a normal space of the same length; soft hyphens (U+00AD) are dropped from the string
//   and the map skips over them.
// - Work can be split into batches cut at block boundaries (`createCollector(...).next`), each batch
//   with its own string and map, so a long page never blocks the main thread.
import { isExcludedElement, type ExclusionOptions } from './find-article';

/** String indices [start, end) come from `node` starting at node offset `offset`, one for one. */
export interface Segment {
  start: number;
  end: number;
  node: Text;
  offset: number;
}

export interface TextMap {
  text: string;
  /** Sorted, non-overlapping. Indices not covered by a segment are "\n" separators. */
  segments: Segment[];
  /** How many blocks the text spans (for batching statistics). */
  blocks: number;
}

export interface CollectOptions extends ExclusionOptions {
  /** Decides whether an element (not a root) and its subtree are skipped. */
  isExcluded?: (el: Element) => boolean;
  /** Skip a text node (e.g. already annotated). */
  skipText?: (node: Text) => boolean;
  /** Called for every text node that contributes to the string. */
  onText?: (node: Text) => void;
}

export interface BatchLimits {
  /** Cut the batch at the first block boundary after this many characters. */
  maxChars?: number;
  /** Cut after this many blocks. */
  maxBlocks?: number;
  /** Cut at the first block boundary after this time (`now()` units). */
  deadline?: number;
  now?: () => number;
}

export const BLOCK_TAGS = new Set(
  'address article aside blockquote caption center dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
/** Collapsible white space (HTML's ASCII whitespace) and soft hyphens. */
const SPECIAL = /[\t\n\f\r ]+|\u00AD+/g;
const NBSP = /\u00A0/g;

class Builder {
  parts: string[] = [];
  length = 0;
  segments: Segment[] = [];
  blocks = 0;
  private pending: { node: Text; offset: number } | null = null;
  private atBlockStart = true;
  private endsWithSeparator = false;

  separator(): boolean {
    this.pending = null;
    this.atBlockStart = true;
    if (this.length === 0 || this.endsWithSeparator) return false;
    this.parts.push('\n');
    this.length += 1;
    this.endsWithSeparator = true;
    this.blocks += 1;
    return true;
  }

  private emit(text: string, node: Text, offset: number): void {
    const last = this.segments[this.segments.length - 1];
    if (
      last &&
      last.node === node &&
      last.end === this.length &&
      last.offset + (last.end - last.start) === offset
    ) {
      last.end += text.length;
    } else {
      this.segments.push({ start: this.length, end: this.length + text.length, node, offset });
    }
    this.parts.push(text);
    this.length += text.length;
    this.atBlockStart = false;
    this.endsWithSeparator = false;
  }

  private run(data: string, from: number, to: number, node: Text): void {
    if (from >= to) return;
    if (this.pending) {
      this.emit(' ', this.pending.node, this.pending.offset);
      this.pending = null;
    }
    let chunk = data.slice(from, to);
    if (chunk.includes('\u00A0')) chunk = chunk.replace(NBSP, ' ');
    this.emit(chunk, node, from);
  }

  text(node: Text): void {
    const data = node.data;
    let last = 0;
    SPECIAL.lastIndex = 0;
    for (let m = SPECIAL.exec(data); m; m = SPECIAL.exec(data)) {
      this.run(data, last, m.index, node);
      if (m[0].charCodeAt(0) !== 0xad && !this.atBlockStart && !this.pending) {
        this.pending = { node, offset: m.index };
      }
      last = m.index + m[0].length;
    }
    this.run(data, last, data.length, node);
  }

  finish(): TextMap {
    let text = this.parts.join('');
    if (this.endsWithSeparator) text = text.slice(0, -1);
    const map: TextMap = { text, segments: this.segments, blocks: this.blocks + (text ? 1 : 0) };
    return map;
  }
}

export interface TextCollector {
  /** True once every root has been read. */
  readonly done: boolean;
  /** The next batch; an empty string once done. */
  next(limits?: BatchLimits): TextMap;
}

/**
 * Collects text from one or more roots, in document order, batch by batch. Roots are read in
 * full (a root is never itself excluded); their descendants go through the exclusion rules.
 * The walk keeps its place between batches, so work can stop at any block boundary.
 */
export function createCollector(roots: Node | Node[], options: CollectOptions = {}): TextCollector {
  const list = Array.isArray(roots) ? roots : [roots];
  const isExcluded = options.isExcluded ?? ((el: Element) => isExcludedElement(el, options));
  const { skipText, onText } = options;
  let rootIndex = 0;
  let node: Node | null = list[0] ?? null;
  let entering = true;

  const nextRoot = (): void => {
    node = list[++rootIndex] ?? null;
    entering = true;
  };

  /** One traversal step; true when the batch should be cut here. */
  function step(b: Builder, boundary: () => boolean): boolean {
    const cur = node as Node;
    const root = list[rootIndex];
    const block = cur.nodeType === ELEMENT_NODE && BLOCK_TAGS.has((cur as Element).localName);
    if (entering) {
      entering = false;
      if (cur.nodeType === TEXT_NODE) {
        if (!skipText?.(cur as Text)) {
          onText?.(cur as Text);
          b.text(cur as Text);
        }
        return false;
      }
      if (cur.nodeType !== ELEMENT_NODE) return false;
      if (cur !== root && isExcluded(cur as Element)) return block && boundary();
      if ((cur as Element).localName === 'br') return boundary();
      if (cur.firstChild) {
        node = cur.firstChild;
        entering = true;
      }
      return block && boundary();
    }
    // Leaving `cur`.
    const cut = block && boundary();
    if (cur === root) {
      nextRoot();
      return boundary() || cut;
    }
    if (cur.nextSibling) {
      node = cur.nextSibling;
      entering = true;
    } else {
      node = cur.parentNode;
      // Detached between batches: go on with the next root.
      if (!node) nextRoot();
    }
    return cut;
  }

  return {
    get done() {
      return node === null;
    },
    next(limits: BatchLimits = {}): TextMap {
      const b = new Builder();
      const { maxChars = Infinity, maxBlocks = Infinity, deadline = Infinity } = limits;
      const now = limits.now ?? (() => performance.now());
      const late = (): boolean => deadline < Infinity && now() >= deadline;
      const boundary = (): boolean =>
        b.separator() && (b.length >= maxChars || b.blocks >= maxBlocks || late());
      // Nothing collected yet (text skipped as read, or excluded): the walk may stop anywhere.
      // Block boundaries alone would never end it, so it ran on through a million nodes at once.
      let steps = 0;
      while (node && !step(b, boundary)) {
        if ((++steps & 255) === 0 && b.length === 0 && late()) break;
      }
      return b.finish();
    },
  };
}

/** All the text of `root` at once (tests, small inputs). */
export function collectText(root: Node | Node[], options: CollectOptions = {}): TextMap {
  return createCollector(root, options).next();
}
