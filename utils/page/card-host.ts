// The claim card's place in the page: one `<corroborate-card>` host with a closed shadow root
// holding an extension-origin iframe (card.html). The card's text, citations and links are
// rendered inside that frame, so page scripts cannot read them (DESIGN.md contract 3); the page
// sees only an iframe it cannot look into. The host is placed below (or, flipped, above) the
// claim's line so it never covers the claim text, in the top layer where the Popover API exists.
//
// Hover opens it after a short delay, keyboard focus at once; Enter/Space on a badge moves focus
// into the card frame; Escape (on the badge, or in the frame) closes it and returns focus to the
// badge; leaving the badge closes it after a delay unless the pointer moves into the card.
// The frame reports its rendered size (CardEvent 'size'), and only then is the host shown.
import type { AnnotatedClaim } from '../claim';
import type { CardEvent, CardShow } from '../messaging';
import { placeCard, unionRect } from './position';
import { prefersReducedMotion } from './schedule';
import { pageTheme, type Theme } from './theme';
import { CARD_TAG } from './ui-names';

export interface CardAnchor {
  claim: AnnotatedClaim;
  host: HTMLElement;
  /** The claim's text, for placing the card off it. */
  range: () => Range | null;
}

/** How the host reaches its frame: the frame's URL and the background relay (see messaging.ts). */
export interface CardFrame {
  /** card.html's extension URL; a secret token is added as its fragment. */
  url: string;
  show(token: string, card: CardShow): void;
  hide(token: string): void;
}

export interface Card {
  readonly current: CardAnchor | null;
  /** Hover, focus, keyboard and click on this badge host open the card. */
  bind(anchor: CardAnchor): void;
  open(anchor: CardAnchor, focusCard?: boolean): void;
  close(returnFocus?: boolean): void;
  /** What the frame reports, relayed by the background. */
  onEvent(event: CardEvent): void;
  /** Forget the cached page theme (new page after an SPA navigation). */
  resetTheme(): void;
  destroy(): void;
}

const HOVER_OPEN_MS = 120;
const CLOSE_MS = 250;
/** The card's widest and tallest (share of the viewport), as before it moved into a frame. */
const MAX_WIDTH = 360;
const MAX_HEIGHT_SHARE = 0.45;

const HOST_CSS = `:host{all:initial!important;position:fixed!important;left:var(--corroborate-x,0)!important;top:var(--corroborate-y,0)!important;z-index:2147483647!important;display:block!important;margin:0!important;padding:0!important;border:0!important;background:transparent!important;overflow:visible!important}
:host([hidden]){display:none!important}
:host([data-positioning]){visibility:hidden!important}
iframe{display:block;border:0;margin:0;padding:0;background:transparent;color-scheme:normal;width:var(--w,360px);height:var(--h,40px)}`;

