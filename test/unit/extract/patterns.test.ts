// Cases met while generalising beyond the dev set: each pins one rule with a sentence of our own.
import { describe, expect, it } from 'vitest';
import type { ExtractedStatistic } from '../../../utils/claim';
import { extract } from '../../../utils/extract/index';
import { splitSentences } from '../../../utils/extract/sentences';
import { findStatistics } from '../../../utils/extract/statistic';

const stats = (text: string) =>
  extract(text).filter((c): c is ExtractedStatistic => c.kind === 'statistic');
const attributed = (text: string) => stats(text).map((s) => [s.text, s.source]);
const sources = (text: string) =>
  extract(text)
    .filter((c) => c.kind === 'source')
    .map((c) => c.text);

describe('statistics', () => {
  it('counts a small spelled-out number in a comparison, not in an enumeration', () => {
    expect(
      findStatistics('Eleven hospitals use it, up from four last year.').map((s) => s.text),
    ).toEqual(['Eleven', 'four']);
    expect(findStatistics('The review covers four areas.')).toEqual([]);
  });

  it('reads "38 million times" as a count of plays, "2 times" as a multiplier', () => {
    expect(findStatistics('The song was played 38 million times.')[0]).toMatchObject({
      text: '38 million times',
      value: 38e6,
      unit: 'count',
    });
    expect(findStatistics('Plays grew 2 times.')[0]?.unit).toBe('multiplier');
  });

  it('skips toll-free numbers and keeps durations followed by "before"', () => {
    expect(findStatistics('Call 1-800-555-0134 today.')).toEqual([]);
    expect(findStatistics('Members stayed 20 weeks before leaving.')[0]).toMatchObject({
      text: '20 weeks',
      value: 20,
      unit: 'other',
    });
  });
});

describe('sentences', () => {
  it('ends a sentence after a clock time unless a time zone follows', () => {
    const text = 'It closed at 4 p.m. Analysts were surprised. It opened at 9 a.m. ET on Friday.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'It closed at 4 p.m.',
      'Analysts were surprised.',
      'It opened at 9 a.m. ET on Friday.',
    ]);
  });
});

describe('sources and attribution', () => {
  it('keeps a name that ends in ’s', () => {
    expect(attributed('Shares slid 6% to $31, Sotheby’s reported.')).toEqual([
      ['6%', 'Sotheby’s'],
      ['$31', 'Sotheby’s'],
    ]);
  });

  it('credits the named person, not the employer, in "a post by X’s head of sales, Name"', () => {
    const text = 'Orders rose 9%, according to a blog post by Ferro’s head of sales, Ines Duarte.';
    expect(sources(text)).toEqual(['Ines Duarte']);
    expect(attributed(text)).toEqual([['9%', 'Ines Duarte']]);
  });

  it('reads "(source: X)" as a citation', () => {
    expect(sources('Cuts by region (source: Harbor Jobs Monitor):')).toEqual([
      'Harbor Jobs Monitor',
    ]);
  });

  it('gives the rows of a space-aligned table the source of its heading', () => {
    const text =
      'Cuts by firm (source: Harbor Jobs Monitor):\n\nFirm     Jobs\nOrbis    1,200\nKelvo    0';
    expect(attributed(text)).toEqual([
      ['1,200', 'Harbor Jobs Monitor'],
      ['0', 'Harbor Jobs Monitor'],
    ]);
  });

  it('lets a speaker reach across a comma clause but not "according to"', () => {
    expect(attributed('Sales rose 4%, Orbis said, while costs fell 2%.')).toEqual([
      ['4%', 'Orbis'],
      ['2%', 'Orbis'],
    ]);
    expect(attributed('Sales rose 4%, according to Orbis, while costs fell 2%.')).toEqual([
      ['4%', 'Orbis'],
      ['2%', null],
    ]);
  });

  it('resolves "according to its annual report" to the company the sentence is about', () => {
    const text =
      'The story was broken by Channel Nine. Kelvo had 5,400 staff, according to its annual report.';
    expect(attributed(text)).toEqual([['5,400', 'Kelvo']]);
  });

  it('keeps the speaker when "the group expects" sits inside what they said', () => {
    const text = 'Finance chief Ada Berg told Reuters that the group expects growth of 6%.';
    expect(attributed(text)).toEqual([['6%', 'Ada Berg']]);
  });

  it('carries a study through "the report said" and into its list of findings', () => {
    const text = [
      'Most nurses feel overworked, according to a survey by Meridian Health Research.',
      'The firm polled 2,200 nurses. Two-thirds said shifts were too long, the report said.',
      'Among the report’s other findings:',
      '• 41% plan to leave within a year',
    ].join('\n\n');
    expect(attributed(text)).toEqual([
      ['2,200', 'Meridian Health Research'],
      ['Two-thirds', 'Meridian Health Research'],
      ['41%', 'Meridian Health Research'],
    ]);
  });

  it('stops carrying at an unnamed attribution', () => {
    const text =
      'Chief executive Omar Haddad told the BBC that Orbis would spend $2 billion. Members stay 20 weeks on average, according to a person familiar with the data.';
    expect(attributed(text)).toEqual([
      ['$2 billion', 'Omar Haddad'],
      ['20 weeks', null],
    ]);
  });
});
