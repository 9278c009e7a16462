// Issue 13.7: every text field refuses markup however it is spelled, direction overrides,
// zero-width characters and lone surrogates.
import { describe, expect, it } from 'vitest';
import { RECORD_FIELDS, validateCitation } from '../../../utils/citations/record';
import { parseClaimReviewCitations } from '../../../utils/citations/parse-claimreview';

const TEXT_FIELDS = ['publisher', 'claim', 'subject', 'measure', 'rating'] as const;
const base = { publisher: 'CNBC', claim: 'Acme cut 15% of its staff' };

const REFUSED: Array<[string, string]> = [
  ['svg with a slash', '<svg/onload=alert(1)>'],
  ['img with slashes', '<img/src=x/onerror=alert(1)>'],
  ['unclosed tag', 'see <script src=//x'],
  ['closing tag', 'a</b'],
  ['comment', 'x <!-- y'],
  ['right-to-left override', 'Evil\u202Egro.sretueR'],
  ['isolate', 'Reuters\u2066x'],
  ['zero-width space', 'Reu\u200Bters'],
  ['zero-width joiner', 'Reu\u200Dters'],
  ['byte-order mark inside', 'Reu\uFEFFters'],
  ['lone high surrogate', 'Reuters\uD83D'],
  ['lone low surrogate', '\uDE00Reuters'],
];

describe('text fields', () => {
  it('covers every text field of the record', () => {
    for (const field of TEXT_FIELDS) expect(RECORD_FIELDS).toContain(field);
  });

  for (const field of TEXT_FIELDS) {
    it.each(REFUSED)(`${field}: refuses %s`, (_name, text) => {
      const result = validateCitation({ ...base, [field]: text }, 'user');
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.map((e) => e.field)).toContain(field);
    });
  }

  it('keeps ordinary text: comparisons, hearts, emoji and accents', () => {
    for (const claim of ['a < b and c > d', 'we <3 it', 'Acme 👍 up 5%', 'Société Générale cut 4%'])
      expect(validateCitation({ ...base, claim }, 'user').ok).toBe(true);
  });

  it('refuses a script or data URL as a publisher name, from any file', () => {
    for (const publisher of ['javascript:alert(1)', 'DATA:text/html,x', 'vbscript:x'])
      expect(validateCitation({ ...base, publisher }, 'user').ok).toBe(false);
    expect(validateCitation({ ...base, publisher: 'CNBC: Tech' }, 'user').ok).toBe(true);
  });

  it('never makes a publisher name of a javascript: author URL', () => {
    const review = (url: string) =>
      JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        claimReviewed: 'Acme cut 15% of its staff',
        url: 'https://factcheck.example/acme',
        author: { '@type': 'Organization', url },
        reviewRating: { alternateName: 'False' },
      });
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'JavaScript:alert(1)']) {
      const { records, errors } = parseClaimReviewCitations(review(url), 'user');
      expect(records).toEqual([]);
      expect(errors[0]).toMatchObject({ field: 'author' });
    }
    const fine = parseClaimReviewCitations(review('https://www.politifact.com/'), 'user');
    expect(fine.records.map((r) => r.publisher)).toEqual(['PolitiFact']);
  });
});
