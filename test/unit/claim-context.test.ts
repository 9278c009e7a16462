import { describe, expect, it } from 'vitest';
import { claimContext, CONTEXT_WORDS } from '../../utils/claim-context';

/** Context of the `nth` occurrence of `needle` in `text`. */
function around(text: string, needle: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  if (at === -1) throw new Error(`${needle} not in text`);
  return claimContext(text, at, at + needle.length);
}

const STORY = [
  'Northwind Robotics to cut 12% of staff',
  'Northwind Robotics will cut about 12% of its workforce, the company said on Monday.',
  'Its rival Contoso grew revenue 12% over the same period.',
  'Site',
  'Rotterdam',
  '600 jobs',
].join('\n');

describe('claimContext', () => {
  // [what, needle, nth, before, after]; a block break is one " · " and counts as a word.
  const rows: [string, string, number, string, string][] = [
    [
      'a headline at the start of the text',
      '12%',
      0,
      'Northwind Robotics to cut ',
      ' of staff · Northwind…',
    ],
    [
      'the same figure in the body',
      '12%',
      1,
      '…Robotics will cut about ',
      ' of its workforce, the…',
    ],
    [
      'the same figure for another company',
      '12%',
      2,
      '…rival Contoso grew revenue ',
      ' over the same period.…',
    ],
    ['a table cell borrows its row', '600 jobs', 0, '…Site · Rotterdam · ', ''],
  ];
  it.each(rows)('%s', (_what, needle, nth, before, after) => {
    expect(around(STORY, needle, nth)).toEqual({ before, after });
  });

  it('tells every equal figure apart', () => {
    const seen = [0, 1, 2].map((nth) => JSON.stringify(around(STORY, '12%', nth)));
    expect(new Set(seen).size).toBe(3);
  });

  it(`keeps at most ${CONTEXT_WORDS} words a side, with the word glued to the claim`, () => {
    const text = 'one two three four five six (12%) seven eight nine ten eleven';
    expect(claimContext(text, 29, 32)).toEqual({
      before: '…three four five six (',
      after: ') seven eight nine ten…',
    });
  });

  it('does not start or end the context on a block break', () => {
    const text = 'Markets\nChatGPT now has 500 million weekly users\nNext';
    expect(claimContext(text, text.indexOf('500'), text.indexOf(' weekly'), 3)).toEqual({
      before: '…ChatGPT now has ',
      after: ' weekly users…',
    });
    const headline = 'Markets\nChatGPT now has 500';
    expect(claimContext(headline, headline.indexOf('500'), headline.length, 4)).toEqual({
      before: '…ChatGPT now has ',
      after: '',
    });
  });

  it('gives nothing for offsets outside the text', () => {
    expect(claimContext('short', 3, 40)).toEqual({ before: '', after: '' });
    expect(claimContext('short', -1, 2)).toEqual({ before: '', after: '' });
  });
});
