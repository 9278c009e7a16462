import { describe, expect, it } from 'vitest';
import { parseFraction, parseNumberWords } from '../../../utils/extract/number-words';

describe('parseNumberWords', () => {
  it.each([
    ['seven', 7],
    ['Sixty-two', 62],
    ['twenty one', 21],
    ['three hundred', 300],
    ['two hundred and fifty', 250],
    ['three million', 3e6],
  ])('%s', (words, value) => {
    expect(parseNumberWords(words)).toBe(value);
  });

  it('rejects words that are not numbers', () => {
    expect(parseNumberWords('sixth')).toBeNull();
    expect(parseNumberWords('')).toBeNull();
  });
});

describe('parseFraction', () => {
  it.each([
    ['two-thirds', 66.67],
    ['one-third', 33.33],
    ['three quarters', 75],
    ['a fifth', 20],
  ])('%s', (words, value) => {
    expect(parseFraction(words)).toBe(value);
  });

  it('rejects improper or unknown fractions', () => {
    expect(parseFraction('four thirds')).toBeNull();
    expect(parseFraction('two seconds')).toBeNull();
  });
});
