import { describe, expect, it } from 'vitest';
import { firstEndingAfter, sentenceClauses } from '../../../utils/extract/clauses';

const clauseTexts = (text: string) =>
  sentenceClauses(text, 0, text.length).list.map((c) => [text.slice(c.start, c.end), c.joint]);

describe('sentenceClauses', () => {
  it.each([
    [
      'Acme cut 12% of staff, or 1,200 jobs.',
      [
        ['Acme cut 12% of staff', 'none'],
        ['or 1,200 jobs.', 'comma'],
      ],
    ],
    [
      'Headcount: 6,000 people.',
      [
        ['Headcount', 'none'],
        ['6,000 people.', 'colon'],
      ],
    ],
    [
      'Sales rose 5% but profit fell 2%.',
      [
        ['Sales rose 5%', 'none'],
        ['profit fell 2%.', 'conjunction'],
      ],
    ],
    [
      'Revenue (up 8%) beat forecasts.',
      [
        ['Revenue ', 'none'],
        ['up 8%', 'comma'],
        [' beat forecasts.', 'comma'],
      ],
    ],
  ])('splits %j', (text, expected) => {
    expect(clauseTexts(text)).toEqual(expected);
  });

  it('finds the clause and word of a figure by offset, and shares the work per sentence', () => {
    const text = 'Acme said revenue rose 12%; staff fell by 300 people.';
    const sentence = sentenceClauses(text, 0, text.length);
    expect(sentenceClauses(text, 0, text.length)).toBe(sentence);
    const own = sentence.list[sentence.indexAt(text.indexOf('300'))];
    expect(own && text.slice(own.start, own.end)).toBe(' staff fell by 300 people.');
    const words = sentence.words(own as never);
    expect(words.map((w) => text.slice(w.start, w.end))).toEqual([
      'staff',
      'fell',
      'by',
      '300',
      'people.',
    ]);
    expect(sentence.measure(sentence.list[0] as never)).toBe('revenue');
    expect(firstEndingAfter(words, text.indexOf('300'))).toBe(3);
    expect(firstEndingAfter(words, text.length)).toBe(-1);
  });
});
