import { describe, expect, it } from 'vitest';
import { CitationIndex } from '../../../utils/match/index';
import { learnedCitations } from '../../../utils/match/learn';
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

  it("files the figures under the outlet's own name when the page gives one", () => {
    const records = learnedCitations(claims, 'https://www.harborwire.example/2025/q', {
      publisher: 'Harbor Wire',
    });
    expect(records.map((record) => record.publisher)).toEqual(['Harbor Wire', 'Harbor Wire']);
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
