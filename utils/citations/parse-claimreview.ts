// schema.org ClaimReview JSON-LD: a single review, an array, an `@graph`, a DataFeed (the shape of
// the Google / Data Commons fact-check feeds) or reviews nested anywhere (WebPage.mainEntity).
// publisher = the reviewing organisation (author.name), claim = claimReviewed,
// rating = reviewRating.alternateName, url = the review's url, published = datePublished.
import { hostOf, publisherName } from '../match/publisher';
import { objectLines } from './json-positions';
import { parseJson } from './safe-json';
import { extract } from '../extract';
import { ParseCollector, type ParseResult } from './parse-result';
import { MAX_CLAIM_LENGTH, type CitationOrigin } from './record';

type JsonObject = Record<string, unknown>;

// Errors name the ClaimReview property the user has to fix, not our record field.
const SOURCE_PROPERTY: Readonly<Record<string, string>> = {
  publisher: 'author',
  claim: 'claimReviewed',
  published: 'datePublished',
  rating: 'reviewRating',
};

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function typesOf(node: JsonObject): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list
    .filter((type): type is string => typeof type === 'string')
    .map((type) => type.replace(/^(?:schema:|https?:\/\/schema\.org\/)/, ''));
}

function findClaimReviews(data: unknown): JsonObject[] {
  const found: JsonObject[] = [];
  // A stack, not recursion, so no nesting overflows it; children are pushed in reverse to keep
  // document order.
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
    } else if (isObject(value)) {
      if (typesOf(value).includes('ClaimReview')) found.push(value);
      else {
        const children = Object.values(value);
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
      }
    }
  }
  return found;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;
const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

function reviewer(review: JsonObject): string | undefined {
  for (const candidate of [first(review['author']), first(review['publisher'])]) {
    if (typeof candidate === 'string') return candidate;
    if (isObject(candidate)) {
      const name = text(candidate['name']);
      if (name !== undefined && name.trim() !== '') return name;
      // Only a web address names a site: `javascript:alert(1)` is not a publisher.
      const url = text(candidate['url']);
      if (url !== undefined && hostOf(url) !== null) return publisherName(url);
    }
  }
  return undefined;
}

function rating(review: JsonObject): string | undefined {
  const reviewRating = first(review['reviewRating']);
  if (!isObject(reviewRating)) return undefined;
  return text(reviewRating['alternateName']) ?? text(reviewRating['name']);
}

/**
 * ClaimReview carries the reviewed sentence, not its figure. Without a figure the review could
 * never meet a statistic on a page, and "rated False" would never reach a card: take the first
 * statistic the engine finds in the sentence, with its subject.
 */
function reviewedFigure(claimReviewed: unknown): Record<string, unknown> {
  // Length first: extraction on a 100 KB claimReviewed took 23 s before validation refused it.
  if (typeof claimReviewed !== 'string' || claimReviewed.length > MAX_CLAIM_LENGTH) return {};
  const figure = extract(claimReviewed).find((c) => c.kind === 'statistic');
  if (figure?.kind !== 'statistic') return {};
  return {
    value: figure.value,
    unit: figure.unit,
    ...(figure.subject ? { subject: figure.subject } : {}),
    ...(figure.measure ? { measure: figure.measure } : {}),
  };
}

export function parseClaimReviewCitations(source: string, origin: CitationOrigin): ParseResult {
  const collector = new ParseCollector(origin);
  const parsed = parseJson(source);
  if (!parsed.ok) {
    collector.error(parsed.line, '(file)', parsed.reason);
    return collector.result();
  }
  const data = parsed.value;
  const reviews = findClaimReviews(data);
  if (reviews.length === 0) {
    collector.error(0, '(file)', 'no schema.org ClaimReview found');
    return collector.result();
  }
  const lines = objectLines(source, data);
  reviews.forEach((review, index) => {
    const line = lines.get(review) ?? index + 1;
    collector.accept(
      {
        publisher: reviewer(review),
        claim: review['claimReviewed'],
        url: review['url'],
        published: review['datePublished'],
        rating: rating(review),
        ...reviewedFigure(review['claimReviewed']),
      },
      line,
      SOURCE_PROPERTY,
    );
  });
  return collector.result();
}
