// Highlights claim text. The CSS Custom Highlight API paints ranges without touching the DOM
// (one Highlight per verdict, styled by `::highlight(corroborate-<verdict>)`); where it is
// missing, claim text is wrapped in inline `<corroborate-mark>` elements that carry their paint
// in their own style attribute.
//
// Browsers rebuild their highlight markers from every registered range whenever a highlight
// changes, so on a long page (thousands of claims) each change would cost tens of milliseconds.
// Only claims near the viewport are registered: an IntersectionObserver on each badge's parent
// (shared by the badges in it) adds their ranges when it comes within a screen of the viewport
// and removes them after.
import type { Verdict } from '../claim';
import { plainSplit, type Splitter } from './badge-host';
import { toLive, toStatic, type Bounds } from './ranges';
import { MARK_ATTR, MARK_TAG, highlightName } from './ui-names';

export interface HighlightHandle {
  /**
   * The range that covers the highlighted text now: a StaticRange for CSS highlights (cheap for
   * the browser to keep), a live Range over the marks in the fallback.
   */
  range: Bounds;
  remove(): void;
}

export interface Highlighter {
  readonly mode: 'css' | 'marks';
  /** `anchor` (the claim's badge) tells the CSS highlighter when the claim is near the viewport. */
  add(range: Bounds, verdict: Verdict, anchor?: Element): HighlightHandle;
  setHidden(hidden: boolean): void;
  /** Quiet mode: marks are repainted; CSS highlights follow the page stylesheet (the annotator's). */
  setQuiet(quiet: boolean): void;
  /**
   * Holds CSS highlight changes back while badges go in, and makes them in one go when released.
   * Every change to a highlight makes the browser rebuild its markers from all the ranges
   * registered and repaint them, in the frame that renders the next slice of badges: about a
   * third of that frame's paint on a 2,000-word article. Marks go in with their badges (no-op).
   */
  hold(on: boolean): void;
  /** Unregisters everything (marks are removed by their handles). */
  destroy(): void;
}

interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
}
type HighlightCtor = new (...ranges: AbstractRange[]) => HighlightLike;
interface RegistryLike {
  set(name: string, highlight: HighlightLike): unknown;
  delete(name: string): boolean;
}

function cssRegistry(): { registry: RegistryLike; Ctor: HighlightCtor } | null {
  const g = globalThis as { CSS?: { highlights?: RegistryLike }; Highlight?: HighlightCtor };
  const registry = g.CSS?.highlights;
  const Ctor = g.Highlight;
  if (!registry || typeof Ctor !== 'function') return null;
  try {
    // Probe: some isolated worlds expose the API but refuse objects created in them.
    const probe = new Ctor();
    registry.set('corroborate-probe', probe);
    registry.delete('corroborate-probe');
    return { registry, Ctor };
  } catch {
    return null;
  }
}

function createCssHighlighter(registry: RegistryLike, Ctor: HighlightCtor): Highlighter {
  const highlights = new Map<Verdict, HighlightLike>();
  let hidden = false;
  const get = (verdict: Verdict): HighlightLike => {
    let hl = highlights.get(verdict);
    if (!hl) {
      hl = new Ctor();
      highlights.set(verdict, hl);
      if (!hidden) registry.set(highlightName(verdict), hl);
    }
    return hl;
  };
  // One observation per badge parent (usually the paragraph), shared by the claims in it: the
  // browser recomputes every observation on each layout, so thousands of badges would make every
  // frame that inserts badges slower and slower. A parent without a box of its own (`display:
  // contents`) never intersects: its claims are then watched through their badges.
  interface Reg {
    anchor: Element;
    target: Element;
    fn: (near: boolean) => void;
  }
  const watches = new Map<Element, { near?: boolean; regs: Set<Reg> }>();
  /** While held: the last change asked for each range (see Highlighter.hold). */
  let held: Map<StaticRange, { hl: HighlightLike; near: boolean }> | null = null;
  const show = (hl: HighlightLike, range: StaticRange, near: boolean): void => {
    if (held) held.set(range, { hl, near });
    else if (near) hl.add(range);
    else hl.delete(range);
  };
  const attach = (reg: Reg): void => {
    const w = watches.get(reg.target);
    if (!w) {
      watches.set(reg.target, { regs: new Set([reg]) });
      io?.observe(reg.target);
    } else {
      w.regs.add(reg);
      if (w.near !== undefined) reg.fn(w.near);
    }
  };
  const detach = (reg: Reg): void => {
    const w = watches.get(reg.target);
    if (w?.regs.delete(reg) && w.regs.size === 0) {
      watches.delete(reg.target);
      io?.unobserve(reg.target);
    }
  };
  const io =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver(
          (entries) => {
            for (const e of entries) {
              const w = watches.get(e.target);
              if (!w) continue;
              const box = e.boundingClientRect;
              if (!e.isIntersecting && !box.width && !box.height) {
                for (const reg of w.regs) {
                  if (reg.anchor === reg.target) continue;
                  detach(reg);
                  reg.target = reg.anchor;
                  attach(reg);
                }
              }
              w.near = e.isIntersecting;
              for (const reg of w.regs) reg.fn(w.near);
            }
          },
          { rootMargin: '100% 0px' },
        )
      : null;
  return {
    mode: 'css',
    add(range, verdict, anchor) {
      const hl = get(verdict);
      const fixed = toStatic(range);
      const reg: Reg | null =
        io && anchor
          ? {
              anchor,
              target: anchor.parentElement ?? anchor,
              fn: (near) => show(hl, fixed, near),
            }
          : null;
      if (reg) attach(reg);
      else show(hl, fixed, true);
      return {
        range: fixed,
        remove() {
          if (reg) detach(reg);
          held?.delete(fixed);
          hl.delete(fixed);
        },
      };
    },
    setQuiet() {},
    hold(on) {
      if (on) {
        held ??= new Map();
        return;
      }
      const changes = held;
      held = null;
      for (const [range, { hl, near }] of changes ?? []) show(hl, range, near);
    },
    setHidden(value) {
      hidden = value;
      for (const [verdict, hl] of highlights) {
        if (hidden) registry.delete(highlightName(verdict));
        else registry.set(highlightName(verdict), hl);
      }
    },
    destroy() {
      io?.disconnect();
      watches.clear();
      for (const verdict of highlights.keys()) registry.delete(highlightName(verdict));
      highlights.clear();
    },
  };
}

