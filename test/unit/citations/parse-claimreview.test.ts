import { describe, expect, it } from 'vitest';
import { parseClaimReviewCitations } from '../../../utils/citations/parse-claimreview';
import { extract } from '../../../utils/extract';
import { CitationIndex } from '../../../utils/match';

// Invented reviews in the shapes fact-checkers publish.
const review = (overrides: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://checkdesk.example/reviews/ostrava-jobs',
  datePublished: '2024-09-12T10:00:00Z',
  claimReviewed: 'Ostrava Labs cut half of its staff last year',
  author: { '@type': 'Organization', name: 'CheckDesk', url: 'https://checkdesk.example' },
  reviewRating: { '@type': 'Rating', ratingValue: 2, bestRating: 5, alternateName: 'Mostly False' },
  itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'A. Commentator' } },
  ...overrides,
});

describe('parseClaimReviewCitations', () => {
  it('maps a single review to a citation of the reviewing organisation', () => {
    const { records, errors } = parseClaimReviewCitations(JSON.stringify(review()), 'user');
    expect(errors).toEqual([]);
    expect(records).toEqual([
      expect.objectContaining({
        publisher: 'CheckDesk',
        claim: 'Ostrava Labs cut half of its staff last year',
        url: 'https://checkdesk.example/reviews/ostrava-jobs',
        published: '2024-09-12',
        rating: 'Mostly False',
        value: null,
      }),
    ]);
  });

  it('takes the reviewed figure from the sentence, so a rated claim can meet a page statistic', () => {
    const { records } = parseClaimReviewCitations(
      JSON.stringify(review({ claimReviewed: 'Ostrava Labs laid off 40% of its staff in March' })),
      'user',
    );
    expect(records).toEqual([
      expect.objectContaining({
        value: 40,
        unit: 'percent',
        subject: 'Ostrava Labs',
        measure: 'layoffs',
        rating: 'Mostly False',
      }),
    ]);
    const page = extract('Ostrava Labs laid off 40% of its staff, the company said.');
    const [figure] = new CitationIndex(records).assess(page);
    expect(figure?.conflicts).toEqual([
      expect.objectContaining({ publisher: 'CheckDesk', rating: 'Mostly False' }),
    ]);
    expect(figure?.reason).toMatch(/CheckDesk rated a matching claim Mostly False/);
  });

  it('reads arrays, @graph, DataFeed and nested reviews', () => {
    const second = review({
      claimReviewed: 'Fernway Bank closed 40 branches',
      url: 'https://checkdesk.example/reviews/fernway',
    });
    const array = parseClaimReviewCitations(JSON.stringify([review(), second]), 'user');
    const graph = parseClaimReviewCitations(
      JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [{ '@type': 'WebPage' }, review()],
      }),
      'user',
    );
    const feed = parseClaimReviewCitations(
      JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'DataFeed',
        dataFeedElement: [
          { '@type': 'DataFeedItem', item: [review()] },
          { '@type': 'DataFeedItem', item: [{ ...second, '@type': ['schema:ClaimReview'] }] },
        ],
      }),
      'user',
    );
    const nested = parseClaimReviewCitations(
      JSON.stringify({ '@type': 'WebPage', mainEntity: review() }),
      'user',
    );
    expect(array.records).toHaveLength(2);
    expect(graph.records).toHaveLength(1);
    expect(feed.records.map((record) => record.claim)).toEqual([
      'Ostrava Labs cut half of its staff last year',
      'Fernway Bank closed 40 branches',
    ]);
    expect(nested.records).toHaveLength(1);
  });

  it('falls back to the author URL, and names ClaimReview properties in errors', () => {
    const text = JSON.stringify(
      [
        review({ author: { '@type': 'Organization', url: 'https://www.politifact.com/' } }),
        review({ author: undefined, publisher: undefined, claimReviewed: '' }),
        review({ url: 'javascript:void(0)', datePublished: 'last Tuesday' }),
      ],
      null,
      2,
    );
    const { records, errors } = parseClaimReviewCitations(text, 'user');
    expect(records.map((record) => record.publisher)).toEqual(['PolitiFact']);
    // Each review's opening brace sits on the line above its "@context".
    const braces = text
      .split('\n')
      .flatMap((line, index) => (line.includes('"@context"') ? [index] : []));
    expect(errors.map(({ line, field }) => [line, field])).toEqual([
      [braces[1], 'author'],
      [braces[1], 'claimReviewed'],
      [braces[2], 'url'],
      [braces[2], 'datePublished'],
    ]);
  });

  it('reports files without any ClaimReview, and broken JSON', () => {
    expect(parseClaimReviewCitations('{"@type":"NewsArticle"}', 'user').errors).toEqual([
      { line: 0, field: '(file)', reason: 'no schema.org ClaimReview found' },
    ]);
    expect(parseClaimReviewCitations('{"@type":', 'user').errors[0]).toMatchObject({
      field: '(file)',
      reason: expect.stringMatching(/^not valid JSON/),
    });
  });
});
