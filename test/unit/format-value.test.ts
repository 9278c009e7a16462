import { describe, expect, it } from 'vitest';
import { formatValue } from '../../utils/format-value';

describe('formatValue', () => {
  it('writes figures the way articles do', () => {
    expect(formatValue(15, 'percent')).toBe('15%');
    expect(formatValue(1_200_000_000, 'usd')).toBe('$1.2 billion');
    expect(formatValue(38_000_000, 'gbp')).toBe('£38 million');
    expect(formatValue(700, 'count')).toBe('700');
    expect(formatValue(482_000_000, 'count')).toBe('482 million');
    expect(formatValue(16_000, 'count')).toBe('16,000');
    expect(formatValue(6.3, 'minutes')).toBe('6.3 minutes');
    expect(formatValue(1, 'days')).toBe('1 day');
    expect(formatValue(3, 'multiplier')).toBe('3×');
  });
});
