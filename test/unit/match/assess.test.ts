import { describe, expect, it } from 'vitest';
import { parseLayoffsCitations } from '../../../utils/citations/parse-layoffs';
import type { AnnotatedClaim, ExtractedClaim } from '../../../utils/claim';
import { CitationIndex } from '../../../utils/match/index';
import { citation, source, statistic } from './records';

// A store of invented news citations, full of near misses.
const STORE = [
  // Quillbridge cut 15% of its staff in January 2025: two outlets, spelled two ways.
  citation({
    publisher: 'CNBC',
    url: 'https://www.cnbc.com/2025/01/14/quillbridge.html',
    published: '2025-01-14',
    subject: 'Quillbridge',
    claim: 'Quillbridge to lay off 15% of its workforce',
    value: 15,
    unit: 'percent',
  }),
  citation({
    publisher: 'reuters.com',
    url: 'https://www.reuters.com/business/quillbridge-cuts',
    published: '2025-01-15',
    subject: 'Quillbridge Inc.',
    claim: 'Quillbridge cuts about 15% of jobs',
    value: 15,
    unit: 'percent',
  }),
  // Same value, another company.
  citation({
    publisher: 'Bloomberg',
    published: '2025-01-10',
    subject: 'Tallowtech',
    claim: 'Tallowtech to cut 15% of staff',
    value: 15,
    unit: 'percent',
  }),
  // Same company and measure, another value, the same week: a conflict.
  citation({
    publisher: 'The Verge',
    url: 'https://www.theverge.com/q',
    published: '2025-01-16',
    subject: 'Quillbridge',
    claim: 'Quillbridge lays off 20% of employees',
    value: 20,
    unit: 'percent',
  }),
  // Another value two years earlier: an earlier round, not a conflict.
  citation({
    publisher: 'Axios',
    published: '2022-11-02',
    subject: 'Quillbridge',
    claim: 'Quillbridge lays off 8% of staff',
    value: 8,
    unit: 'percent',
  }),
  // Same value, same company, another measure.
  citation({
    publisher: 'MarketWatch',
    published: '2025-01-20',
    subject: 'Quillbridge',
    claim: 'Quillbridge revenue grew 15% in the fourth quarter',
    value: 15,
    unit: 'percent',
  }),
  // One publisher twice: an article and a tracker row citing it.
  citation({
    publisher: 'CNBC',
    url: 'https://www.cnbc.com/fernway',
    published: '2024-06-03',
    subject: 'Fernway',
    claim: 'Fernway cuts 240 jobs',
    value: 240,
    unit: 'count',
  }),
  citation({
    publisher: 'cnbc.com',
    published: '2024-06-03',
    subject: 'Fernway',
    claim: 'Layoff tracker: Fernway laid off 240 employees',
    value: 240,
    unit: 'count',
    measure: 'layoffs',
  }),
  // Only the page's own outlet reports Brindle's figure.
  citation({
    publisher: 'Harbor Wire',
    url: 'https://harborwire.example/brindle',
    subject: 'Brindle',
    claim: 'Brindle lays off 500 workers',
    value: 500,
    unit: 'count',
  }),
  // Hedged figures.
  citation({
    publisher: 'GeekWire',
    published: '2024-09-09',
    subject: 'Ostrava Labs',
    claim: 'Ostrava Labs lays off 385 employees',
    value: 385,
    unit: 'count',
  }),
  citation({
    publisher: 'Business Insider',
    published: '2024-09-10',
    subject: 'Ostrava Labs',
    claim: 'Ostrava Labs cuts 390 jobs',
    value: 390,
    unit: 'count',
  }),
  // Aliases: one company under two names.
  citation({
    publisher: 'The New York Times',
    published: '2022-11-09',
    subject: 'Meta Platforms',
    claim: 'Meta to lay off 11,000 employees',
    value: 11000,
    unit: 'count',
  }),
  citation({
    publisher: 'WSJ',
    published: '2022-11-09',
    subject: 'Facebook',
    claim: 'Facebook parent cuts 11,000 jobs',
    value: 11000,
    unit: 'count',
  }),
  // A fact-check rating the matching claim false.
  citation({
    publisher: 'CheckDesk',
    subject: 'Corvalis',
    claim: 'Corvalis fired 90% of its staff',
    value: 90,
    unit: 'percent',
    measure: 'layoffs',
    rating: 'False',
  }),
  citation({
    publisher: 'Metro Courier',
    subject: 'Corvalis',
    claim: 'Corvalis lays off 90% of staff',
    value: 90,
    unit: 'percent',
  }),
  // The tracker's fraction: 0.12 of the workforce stored as 12%.
  ...parseLayoffsCitations(
    'company,location,total_laid_off,date,percentage_laid_off,industry,source,stage,funds_raised,country,date_added\n' +
      'Dunmore,Toronto,,3/3/2025,0.12,Retail,https://betakit.com/dunmore,Series B,40,Canada,3/4/2025\n',
    'user',
  ).records,
  citation({
    publisher: 'TechCrunch',
    published: '2025-03-03',
    subject: 'Dunmore',
    claim: 'Dunmore lays off 12% of staff',
    value: 12,
    unit: 'percent',
  }),
];

