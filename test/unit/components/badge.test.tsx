// @vitest-environment happy-dom
import { byId, must, setBody } from '../page/dom';
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Badge, badgeAriaLabel, badgeText, publisherCount } from '../../../components/Badge';
import type { AnnotatedClaim, CitationRef } from '../../../utils/claim';
import {
  createBadgeHost,
  insertAfterRange,
  prepareBadges,
  warmBadgeFonts,
} from '../../../utils/page/badge-host';

afterEach(cleanup);

const cite = (publisher: string): CitationRef => ({
  publisher,
  url: null,
  published: null,
  claim: 'x',
});
const claim = (over: Partial<AnnotatedClaim>): AnnotatedClaim =>
  ({
    id: 'c1',
    kind: 'statistic',
    text: '15%',
    start: 0,
    end: 3,
    value: 15,
    unit: 'percent',
    hedge: null,
    source: null,
    subject: null,
    measure: null,
    verdict: 'corroborated',
    citations: [cite('Northwind'), cite('Fabrikam')],
    conflicts: [],
    reason: '',
    ...over,
  }) as AnnotatedClaim;

describe('Badge', () => {
  it('aria-label holds the claim text and the verdict', () => {
    expect(badgeAriaLabel(claim({}))).toBe('15% — corroborated by 2 publishers');
    expect(
      badgeAriaLabel(claim({ verdict: 'single-sourced', citations: [cite('Northwind')] })),
    ).toBe('15% — single-sourced (1 publisher)');
    expect(
      badgeAriaLabel({ text: 'CNBC', verdict: 'unverifiable', citations: [], conflicts: [] }),
    ).toBe('CNBC — unverifiable');
    // Only a conflict for the claim's time, or its figure reported for another time, warns.
    const undated = claim({ conflicts: [{ ...cite('T'), value: 700, unit: 'count' }] });
    expect(badgeAriaLabel(undated)).toBe('15% — corroborated by 2 publishers');
    const misdated = claim({
      verdict: 'unverifiable',
      citations: [],
      conflicts: [{ ...cite('T'), value: 15, unit: 'percent', period: '2026-01', kind: 'period' }],
    });
    expect(badgeAriaLabel(misdated)).toBe('15% — unverifiable; ⚠ reported for another time');
    const other = claim({
      verdict: 'unverifiable',
      citations: [],
      conflicts: [{ ...cite('T'), value: 18, unit: 'percent', period: '2025-01', kind: 'value' }],
    });
    expect(badgeAriaLabel(other)).toBe(
      '15% — unverifiable; ⚠ another figure reported for its time',
    );
  });

  it('shows ⚠ only when the conflicts warn', () => {
    const conflict = { ...cite('T'), value: 15, unit: 'percent' as const };
    const warned = render(
      <Badge claim={claim({ conflicts: [{ ...conflict, kind: 'period' }] })} />,
    );
    expect(warned.container.textContent).toBe('✓2 sources⚠');
    const quiet = render(<Badge claim={claim({ conflicts: [conflict] })} />);
    expect(quiet.container.textContent).toBe('✓2 sources');
  });

  it('counts distinct publishers', () => {
    expect(publisherCount({ citations: [cite('CNBC'), cite(' cnbc '), cite('Reuters')] })).toBe(2);
    expect(badgeText(claim({ citations: [cite('A'), cite('B'), cite('C')] }))).toBe('3 sources');
    expect(badgeText(claim({ verdict: 'single-sourced' }))).toBe('1 source');
    expect(badgeText(claim({ verdict: 'unverifiable', citations: [] }))).toBe('unverified');
  });

  it('shows icon and word, never colour alone', () => {
    const { container } = render(<Badge claim={claim({})} />);
    expect(container.textContent).toBe('✓2 sources');
    const u = render(<Badge claim={claim({ verdict: 'unverifiable', citations: [] })} />);
    expect(u.container.textContent).toBe('?unverified');
  });

  it('builds a focusable host that carries the contract-3 attributes', () => {
    const host = createBadgeHost(
      claim({ kind: 'source', text: 'Northwind', verdict: 'single-sourced' }),
      ':host{}',
      document,
    );
    expect(host.localName).toBe('corroborate-badge');
    expect(host.getAttribute('data-credibility-verdict')).toBe('single-sourced');
    expect(host.getAttribute('data-credibility-kind')).toBe('source');
    // Focusable; the annotator makes one badge the tab stop (roving tabindex).
    expect(host.getAttribute('tabindex')).toBe('-1');
    expect(host.getAttribute('role')).toBe('button');
    expect(host.getAttribute('aria-label')).toBe('Northwind — single-sourced (1 publisher)');
    expect(host.shadowRoot).not.toBeNull();
    expect(host.shadowRoot?.textContent).toContain('1 source');
  });

  it('holds exactly the Badge component markup, in nodes of its own per badge', () => {
    const looks = [
      claim({}),
      claim({ citations: [cite('A'), cite('B'), cite('C')] }),
      claim({ verdict: 'single-sourced', citations: [cite('Northwind')] }),
      claim({ verdict: 'unverifiable', citations: [] }),
      claim({ conflicts: [{ ...cite('T'), value: 700, unit: 'count' }] }),
    ];
    for (const look of looks) {
      const { container } = render(<Badge claim={look} />);
      const a = createBadgeHost(look, ':host{}', document);
      const b = createBadgeHost(look, ':host{}', document);
      // The shadow root holds the badge itself (after its stylesheet, where one is needed).
      const badge = (host: HTMLElement) => must(host.shadowRoot?.lastElementChild);
      expect(badge(a).isEqualNode(container.firstChild)).toBe(true);
      expect(badge(b).isEqualNode(container.firstChild)).toBe(true);
      expect(badge(a)).not.toBe(badge(b));
      expect(a.shadowRoot?.textContent).toBe(container.textContent);
    }
  });

  it('renders the same markup for the looks prepared ahead of the first badges', () => {
    prepareBadges(':host{}', document);
    for (const look of [
      claim({ verdict: 'unverifiable', citations: [] }),
      claim({ verdict: 'single-sourced', citations: [cite('Northwind')] }),
    ]) {
      const { container } = render(<Badge claim={look} />);
      const host = createBadgeHost(look, ':host{}', document);
      expect(host.shadowRoot?.lastElementChild?.isEqualNode(container.firstChild)).toBe(true);
      expect(host.shadowRoot?.textContent).toBe(container.textContent);
    }
  });

  it('lays every font of the looks out once, hidden, and leaves nothing in the page', async () => {
    const laidOut: string[] = [];
    const hidden: boolean[] = [];
    let afterLayout: (() => void) | null = null;
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: HTMLElement,
    ) {
      laidOut.push(this.shadowRoot?.textContent ?? '');
      const box = this.parentElement;
      hidden.push(
        box?.parentNode === document.documentElement &&
          box.hasAttribute('data-corroborate-ui') &&
          box.style.getPropertyValue('visibility') === 'hidden',
      );
      afterLayout?.();
      return new DOMRect();
    });
    try {
      await warmBadgeFonts(':host{}', document, () => true, new AbortController().signal);
      // The host's own font, then each part: word and icon of each verdict, and the warning.
      expect(laidOut).toEqual(['', 'unverified', '?', '1 source', '◐', '2+ sources', '✓', '⚠']);
      expect(hidden.every(Boolean)).toBe(true);
      expect(document.querySelector('[data-corroborate-ui]')).toBeNull();
      // A run no longer wanted stops laying out.
      laidOut.length = 0;
      let asked = 0;
      await warmBadgeFonts(':host{}', document, () => ++asked <= 2, new AbortController().signal);
      expect(laidOut).toEqual(['', 'unverified']);
      expect(document.querySelector('[data-corroborate-ui]')).toBeNull();
      // The content script's end takes the box away at once, and no piece follows.
      const ending = new AbortController();
      laidOut.length = 0;
      let left: Element | null = null;
      afterLayout = () => {
        afterLayout = null;
        ending.abort();
        left = document.querySelector('[data-corroborate-ui]');
      };
      await warmBadgeFonts(':host{}', document, () => true, ending.signal);
      expect(left).toBeNull();
      expect(laidOut).toHaveLength(1);
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('is inserted right after the claim, outside links', () => {
    setBody(
      '<p id="p">Shares rose 15% today, said <a href="https://x.example">Northwind</a> staff.</p>',
    );
    const p = byId('p');
    const text = p.firstChild as Text;
    const range = document.createRange();
    const i = text.data.indexOf('15%');
    range.setStart(text, i);
    range.setEnd(text, i + 3);
    const host = document.createElement('corroborate-badge');
    const owned: Node[] = [];
    const split = (t: Text, at: number): Text => {
      const tail = t.splitText(at);
      owned.push(tail);
      return tail;
    };
    expect(insertAfterRange(range, host, split)).toBe(true);
    expect(host.previousSibling?.textContent).toBe('Shares rose 15%');
    expect(host.nextSibling?.textContent).toBe(' today, said ');
    expect(owned).toHaveLength(1);

    const link = must(p.querySelector('a'));
    const r2 = document.createRange();
    r2.selectNodeContents(link);
    const host2 = document.createElement('corroborate-badge');
    insertAfterRange(r2, host2);
    expect(host2.previousSibling).toBe(link);
  });
});
