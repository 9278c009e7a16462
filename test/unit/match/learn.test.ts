import { describe, expect, it } from 'vitest';
import { CitationIndex } from '../../../utils/match/index';
import {
  forMatching,
  isKnownOutlet,
  learnedCitations,
  markFromReading,
  pageOwnPublisher,
  readingNotes,
} from '../../../utils/match/learn';
import { source, statistic } from './records';

const claims = [
  source('Reuters'),
  statistic({
    text: '15%',
    value: 15,
    unit: 'percent',
    subject: 'Quillbridge',
    measure: 'layoffs',
  }),
  statistic({
    text: '$2 billion',
    value: 2e9,
    unit: 'usd',
    subject: 'Quillbridge',
    measure: 'revenue',
    source: 'Reuters',
  }),
  statistic({ text: '40', value: 40, unit: 'count', subject: null }),
  statistic({
    text: '350',
    value: 350,
    unit: 'count',
    subject: 'Quillbridge',
    measure: 'layoffs',
    source: 'Harbor Wire',
  }),
];

describe('learnedCitations', () => {
  it("keeps the page's own figures that have a subject, as the outlet's citations", () => {
    const records = learnedCitations(
      claims,
      'https://www.harborwire.example/2025/q?utm_source=feed#top',
      { title: 'Quillbridge <em>cuts</em> staff' },
    );
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({
      origin: 'learned',
      publisher: 'harborwire.example',
      url: 'https://www.harborwire.example/2025/q',
      subject: 'Quillbridge',
      value: 15,
      unit: 'percent',
      measure: 'layoffs',
      claim: 'Quillbridge layoffs: 15% (Quillbridge cuts staff)',
    });
    expect(records[1]?.value).toBe(350);
  });

  it('files the figures under the address, whatever name the page claims', () => {
    const records = learnedCitations(claims, 'https://www.harborwire.example/2025/q', {
      title: 'Reuters',
    });
    expect(records.map((record) => record.publisher)).toEqual([
      'harborwire.example',
      'harborwire.example',
    ]);
    expect(learnedCitations(claims, 'https://www.reuters.com/markets/q')[0]?.publisher).toBe(
      'Reuters',
    );
  });

  it('learns what the company itself said, not what another outlet reported', () => {
    const said = [
      statistic({
        text: '11%',
        value: 11,
        unit: 'percent',
        subject: 'Quillbridge',
        measure: 'layoffs',
        source: 'Quillbridge',
      }),
      statistic({
        text: '300',
        value: 300,
        unit: 'count',
        subject: 'Quillbridge',
        measure: 'layoffs',
        source: 'Dana Whitfield',
      }),
      statistic({
        text: '4,000',
        value: 4000,
        unit: 'count',
        subject: 'Quillbridge',
        measure: 'headcount',
        source: 'Reuters',
      }),
      statistic({
        text: '9%',
        value: 9,
        unit: 'percent',
        subject: 'Quillbridge',
        measure: 'revenue',
        source: 'CNBC Tech',
      }),
    ];
    const records = learnedCitations(said, 'https://www.axios.com/q');
    expect(records.map((record) => record.value)).toEqual([11, 300]);
    expect(records.every((record) => record.publisher === 'Axios')).toBe(true);
  });

  it('keeps the day read on the record, out of its id', () => {
    const monday = learnedCitations(claims, 'https://harborwire.example/q', { read: '2026-03-02' });
    const friday = learnedCitations(claims, 'https://harborwire.example/q', { read: '2026-03-06' });
    expect(monday.map((record) => record.read)).toEqual(['2026-03-02', '2026-03-02']);
    expect(friday.map((record) => record.id)).toEqual(monday.map((record) => record.id));
  });

  // Issue 13.3: two throwaway pages calling themselves "Reuters" and "CNBC" made a third site's
  // figure "corroborated by 2 publishers".
  it('never lets sites that are not known outlets corroborate on their own', () => {
    const figure = statistic({
      value: 15,
      unit: 'percent',
      subject: 'Quillbridge',
      measure: 'layoffs',
    });
    const assess = (records: ReturnType<typeof learnedCitations>, pageUrl: string) =>
      new CitationIndex(forMatching(records)).assess([figure], {
        pageUrl,
        pagePublisher: pageOwnPublisher(pageUrl, null),
      })[0];
    const ring = [
      ...learnedCitations(claims, 'https://reuters-news.example/a'),
      ...learnedCitations(claims, 'https://cnbc-business.example/b'),
    ];
    expect(isKnownOutlet('reuters-news.example')).toBe(false);
    expect(assess(ring, 'https://www.quillbridge-facts.com/c')?.verdict).not.toBe('corroborated');
    expect(assess(ring, 'https://www.wired.com/c')?.verdict).toBe('single-sourced');
    // Known outlets are two voices, and an unlisted site beside one known outlet adds one.
    const outlets = [
      ...learnedCitations(claims, 'https://www.reuters.com/a'),
      ...learnedCitations(claims, 'https://www.cnbc.com/b'),
    ];
    expect(assess(outlets, 'https://www.wired.com/c')?.verdict).toBe('corroborated');
    const mixed = [...learnedCitations(claims, 'https://www.reuters.com/a'), ...ring];
    expect(assess(mixed, 'https://www.wired.com/c')?.verdict).toBe('corroborated');
  });

  it('tells the card which citations came from reading, under the site and the day read', () => {
    const records = forMatching(
      learnedCitations(claims, 'https://harborwire.example/q', { read: '2026-03-02' }),
    );
    const index = new CitationIndex(records);
    const figure = statistic({
      value: 15,
      unit: 'percent',
      subject: 'Quillbridge',
      measure: 'layoffs',
    });
    const [claim] = markFromReading(
      index.assess([figure], { pageUrl: 'https://www.wired.com/x' }),
      readingNotes(
        learnedCitations(claims, 'https://harborwire.example/q', { read: '2026-03-02' }),
      ),
    );
    expect(claim?.citations).toEqual([
      expect.objectContaining({ publisher: 'harborwire.example', read: '2026-03-02' }),
    ]);
  });

  it('gives the same ids on every visit, and nothing for non-web pages', () => {
    const first = learnedCitations(claims, 'https://harborwire.example/2025/q?utm_medium=x');
    const again = learnedCitations(claims, 'https://harborwire.example/2025/q#comments');
    expect(again.map((record) => record.id)).toEqual(first.map((record) => record.id));
    expect(learnedCitations(claims, 'file:///home/me/article.html')).toEqual([]);
    expect(learnedCitations(claims, 'not a url')).toEqual([]);
  });

  it("backs another outlet's article later, never the page that taught it", () => {
    const index = new CitationIndex(learnedCitations(claims, 'https://harborwire.example/q'));
    const figure = statistic({
      value: 15,
      unit: 'percent',
      subject: 'Quillbridge',
      measure: 'layoffs',
    });
    expect(index.assess([figure], { pageUrl: 'https://metrocourier.example/q' })[0]?.verdict).toBe(
      'single-sourced',
    );
    expect(
      index.assess([figure], { pageUrl: 'https://harborwire.example/other' })[0]?.verdict,
    ).toBe('unverifiable');
  });
});