/** Text nodes intersecting `range`, with the part of each that is inside it. */
function textPieces(range: Range): { node: Text; from: number; to: number }[] {
  const pieces: { node: Text; from: number; to: number }[] = [];
  const root = range.commonAncestorContainer;
  const walker = document.createTreeWalker(root.parentNode ?? root, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = root;
  for (let n: Node | null = root; n; n = walker.nextNode()) {
    if (n.nodeType !== 3 || !range.intersectsNode(n)) continue;
    const node = n as Text;
    const from = node === range.startContainer ? range.startOffset : 0;
    const to = node === range.endContainer ? range.endOffset : node.length;
    if (to > from) pieces.push({ node, from, to });
    if (node === range.endContainer) break;
  }
  return pieces;
}

/** The inline style of a mark (entrypoints/annotator/styles.ts `markCss`). */
export type MarkStyle = (verdict: Verdict, quiet: boolean, hidden: boolean) => string;

/** Fallback: wraps the text of `range` in marks, splitting text nodes with `split`. */
function createMarkHighlighter(
  doc: Document,
  split: Splitter,
  style: MarkStyle,
  quietAtStart: boolean,
): Highlighter {
  let hidden = false;
  let quiet = quietAtStart;
  /** Every mark in the page, with its verdict: repainted when quiet or hidden mode changes. */
  const marks = new Map<Element, Verdict>();
  const paint = (mark: Element, verdict: Verdict): void =>
    mark.setAttribute('style', style(verdict, quiet, hidden));
  const repaint = (): void => marks.forEach((verdict, mark) => paint(mark, verdict));
  return {
    mode: 'marks',
    add(bounds, verdict) {
      const own: Element[] = [];
      const range = toLive(bounds);
      if (!range) return { range: bounds, remove() {} };
      for (const { node, from, to } of textPieces(range)) {
        if (to < node.length) split(node, to);
        const middle = from > 0 ? split(node, from) : node;
        const parent = middle.parentNode;
        if (!parent) continue;
        const mark = doc.createElement(MARK_TAG);
        mark.setAttribute(MARK_ATTR, verdict);
        paint(mark, verdict);
        parent.insertBefore(mark, middle);
        mark.appendChild(middle);
        own.push(mark);
        marks.set(mark, verdict);
      }
      const first = own[0];
      const last = own[own.length - 1];
      let covered = range;
      if (first && last) {
        covered = doc.createRange();
        covered.setStartBefore(first);
        covered.setEndAfter(last);
      }
      return {
        range: covered,
        remove() {
          for (const mark of own) {
            marks.delete(mark);
            const parent = mark.parentNode;
            if (!parent) continue;
            while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
            parent.removeChild(mark);
          }
          own.length = 0;
        },
      };
    },
    setHidden(value) {
      hidden = value;
      repaint();
    },
    setQuiet(value) {
      quiet = value;
      repaint();
    },
    hold() {},
    destroy() {
      marks.clear();
    },
  };
}

export interface HighlighterOptions {
  forceMarks?: boolean;
  /** Quiet mode at the start (marks only). */
  quiet?: boolean;
  markStyle?: MarkStyle;
}

export function createHighlighter(
  doc: Document,
  split: Splitter = plainSplit,
  options: HighlighterOptions = {},
): Highlighter {
  const css = options.forceMarks ? null : cssRegistry();
  return css
    ? createCssHighlighter(css.registry, css.Ctor)
    : createMarkHighlighter(doc, split, options.markStyle ?? (() => ''), options.quiet ?? false);
}
