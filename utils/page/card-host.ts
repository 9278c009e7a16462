// The claim card: one `<corroborate-card>` host with an open shadow root, rendered with Preact,
// positioned with Floating UI below (or, flipped, above) the claim's line so it never covers the
// claim text. Hover opens it with a short delay, keyboard focus opens it at once; Escape closes it
// and returns focus to the badge; leaving the badge closes it after a delay unless the pointer
// moves into the card.
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { h, render } from 'preact';
import { ClaimCard } from '../../components/ClaimCard';
import type { AnnotatedClaim } from '../claim';
import { pageTheme, type Theme } from './theme';
import { CARD_TAG } from './ui-names';

export interface CardAnchor {
  claim: AnnotatedClaim;
  host: HTMLElement;
  /** The claim's text, for placing the card off it. */
  range: () => Range | null;
}

const HOVER_OPEN_MS = 120;
const CLOSE_MS = 250;

function union(a: DOMRect, b: DOMRect | null): DOMRect {
  if (!b || (b.width === 0 && b.height === 0)) return a;
  const left = Math.min(a.left, b.left);
  const top = Math.min(a.top, b.top);
  const right = Math.max(a.right, b.right);
  const bottom = Math.max(a.bottom, b.bottom);
  return new DOMRect(left, top, right - left, bottom - top);
}

export class CardController {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  private anchor: CardAnchor | null = null;
  private openTimer: ReturnType<typeof setTimeout> | null = null;
  private closeTimer: ReturnType<typeof setTimeout> | null = null;
  private stopAutoUpdate: (() => void) | null = null;
  private refocusing = false;
  private theme: Theme | null = null;

  constructor(
    private readonly doc: Document,
    private readonly css: string,
    private readonly signal: AbortSignal,
  ) {
    doc.addEventListener('keydown', (e) => this.onKeydown(e), { capture: true, signal });
  }

  get current(): CardAnchor | null {
    return this.anchor;
  }

  /** Wires hover, focus, keyboard and click on a badge host. */
  bind(anchor: CardAnchor, signal: AbortSignal): void {
    const { host } = anchor;
    const opts = { signal };
    host.addEventListener(
      'mouseenter',
      () => {
        this.cancelClose();
        if (this.anchor === anchor) return;
        this.clearOpenTimer();
        this.openTimer = setTimeout(() => this.open(anchor), HOVER_OPEN_MS);
      },
      opts,
    );
    host.addEventListener(
      'mouseleave',
      () => {
        this.clearOpenTimer();
        if (this.anchor === anchor && !this.focusInside()) this.scheduleClose();
      },
      opts,
    );
    host.addEventListener(
      'focus',
      () => {
        if (this.refocusing) return;
        this.open(anchor);
      },
      opts,
    );
    host.addEventListener(
      'blur',
      (e) => {
        const to = (e as FocusEvent).relatedTarget as Node | null;
        if (to && this.host && (to === this.host || this.host.contains(to))) return;
        if (this.anchor === anchor) this.scheduleClose(60);
      },
      opts,
    );
    host.addEventListener(
      'keydown',
      (e) => {
        const key = (e as KeyboardEvent).key;
        if (key === 'Enter' || key === ' ') {
          e.preventDefault();
          e.stopPropagation();
          this.open(anchor, true);
        }
      },
      opts,
    );
    const swallow = (e: Event): void => {
      e.preventDefault();
      e.stopPropagation();
    };
    host.addEventListener('mousedown', (e) => e.stopPropagation(), opts);
    host.addEventListener(
      'click',
      (e) => {
        swallow(e);
        this.open(anchor);
      },
      opts,
    );
  }

  open(anchor: CardAnchor, focusCard = false): void {
    this.clearOpenTimer();
    this.cancelClose();
    if (!anchor.host.isConnected) return;
    const host = this.ensureHost();
    const mount = this.mount as HTMLElement;
    if (this.anchor && this.anchor !== anchor) this.anchor.host.setAttribute('aria-expanded', 'false');
    this.anchor = anchor;
    anchor.host.setAttribute('aria-expanded', 'true');
    this.theme ??= pageTheme(anchor.host.parentElement);
    render(
      h(ClaimCard, {
        claim: anchor.claim,
        headingId: 'corroborate-card-title',
        theme: this.theme,
        onClose: () => this.close(true),
      }),
      mount,
    );
    if (host.hidden) {
      host.setAttribute('data-positioning', '');
      host.hidden = false;
      try {
        if (typeof host.showPopover === 'function' && !host.matches(':popover-open')) {
          host.showPopover();
        }
      } catch {
        // No popover support: z-index does the job.
      }
    }
    this.position(anchor);
    if (focusCard) {
      const dialog = host.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
      dialog?.focus();
    }
  }

