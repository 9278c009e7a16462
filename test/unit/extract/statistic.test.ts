import { describe, expect, it } from 'vitest';
import { findStatistics } from '../../../utils/extract/statistic';

/** The single statistic found in `text`, checked to sit exactly at `expected`. */
function one(text: string, expected: string) {
  const found = findStatistics(text);
  expect(found.map((s) => s.text)).toEqual([expected]);
  const [s] = found;
  if (!s) throw new Error(`no statistic in ${text}`);
  expect(s.start).toBe(text.indexOf(expected));
  expect(s.end).toBe(s.start + expected.length);
  expect(text.slice(s.start, s.end)).toBe(expected);
  return s;
}

const texts = (text: string) => findStatistics(text).map((s) => s.text);

describe('percentages', () => {
  it.each([
    ['Churn fell to 15% in the spring.', '15%', 15],
    ['Churn fell 15 percent in the spring.', '15 percent', 15],
    ['Churn fell 15 per cent in the spring.', '15 per cent', 15],
    ['Inflation eased to 4.1% in May.', '4.1%', 4.1],
    ['The tariff added 3 percentage points to costs.', '3 percentage points', 3],
  ])('%s', (text, expected, value) => {
    const s = one(text, expected);
    expect(s).toMatchObject({ value, unit: 'percent', hedge: null });
  });

  it('reads a range as two statistics sharing the unit written once', () => {
    const text = 'Prices may climb 10–15% next year, or $2-3 billion in all.';
    expect(findStatistics(text).map((s) => [s.text, s.start, s.value, s.unit])).toEqual([
      ['10', text.indexOf('10'), 10, 'percent'],
      ['15%', text.indexOf('15%'), 15, 'percent'],
      ['$2', text.indexOf('$2'), 2e9, 'usd'],
      ['3 billion', text.indexOf('3 billion'), 3e9, 'usd'],
    ]);
    expect(texts('Growth of 10 to 15 percent is likely.')).toEqual(['10', '15 percent']);
  });

  it('keeps the change figure without the direction word', () => {
    expect(one('Bookings were up 12% on the week.', '12%').value).toBe(12);
  });

  it('reads spelled-out percentages', () => {
    expect(
      one('Sixty-two percent of the nurses polled want flexible shifts.', 'Sixty-two percent'),
    ).toMatchObject({ value: 62, unit: 'percent' });
  });

  it('reads fractions and shares as percentages', () => {
    expect(one('Nearly two-thirds of drivers own their car.', 'two-thirds')).toMatchObject({
      value: 66.67,
      unit: 'percent',
      hedge: 'nearly',
    });
    expect(one('About 7 out of 10 shoppers compare prices.', '7 out of 10')).toMatchObject({
      value: 70,
      unit: 'percent',
      hedge: 'about',
    });
    expect(one('One in five renters moved last year.', 'One in five').value).toBe(20);
    expect(one('A third of the fleet is idle.', 'A third').value).toBe(33.33);
  });
});

