// The one-line reasons shown on cards and in exports. Kept apart from the matching rules so the
// wording can change without touching them.
import type { Unit } from '../claim';

// Made once: constructing a number format costs more than the rest of a claim's matching.
const PLAIN = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const COMPACT = new Intl.NumberFormat('en-US', {
  notation: 'compact',
  compactDisplay: 'long',
  maximumFractionDigits: 2,
});

export function formatValue(value: number, unit: Unit): string {
  const plain = PLAIN.format(value);
  const money = (symbol: string): string =>
    `${symbol}${Math.abs(value) >= 1e6 ? COMPACT.format(value) : plain}`;
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
      return `${plain} ${unit}`;
    case 'multiplier':
      return `${plain}×`;
    case 'count':
    case 'other':
      return plain;
  }
}

/** "CNBC", "CNBC and Reuters", "CNBC, Reuters, AP and 2 more". */
export function listNames(names: readonly string[], shown = 3): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length <= shown)
    return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}
