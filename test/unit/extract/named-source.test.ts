import { describe, expect, it } from 'vitest';
import { extract } from '../../../utils/extract/index';

/** Source spans of `text`, each checked against its offsets. */
function sources(text: string): string[] {
  return extract(text)
    .filter((c) => c.kind === 'source')
    .map((c) => {
      expect(text.slice(c.start, c.end)).toBe(c.text);
      return c.text;
    });
}

describe('named sources', () => {
  it.each([
    ['according to X', 'Rents rose 4%, according to Zillow.', ['Zillow']],
    ['X reported', 'The Harbor Times reported that fares rose 9%.', ['Harbor Times']],
    ['first reported by X', 'The cuts, first reported by Axios, hit 200 staff.', ['Axios']],
    ['told X', 'The mayor told Reuters that 30 buses were late.', ['Reuters']],
    ['X said', 'Orbital Bank said profit rose 7%.', ['Orbital Bank']],
    ['said X (inverted)', '"Demand is strong," said Lena Park.', ['Lena Park']],
    ['stated X (inverted)', '"Orders doubled," stated Lena Park, its chief.', ['Lena Park']],
    [
      'X, based in a place, said',
      'Orbital Bank, based in Akron, Ohio, said profit rose 7%.',
      ['Orbital Bank'],
    ],
    ['X’s report', 'Gartner’s annual report put growth at 6%.', ['Gartner']],
    ['data from X', 'Spending fell 2%, data from the Census Bureau show.', ['Census Bureau']],
    ['data compiled by X', 'Fares rose 3%, data compiled by Kayak show.', ['Kayak']],
    ['a survey by X', 'A survey by Gallup found that 61% agree.', ['Gallup']],
    [
      'filing with X',
      'In a filing with the Securities and Exchange Commission, the firm listed 12 risks.',
      ['Securities and Exchange Commission'],
    ],
    [
      'statement to X',
      'In a statement to The Guardian, the union said 900 members voted.',
      ['The Guardian'],
    ],
    ['obtained by X', 'The memo, obtained by Semafor, lists 40 projects.', ['Semafor']],
    ['X surveyed', 'Deloitte surveyed 2,000 executives.', ['Deloitte']],
    ['X announced', 'Nimbus announced 300 layoffs.', ['Nimbus']],
    ['analysts at X', 'Analysts at Jefferies rated the stock a buy.', ['Jefferies']],
    ['a X spokesperson', 'A Verizon spokesperson said 1,100 roles were affected.', ['Verizon']],
  ])('%s', (_label, text, expected) => {
    expect(sources(text)).toEqual(expected);
  });

  it('labels the name of a parenthetical citation, not its date', () => {
    const text =
      'Ad prices fell 8% (AdWatch, March 2024) and clicks rose (Clickstream Trends, 2024).';
    expect(sources(text)).toEqual(['AdWatch', 'Clickstream Trends']);
  });

  it('keeps multi-word names whole', () => {
    expect(sources('Layoffs rose 20% (Regional Jobs Cut Tracker, 2024).')).toEqual([
      'Regional Jobs Cut Tracker',
    ]);
    expect(sources('Margins widened (Harbor Capital Sector Note, May 2024).')).toEqual([
      'Harbor Capital Sector Note',
    ]);
  });

  it('labels a person introduced by their role, not the employer', () => {
    expect(sources('Nimbus’s CFO, Omar Haddad, said costs fell 4%.')).toEqual(['Omar Haddad']);
    expect(sources('Omar Haddad, chief financial officer at Nimbus, said costs fell 4%.')).toEqual([
      'Omar Haddad',
    ]);
    expect(sources('Nimbus co-founder and CEO Priya Nair said 80 people left.')).toEqual([
      'Priya Nair',
    ]);
  });

  it('labels a titled report and its provider as two spans', () => {
    expect(
      sources('Half of firms plan cuts, according to the Future of Work report from Kestrel.'),
    ).toEqual(['Future of Work report', 'Kestrel']);
  });

  it('labels an abbreviation after the full name separately', () => {
    expect(
      sources('Prices rose 3%, according to the Office for National Statistics (ONS).'),
    ).toEqual(['Office for National Statistics', 'ONS']);
  });

  it('labels every coordinated speaker', () => {
    expect(sources('Lyft (1,000 jobs), Stripe (1,100) and Plaid (260) announced cuts.')).toEqual([
      'Lyft',
      'Stripe',
      'Plaid',
    ]);
  });

  it.each([
    ['unnamed analysts', 'Analysts said margins would shrink 2%.'],
    ['insiders', 'Company insiders confirmed that 50 engineers left.'],
    ['a spokesperson', 'A spokesperson said 50 engineers left.'],
    ['an unnamed report', 'A report said 50 engineers left.'],
    ['a company that only acts', 'Meta cut 11,000 jobs and Amazon grew 5%.'],
    ['cognition verbs', 'Pinterest believes its feed can grow 10%.'],
    [
      'a negated or future report',
      'Users, which Twitter will no longer report, reached 300 million.',
    ],
    ['wire datelines', 'LONDON (Reuters) - Output rose 2%.'],
    ['collective names', 'Wall Street analysts expected revenue of $5 billion.'],
    ['opening adverbs', 'Separately, prices rose 2%.'],
  ])('not a source: %s', (_label, text) => {
    expect(sources(text)).toEqual([]);
  });

  it('does not label anaphora, only the names they refer to', () => {
    const text = 'Nimbus had a hard year. The cloud company said it would cut 6% of staff.';
    expect(sources(text)).toEqual([]);
    const stat = extract(text).find((c) => c.kind === 'statistic');
    expect(stat).toMatchObject({ text: '6%', source: 'Nimbus' });
  });

  it('keeps offsets right across curly quotes, emoji and non-breaking spaces', () => {
    const text = '🚀 “We’re hiring,” Zoë\u00a0Kruger said. Fares rose 5%, according to Café Daten.';
    const found = sources(text);
    expect(found).toEqual(['Zoë\u00a0Kruger', 'Café Daten']);
  });
});