function randomToken(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function createCard(doc: Document, frame: CardFrame, signal: AbortSignal): Card {
  let host: HTMLElement | null = null;
  let iframe: HTMLIFrameElement | null = null;
  let anchor: CardAnchor | null = null;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let tracking: AbortController | null = null;
  let raf = 0;
  let refocusing = false;
  let hovering = false;
  let theme: Theme | null = null;
  let seq = 0;
  /** Focus the frame once the card it is showing has been sized. */
  let focusWhenShown = false;
  const token = randomToken();

  const clearOpen = (): void => clearTimeout(openTimer);
  const cancelClose = (): void => clearTimeout(closeTimer);
  const focusInside = (): boolean => !!host && doc.activeElement === host;
  /** Closes after `ms` unless focus is in the card or the pointer over it by then. */
  const scheduleClose = (ms = CLOSE_MS): void => {
    cancelClose();
    closeTimer = setTimeout(() => focusInside() || hovering || close(), ms);
  };

  function ensureHost(): HTMLElement {
    if (host?.isConnected) return host;
    const el = doc.createElement(CARD_TAG);
    el.hidden = true;
    el.setAttribute('popover', 'manual');
    // Closed: page scripts get no handle on the frame element (its URL carries the token).
    const shadow = el.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = HOST_CSS;
    iframe = doc.createElement('iframe');
    iframe.title = 'Corroborate: why this claim has its verdict';
    // Reached by Enter on a badge, not as a Tab stop of its own.
    iframe.tabIndex = -1;
    iframe.src = `${frame.url}#${token}`;
    shadow.append(style, iframe);
    const opts = { signal };
    el.addEventListener('mouseenter', () => ((hovering = true), cancelClose()), opts);
    el.addEventListener(
      'mouseleave',
      () => {
        hovering = false;
        if (!focusInside()) scheduleClose();
      },
      opts,
    );
    el.addEventListener(
      'focusout',
      (e) => {
        const to = (e as FocusEvent).relatedTarget as Node | null;
        if (to !== anchor?.host) scheduleClose(60);
      },
      opts,
    );
    (doc.body ?? doc.documentElement).appendChild(el);
    return (host = el);
  }

  function position(): void {
    raf = 0;
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
  }
  const schedulePosition = (): void => {
    if (!raf) raf = requestAnimationFrame(position);
  };

  function open(next: CardAnchor, focusCard = false): void {
    clearOpen();
    cancelClose();
    if (!next.host.isConnected) return;
    const el = ensureHost();
    if (anchor && anchor !== next) anchor.host.setAttribute('aria-expanded', 'false');
    const same = anchor === next && !el.hidden && !el.hasAttribute('data-positioning');
    anchor = next;
    next.host.setAttribute('aria-expanded', 'true');
    if (same) {
      // After the key event is done: Firefox ignores a frame focused from inside its keydown.
      if (focusCard) setTimeout(() => anchor === next && iframe?.focus());
      return;
    }
    theme ??= pageTheme(next.host.parentElement);
    focusWhenShown = focusCard;
    const view = doc.documentElement;
    const maxWidth = Math.min(MAX_WIDTH, (view.clientWidth || innerWidth) - 16);
    // Measured at its widest: the frame reports the card's own width and height.
    iframe?.style.setProperty('--w', `${maxWidth}px`);
    el.setAttribute('data-positioning', '');
    if (el.hidden) {
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
    frame.show(token, {
      seq: ++seq,
      claim: next.claim,
      theme,
      focus: focusCard,
      maxWidth,
      maxHeight: Math.round(innerHeight * MAX_HEIGHT_SHARE),
      reducedMotion: prefersReducedMotion(),
    });
  }

  function onEvent(event: CardEvent): void {
    if (event.type === 'close') {
      close(event.returnFocus);
      return;
    }
    if (event.seq !== seq || !host || !iframe || !anchor || host.hidden) return;
    iframe.style.setProperty('--w', `${event.width}px`);
    iframe.style.setProperty('--h', `${event.height}px`);
    position();
    host.removeAttribute('data-positioning');
    if (focusWhenShown) {
      focusWhenShown = false;
      iframe.focus();
    }
  }

  function close(returnFocus = false): void {
    clearOpen();
    cancelClose();
    const was = anchor;
    anchor = null;
    hovering = false;
    focusWhenShown = false;
    tracking?.abort();
    tracking = null;
    if (raf) cancelAnimationFrame(raf);
    raf = 0;
    if (host && !host.hidden) {
      const hadFocus = focusInside();
      try {
        if (host.matches(':popover-open')) host.hidePopover();
      } catch {
        // ignore
      }
      host.hidden = true;
      frame.hide(token);
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
      const ours = doc.activeElement === anchor.host;
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
    const to = (e as FocusEvent).relatedTarget;
    if (to !== host && anchor === a) scheduleClose(60);
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
    onEvent,
    resetTheme: () => void (theme = null),
    destroy() {
      close();
      host?.remove();
      host = iframe = null;
    },
  };
}