  close(returnFocus = false): void {
    this.clearOpenTimer();
    this.cancelClose();
    const anchor = this.anchor;
    this.anchor = null;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    if (this.host && !this.host.hidden) {
      const hadFocus = this.focusInside();
      try {
        if (typeof this.host.hidePopover === 'function' && this.host.matches(':popover-open')) {
          this.host.hidePopover();
        }
      } catch {
        // ignore
      }
      this.host.hidden = true;
      if (this.mount) render(null, this.mount);
      if (anchor && (returnFocus || hadFocus) && anchor.host.isConnected) {
        this.refocusing = true;
        anchor.host.focus({ preventScroll: true });
        this.refocusing = false;
      }
    }
    anchor?.host.setAttribute('aria-expanded', 'false');
  }

  scheduleClose(ms = CLOSE_MS): void {
    this.cancelClose();
    this.closeTimer = setTimeout(() => this.close(), ms);
  }

  cancelClose(): void {
    if (this.closeTimer !== null) clearTimeout(this.closeTimer);
    this.closeTimer = null;
  }

  /** Forget the cached page theme (new page after SPA navigation). */
  resetTheme(): void {
    this.theme = null;
  }

  destroy(): void {
    this.close();
    this.host?.remove();
    this.host = null;
    this.mount = null;
  }

  private clearOpenTimer(): void {
    if (this.openTimer !== null) clearTimeout(this.openTimer);
    this.openTimer = null;
  }

  private focusInside(): boolean {
    const active = this.doc.activeElement;
    return !!this.host && !!active && (active === this.host || this.host.contains(active));
  }

  private onKeydown(e: KeyboardEvent): void {
    if (e.key !== 'Escape' || !this.anchor || !this.host || this.host.hidden) return;
    const active = this.doc.activeElement;
    const ours = active === this.anchor.host || active === this.host;
    if (ours) {
      e.preventDefault();
      e.stopPropagation();
    }
    this.close(ours);
  }

  private ensureHost(): HTMLElement {
    if (this.host && this.host.isConnected) return this.host;
    const doc = this.doc;
    const host = doc.createElement(CARD_TAG);
    host.hidden = true;
    try {
      host.setAttribute('popover', 'manual');
    } catch {
      // ignore
    }
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = this.css;
    const mount = doc.createElement('div');
    shadow.append(style, mount);
    const opts = { signal: this.signal };
    host.addEventListener('mouseenter', () => this.cancelClose(), opts);
    host.addEventListener(
      'mouseleave',
      () => {
        if (!this.focusInside()) this.scheduleClose();
      },
      opts,
    );
    host.addEventListener(
      'focusout',
      (e) => {
        const to = (e as FocusEvent).relatedTarget as Node | null;
        if (to && (to === host || host.contains(to) || to === this.anchor?.host)) return;
        this.scheduleClose(60);
      },
      opts,
    );
    // Keep page handlers (e.g. "click outside closes the menu") from seeing clicks in the card.
    host.addEventListener('mousedown', (e) => e.stopPropagation(), opts);
    host.addEventListener('click', (e) => e.stopPropagation(), opts);
    (doc.body ?? doc.documentElement).appendChild(host);
    this.host = host;
    this.mount = mount;
    return host;
  }

  private position(anchor: CardAnchor): void {
    const host = this.host;
    if (!host) return;
    this.stopAutoUpdate?.();
    const reference = {
      contextElement: anchor.host,
      getBoundingClientRect: (): DOMRect => {
        const badge = anchor.host.getBoundingClientRect();
        const range = anchor.range();
        let text: DOMRect | null = null;
        try {
          text = range && range.startContainer.isConnected ? range.getBoundingClientRect() : null;
        } catch {
          text = null;
        }
        return union(badge, text);
      },
    };
    const update = (): void => {
      void computePosition(reference, host, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ crossAxis: false, fallbackPlacements: ['top-start'] }),
          shift({ padding: 8 }),
        ],
      }).then(({ x, y }) => {
        if (this.host !== host || this.anchor !== anchor) return;
        host.style.setProperty('--corroborate-x', `${Math.round(x)}px`);
        host.style.setProperty('--corroborate-y', `${Math.round(y)}px`);
        host.removeAttribute('data-positioning');
      });
    };
    this.stopAutoUpdate = autoUpdate(reference, host, update, { animationFrame: false });
  }
}
