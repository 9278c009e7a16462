// The claim card: one `<corroborate-card>` host with an open shadow root, rendered with Preact,
// placed below (or, flipped, above) the claim's line so it never covers the claim text, in the
// top layer where the Popover API exists. Hover opens it after a short delay, keyboard focus at
// once; Enter/Space on a badge moves focus into the card; Escape closes it and returns focus to
// the badge; leaving the badge closes it after a delay unless the pointer moves into the card.
import { h, render } from 'preact';
import { ClaimCard } from '../../components/ClaimCard';
import type { AnnotatedClaim } from '../claim';
import { placeCard, unionRect } from './position';
import { pageTheme, type Theme } from './theme';
import { CARD_TAG } from './ui-names';

export interface CardAnchor {
  claim: AnnotatedClaim;
  host: HTMLElement;
  /** The claim's text, for placing the card off it. */
  range: () => Range | null;
}

export interface Card {
  readonly current: CardAnchor | null;
  /** Hover, focus, keyboard and click on this badge host open the card. */
  bind(anchor: CardAnchor): void;
  open(anchor: CardAnchor, focusCard?: boolean): void;
  close(returnFocus?: boolean): void;
  /** Forget the cached page theme (new page after an SPA navigation). */
  resetTheme(): void;
  destroy(): void;
}

const HOVER_OPEN_MS = 120;
const CLOSE_MS = 250;

