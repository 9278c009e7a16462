// Numbers in page furniture that a page's text collector lets through: reading times, photo
// counters, clock times, reaction and subscriber counts. One row per pattern with an example;
// test/unit/extract/page-noise.test.ts checks that each example yields no statistic and that the
// same figure in prose still does. The `before`/`after` patterns see up to 40 characters around
// the number.

export interface NoiseRule {
  id: string;
  /** Tested on the text before the number's span. */
  before?: RegExp;
  /** Tested on the text after the number's span. */
  after?: RegExp;
  example: string;
}

export const NOISE_RULES: readonly NoiseRule[] = [
  {
    id: 'read-time',
    after: /^\s*(?:-\s*)?(?:min(?:ute)?s?\.?\s+)?read\b/i,
    example: 'Markets 4 min read',
  },
  {
    id: 'photo-counter',
    before: /\b(?:photo|image|picture|slide|gallery)\s+(?:\d+\s+of\s+)?$/i,
    after: /^\s+of\s+\d+\b/i,
    example: 'Photo 1 of 4',
  },
  {
    id: 'photo-total',
    before: /\b(?:photo|image|picture|slide)\s+\d+\s+of\s+$/i,
    example: 'Photo 2 of 12',
  },
  {
    id: 'clock-time',
    after: /^\s*(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|ET|PT)\b/,
    example: 'Updated 13.12 GMT',
  },
  {
    id: 'reactions',
    after: /^\s+(?:reactions?|likes?|comments?|shares|retweets?|reposts?|views)\s*(?:$|[\n|·•])/i,
    example: 'Liked it? 482 reactions\n',
  },
  {
    id: 'subscribe-count',
    before: /\b(?:join|joining)\s+(?:(?:more than|over|nearly|about)\s+)?$/i,
    after: /^\s+(?:other\s+)?(?:subscribers|readers|members|followers)\b/i,
    example: 'Join 120,000 subscribers to our newsletter',
  },
];

/** The id of the noise row that a number at [start, end) of `text` matches, or null. */
export function pageNoise(text: string, start: number, end: number): string | null {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  for (const rule of NOISE_RULES) {
    if (rule.before && !rule.before.test(before)) continue;
    if (rule.after && !rule.after.test(after)) continue;
    return rule.id;
  }
  return null;
}
