// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectText } from '../../../utils/page/collect-text';
import { locate, normalizeText, rangeFor, rangeMatches } from '../../../utils/page/ranges';
import { setBody, must, byId } from './dom';

function setup(html: string) {
  setBody(`<article id="a">${html}</article>`);
  const root = byId('a');
  return { root, map: collectText(root, { checkVisibility: false }) };
}

describe('ranges', () => {
  it('maps every claim offset to an exact Range', () => {
    const { map } = setup(
      '<p>According to <a href="https://example.com">Northwind Daily</a>, Contoso will cut ' +
        '<strong>about 1,200</strong> jobs, or 8% of staff.</p><p>Shares fell 3.5 percent.</p>',
    );
    for (const needle of [
      'Northwind Daily',
      'about 1,200',
      '8%',
      '3.5 percent',
      'Contoso will cut',
    ]) {
      const i = map.text.indexOf(needle);
      expect(i, needle).toBeGreaterThanOrEqual(0);
      const range = rangeFor(map, i, i + needle.length);
      expect(range?.toString(), needle).toBe(needle);
    }
  });

  it('spans across a block separator without including it', () => {
    const { map } = setup('<p>First 10</p><p>20 second</p>');
    const i = map.text.indexOf('10');
    const range = must(rangeFor(map, i, i + '10\n20'.length));
    expect(range.toString()).toBe('1020');
  });

  it('moves a start on a separator forward and an end on it backward', () => {
    const { map } = setup('<p>one</p><p>two</p>');
    const sep = map.text.indexOf('\n');
    const start = must(locate(map, sep, 'start'));
    expect(start.node.data).toBe('two');
    expect(start.offset).toBe(0);
    const end = must(locate(map, sep + 1, 'end'));
    expect(end.node.data).toBe('one');
    expect(end.offset).toBe(3);
  });

  it('rejects empty, reversed and out-of-bounds offsets', () => {
    const { map } = setup('<p>abc</p>');
    expect(rangeFor(map, 1, 1)).toBeNull();
    expect(rangeFor(map, 2, 1)).toBeNull();
    expect(rangeFor(map, 0, 99)).toBeNull();
    expect(rangeFor(map, -1, 2)).toBeNull();
  });

  it('checks a range still holds the expected text', () => {
    const { map, root } = setup('<p>Up 40%&nbsp;now</p>');
    const i = map.text.indexOf('40% now');
    const range = must(rangeFor(map, i, i + 7));
    expect(rangeMatches(range, '40% now')).toBe(true);
    expect(rangeMatches(range, '41% now')).toBe(false);
    root.remove();
    expect(rangeMatches(range, '40% now')).toBe(false);
    expect(normalizeText(' a\u00AD b\u00A0 c ')).toBe('a b c');
  });
});
