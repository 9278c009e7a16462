// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { collectText, createCollector, type TextMap } from '../../../utils/page/collect-text';
import { locate, rangeFor } from '../../../utils/page/ranges';
import { setBody, must, byId } from './dom';

const noVisibility = { checkVisibility: false } as const;

function mount(html: string): HTMLElement {
  setBody(`<div id="root">${html}</div>`);
  return document.getElementById('root') as HTMLElement;
}

/** Every string index maps to a node character equal to the string character. */
function expectMapExact(map: TextMap): void {
  for (let i = 0; i < map.text.length; i++) {
    const ch = map.text[i];
    if (ch === '\n') continue;
    const at = must(locate(map, i, 'start'), `index ${i}`);
    const nodeCh = at.node.data[at.offset];
    if (ch === ' ') expect(nodeCh, `index ${i}`).toMatch(/[\s\u00A0]/);
    else expect(nodeCh, `index ${i}`).toBe(ch);
  }
}

beforeEach(() => {
  setBody('');
});

describe('collectText', () => {
  it('joins inline markup seamlessly', () => {
    const root = mount(
      '<p>Users grew to <b>482</b> million, says <a href="/x">Acme Research</a>.</p>',
    );
    const map = collectText(root, noVisibility);
    expect(map.text).toBe('Users grew to 482 million, says Acme Research.');
    expectMapExact(map);
    const i = map.text.indexOf('482 million');
    const range = must(rangeFor(map, i, i + '482 million'.length));
    expect(range.toString()).toBe('482 million');
  });

  it('separates blocks, list items and table cells with newlines', () => {
    const root = mount(
      '<h2>Results</h2><p>Revenue rose.</p><ul><li>12%</li><li>40 stores</li></ul>' +
        '<table><tr><td>Q1</td><td>$3.1 billion</td></tr><tr><th>Q2</th><td>9</td></tr></table>' +
        '<p>One<br>Two</p><div>Three</div>',
    );
    const map = collectText(root, noVisibility);
    expect(map.text).toBe(
      'Results\nRevenue rose.\n12%\n40 stores\nQ1\n$3.1 billion\nQ2\n9\nOne\nTwo\nThree',
    );
    expectMapExact(map);
  });

  it('collapses source whitespace like the browser renders it', () => {
    const root = mount('<p>\n   The   company\n   cut\t<i> 15% </i> of jobs.   </p>');
    const map = collectText(root, noVisibility);
    expect(map.text).toBe('The company cut 15% of jobs.');
    expectMapExact(map);
    const i = map.text.indexOf('15%');
    expect(must(rangeFor(map, i, i + 3)).toString()).toBe('15%');
  });

  it('turns &nbsp; into a normal space of the same length', () => {
    const root = mount('<p>about&nbsp;400&nbsp;employees</p>');
    const map = collectText(root, noVisibility);
    expect(map.text).toBe('about 400 employees');
    expect(map.text).not.toContain('\u00A0');
    const i = map.text.indexOf('400');
    const range = must(rangeFor(map, i - 6, i + 3));
    expect(range.toString()).toBe('about\u00A0400');
    expect(range.startOffset).toBe(0);
    expect(range.endOffset).toBe(9);
  });

  it('drops soft hyphens from the string and maps around them', () => {
    const root = mount('<p>Tele\u00ADcommunications revenue was $5\u00AD.2 billion.</p>');
    const map = collectText(root, noVisibility);
    expect(map.text).toBe('Telecommunications revenue was $5.2 billion.');
    expectMapExact(map);
    const word = must(rangeFor(map, 0, 'Telecommunications'.length));
    expect(word.toString()).toBe('Tele\u00ADcommunications');
    const i = map.text.indexOf('$5.2 billion');
    const money = must(rangeFor(map, i, i + '$5.2 billion'.length));
    expect(money.toString()).toBe('$5\u00AD.2 billion');
    // "Tele" ends before the soft hyphen; "communications" starts after it.
    expect(must(rangeFor(map, 0, 4)).toString()).toBe('Tele');
    expect(must(rangeFor(map, 4, 8)).toString()).toBe('comm');
  });

  it('keeps curly quotes and emoji as UTF-16 code units', () => {
    const root = mount('<p>“We’re growing 📈 fast,” she said: 30% 👍🏽 more.</p>');
    const map = collectText(root, noVisibility);
    expect(map.text).toBe('“We’re growing 📈 fast,” she said: 30% 👍🏽 more.');
    expectMapExact(map);
    const i = map.text.indexOf('30%');
    expect(i).toBe('“We’re growing 📈 fast,” she said: '.length);
    expect(must(rangeFor(map, i, i + 3)).toString()).toBe('30%');
    const j = map.text.indexOf('👍🏽');
    expect(must(rangeFor(map, j, j + 4)).toString()).toBe('👍🏽');
  });

  it('skips excluded subtrees but reads the rest around them', () => {
    const root = mount(
      '<p>Sales hit 9 million.</p><aside>Related: 55 things</aside><nav>Home</nav>' +
        '<p>Use <code>x = 42</code> here.</p><div class="share-bar">Share 10</div>' +
        '<p hidden>secret 77</p><textarea>typed 88</textarea><p>End.</p>',
    );
    const map = collectText(root, noVisibility);
    expect(map.text).toBe('Sales hit 9 million.\nUse here.\nEnd.');
    expectMapExact(map);
  });

  it('honours skipText and reports collected nodes', () => {
    const root = mount('<p>First 1.</p><p>Second 2.</p>');
    const first = must(root.querySelector('p')).firstChild as Text;
    const seen: Text[] = [];
    const map = collectText(root, {
      ...noVisibility,
      skipText: (t) => t === first,
      onText: (t) => seen.push(t),
    });
    expect(map.text).toBe('Second 2.');
    expect(seen).toHaveLength(1);
  });

  it('cuts batches at block boundaries, each with its own offsets', () => {
    const paras = Array.from({ length: 10 }, (_, i) => `<p>Paragraph ${i} says ${i * 10}%.</p>`);
    const root = mount(paras.join(''));
    const collector = createCollector(root, noVisibility);
    const batches: TextMap[] = [];
    while (!collector.done) batches.push(collector.next({ maxBlocks: 3 }));
    const texts = batches.map((b) => b.text).filter(Boolean);
    expect(texts.length).toBeGreaterThanOrEqual(3);
    expect(texts.join('\n')).toBe(collectText(root, noVisibility).text);
    for (const batch of batches) {
      expectMapExact(batch);
      const i = batch.text.lastIndexOf('%');
      if (i > 0) expect(must(rangeFor(batch, i, i + 1)).toString()).toBe('%');
    }
  });

  it('ends a batch at its deadline while everything it walks is skipped', () => {
    const paras = Array.from({ length: 300 }, (_, i) => `<p><span>seen</span> ${i}</p>`);
    const root = mount(paras.join(''));
    // Every text node was read before: no text, so no block boundary could end the walk.
    let clock = 0;
    const collector = createCollector(root, { ...noVisibility, skipText: () => true });
    const now = () => (clock += 5);
    const first = collector.next({ deadline: 10, now });
    expect(first.text).toBe('');
    expect(collector.done).toBe(false);
    while (!collector.done) collector.next({ deadline: clock + 10, now });
    expect(collector.done).toBe(true);
  });

  it('reads several roots in order, separated', () => {
    mount('<p id="a">Alpha 1</p><p>skip</p><span id="b">Beta 2</span>');
    const map = collectText([byId('a'), byId('b')], noVisibility);
    expect(map.text).toBe('Alpha 1\nBeta 2');
  });
});
