import { describe, expect, it } from 'vitest';
import { placeCard, unionRect } from '../../../utils/page/position';

const view = { width: 1000, height: 800 };
const size = { width: 300, height: 200 };
const line = (top: number, left = 100) => ({ left, top, right: left + 60, bottom: top + 20 });

describe('placeCard', () => {
  it('goes below the claim line, never over it', () => {
    const ref = line(100);
    const p = placeCard(ref, size, view);
    expect(p.side).toBe('bottom');
    expect(p.y).toBeGreaterThanOrEqual(ref.bottom);
    expect(p.x).toBe(100);
  });

  it('flips above when there is no room below', () => {
    const ref = line(700);
    const p = placeCard(ref, size, view);
    expect(p.side).toBe('top');
    expect(p.y + size.height).toBeLessThanOrEqual(ref.top);
  });

  it('stays below when neither side fits and below has more room', () => {
    const p = placeCard(line(150), { width: 300, height: 900 }, view);
    expect(p.side).toBe('bottom');
  });

  it('shifts sideways into the viewport', () => {
    expect(placeCard(line(100, 900), size, view).x).toBe(1000 - 8 - 300);
    expect(placeCard(line(100, -50), size, view).x).toBe(8);
  });

  it('unions the claim text with its badge', () => {
    expect(
      unionRect(
        { left: 10, top: 10, right: 50, bottom: 30 },
        { left: 40, top: 30, right: 90, bottom: 50 },
      ),
    ).toEqual({
      left: 10,
      top: 10,
      right: 90,
      bottom: 50,
    });
    const a = { left: 1, top: 2, right: 3, bottom: 4 };
    expect(unionRect(a, null)).toBe(a);
  });
});

describe('theme', () => {
  it('parses computed colours and tells dark from light', async () => {
    const { luminance, parseRgb } = await import('../../../utils/page/theme');
    expect(parseRgb('rgb(17, 17, 17)')).toEqual([17, 17, 17, 1]);
    expect(parseRgb('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseRgb('rgb(255 255 255 / 50%)')).toEqual([255, 255, 255, 0.5]);
    expect(parseRgb('transparent')).toBeNull();
    expect(luminance(17, 17, 17)).toBeLessThan(0.2);
    expect(luminance(253, 252, 249)).toBeGreaterThan(0.9);
  });
});