export function createCard(doc: Document, css: string, signal: AbortSignal): Card {
  let host: HTMLElement | null = null;
  let mount: HTMLElement | null = null;
  let anchor: CardAnchor | null = null;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let tracking: AbortController | null = null;
  let frame = 0;
  let refocusing = false;
  let theme: Theme | null = null;

  const clearOpen = (): void => clearTimeout(openTimer);
  const cancelClose = (): void => clearTimeout(closeTimer);
  const scheduleClose = (ms = CLOSE_MS): void => {
    cancelClose();
    closeTimer = setTimeout(() => close(), ms);
  };
  const inCard = (node: Node | null): boolean =>
    !!host && !!node && (node === host || host.contains(node));
  const focusInside = (): boolean => inCard(doc.activeElement);

  function ensureHost(): HTMLElement {
    if (host?.isConnected) return host;
    const el = doc.createElement(CARD_TAG);
    el.hidden = true;
    el.setAttribute('popover', 'manual');
    const shadow = el.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = css;
    mount = doc.createElement('div');
    shadow.append(style, mount);
    const opts = { signal };
    el.addEventListener('mouseenter', cancelClose, opts);
    el.addEventListener('mouseleave', () => focusInside() || scheduleClose(), opts);
    el.addEventListener(
      'focusout',
      (e) => {
        const to = (e as FocusEvent).relatedTarget as Node | null;
        if (!inCard(to) && to !== anchor?.host) scheduleClose(60);
      },
      opts,
    );
    // Keep page handlers ("click outside closes the menu") from seeing clicks in the card.
    const stop = (e: Event): void => e.stopPropagation();
    el.addEventListener('mousedown', stop, opts);
    el.addEventListener('click', stop, opts);
    (doc.body ?? doc.documentElement).appendChild(el);
    return (host = el);
  }

  function position(): void {
    frame = 0;
    if (!host || !anchor) return;
    let text: DOMRect | null;
    try {
      const range = anchor.range();
      text = range?.startContainer.isConnected ? range.getBoundingClientRect() : null;
    } catch {
      text = null;
    }
    const reference = unionRect(anchor.host.getBoundingClientRect(), text);
    const box = host.getBoundingClientRect();
    const view = doc.documentElement;
    const { x, y } = placeCard(reference, box, {
      width: view.clientWidth || innerWidth,
      height: innerHeight,
    });
    host.style.setProperty('--corroborate-x', `${x}px`);
    host.style.setProperty('--corroborate-y', `${y}px`);
    host.removeAttribute('data-positioning');
  }
  const schedulePosition = (): void => {
    if (!frame) frame = requestAnimationFrame(position);
  };

  function open(next: CardAnchor, focusCard = false): void {
    clearOpen();
    cancelClose();
    if (!next.host.isConnected) return;
    const el = ensureHost();
    if (anchor && anchor !== next) anchor.host.setAttribute('aria-expanded', 'false');
    anchor = next;
    next.host.setAttribute('aria-expanded', 'true');
    theme ??= pageTheme(next.host.parentElement);
    render(
      h(ClaimCard, {
        claim: next.claim,
        headingId: 'corroborate-card-title',
        theme,
        onClose: () => close(true),
      }),
      mount as HTMLElement,
    );
    if (el.hidden) {
      el.setAttribute('data-positioning', '');
      el.hidden = false;
      try {
        if (!el.matches(':popover-open')) el.showPopover();
      } catch {
        // No Popover API: the maximal z-index does the job.
      }
      tracking = new AbortController();
      const opts = { capture: true, passive: true, signal: tracking.signal };
      addEventListener('scroll', schedulePosition, opts);
      addEventListener('resize', schedulePosition, opts);
    }
    position();
    if (focusCard) el.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]')?.focus();
  }

  function close(returnFocus = false): void {
    clearOpen();
    cancelClose();
    const was = anchor;
    anchor = null;
    tracking?.abort();
    tracking = null;
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    if (host && !host.hidden) {
      const hadFocus = focusInside();
      try {
        if (host.matches(':popover-open')) host.hidePopover();
      } catch {
        // ignore
      }
      host.hidden = true;
      if (mount) render(null, mount);
      if (was && (returnFocus || hadFocus) && was.host.isConnected) {
        refocusing = true;
        was.host.focus({ preventScroll: true });
        refocusing = false;
      }
    }
    was?.host.setAttribute('aria-expanded', 'false');
  }

  doc.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Escape' || !anchor || !host || host.hidden) return;
      const active = doc.activeElement;
      const ours = active === anchor.host || active === host;
      if (ours) {
        e.preventDefault();
        e.stopPropagation();
      }
      close(ours);
    },
    { capture: true, signal },
  );

  // One set of listeners on the document for every badge (events from inside a badge's shadow
  // root arrive retargeted to its host), instead of several per badge.
  const anchors = new WeakMap<EventTarget, CardAnchor>();
  const badgeOf = (e: Event): CardAnchor | undefined =>
    e.target ? anchors.get(e.target) : undefined;
  const listen = (type: string, fn: (e: Event, a: CardAnchor) => void): void =>
    doc.addEventListener(
      type,
      (e) => {
        const a = badgeOf(e);
        if (a) fn(e, a);
      },
      { capture: true, signal },
    );
  listen('mouseover', (e, a) => {
    if ((e as MouseEvent).relatedTarget === a.host) return;
    cancelClose();
    if (anchor === a) return;
    clearOpen();
    openTimer = setTimeout(() => open(a), HOVER_OPEN_MS);
  });
  listen('mouseout', (e, a) => {
    if ((e as MouseEvent).relatedTarget === a.host) return;
    clearOpen();
    if (anchor === a && !focusInside()) scheduleClose();
  });
  listen('focusin', (_e, a) => refocusing || open(a));
  listen('focusout', (e, a) => {
    if (!inCard((e as FocusEvent).relatedTarget as Node | null) && anchor === a) scheduleClose(60);
  });
  listen('keydown', (e, a) => {
    const key = (e as KeyboardEvent).key;
    if (key === 'Enter' || key === ' ') {
      e.preventDefault();
      e.stopPropagation();
      open(a, true);
    }
  });
  listen('mousedown', (e) => e.stopPropagation());
  listen('click', (e, a) => {
    e.preventDefault();
    e.stopPropagation();
    open(a);
  });

  return {
    get current() {
      return anchor;
    },
    bind: (a) => void anchors.set(a.host, a),
    open,
    close,
    resetTheme: () => void (theme = null),
    destroy() {
      close();
      host?.remove();
      host = mount = null;
    },
  };
}
