// One tab stop into the annotations (a roving tabindex, as WAI-ARIA's toolbar and grid patterns
// use): every badge has tabindex -1 except one, so Tab passes a page of 185 badges in one step;
// the arrow keys move between badges in document order (Home/End: first, last), and the badge
// that was focused last is where Tab comes back to. The popup's claim list is the full index.
import { BADGE_TAG } from './ui-names';

export interface Roving {
  /** A badge went in: it becomes the tab stop when there is none. */
  added(host: HTMLElement): void;
  /** Badges were removed or hidden: move the tab stop to a visible one if it was among them. */
  refresh(): void;
  destroy(): void;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp']);

export function createRoving(doc: Document, signal: AbortSignal): Roving {
  // Live and in document order: later insertions land where they belong.
  const hosts = doc.getElementsByTagName(BADGE_TAG) as HTMLCollectionOf<HTMLElement>;
  let stop: HTMLElement | null = null;
  const usable = (el: HTMLElement | null): el is HTMLElement =>
    !!el && el.isConnected && !el.hidden;

  const setStop = (el: HTMLElement | null): void => {
    if (stop === el) return;
    stop?.setAttribute('tabindex', '-1');
    stop = el;
    el?.setAttribute('tabindex', '0');
  };

  function firstUsable(): HTMLElement | null {
    for (const el of hosts) if (usable(el)) return el;
    return null;
  }

  /** The visible badge `step` positions from `from` (±1), or the first/last with ±Infinity. */
  function move(from: HTMLElement, step: number): HTMLElement | null {
    const list = [...hosts].filter(usable);
    if (step === -Infinity) return list[0] ?? null;
    if (step === Infinity) return list[list.length - 1] ?? null;
    return list[list.indexOf(from) + step] ?? null;
  }

  doc.addEventListener(
    'focusin',
    (e) => {
      const el = e.target as HTMLElement | null;
      if (el?.localName === BADGE_TAG) setStop(el);
    },
    { capture: true, signal },
  );
  doc.addEventListener(
    'keydown',
    (e) => {
      const el = e.target as HTMLElement | null;
      if (el?.localName !== BADGE_TAG || e.altKey || e.ctrlKey || e.metaKey) return;
      const step = NEXT.has(e.key)
        ? 1
        : PREVIOUS.has(e.key)
          ? -1
          : e.key === 'Home'
            ? -Infinity
            : e.key === 'End'
              ? Infinity
              : 0;
      if (step === 0) return;
      e.preventDefault();
      e.stopPropagation();
      const next = move(el, step);
      if (next && next !== el) {
        setStop(next);
        next.focus();
      }
    },
    { capture: true, signal },
  );

  return {
    added(host) {
      if (!usable(stop) && usable(host)) setStop(host);
    },
    refresh() {
      if (!usable(stop)) setStop(firstUsable());
    },
    destroy() {
      stop = null;
    },
  };
}