describe('counts', () => {
  it.each([
    ['The warehouse ships 400 parcels an hour.', '400', 400],
    ['The chain employs 16,000 people.', '16,000', 16000],
    ['The service reached 482 million listeners.', '482 million', 482e6],
    ['The clip drew 1.2k comments.', '1.2k', 1200],
    ['The game has 18m players.', '18m', 18e6],
    ['The census counted three million households.', 'three million', 3e6],
    ['The fund backs twenty-four startups.', 'twenty-four', 24],
  ])('%s', (text, expected, value) => {
    expect(one(text, expected)).toMatchObject({ value, unit: 'count' });
  });

  it('finds each table cell, zeros included', () => {
    const text =
      '| Team | Cuts | Hires |\n|---|---|---|\n| Support | 14% | 0 |\n| Research | 0% | 154 |';
    const found = findStatistics(text);
    expect(found.map((s) => [s.text, s.value, s.unit])).toEqual([
      ['14%', 14, 'percent'],
      ['0', 0, 'count'],
      ['0%', 0, 'percent'],
      ['154', 154, 'count'],
    ]);
    for (const s of found) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('finds figures in bullet lists', () => {
    expect(texts('- Warehouses: 12\n- Stores: 340\n• Offices: 7')).toEqual(['12', '340', '7']);
  });
});

describe('money', () => {
  it.each([
    ['The round raised $1.2 billion.', '$1.2 billion', 1.2e9, 'usd'],
    ['The deal is worth $300m.', '$300m', 300e6, 'usd'],
    ['Fines reached €4bn.', '€4bn', 4e9, 'eur'],
    ['The grant totals £12 million.', '£12 million', 12e6, 'gbp'],
    ['Tickets start at US$5.', 'US$5', 5, 'usd'],
    ['Sales hit 2.4 billion euros.', '2.4 billion euros', 2.4e9, 'eur'],
    ['Earnings were 12 cents a share.', '12 cents', 0.12, 'usd'],
    ['A stamp costs 85 pence.', '85 pence', 0.85, 'gbp'],
    ['The stock closed at $40.23.', '$40.23', 40.23, 'usd'],
    ['Quillbridge Faces $500 Million Bill', '$500 Million', 500e6, 'usd'],
  ])('%s', (text, expected, value, unit) => {
    expect(one(text, expected)).toMatchObject({ value, unit });
  });
});

describe('measures and multipliers', () => {
  it.each([
    ['Viewers stayed 6.3 minutes per visit.', '6.3 minutes', 6.3, 'minutes'],
    ['The outage lasted 14 hours.', '14 hours', 14, 'hours'],
    ['Refunds take 5 days to arrive.', '5 days', 5, 'days'],
    ['Parents get 16 weeks of paid leave.', '16 weeks', 16, 'other'],
    ['Demand grew 2x.', '2x', 2, 'multiplier'],
    ['Output rose three times over.', 'three times', 3, 'multiplier'],
    ['The new chip is 2.5 times faster.', '2.5 times', 2.5, 'multiplier'],
  ])('%s', (text, expected, value, unit) => {
    expect(one(text, expected)).toMatchObject({ value, unit });
  });
});

describe('hedges stay outside the span', () => {
  it.each([
    ['nearly', 'The union has nearly 400 members.'],
    ['about', 'The union has about 400 members.'],
    ['approximately', 'The union has approximately 400 members.'],
    ['more than', 'The union has more than 400 members.'],
    ['up to', 'The union could add up to 400 members.'],
    ['at least', 'The union has at least 400 members.'],
    ['roughly', 'The union has roughly 400 members.'],
    ['over', 'The union has over 400 members.'],
    ['less than', 'The union has less than 400 members.'],
    ['almost', 'The union has almost 400 members.'],
    ['around', 'The union has around 400 members.'],
  ])('%s', (hedge, text) => {
    expect(one(text, '400').hedge).toBe(hedge);
  });

  it('maps synonyms onto the contract hedges', () => {
    expect(one('Shares closed just under $67.', '$67').hedge).toBe('less than');
    expect(one('The union has fewer than 400 members.', '400').hedge).toBe('less than');
  });
});

describe('not statistics', () => {
  it.each([
    ['years', 'The firm was founded in 2019 and listed in 2021.'],
    ['dates', 'The memo went out on January 26, 2025, and again on 3 March.'],
    ['abbreviated dates', 'The vote is set for Jan. 14.'],
    ['quarters', 'Results for Q4 2024 and FY25 Q3 beat forecasts.'],
    ['half-years', 'Guidance for H1 was unchanged.'],
    ['ordinals', 'It was the sixth straight gain and the 3rd this year, the second-highest ever.'],
    ['times of day', 'Trading opened at 9:30 and halted at 11 a.m. before resuming at 2pm.'],
    ['ages', 'The founder, 45, retired at age 60 as a 70-year-old.'],
    ['age adjectives', 'The brand ended its 18-year history.'],
    ['past time frames', 'Sales slipped over the past six months.'],
    ['future time frames', 'The plan runs over the next two years.'],
    ['segment lengths', 'Data was split into 30-day segments.'],
    ['highs', 'The stock hit a nine-month high.'],
    ['tenure', 'She quit less than three months into the role.'],
    ['time ago', 'The app launched 5 years ago.'],
    ['vague quantities', 'Thousands of workers and dozens of firms lost billions.'],
    ['enumerations', 'The plan covers two areas along three axes and two key metrics.'],
    ['verb forms', 'The company is doubling its staff after tripling sales.'],
    ['version numbers', 'Version 2.1.4 replaces v3 of the app.'],
    ['phone numbers', 'Call (555) 123-4567 or +1 555-987-6543 for help.'],
    ['footnotes', 'Growth held steady.[4]'],
    ['names with numbers', 'The Fortune 500 list, Web 3.0 and the S&P 500 rose; Series B closed.'],
    ['codes', 'COVID-19 hit GPT-4 demand and 5G rollouts in the 1990s style.'],
    ['list numbering', '1. Open the app\n2. Tap share'],
    ['decade ranges', 'The outlook covers 2025–2027.'],
    ['slashed figures', 'Support runs 24/7.'],
    ['urls and handles', 'See https://example.com/2024/report-55 or @user42 and #tag9.'],
  ])('%s', (_label, text) => {
    expect(texts(text)).toEqual([]);
  });

  it('keeps a figure that sits next to an excluded one', () => {
    expect(texts('In 2024, the chain opened 37 stores in 12 days.')).toEqual(['37']);
  });
});

describe('offsets are UTF-16 indices into the original text', () => {
  it('across curly quotes and non-breaking spaces', () => {
    const text = '“It’s huge,” she said of the 12\u00a0percent rise to $4\u00a0million.';
    const found = findStatistics(text);
    expect(found.map((s) => s.text)).toEqual(['12\u00a0percent', '$4\u00a0million']);
    expect(found[0]?.start).toBe(text.indexOf('12'));
    expect(found[1]).toMatchObject({ start: text.indexOf('$4'), value: 4e6, unit: 'usd' });
  });

  it('across emoji and accented text', () => {
    const text = '🚀🚀 Café Zoë’s revenue grew 27% 📈 to €3.5 million.';
    const found = findStatistics(text);
    expect(found.map((s) => [s.text, s.start, s.end])).toEqual([
      ['27%', text.indexOf('27%'), text.indexOf('27%') + 3],
      ['€3.5 million', text.indexOf('€'), text.indexOf('€') + '€3.5 million'.length],
    ]);
    // The emoji are surrogate pairs: the offsets count UTF-16 code units.
    expect(text.indexOf('27%')).toBeGreaterThan([...text].indexOf('2'));
  });
});
