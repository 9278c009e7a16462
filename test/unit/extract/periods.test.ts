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