const index = new CitationIndex(STORE);

function assessOne(
  claim: ExtractedClaim,
  pageUrl: string | null = 'https://news.example/story',
): AnnotatedClaim {
  const [result] = index.assess([claim], { pageUrl });
  if (!result) throw new Error('no result');
  return result;
}

const publishers = (claim: AnnotatedClaim) => claim.citations.map((ref) => ref.publisher).sort();

describe('CitationIndex.assess — statistics', () => {
  it('corroborates a figure two outlets back, not a distractor from another company', () => {
    const result = assessOne(
      statistic({
        value: 15,
        unit: 'percent',
        subject: 'Quillbridge',
        measure: 'layoffs',
        text: '15%',
      }),
    );
    expect(result.verdict).toBe('corroborated');
    expect(publishers(result)).toEqual(['CNBC', 'reuters.com']);
    // Newest first.
    expect(result.reason).toMatch(/^Backed by Reuters and CNBC/);
  });

  it('shows the same company with another value as a conflict, never as support', () => {
    const result = assessOne(
      statistic({ value: 15, unit: 'percent', subject: 'Quillbridge', measure: 'layoffs' }),
    );
    expect(result.conflicts).toEqual([
      expect.objectContaining({ publisher: 'The Verge', value: 20, unit: 'percent' }),
    ]);
    expect(result.reason).toBe('Backed by Reuters and CNBC; but The Verge reports 20%');
  });

  it('lists conflicts against a backed figure only when they can be dated near its support', () => {
    const store = new CitationIndex([
      citation({
        publisher: 'Daily Ledger',
        subject: 'Vantor',
        claim: 'Vantor app has 40 million users',
        value: 40_000_000,
        unit: 'count',
      }),
      citation({
        publisher: 'Signal Wire',
        subject: 'Vantor',
        claim: 'Vantor app passes 40 million users',
        value: 40_000_000,
        unit: 'count',
      }),
      // An undated older count: another moment, not a disagreement with the backed figure.
      citation({
        publisher: 'Metric Watch',
        subject: 'Vantor',
        claim: 'Vantor app has 12 million users',
        value: 12_000_000,
        unit: 'count',
      }),
    ]);
    const [backed] = store.assess([
      statistic({ value: 40_000_000, unit: 'count', subject: 'Vantor', measure: 'users' }),
    ]);
    expect(backed?.verdict).toBe('corroborated');
    expect(backed?.conflicts).toEqual([]);
    // With nothing backing it, the differing figure is exactly the warning the reader needs.
    const [unbacked] = store.assess([
      statistic({ value: 25_000_000, unit: 'count', subject: 'Vantor', measure: 'users' }),
    ]);
    expect(unbacked?.verdict).toBe('unverifiable');
    expect(unbacked?.conflicts.map((c) => c.value).sort()).toEqual([
      12_000_000, 40_000_000, 40_000_000,
    ]);
  });

  it('judges a subject-less figure by the subjects the page named in earlier batches', () => {
    const store = new CitationIndex([
      citation({
        publisher: 'Daily Ledger',
        subject: 'Vantor',
        claim: 'Vantor cuts 9% of staff',
        value: 9,
        unit: 'percent',
      }),
    ]);
    const cell = statistic({ value: 9, unit: 'percent', measure: 'layoffs' });
    expect(store.assess([cell])[0]?.verdict).toBe('unverifiable');
    expect(store.assess([cell], { pageSubjects: ['Vantor'] })[0]?.verdict).toBe('single-sourced');
  });

  it('never lets a 15% revenue rise back a 15% workforce cut', () => {
    const revenue = assessOne(
      statistic({ value: 15, unit: 'percent', subject: 'Quillbridge', measure: 'revenue' }),
    );
    expect(revenue.verdict).toBe('single-sourced');
    expect(publishers(revenue)).toEqual(['MarketWatch']);
    expect(revenue.conflicts).toEqual([]);
  });

  it('counts one publisher once, however it is spelled', () => {
    const result = assessOne(
      statistic({ value: 240, unit: 'count', subject: 'Fernway', measure: 'layoffs' }),
    );
    expect(result.verdict).toBe('single-sourced');
    expect(result.citations).toHaveLength(2);
    expect(result.reason).toBe('Backed by CNBC only (2 citations)');
  });

  it("excludes the page's own outlet, by URL or by name", () => {
    const claim = statistic({ value: 500, unit: 'count', subject: 'Brindle', measure: 'layoffs' });
    expect(assessOne(claim, null).verdict).toBe('single-sourced');
    const byUrl = assessOne(claim, 'https://www.harborwire.example/2025/brindle-story');
    expect(byUrl.verdict).toBe('unverifiable');
    expect(byUrl.citations).toEqual([]);
    expect(byUrl.reason).toBe("Only this page's own publisher (Harbor Wire) reports this figure");
    const [byName] = index.assess([claim], { pagePublisher: 'Harbor Wire' });
    expect(byName?.verdict).toBe('unverifiable');
  });

  it('widens for hedges', () => {
    const nearly = assessOne(
      statistic({
        value: 400,
        unit: 'count',
        hedge: 'nearly',
        subject: 'Ostrava Labs',
        measure: 'layoffs',
      }),
    );
    expect(nearly.verdict).toBe('corroborated');
    // A plain 400 may round 390 (within 2.5%); a plain 420 may not.
    const plain = assessOne(
      statistic({ value: 420, unit: 'count', subject: 'Ostrava Labs', measure: 'layoffs' }),
    );
    expect(plain.verdict).toBe('unverifiable');
    expect(plain.conflicts.map((conflict) => conflict.value).sort()).toEqual([385, 390]);
    const moreThan = assessOne(
      statistic({
        value: 350,
        unit: 'count',
        hedge: 'more than',
        subject: 'Ostrava Labs',
        measure: 'layoffs',
      }),
    );
    expect(moreThan.verdict).toBe('corroborated');
  });

  it('matches the tracker fraction 0.12 as 12%, and not a claim of 0.12%', () => {
    const twelve = assessOne(
      statistic({ value: 12, unit: 'percent', subject: 'Dunmore', measure: 'layoffs' }),
    );
    expect(twelve.verdict).toBe('corroborated');
    expect(publishers(twelve)).toEqual(['BetaKit', 'TechCrunch']);
    const fraction = assessOne(
      statistic({ value: 0.12, unit: 'percent', subject: 'Dunmore', measure: 'layoffs' }),
    );
    expect(fraction.verdict).toBe('unverifiable');
  });

  it('treats Facebook, Meta and Meta Platforms as one company', () => {
    const result = assessOne(
      statistic({ value: 11000, unit: 'count', subject: "Meta's", measure: 'layoffs' }),
    );
    expect(result.verdict).toBe('corroborated');
  });

  it('turns a fact-check rated False into a conflict, not support', () => {
    const result = assessOne(
      statistic({ value: 90, unit: 'percent', subject: 'Corvalis', measure: 'layoffs' }),
    );
    expect(result.verdict).toBe('single-sourced');
    expect(result.conflicts).toEqual([
      expect.objectContaining({ publisher: 'CheckDesk', rating: 'False' }),
    ]);
    expect(result.reason).toBe(
      'Backed by Metro Courier only; but CheckDesk rated a matching claim False',
    );
  });

  it('finds nothing for figures the store does not hold, and says so', () => {
    const result = assessOne(
      statistic({ value: 15, unit: 'count', subject: 'Quillbridge', measure: 'layoffs' }),
    );
    expect(result).toMatchObject({
      verdict: 'unverifiable',
      citations: [],
      conflicts: [],
      reason: 'No citation in your store matches this figure',
    });
  });

  it("gives a figure without a subject the page's subjects", () => {
    const noSubject = statistic({ value: 15, unit: 'percent', subject: null, measure: 'layoffs' });
    const claims = [
      statistic({ value: 240, unit: 'count', subject: 'Fernway', measure: 'layoffs' }),
      noSubject,
    ];
    expect(index.assess(claims, {})[1]?.verdict).toBe('unverifiable');
    const withQuillbridge = [
      statistic({ value: 20, unit: 'count', subject: 'Quillbridge' }),
      noSubject,
    ];
    expect(index.assess(withQuillbridge, {})[1]?.verdict).toBe('corroborated');
  });

  it('matches citations without a subject only to figures without one, on the same measure', () => {
    const economy = new CitationIndex([
      citation({
        publisher: 'Harbor Wire',
        claim: 'Tech layoffs reached 150,000 this year',
        value: 150000,
        unit: 'count',
        measure: 'layoffs',
      }),
      citation({
        publisher: 'Metro Courier',
        claim: 'Tech firms cut 150,000 jobs this year',
        value: 150000,
        unit: 'count',
      }),
      citation({
        publisher: 'Valley Times',
        claim: 'Startups raised 150,000 dollars',
        value: 150000,
        unit: 'count',
      }),
    ]);
    const figure = statistic({ value: 150000, unit: 'count', measure: 'layoffs' });
    expect(economy.assess([figure], {})[0]?.verdict).toBe('corroborated');
    expect(economy.assess([{ ...figure, measure: null }], {})[0]?.verdict).toBe('unverifiable');
    expect(economy.assess([{ ...figure, subject: 'Quillbridge' }], {})[0]?.verdict).toBe(
      'unverifiable',
    );
  });
});

