// Every row of the period grammar resolves its own example (the way compromise-dates and Duckling
// test their rules), and the statistic-level chain dates figures as the labelling rules say.
import { describe, expect, it } from 'vitest';
import type { ExtractedStatistic } from '../../../utils/claim';
import { extract } from '../../../utils/extract';
import { resolveSpec } from '../../../utils/extract/resolve/period';
import { datelineDay, publicationDay, urlDay } from '../../../utils/extract/resolve/published';
import { PERIOD_RULES } from '../../../utils/extract/stages/period-rules';
import { findPeriodPhrases } from '../../../utils/extract/stages/periods';

describe('period grammar rows', () => {
  it.each(PERIOD_RULES.map((r) => [r.id, r] as const))('%s resolves its example', (id, rule) => {
    const { text, published, fyEnd, want, fiscal } = rule.example;
    const phrases = findPeriodPhrases(text, 0, text.length, new Date(`${published}T12:00:00Z`));
    const phrase = phrases.find((p) => p.rule === id);
    expect(phrase, `no phrase from ${id} in "${text}"`).toBeDefined();
    if (!phrase) return;
    // A comparison base is resolved against the period it is compared with.
    const level = rule.base
      ? resolveSpec(
          { kind: 'quarter', q: 2, year: Number(published.slice(0, 4)), fiscal: false },
          '',
          {
            published,
            fyEnd: null,
            reported: null,
            level: null,
          },
        )
      : null;
    const period = resolveSpec(phrase.spec, phrase.text, {
      published,
      fyEnd: fyEnd ?? null,
      reported: null,
      level,
    });
    expect(period && `${period.start}..${period.end}`).toBe(want);
    if (fiscal) expect(period?.fiscal).toBe(fiscal);
  });
});

describe('calendar phrases through chrono-node', () => {
  it.each([
    ['shares fell 9% on Tuesday', '2024-01-25', '2024-01-23..2024-01-23'],
    ['it cut 400 jobs in January', '2024-03-10', '2024-01-01..2024-01-31'],
    ['filed on January 15, 2025', '2025-02-01', '2025-01-15..2025-01-15'],
    ['hiring slowed last month', '2024-01-25', '2023-12-01..2023-12-31'],
  ])('"%s" (published %s) → %s', (text, published, want) => {
    const [phrase] = findPeriodPhrases(text, 0, text.length, new Date(`${published}T12:00:00Z`));
    expect(phrase).toBeDefined();
    if (!phrase) return;
    const p = resolveSpec(phrase.spec, phrase.text, {
      published,
      fyEnd: null,
      reported: null,
      level: null,
    });
    expect(p && `${p.start}..${p.end}`).toBe(want);
  });

  it('a month without a year and without a publication date places nothing', () => {
    expect(findPeriodPhrases('in January', 0, 10, null)).toEqual([]);
  });
});

describe('publication day', () => {
  it('reads the page address and the dateline, in that order after what is given', () => {
    expect(urlDay('https://example.com/2024/01/25/story')).toBe('2024-01-25');
    expect(urlDay('https://example.com/news/2005/jul/14/story')).toBe('2005-07-14');
    expect(urlDay('https://example.com/story-2022-11-22')).toBe('2022-11-22');
    expect(datelineDay('Title\n\nLISBON, March 3, 2025 — The carrier said')).toBe('2025-03-03');
    expect(
      datelineDay(
        'Title\n\nThe regional carrier, which first listed on March 3, 2025 in Lisbon, said',
      ),
    ).toBeNull();
    expect(publicationDay('2024-02-02', 'https://e.com/2020/01/01/x', '')).toEqual({
      day: '2024-02-02',
      rule: 'given',
    });
  });
});

const stats = (text: string, published: string | null = null) =>
  extract(text, { published }).filter((c): c is ExtractedStatistic => c.kind === 'statistic');

