import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../utils/extract/sentences';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits on sentence punctuation, keeping closing quotes', () => {
    expect(split('It rose 5%. “We are pleased.” Then it fell!')).toEqual([
      'It rose 5%.',
      '“We are pleased.”',
      'Then it fell!',
    ]);
  });

  it('does not split after abbreviations, initials or times', () => {
    expect(split('Acme Inc. hired Dr. Lee and J. Smith at 9 a.m. ET on Monday.')).toHaveLength(1);
    expect(split('Demand in the U.S. rose. The U.S. results beat forecasts.')).toEqual([
      'Demand in the U.S. rose.',
      'The U.S. results beat forecasts.',
    ]);
  });

  it('treats lines as paragraphs and joins hard-wrapped prose', () => {
    const text = 'First paragraph ends here.\nSecond one starts and\ncontinues here.\n\nThird.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 1, 2]);
    expect(text.slice(sentences[1]?.start, sentences[1]?.end)).toBe(
      'Second one starts and\ncontinues here.',
    );
  });

  it('marks list items under a heading and title-case headlines', () => {
    const text =
      'Big Tech Firms Cut Jobs Again\n\nThe tally so far:\n- Acme: 400\n- Beta: 120\nDone.';
    const s = splitSentences(text);
    expect(s[0]?.titleCase).toBe(true);
    expect(s.map((x) => [x.listItem, x.listHeading])).toEqual([
      [false, null],
      [false, null],
      [true, 1],
      [true, 1],
      [false, null],
    ]);
  });
});