describe('CitationIndex.assess — source mentions', () => {
  it('backs a mention only with its own citations for the figures attributed to it', () => {
    const claims = [
      source('CNBC'),
      statistic({
        value: 15,
        unit: 'percent',
        subject: 'Quillbridge',
        measure: 'layoffs',
        source: 'CNBC',
      }),
    ];
    const [mention, figure] = index.assess(claims, {});
    expect(figure?.verdict).toBe('corroborated');
    expect(mention?.verdict).toBe('single-sourced');
    expect(mention?.citations.map((ref) => ref.publisher)).toEqual(['CNBC']);
    expect(mention?.reason).toBe('A CNBC citation in your store backs the figure attributed to it');
  });

  it('leaves a mention unverifiable when only another outlet backs its figure', () => {
    const onlyReuters = new CitationIndex([
      citation({
        publisher: 'Reuters',
        subject: 'Quillbridge',
        claim: 'Quillbridge cuts 15% of jobs',
        value: 15,
        unit: 'percent',
      }),
    ]);
    const [mention, figure] = onlyReuters.assess(
      [
        source('CNBC'),
        statistic({
          value: 15,
          unit: 'percent',
          subject: 'Quillbridge',
          source: 'CNBC',
        }),
      ],
      {},
    );
    expect(figure?.verdict).toBe('single-sourced');
    expect(mention?.verdict).toBe('unverifiable');
    expect(mention?.reason).toBe(
      'No CNBC citation in your store backs the figure attributed to it; Reuters does',
    );
  });

  it('says nothing for a mention no figure cites, even when the outlet is in the store', () => {
    // The Verge has a citation about Quillbridge, this page's subject: still no evidence.
    const figure = statistic({ value: 15, unit: 'percent', subject: 'Quillbridge' });
    const claims = [source('The Verge'), source('Harbor Wire'), figure];
    const [verge, harbor] = index.assess(claims, {});
    expect(verge?.verdict).toBe('unverifiable');
    expect(verge?.citations).toEqual([]);
    expect(verge?.reason).toBe(
      'No figure on this page is attributed to The Verge, so the store has nothing to check it by',
    );
    expect(harbor?.verdict).toBe('unverifiable');
    const [own] = index.assess([source('The Verge'), figure], {
      pageUrl: 'https://www.theverge.com/x',
    });
    expect(own?.verdict).toBe('unverifiable');
  });

  it('numbers claims c1..cN in order and keeps their fields', () => {
    const claims = [
      source('CNBC'),
      statistic({ value: 1, unit: 'count', text: '1', start: 5, end: 6 }),
      source('Reuters'),
    ];
    const results = index.assess(claims, {});
    expect(results.map((result) => result.id)).toEqual(['c1', 'c2', 'c3']);
    expect(results[1]).toMatchObject({ kind: 'statistic', text: '1', start: 5, end: 6 });
  });
});
