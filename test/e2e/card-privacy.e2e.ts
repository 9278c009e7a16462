// What a page script can learn from the cards, in the browser named by $E2E_BROWSER (issue 13.1:
// cards used to sit in open shadow roots, so a page could read the citation store and the
// reader's history out of them). The card now renders in an extension-origin frame: the test
// opens cards by keyboard, reads them through the browser's frames (where the driver can look),
// and has a page script try every route it has (focus and "press" each badge, walk every shadow
// root, every iframe and window.frames, listen for messages) and find none of the card's content.
import { describe, expect, it } from 'vitest';
import { focusBadge } from './harness/page-probes';
import { useFixtureCitations, useSession } from './harness/session';
import { waitForCard, waitForNoCard } from './harness/ui-flows';

/** Installed before the page's own scripts: every message posted to the page's window. */
const RECORD_MESSAGES = `window.__seen = [];
addEventListener('message', (e) => { try { window.__seen.push(JSON.stringify(e.data)); } catch { window.__seen.push(String(e.data)); } }, true);`;

/**
 * A page script's best effort: opens every badge's card the ways a page can (focus, a synthetic
 * Enter, a click), then collects every string it can reach: text and attributes of the document
 * and of every open shadow root, every iframe's document and URL it can get at, window.frames,
 * and the messages posted to its window. Runs in the page's own world.
 */
async function pageScriptHarvest(): Promise<{ strings: string[]; closedCard: boolean }> {
  const strings: string[] = [];
  const roots: (Document | ShadowRoot)[] = [document];
  const badges: HTMLElement[] = [];
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const collect = () => {
    for (let i = 0; i < roots.length; i++) {
      const root = roots[i] as Document | ShadowRoot;
      for (const el of root.querySelectorAll<HTMLElement>('*')) {
        if (el.shadowRoot && !roots.includes(el.shadowRoot)) roots.push(el.shadowRoot);
        for (const a of el.attributes) strings.push(a.value);
        if (el instanceof HTMLIFrameElement) {
          strings.push(el.src);
          try {
            strings.push(el.contentDocument?.documentElement.textContent ?? '');
          } catch {
            // cross-origin
          }
        }
      }
      strings.push((root as ParentNode & { textContent?: string | null }).textContent ?? '');
      if ('documentElement' in root) strings.push(root.documentElement.innerText);
    }
    for (let i = 0; i < window.frames.length; i++) {
      try {
        strings.push(window.frames[i]?.location.href ?? '');
        strings.push(window.frames[i]?.document.documentElement.textContent ?? '');
      } catch {
        // cross-origin: the browser refuses
      }
    }
  };
  collect();
  for (const root of roots) {
    for (const el of root.querySelectorAll<HTMLElement>('[data-credibility-verdict]')) {
      badges.push(el);
    }
  }
  for (const badge of badges.slice(0, 12)) {
    badge.focus();
    badge.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    badge.click();
    await sleep(150);
    collect();
  }
  strings.push(...(window as unknown as { __seen: string[] }).__seen);
  const card = document.querySelector('corroborate-card') as HTMLElement | null;
  return { strings, closedCard: !!card && card.shadowRoot === null };
}

describe('in-page: a page script cannot read a card', () => {
  const session = useSession();
  // Corroborated figures come from our own fixture citations, not from the starter pack.
  useFixtureCitations(session, 'in-page-claims.jsonl');

  it('shows the citations in the card frame, and none of them to the page', async () => {
    const page = await session.browser.newPage();
    await page.addInitScript(RECORD_MESSAGES);
    await page.goto(`${session.server.origin}/news-layout.html`);
    await page.waitFor(
      () => document.documentElement.dataset.corroborateStatus === 'annotated',
      null,
    );

    // The reader opens cards with the keyboard; the driver reads them through the frames.
    const secrets = new Set<string>();
    const labels: string[] = [];
    for (let n = 0; n < 6; n++) {
      const label = await page.evaluate(focusBadge, n);
      if (!label) break;
      labels.push(label);
      if (!/corroborated|single-sourced/.test(label)) continue;
      await page.press('Enter');
      const card = await waitForCard(page);
      expect(card.text).toContain(label.split(' — ')[0] as string);
      // Enter moved focus into the card's frame, onto the dialog.
      expect(card.focused).toBe(true);
      expect(card.focus).toBe('dialog');
      for (const link of card.links) secrets.add(link);
      await page.press('Escape');
      await waitForNoCard(page);
    }
    expect(labels.length).toBeGreaterThan(3);
    // Cards with citations were shown: there is something to leak.
    expect(secrets.size).toBeGreaterThan(0);

    const { strings, closedCard } = await page.evaluate(pageScriptHarvest, null);
    expect(closedCard).toBe(true);
    const everything = strings.join('\n');
    // The badges themselves are readable (contract 3: claim text, kind, verdict)…
    expect(everything).toContain(labels[0] as string);
    // …the card's content is not: no citation link, by any route.
    for (const secret of secrets) expect(everything).not.toContain(secret);
    expect(everything).not.toMatch(/Attributed to|Corroborated by|Single-sourced:/);
    // The page's own attempts did open cards (in the frame, where it cannot look).
    const frames = await page.evaluateInFrames(
      `${session.browser.extensionBase}card.html`,
      () => document.querySelectorAll('[role="dialog"]').length,
      null,
    );
    expect(frames).toHaveLength(1);
    await page.close();
  });

  it('made no network request of its own', () => {
    expect(session.extensionRequests()).toEqual([]);
  });
});
