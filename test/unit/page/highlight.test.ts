// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHighlighter } from '../../../utils/page/highlight';
import { byId, setBody } from './dom';

class FakeHighlight {
  ranges = new Set<AbstractRange>();
  add(r: AbstractRange) {
    this.ranges.add(r);
  }
  delete(r: AbstractRange) {
    return this.ranges.delete(r);
  }
}

interface Entry {
  target: Element;
  isIntersecting: boolean;
  boundingClientRect: { width: number; height: number };
}

/** An IntersectionObserver driven by hand: `observed` is what it watches now. */
let fire: (entries: Entry[]) => void = () => {};
const observed = new Set<Element>();
class FakeObserver {
  constructor(cb: (entries: Entry[]) => void) {
    fire = cb;
  }
  observe(t: Element) {
    observed.add(t);
  }
  unobserve(t: Element) {
    observed.delete(t);
  }
  disconnect() {
    observed.clear();
  }
}

const box = { width: 100, height: 20 };
const none = { width: 0, height: 0 };

function setup() {
  const registry = new Map<string, FakeHighlight>();
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: registry });
  observed.clear();
  setBody('<p id="p">Sales rose 12% and costs fell 8% this year.</p>');
  const p = byId('p');
  const text = p.firstChild as Text;
  const claim = (figure: string) => {
    const start = text.data.indexOf(figure);
    const range = {
      startContainer: text,
      startOffset: start,
      endContainer: text,
      endOffset: start + figure.length,
    };
    const badge = document.createElement('corroborate-badge');
    p.append(badge);
    return { range, badge };
  };
  const hl = createHighlighter(document);
  const a = claim('12%');
  const b = claim('8%');
  const ha = hl.add(a.range, 'corroborated', a.badge);
  const hb = hl.add(b.range, 'corroborated', b.badge);
  const shown = () => registry.get('corroborate-corroborated')?.ranges.size ?? 0;
  return { p, a, b, ha, hb, shown, hl };
}

describe('CSS highlighter', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('watches a paragraph once for all its claims, and shows them near the viewport', () => {
    const { p, ha, hb, shown } = setup();
    expect([...observed]).toEqual([p]);
    expect(shown()).toBe(0);
    fire([{ target: p, isIntersecting: true, boundingClientRect: box }]);
    expect(shown()).toBe(2);
    fire([{ target: p, isIntersecting: false, boundingClientRect: box }]);
    expect(shown()).toBe(0);
    ha.remove();
    expect([...observed]).toEqual([p]);
    hb.remove();
    expect(observed.size).toBe(0);
  });

  it('watches the badges instead when the parent has no box (display: contents)', () => {
    const { p, a, b, ha, shown } = setup();
    fire([{ target: p, isIntersecting: false, boundingClientRect: none }]);
    expect([...observed].sort()).toEqual([a.badge, b.badge].sort());
    fire([{ target: a.badge, isIntersecting: true, boundingClientRect: box }]);
    expect(shown()).toBe(1);
    ha.remove();
    expect([...observed]).toEqual([b.badge]);
    expect(shown()).toBe(0);
  });

  it('holds changes back while badges go in and makes the last one asked per range on release', () => {
    const { p, hb, shown, hl } = setup();
    hl.hold(true);
    fire([{ target: p, isIntersecting: true, boundingClientRect: box }]);
    expect(shown()).toBe(0);
    fire([{ target: p, isIntersecting: false, boundingClientRect: box }]);
    fire([{ target: p, isIntersecting: true, boundingClientRect: box }]);
    hb.remove();
    expect(shown()).toBe(0);
    hl.hold(false);
    expect(shown()).toBe(1);
    fire([{ target: p, isIntersecting: false, boundingClientRect: box }]);
    expect(shown()).toBe(0);
  });
});
