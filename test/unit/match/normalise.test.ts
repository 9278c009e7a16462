import { describe, expect, it } from 'vitest';
import {
  MEASURE_RULES,
  MEASURES,
  measureOfText,
  measuresCompatible,
  normaliseMeasure,
  refines,
} from '../../../utils/match/measure';
import { hostOf, publisherKey, publisherName } from '../../../utils/match/publisher';
import { subjectKey } from '../../../utils/match/subject';

describe('publisherKey', () => {
  it('makes domains, URLs, names and desks of one outlet one key', () => {
    const keys = [
      'cnbc.com',
      'www.cnbc.com',
      'https://www.cnbc.com/2025/01/27/x.html',
      'CNBC',
      'CNBC Tech',
      "CNBC's",
    ].map(publisherKey);
    expect(new Set(keys).size).toBe(1);
    expect(publisherKey('The Verge')).toBe(publisherKey('https://www.theverge.com/news/1'));
    expect(publisherKey('Wall Street Journal')).toBe(publisherKey('wsj.com'));
    expect(publisherKey('news.bbc.co.uk')).toBe(publisherKey('BBC News'));
    expect(publisherKey('twitter.com')).toBe(publisherKey('X'));
  });

  it('keys unknown outlets so their name meets their domain', () => {
    expect(publisherKey('https://www.kron4.com/news/a')).toBe(publisherKey('KRON4'));
    expect(publisherKey('Harbor Wire News')).toBe(publisherKey('harborwire.co.uk'));
  });

  it('keeps different outlets apart', () => {
    expect(publisherKey('Reuters')).not.toBe(publisherKey('CNBC'));
    expect(publisherKey('Business Insider')).not.toBe(publisherKey('The Information'));
  });

  it('gives display names', () => {
    expect(publisherName('https://www.reuters.com/technology/x')).toBe('Reuters');
    expect(publisherName('m.kron4.com')).toBe('kron4.com');
    expect(publisherName(' Harbor Wire ')).toBe('Harbor Wire');
    expect(hostOf('Reuters')).toBeNull();
    expect(hostOf('3.5')).toBeNull();
  });
});

describe('subjectKey', () => {
  it('merges aliases and legal forms', () => {
    expect(subjectKey('Facebook')).toBe('meta');
    expect(subjectKey('Meta Platforms, Inc.')).toBe('meta');
    expect(subjectKey("Meta's")).toBe('meta');
    expect(subjectKey('Google')).toBe(subjectKey('Alphabet Inc.'));
    expect(subjectKey('Twitter')).toBe(subjectKey('X Corp.'));
    expect(subjectKey('Quillbridge Holdings Ltd')).toBe('quillbridge');
    expect(subjectKey('Crédit Agricole')).toBe('credit agricole');
  });

  it('keeps distinct companies distinct and gives nothing for blanks', () => {
    expect(subjectKey('Meta')).not.toBe(subjectKey('Metaview'));
    expect(subjectKey(null)).toBeNull();
    expect(subjectKey(' , ')).toBeNull();
  });
});

describe('measures', () => {
  it('reads the measure from claim text', () => {
    expect(measureOfText('Quillbridge to lay off about 15% of its workforce')).toBe('layoffs');
    expect(measureOfText('Quillbridge cuts 350 jobs')).toBe('layoffs');
    expect(measureOfText('Quillbridge revenue grew 15% last quarter')).toBe('revenue');
    expect(measureOfText('Quillbridge raised $40 million in a Series B')).toBe('funding');
    expect(measureOfText('Quillbridge raised prices 5%')).toBe('price');
    expect(measureOfText('Quillbridge employs 2,300 people')).toBe('headcount');
    expect(measureOfText('Quillbridge is in the news')).toBeNull();
  });

  it.each(MEASURE_RULES.map((rule) => [rule.measure, rule.example]))(
    'reads %s from its rule example "%s"',
    (measure, example) => {
      expect(measureOfText(example)).toBe(measure);
    },
  );

  it('names every measure in a rule', () => {
    expect(new Set(MEASURE_RULES.map((rule) => rule.measure))).toEqual(new Set(MEASURES));
  });

  it('tells the finer measures a rewrite swaps for the figure reported', () => {
    // An estimate is not the figure, whichever words it shares with it.
    expect(measureOfText('Analysts had expected revenue of $4.1 billion')).toBe('estimate');
    expect(measureOfText('Revenue beat analysts expectations at $4.3 billion')).toBe('revenue');
    expect(measureOfText('Quillbridge paid a dividend of 10 cents per share')).toBe('dividend');
    expect(measureOfText('Quillbridge ad impressions rose 9%')).toBe('impressions');
    expect(measureOfText('Quillbridge has 3 million paying customers')).toBe('subscribers');
    expect(measureOfText('The ad tier has 9 million monthly active users')).toBe('users');
    expect(measureOfText('Quillbridge stock slid 6% after hours')).toBe('stock');
    expect(measureOfText('Quillbridge expects $90 million of restructuring charges')).toBe(
      'charges',
    );
    expect(measuresCompatible('subscribers', 'users')).toBe(false);
    expect(refines('operating-income', 'profit')).toBe(true);
    expect(refines('estimate', 'revenue')).toBe(true);
    expect(refines('profit', 'operating-income')).toBe(false);
  });

  it('normalises labels and treats unknown measures as compatible', () => {
    expect(normaliseMeasure('Job cuts')).toBe('layoffs');
    expect(normaliseMeasure('widgets assembled')).toBe('widgets assembled');
    expect(normaliseMeasure('  ')).toBeNull();
    expect(measuresCompatible('layoffs', 'revenue')).toBe(false);
    expect(measuresCompatible(null, 'revenue')).toBe(true);
  });

  it('keeps a share of a measure’s figure apart from the figure', () => {
    expect(normaliseMeasure('share of layoffs')).toBe('share of layoffs');
    expect(measuresCompatible(normaliseMeasure('share of layoffs'), 'layoffs')).toBe(false);
  });
});