describe('statistic periods', () => {
  it('a change takes the level’s period, a base its own', () => {
    const [level, change, base] = stats(
      'Corvid Audio said revenue rose to $40 million in the third quarter of 2024, up 12% from $35.7 million a year earlier.',
    );
    expect(level?.period?.start).toBe('2024-07-01');
    expect(change?.period?.start).toBe('2024-07-01');
    expect(base?.period).toMatchObject({ start: '2023-07-01', end: '2023-09-30', how: 'explicit' });
    expect(base?.trace?.period).toBe('base:year-earlier');
  });

  it('a figure with no time phrase takes the publication month, marked defaulted', () => {
    const [cut] = stats(
      'Halden Freight will cut 8% of its drivers, the company said.',
      '2024-05-14',
    );
    expect(cut?.period).toEqual({
      text: '',
      start: '2024-05-01',
      end: '2024-05-31',
      grain: 'month',
      how: 'defaulted',
    });
    expect(cut?.trace?.period).toBe('defaulted');
  });

  it('fiscal quarters take the company’s calendar from companies.json', () => {
    const [rev] = stats(
      'Microsoft said revenue in its fiscal second quarter rose to $62 billion.',
      '2024-01-30',
    );
    expect(rev?.period).toMatchObject({
      grain: 'fiscal-quarter',
      fiscal: 'FY2024 Q2',
      start: '2023-10-01',
      end: '2023-12-31',
    });
  });

  it('relative phrases need a publication date', () => {
    expect(stats('Halden Freight cut 8% of its drivers last year.')[0]?.period).toBeNull();
    expect(
      stats('Halden Freight cut 8% of its drivers last year.', '2024-05-14')[0]?.period,
    ).toMatchObject({
      start: '2023-01-01',
      end: '2023-12-31',
      how: 'relative',
    });
  });
});

