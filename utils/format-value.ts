// Figures as a reader writes them, for cards, reasons, tables and exports: one formatting
// everywhere, so a card and a report never show the same figure two ways.
import type { Unit } from './claim';

// Made once, on first use: constructing a number format costs more than the rest of a claim's
// matching, and the first one on a page takes 20–45 ms in Chromium, so the content script (which
// needs them only when a card opens) must not build them while it loads.
let formats: { plain: Intl.NumberFormat; compact: Intl.NumberFormat } | null = null;
function numberFormats() {
  formats ??= {
    plain: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }),
    compact: new Intl.NumberFormat('en-US', {
      notation: 'compact',
      compactDisplay: 'long',
      maximumFractionDigits: 2,
    }),
  };
  return formats;
}

/** A figure as a reader writes it: 15%, $1.2 billion, 700, 482 million, 6.3 minutes, 1 day, 3×. */
export function formatValue(value: number, unit: Unit): string {
  const { plain: plainFormat, compact } = numberFormats();
  const plain = plainFormat.format(value);
  const scaled = Math.abs(value) >= 1e6 ? compact.format(value) : plain;
  const money = (symbol: string): string => `${symbol}${scaled}`;
  switch (unit) {
    case 'percent':
      return `${plain}%`;
    case 'usd':
      return money('$');
    case 'eur':
      return money('€');
    case 'gbp':
      return money('£');
    case 'minutes':
    case 'hours':
    case 'days':
      return `${plain} ${value === 1 ? unit.slice(0, -1) : unit}`;
    case 'multiplier':
      return `${plain}×`;
    case 'count':
    case 'other':
      return scaled;
  }
}
