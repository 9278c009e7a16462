// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { documentText } from '../../../utils/page/document-text';
import type { Bounds } from '../../../utils/page/ranges';
import { byId, must, setBody } from './dom';

const text = (id: string): Text => must(byId(id).firstChild as Text | null, `#${id} text`);

describe('documentText', () => {
  it("is the body's text nodes joined as they are, with each range's span in it", () => {
    setBody(
      '\n<h1 id="h">Acme to cut 1,200\u00a0jobs</h1>\n<p>By <span id="by">Jo Doe</span></p><table><tr><td id="td">12%</td></tr></table><p id="p">Sales <b id="b">rose</b> 5% 🙃 and 7%.</p>',
    );
    const h = text('h');
    const p = must(byId('p').lastChild as Text | null);
    const ranges = new Map<string, Bounds>([
      // Text boundaries, as CSS highlights keep them.
      ['jobs', { startContainer: h, startOffset: 12, endContainer: h, endOffset: 22 }],
      [
        'cell',
        { startContainer: text('td'), startOffset: 0, endContainer: text('td'), endOffset: 3 },
      ],
      // Element boundaries, as a range over fallback marks has them: before and after <b>.
      [
        'rose',
        { startContainer: byId('p'), startOffset: 1, endContainer: byId('p'), endOffset: 2 },
      ],
      // After the emoji: spans stay UTF-16 offsets (the export counts code points).
      [
        '7%',
        {
          startContainer: p,
          startOffset: p.data.indexOf('7%'),
          endContainer: p,
          endOffset: p.data.indexOf('7%') + 2,
        },
      ],
    ]);
    const page = documentText(document.body, ranges);
    expect(page.text).toBe(document.body.textContent);
    const at = (id: string) => page.text.slice(page.spans[id]?.start, page.spans[id]?.end);
    expect(at('jobs')).toBe('1,200\u00a0jobs');
    expect(at('cell')).toBe('12%');
    expect(at('rose')).toBe('rose');
    expect(at('7%')).toBe('7%');
    expect(page.spans['7%']?.start).toBe(page.text.indexOf('7%'));
  });

  it('gives no span to a range whose nodes left the page', () => {
    setBody('<p id="a">Acme cut 12%.</p><p id="b">More.</p>');
    const gone = text('a');
    byId('a').remove();
    const page = documentText(
      document.body,
      new Map([['x', { startContainer: gone, startOffset: 9, endContainer: gone, endOffset: 12 }]]),
    );
    expect(page).toEqual({ text: 'More.', spans: {} });
  });

  it('places a boundary after the last child at the next text', () => {
    setBody('<p id="a"><b id="b">12%</b></p><p id="c">next</p>');
    const b = byId('b');
    const page = documentText(
      document.body,
      new Map([['x', { startContainer: b, startOffset: 0, endContainer: b, endOffset: 1 }]]),
    );
    expect(page.spans.x).toEqual({ start: 0, end: 3 });
  });
});