// Each row: a sentence (own words), the publication day, the figure, and the period it must get
// (start..end, or null) with the rule that decides it.
describe('statistic periods in real-article shapes', () => {
  it.each([
    {
      why: 'a yearless day a few weeks ahead is the coming one',
      text: 'Lumen Arcade declared a dividend of $0.40 per share, payable on March 26.',
      published: '2024-02-02',
      figure: '$0.40',
      want: '2024-03-26..2024-03-26',
    },
    {
      why: 'a rate followed by its base is the change',
      text: 'Its cloud unit grew 27% sequentially to $9 billion in the fourth quarter of 2024.',
      published: '2025-02-01',
      figure: '27%',
      want: '2024-10-01..2024-12-31',
    },
    {
      why: '“more than” is a hedge, not a comparison',
      text: 'Streamwell signed 9 million members in the fourth quarter of 2024, and the service now has more than 200 million paying customers.',
      published: '2025-01-22',
      figure: '200 million',
      want: '2025-01-01..2025-01-31',
      rule: 'clause:now',
    },
    {
      why: 'a figure in brackets after a base phrase is the base',
      text: 'Streamwell forecast revenue of $9 billion for the first quarter of 2025, compared to the same period last year ($8 billion).',
      published: '2025-01-22',
      figure: '$8 billion',
      want: '2024-01-01..2024-03-31',
    },
    {
      why: 'a base phrase leading its figure dates it',
      text: 'In contrast, Corvid Audio’s prior quarter revenue was $38 million, after the first quarter of 2024.',
      published: '2024-08-01',
      figure: '$38 million',
      want: '2023-10-01..2023-12-31',
    },
    {
      why: 'the ends of a range share one time',
      text: 'Corvid Audio plans to spend between $175 million and $185 million in 2026.',
      published: '2025-02-05',
      figure: '$175 million',
      want: '2026-01-01..2026-12-31',
    },
    {
      why: 'a year stands for a quarter of the figure’s own clause only',
      text: 'Sales came in at $70 million for Q4 and $260 million for 2024.',
      published: '2025-02-01',
      figure: '$260 million',
      want: '2024-01-01..2024-12-31',
    },
    {
      why: 'a change right after its level takes the level’s time',
      text: 'Its advertising arm generated $82 billion in the fourth quarter of 2025, up 14% from the previous year.',
      published: '2026-02-05',
      figure: '14%',
      want: '2025-10-01..2025-12-31',
      rule: 'change-of-level',
    },
    {
      why: 'the year of a numeric date is that day’s, not a year the quarter is in',
      text: '09:30 AM EDT, 09/09/2025 (Newswire) -- Oracle’s fiscal first-quarter results missed estimates.\n\nRevenue rose 12% to $14 billion.',
      published: '2025-09-09',
      figure: '$14 billion',
      want: '2025-06-01..2025-08-31',
    },
    {
      why: 'a year after “since” is not the year of the sentence’s quarter',
      text: 'Streamwell lost 200,000 members in the first quarter, its first loss since 2011.',
      published: '2022-04-20',
      figure: '200,000',
      want: '2022-01-01..2022-03-31',
    },
    {
      why: 'a time after “since” makes the figure a running total of the publication month',
      text: 'Its film has drawn more than 108 million views since its November launch.',
      published: '2024-01-25',
      figure: '108 million',
      want: '2024-01-01..2024-01-31',
      rule: 'clause:since',
    },
    {
      why: 'a bracketed figure after “from” and a year is the base, of that year',
      text: 'Streamwell finished 2024 with $8.8 billion in revenue, up 12% from 2023 ($7.9 billion).',
      published: '2025-01-22',
      figure: '$7.9 billion',
      want: '2023-01-01..2023-12-31',
    },
    {
      why: 'a figure named just before its base phrase, its measure between, is the base',
      text: 'Cloud revenue reached $9 billion in the quarter, above the $8 billion of revenue in the previous quarter.',
      published: '2024-07-15',
      figure: '$8 billion',
      want: '2024-01-01..2024-03-31',
    },
    {
      why: '“the same period” with no year named is the period just named',
      text: 'Lumen delivered 494,989 cars in the fourth quarter of 2023, short of a rival’s 526,409 cars delivered in the same period.',
      published: '2024-01-05',
      figure: '526,409',
      want: '2023-10-01..2023-12-31',
    },
    {
      why: 'a time in a clause opened by “while” is not the figure’s',
      text: 'Streamwell posted its results for the first quarter of 2021 on Thursday.\n\nIts turnover came to $9.5 billion, up 44% year on year, while it had already grown fast in the first quarter of 2020.',
      published: '2021-04-29',
      figure: '$9.5 billion',
      want: '2021-01-01..2021-03-31',
    },
    {
      why: 'a year after “from” is the base of the change',
      text: 'Streamwell finished 2024 with $8.8 billion in revenue, up 12% from 2023.',
      published: '2025-01-22',
      figure: '12%',
      want: '2024-01-01..2024-12-31',
    },
  ])('$why', ({ text, published, figure, want, rule }) => {
    const claim = stats(text, published).find((s) => s.text === figure);
    expect(claim, `no statistic "${figure}"`).toBeDefined();
    expect(claim?.period && `${claim.period.start}..${claim.period.end}`).toBe(want);
    if (rule) expect(claim?.trace?.period).toBe(rule);
  });

  it('a cut’s period does not carry to a results figure of its paragraph', () => {
    const figures = stats(
      'Lumen Arcade cut 2,000 jobs in 2023. As a result, its operating margin doubled to 30%.',
      '2024-02-02',
    );
    expect(figures.find((s) => s.text === '2,000')?.period?.grain).toBe('year');
    expect(figures.find((s) => s.text === '30%')?.trace?.period).not.toBe('paragraph');
  });

  it('an undated story is dated no earlier than the days its opening tells of', () => {
    const figures = stats(
      'Lumen Arcade posted 12% year-over-year revenue growth in the third quarter of 2024, it reported.\n\nLumen Arcade, the games publisher, said on January 26, 2025 that it would cut 15% of its staff. Its shares rose 4% after hours.',
    );
    expect(figures.find((s) => s.text === '4%')?.period).toMatchObject({
      start: '2025-01-01',
      end: '2025-01-31',
    });
  });
});
