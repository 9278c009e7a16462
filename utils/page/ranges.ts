// Offsets into a collected string → exact DOM positions and Ranges.
import type { Segment, TextMap } from './collect-text';

export interface Boundary {
  node: Text;
  offset: number;
}

/** Index of the first segment whose end is greater than `index`, or segments.length. */
function firstEndingAfter(segments: Segment[], index: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((segments[mid] as Segment).end > index) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the last segment whose start is less than `index`, or -1. */
function lastStartingBefore(segments: Segment[], index: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((segments[mid] as Segment).start < index) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The DOM position of string index `index`. As a range start it is the position before the
 * character at `index` (a separator index moves forward to the next text); as a range end it is
 * the position after the character at `index - 1`.
 */
export function locate(map: TextMap, index: number, edge: 'start' | 'end'): Boundary | null {
  const { segments } = map;
  if (edge === 'start') {
    const seg = segments[firstEndingAfter(segments, index)];
    if (!seg) return null;
    const delta = Math.max(0, index - seg.start);
    return { node: seg.node, offset: seg.offset + delta };
  }
  const seg = segments[lastStartingBefore(segments, index)];
  if (!seg) return null;
  const delta = Math.min(index, seg.end) - seg.start;
  return { node: seg.node, offset: seg.offset + delta };
}

/**
 * Range boundaries as a plain, mutable object. Unlike a live Range, the browser does not have to
 * update it on every DOM change (thousands of live ranges make every insertion slow); the
 * annotator moves these itself when it splits a text node.
 */
export interface Bounds {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

/** Boundaries for string offsets [start, end), or null when they map to nothing. */
export function boundsFor(map: TextMap, start: number, end: number): Bounds | null {
  if (!(start >= 0 && end > start && end <= map.text.length)) return null;
  const from = locate(map, start, 'start');
  const to = locate(map, end, 'end');
  if (!from || !to) return null;
  const bounds = {
    startContainer: from.node,
    startOffset: Math.min(from.offset, from.node.length),
    endContainer: to.node,
    endOffset: Math.min(to.offset, to.node.length),
  };
  return from.node === to.node && bounds.startOffset >= bounds.endOffset ? null : bounds;
}

/** A live DOM Range for string offsets [start, end), or null when they map to nothing. */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  const bounds = boundsFor(map, start, end);
  const range = bounds && toLive(bounds);
  return range && !range.collapsed ? range : null;
}

/** True when the text nodes behind [start, end) are on the page and still hold that text. */
export function textStillThere(map: TextMap, start: number, end: number): boolean {
  const { segments, text } = map;
  for (let k = firstEndingAfter(segments, start); k < segments.length; k++) {
    const seg = segments[k] as Segment;
    if (seg.start >= end) break;
    if (!seg.node.isConnected) return false;
    const from = Math.max(start, seg.start);
    const to = Math.min(end, seg.end);
    for (let i = from; i < to; i++) {
      const want = text.charCodeAt(i);
      const got = seg.node.data.charCodeAt(seg.offset + i - seg.start);
      if (want !== got && !(want === 32 && /\s/.test(String.fromCharCode(got)))) return false;
    }
  }
  return true;
}

/** Text compared the way the collector reads it: no soft hyphens, spaces collapsed. */
export function normalizeText(text: string): string {
  return text
    .replace(/\u00AD/g, '')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

/**
 * A StaticRange with the same boundaries. Browsers update every live Range on every DOM change,
 * so thousands of live ranges make each of our insertions slow; static ones cost nothing.
 */
export function toStatic(range: Bounds): AbstractRange {
  try {
    const { startContainer, startOffset, endContainer, endOffset } = range;
    return new StaticRange({ startContainer, startOffset, endContainer, endOffset });
  } catch {
    return toLive(range) ?? (range as AbstractRange);
  }
}

/** A live Range for `range` (itself when it is one), or null when its nodes are gone. */
export function toLive(range: Bounds): Range | null {
  if ('getBoundingClientRect' in range) return range as Range;
  const doc = range.startContainer.ownerDocument;
  if (!doc || !range.startContainer.isConnected) return null;
  try {
    const live = doc.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return live;
  } catch {
    return null;
  }
}

/** True when `range` still covers `expected` (the page may have changed under us). */
export function rangeMatches(range: Bounds, expected: string): boolean {
  if (!range.startContainer.isConnected || !range.endContainer.isConnected) return false;
  const live = toLive(range);
  return !!live && normalizeText(live.toString()) === normalizeText(expected);
}
