// Walks the text nodes of the article into one string plus an offset map, so that claim offsets
// (UTF-16 indices into that string) map back to exact DOM positions.
//
// - Block elements (p, li, td, th, h1-6, blockquote, div, tr, …) and <br> separate text with
//   "\n", so table cells and list items never run together.
// - Inline markup joins seamlessly: `<b>482</b> million` reads "482 million".
// - Runs of collapsible whitespace become one space, as the browser renders them; `&nbsp;`
//   becomes a normal space of the same length; soft hyphens (U+00AD) are dropped from the string
//   and the map skips over them.
// - Work can be split into batches cut at block boundaries (`TextCollector.next`), each batch
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

export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

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
    if (last && last.node === node && last.end === this.length && last.offset + (last.end - last.start) === offset) {
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

/**
 * Collects text from one or more roots, in document order, batch by batch. Roots are read in
 * full (a root is never itself excluded); their descendants go through the exclusion rules.
 */
export class TextCollector {
  private readonly roots: Node[];
  private rootIndex = 0;
  private node: Node | null;
  private entering = true;
  private readonly isExcluded: (el: Element) => boolean;
  private readonly skipText: ((node: Text) => boolean) | undefined;
  private readonly onText: ((node: Text) => void) | undefined;

  constructor(roots: Node | Node[], options: CollectOptions = {}) {
    this.roots = Array.isArray(roots) ? roots : [roots];
    this.node = this.roots[0] ?? null;
    this.isExcluded = options.isExcluded ?? ((el) => isExcludedElement(el, options));
    this.skipText = options.skipText;
    this.onText = options.onText;
  }

  get done(): boolean {
    return this.node === null;
  }

  /** The next batch; an empty string once done. */
  next(limits: BatchLimits = {}): TextMap {
    const b = new Builder();
    const maxChars = limits.maxChars ?? Infinity;
    const maxBlocks = limits.maxBlocks ?? Infinity;
    const deadline = limits.deadline ?? Infinity;
    const now = limits.now ?? (() => performance.now());
    const boundary = (): boolean => {
      if (!b.separator()) return false;
      return b.length >= maxChars || b.blocks >= maxBlocks || (deadline !== Infinity && now() >= deadline);
    };
    while (this.node) {
      if (this.step(b, boundary)) break;
    }
    return b.finish();
  }

  /** One traversal step; true when the batch should be cut here. */
  private step(b: Builder, boundary: () => boolean): boolean {
    const node = this.node as Node;
    const root = this.roots[this.rootIndex];
    if (this.entering) {
      if (node.nodeType === TEXT_NODE) {
        const text = node as Text;
        if (!this.skipText?.(text)) {
          this.onText?.(text);
          b.text(text);
        }
        this.entering = false;
        return false;
      }
      if (node.nodeType === ELEMENT_NODE) {
        const el = node as Element;
        const tag = el.localName;
        if (node !== root && this.isExcluded(el)) {
          this.entering = false;
          return BLOCK_TAGS.has(tag) ? boundary() : false;
        }
        if (tag === 'br') {
          this.entering = false;
          return boundary();
        }
        const cut = BLOCK_TAGS.has(tag) ? boundary() : false;
        if (node.firstChild) this.node = node.firstChild;
        else this.entering = false;
        return cut;
      }
      this.entering = false;
      return false;
    }
    // Leaving `node`.
    const cut =
      node.nodeType === ELEMENT_NODE && BLOCK_TAGS.has((node as Element).localName)
        ? boundary()
        : false;
    if (node === root) {
      this.rootIndex += 1;
      this.node = this.roots[this.rootIndex] ?? null;
      this.entering = true;
      return boundary() || cut;
    }
    if (node.nextSibling) {
      this.node = node.nextSibling;
      this.entering = true;
    } else {
      this.node = node.parentNode;
      if (!this.node) {
        // Detached between batches: go on with the next root.
        this.rootIndex += 1;
        this.node = this.roots[this.rootIndex] ?? null;
        this.entering = true;
      }
    }
    return cut;
  }
}

/** All the text of `root` at once (tests, small inputs). */
export function collectText(root: Node | Node[], options: CollectOptions = {}): TextMap {
  return new TextCollector(root, options).next();
}
