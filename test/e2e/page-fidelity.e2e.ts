// A live blog as a reader meets it, in the browser named by $E2E_BROWSER (issue 14.1, 14.6,
// 14.9): every `<article class="entry">` of the feed and the headline above it are the article;
// timestamps, the byline and a table's rank column get no badge; a flex paragraph stays one flex
// item with its badges in it; the headline's accessible name stays its own text.
import { describe, expect, it } from 'vitest';
import { badgeClaims } from './harness/page-probes';
import { useSession } from './harness/session';

/** Badge claims inside the element with this id. */
function claimsIn(id: string): string[] {
  const el = document.getElementById(id);
  return [...(el?.querySelectorAll('corroborate-badge') ?? [])].map(
    (b) => (b.getAttribute('aria-label') ?? '').split(' — ')[0] ?? '',
  );
}

/**
 * The accessible name a heading gets from the accessibility tree's rules (accname 1.2, the parts
 * that apply here): aria-label when set, else its content, where an element child contributes
 * its aria-label (a badge host) or, recursively, its own content; aria-hidden children nothing.
 */
function headingName(id: string): string {
  const name = (node: Node): string => {
    if (node.nodeType === 3) return node.textContent ?? '';
    if (node.nodeType !== 1) return '';
    const el = node as Element;
    if (el.getAttribute('aria-hidden') === 'true') return '';
    const label = el.getAttribute('aria-label');
    if (label !== null && label.trim()) return label;
    return [...el.childNodes].map(name).join('');
  };
  const el = document.getElementById(id);
  return el ? name(el).replace(/\s+/g, ' ').trim() : '';
}

describe('in-page: live blogs and page fidelity', () => {
  const session = useSession();

  it('annotates the headline and every entry of a live blog, also one added later', async () => {
    const page = await session.openAnnotated('live-blog.html');
    expect(await page.evaluate(claimsIn, 'headline')).toEqual(['12,000']);
    for (const [entry, claim] of [
      ['e1', '9%'],
      ['e2', '$1.4 billion'],
      ['e3', '3,400'],
      ['e4', '7%'],
      ['e5', '$800 million'],
    ] as const) {
      expect(await page.evaluate(claimsIn, entry), entry).toContain(claim);
    }
    // An entry the page adds at the top of the feed, as live blogs do.
    await page.evaluate(() => {
      const entry = document.createElement('article');
      entry.className = 'entry';
      entry.id = 'e0';
      const p = document.createElement('p');
      p.textContent =
        'Fernwood will also freeze hiring in its finance unit, which employs about 2,200 people, a spokesperson said.';
      entry.append(p);
      document.getElementById('feed')?.prepend(entry);
    }, null);
    await page.waitFor(() => !!document.querySelector('#e0 corroborate-badge'), null);
    expect(await page.evaluate(claimsIn, 'e0')).toEqual(['2,200']);
    await page.close();
  });

  it('badges no timestamp, byline or rank column', async () => {
    const page = await session.openAnnotated('live-blog.html');
    const claims = await page.evaluate(badgeClaims, null);
    expect(claims.filter((c) => /GMT|^\d{2}\.\d{2}$/.test(c))).toEqual([]);
    const inTimes = await page.evaluate(
      () => document.querySelectorAll('time corroborate-badge, .byline corroborate-badge').length,
      null,
    );
    expect(inTimes).toBe(0);
    // The table's figures are badged, its rank column (1–4) is not.
    const table = await page.evaluate(() => {
      const rows = [...document.querySelectorAll('#ranked tbody tr')];
      return rows.map((r) =>
        [...r.children].map((c) => c.querySelectorAll('corroborate-badge').length),
      );
    }, null);
    expect(table.map((cells) => cells[0])).toEqual([0, 0, 0, 0]);
    expect(table.map((cells) => cells[2])).toEqual([1, 1, 1, 1]);
    await page.close();
  });

  it('keeps a flex paragraph one flex item and the headline its own accessible name', async () => {
    const page = await session.openAnnotated('live-blog.html');
    // The paragraph held one text node, one anonymous flex item: it still lays out as one item,
    // the badges inside it.
    const flex = await page.evaluate(() => {
      const p = document.getElementById('flex-p') as HTMLElement;
      const items = [...p.childNodes].filter(
        (n) => n.nodeType === 1 || (n.nodeType === 3 && (n.textContent ?? '').trim()),
      );
      return {
        display: getComputedStyle(p).display,
        items: items.length,
        badges: p.querySelectorAll('corroborate-badge').length,
        text: (p.textContent ?? '').replace(/\s+/g, ' ').trim(),
      };
    }, null);
    expect(flex.display).toBe('flex');
    expect(flex.badges).toBeGreaterThanOrEqual(1);
    expect(flex.items).toBe(1);
    expect(flex.text).toBe(
      'Fernwood said the cuts amount to about 9% of its global workforce, according to a memo seen by the Harbour Gazette.',
    );
    // The headline's name is the headline, not "…to cut 12,000 12,000 — corroborated by …".
    expect(await page.evaluate(headingName, 'headline')).toBe(
      'Fernwood Motors to cut 12,000 jobs as it retools for electric vans',
    );
    // The badge inside it is still a control with its own name.
    const label = await page.evaluate(
      () => document.querySelector('#headline corroborate-badge')?.getAttribute('aria-label'),
      null,
    );
    expect(label).toMatch(/^12,000 — /);
    await page.close();
  });

  it('made no network request of its own', () => {
    expect(session.extensionRequests()).toEqual([]);
  });
});
