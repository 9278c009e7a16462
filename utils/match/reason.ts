// The one-line reasons shown on cards and in exports. Kept apart from the matching rules so the
// wording can change without touching them.
import type { Unit } from '../claim';

export function formatValue(value: number, unit: Unit): string {
  const plain = value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const money = (symbol: string): string =>
    Math.abs(value) >= 1e6
      ? `${symbol}${value.toLocaleString('en-US', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 })}`
      : `${symbol}${plain}`;
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
  if (names.length <= shown) return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}
