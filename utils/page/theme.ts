// Light or dark card? Follow the page's own background where it has one, else the user's
// prefers-color-scheme.

export type Theme = 'light' | 'dark';

/** Parses `rgb()`/`rgba()` (comma or space syntax) into [r, g, b, alpha]; null otherwise. */
export function parseRgb(color: string): [number, number, number, number] | null {
  if (!/^rgba?\(/i.test(color)) return null;
  const n = (color.match(/[\d.]+%?/g) ?? []).map((v) =>
    v.endsWith('%') ? parseFloat(v) / 100 : Number(v),
  );
  if (n.length < 3) return null;
  return [n[0] ?? 0, n[1] ?? 0, n[2] ?? 0, n[3] ?? 1];
}

/** WCAG relative luminance of an sRGB colour, 0 (black) to 1 (white). */
export function luminance(r: number, g: number, b: number): number {
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The theme for a card shown next to `el`. */
export function pageTheme(el: Element | null): Theme {
  const view = el?.ownerDocument?.defaultView;
  for (let cur = el; cur && view; cur = cur.parentElement) {
    const rgb = parseRgb(view.getComputedStyle(cur).backgroundColor);
    if (rgb && rgb[3] >= 0.5) return luminance(rgb[0], rgb[1], rgb[2]) < 0.2 ? 'dark' : 'light';
  }
  if (typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches) {
    return 'dark';
  }
  return 'light';
}
