// Typed subject candidates: companies and their products give the company; places, people,
// metrics and words capitalised only by their place in a sentence are never subjects.
import { describe, expect, it } from 'vitest';
import type { ExtractedStatistic } from '../../../utils/claim';
import { extract } from '../../../utils/extract';

const subjects = (text: string) =>
  extract(text)
    .filter((c): c is ExtractedStatistic => c.kind === 'statistic')
    .map((c) => [c.text, c.subject, c.trace?.subject]);

describe('subject candidates', () => {
  it.each([
    ['Zoom CEO Eric Yuan cut his salary by 98%.', 'Zoom', 'title split from its company'],
    ['Meta Platforms Inc will cut 11,000 jobs.', 'Meta', 'canonical name from companies.json'],
    ['Dell Technologies said it would cut 5% of staff.', 'Dell', 'legal and descriptive suffixes'],
    ['Instagram reached 2 billion users, Ardent Labs said.', 'Meta', 'a brand names its company'],
    ['Apple said iPhone revenue was $69.7 billion.', 'Apple', 'a product line is its company'],
    ['Nvidia Q4 revenue rose to $22.1 billion.', 'Nvidia', 'a period run into the name'],
    [
      'Delta Airlines Faces $500 Million Bill After Outage',
      'Delta Air Lines',
      'a headline verb run into the name',
    ],
  ])('%s → %s (%s)', (text, want) => {
    expect(subjects(text)[0]?.[1]).toBe(want);
  });

  it('skips places, metrics and sentence-opening words for the story’s company', () => {
    const text =
      'Corvid Audio said its revenue rose to $40 million.\n' +
      'In London, Corvid Audio shed 120 jobs.\n' +
      'Streaming revenue rose 12%.\n' +
      'GAAP earnings per share were $1.05.';
    expect(subjects(text).map((s) => s[1])).toEqual([
      'Corvid Audio',
      'Corvid Audio',
      'Corvid Audio',
      'Corvid Audio',
    ]);
  });

  it('a survey’s figures with no company of their own take who ran it', () => {
    const text =
      'A new survey by Ardent Research found that 62% of IT leaders plan to hire.\n' +
      'Only 26% of departments can keep up, the survey found.';
    expect(subjects(text).map((s) => s[1])).toEqual(['Ardent Research', 'Ardent Research']);
  });
});

describe('words that only open a sentence', () => {
  it('an adverb or preposition opening a sentence is not the paragraph’s company', () => {
    const text =
      'Corvid Audio reported results on Tuesday.\n\n' +
      'Outside of its core speaker business, Corvid Audio plans to grow its radio arm. To that end, it signed a $50 million deal this month.';
    expect(subjects(text).find((s) => s[0] === '$50 million')?.[1]).toBe('Corvid Audio');
  });
});
