import { describe, expect, it } from 'vitest';
import {
  compiledStarterPack,
  readStarterPack,
  STARTER_PACK_PATH,
} from '../../../scripts/starter-pack-files';
import { parseStarterRecords } from '../../../utils/citations/starter-pack';
import {
  FORECAST_WORDS,
  MIN_CITATIONS,
  MIN_COMPANIES,
  MIN_INDEPENDENT_CLAIMS,
  MIN_OUTLETS,
  SCALE_WORDS,
  contentFarm,
  isForecast,
  periodRange,
  readPackDir,
  scaleProblem,
  validatePack,
  type PackEntryInput,
  type PackInput,
} from '../../../scripts/validate-pack';
import CONTENT_FARMS from '../../../utils/vocab/content-farms.json';

type Sample = PackEntryInput;

function citation(overrides: Partial<Sample> = {}): Sample {
  return {
    publisher: 'Harbor Wire',
    url: 'https://harborwire.example/a',
    published: '2024-08-02',
    subject: 'Quillbridge',
    claim: 'Quillbridge to cut 1,000 jobs',
    value: 1000,
    unit: 'count',
    measure: 'layoffs',
    checked: "pages: 'quillbridge layoffs' → 'will cut 1,000 jobs'",
    ...overrides,
  };
}

const INDEX = { version: 2, generated: '2026-11-28', description: 'test pack', files: ['a.json'] };

function pack(citations: unknown[], more: { file: string; json: unknown }[] = []): PackInput {
  return {
    index: { ...INDEX, files: ['a.json', ...more.map((m) => m.file)] },
    topics: [{ file: 'a.json', json: { topic: 'test', citations } }, ...more],
  };
}

// Samples are checked for their rules; the size floors apply to the real pack.
const SMALL = {
  today: '2026-12-01',
  minCitations: 0,
  minIndependentClaims: 0,
  minOutlets: 0,
  minCompanies: 0,
};

function problemsOf(input: PackInput): string[] {
  return validatePack(input, SMALL).problems;
}

// Reading, validating and parsing the whole pack takes seconds, near vitest's 5 s default when
// other suites run beside it; a slow machine should not fail a correct pack.
const WHOLE_PACK = { timeout: 30_000 };

describe('the bundled starter pack', WHOLE_PACK, () => {
  // Holds once the topic files of the pack branches are merged (issue 12's floors).
  it('passes every rule and meets the issue floors', () => {
    const { problems, summary } = validatePack(readPackDir(STARTER_PACK_PATH));
    expect(problems).toEqual([]);
    expect(summary.citations).toBeGreaterThanOrEqual(MIN_CITATIONS);
    expect(summary.independent).toBeGreaterThanOrEqual(MIN_INDEPENDENT_CLAIMS);
    expect(summary.outlets).toBeGreaterThanOrEqual(MIN_OUTLETS);
    expect(summary.companies).toBeGreaterThanOrEqual(MIN_COMPANIES);
  });

  it('loads through the shared parser: every listed file, every entry a starter record', () => {
    const loaded = readStarterPack();
    const { summary } = validatePack(readPackDir(STARTER_PACK_PATH), SMALL);
    expect(loaded.records.length).toBe(summary.citations);
    expect(loaded.records.every((r) => r.origin === 'starter' && r.published !== null)).toBe(true);
  });
});

describe('the compiled pack a build ships', WHOLE_PACK, () => {
  it('holds the index and every record the topic files parse to', () => {
    const [index, records] = compiledStarterPack();
    expect(index?.relativeDest).toBe('starter-pack/index.json');
    expect(records?.relativeDest).toBe('starter-pack/records.json');
    expect(parseStarterRecords(JSON.parse(records?.contents ?? 'null'))).toEqual(
      readStarterPack().records,
    );
  });

  it('refuses what is not a list of starter records', () => {
    const [record] = readStarterPack().records;
    expect(() => parseStarterRecords({})).toThrow('expected an array of records');
    expect(() => parseStarterRecords([{ ...record, origin: 'user' }])).toThrow(
      'record 0 is not a starter record',
    );
    const noClaim: Record<string, unknown> = { ...record };
    delete noClaim.claim;
    expect(() => parseStarterRecords([noClaim])).toThrow('record 0 is not a starter record');
  });
});

describe('validatePack', () => {
  it('accepts a well-formed small pack and counts independent publishers', () => {
    const input = pack([
      citation(),
      citation({ publisher: 'Reuters', url: 'https://www.reuters.com/b' }),
    ]);
    const { problems, summary } = validatePack(input, SMALL);
    expect(problems).toEqual([]);
    expect(summary).toMatchObject({ citations: 2, claims: 1, independent: 1, publishers: 2 });
  });

  it('checks the index against the files beside it', () => {
    const input: PackInput = {
      index: {
        version: 'two',
        generated: '2030-01-01',
        description: '',
        files: ['a.json', '../x.json'],
      },
      topics: [{ file: 'b.json', json: { topic: 't', citations: [] } }],
    };
    const problems = problemsOf(input);
    for (const text of [
      'version must be a whole number',
      'generated must be a YYYY-MM-DD date, not after today',
      'description must be a non-empty string',
      "'../x.json' is not a topic file name",
      'a.json is listed but missing',
      'b.json: not listed in index.json',
    ])
      expect(
        problems.some((p) => p.includes(text)),
        text,
      ).toBe(true);
  });

  it.each([
    [{ url: 'ftp://example.com/x' }, 'is not an http(s) URL'],
    [{ url: 'https://example.com/a b' }, 'is not an http(s) URL'],
    [{ unit: 'percentage' }, "unknown unit 'percentage'"],
    [{ measure: 'workforce' }, "unknown measure 'workforce'"],
    [{ value: Number.NaN }, "'value' must be a finite number"],
    [{ published: '2023-02-30' }, "'2023-02-30' is not a real YYYY-MM-DD date"],
    [{ published: '2019-05-01' }, '2019-05-01 is outside'],
    [{ published: '2026-12-02' }, '2026-12-02 is outside 2022-01-01..2026-12-01'],
    [{ checked: ' ' }, "'checked' must be a non-empty string"],
    [{ checked: 'looked it up' }, 'checked must read'],
    [{ period: '2024-Q5' }, "period '2024-Q5' is not a contract-2 period"],
    [{ period: 'Q3 2024' }, "period 'Q3 2024' is not a contract-2 period"],
    [{ period: '2024-09' }, 'period 2024-09 starts 2024-09-01, after the report'],
    [
      { syndicatedFrom: 'Harbor Gazette' },
      "syndicatedFrom 'Harbor Gazette' is neither in the outlets",
    ],
    [
      { publisher: 'Reuters', url: 'https://www.reuters.com/x', syndicatedFrom: 'Reuters' },
      'names the publisher itself',
    ],
    [{ syndicatedFrom: 'Business Wire' }, "syndicatedFrom 'Business Wire' only hosts releases"],
    [{ publisher: 'Reuters', url: 'https://www.cnbc.com/x' }, "the URL is on CNBC's site"],
    [{ url: 'https://www.newser.com/story/1' }, 'Newser (newser.com) is a content farm'],
    [{ value: 1, claim: 'Quillbridge to cut 1,000 jobs' }, "does not match '1,000'"],
  ])('refuses %j: %s', (overrides, text) => {
    const problems = problemsOf(pack([citation(overrides as Partial<Sample>)]));
    expect(
      problems.some((p) => p.includes(text)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('lets a forecast name a period after its report', () => {
    const forecast = citation({
      claim: 'Quillbridge expects to cut 1,000 jobs in 2025',
      period: '2025',
      published: '2024-08-02',
    });
    expect(problemsOf(pack([forecast]))).toEqual([]);
  });

  it('finds duplicates across files', () => {
    const problems = problemsOf(
      pack([citation()], [{ file: 'b.json', json: { topic: 't', citations: [citation()] } }]),
    );
    expect(problems.some((p) => p.startsWith('duplicate citation: b.json citations[0]'))).toBe(
      true,
    );
  });

  it('refuses one outlet spelled two ways, through the outlets list', () => {
    const problems = problemsOf(
      pack([
        citation({ publisher: 'NYT', url: 'https://www.nytimes.com/1' }),
        citation({ publisher: 'The New York Times', url: 'https://www.nytimes.com/2' }),
      ]),
    );
    expect(problems).toContain(
      'one outlet spelled 2 ways: NYT / The New York Times; use one spelling',
    );
  });

  it("accepts a company's own release on a press-release wire", () => {
    const release = citation({
      publisher: 'Meta',
      url: 'https://www.prnewswire.com/news-releases/x.html',
    });
    expect(problemsOf(pack([release]))).toEqual([]);
  });

  it('counts syndicated copies of one wire story once', () => {
    const copies = pack([
      citation({
        publisher: 'Yahoo Finance',
        url: 'https://finance.yahoo.com/1',
        syndicatedFrom: 'Reuters',
      }),
      citation({
        publisher: 'MarketWatch',
        url: 'https://www.marketwatch.com/2',
        syndicatedFrom: 'Reuters',
      }),
    ]);
    const report = validatePack(copies, SMALL);
    expect(report.problems).toEqual([]);
    expect(report.summary.independent).toBe(0);
    const withWire = pack([
      citation({
        publisher: 'Yahoo Finance',
        url: 'https://finance.yahoo.com/1',
        syndicatedFrom: 'Reuters',
      }),
      citation({ publisher: 'Bloomberg', url: 'https://www.bloomberg.com/2' }),
    ]);
    expect(validatePack(withWire, SMALL).summary.independent).toBe(1);
  });

  it('reports the floors it enforces', () => {
    const { problems } = validatePack(pack([citation()]), { today: '2026-12-01' });
    expect(problems).toContain(`only 1 valid citations (need at least ${MIN_CITATIONS})`);
    expect(problems).toContain(
      `only 0 claims with two or more independent publishers (need at least ${MIN_INDEPENDENT_CLAIMS})`,
    );
  });
});

describe('scale', () => {
  it.each(SCALE_WORDS.map((row) => [row.example, row.factor]))(
    'reads %s with its factor %d',
    (text, factor) => {
      const digits = Number(/\d+(?:\.\d+)?/.exec(text as string)?.[0]);
      const unit = /[$€£]/.test(text as string) ? 'usd' : 'count';
      expect(scaleProblem(digits * (factor as number), unit, text as string)).toBeNull();
      expect(scaleProblem(digits, unit, text as string)).not.toBeNull();
    },
  );

  it.each([
    [26_270_000_000, 'usd', 'revenue of $26.27 billion', null],
    [26_270_000, 'usd', 'revenue of $26.27 billion', 'does not match'],
    [26.27, 'usd', 'revenue of $26.27 billion', 'does not match'],
    [9000, 'count', 'to lay off 9.000 employees', null],
    [13, 'percent', 'cuts 13% of staff', null],
    [0.13, 'percent', 'cuts 13% of staff', 'is a fraction'],
    [1_234_000_000, 'usd', 'about $1.2 billion', null],
  ])('%d %s in "%s"', (value, unit, text, reason) => {
    const problem = scaleProblem(value as number, unit as string, text as string);
    if (reason === null) expect(problem).toBeNull();
    else expect(problem).toContain(reason);
  });
});

describe('periods', () => {
  it.each([
    ['2024', 12, '2024-01-01', '2024-12-31'],
    ['2024-Q3', 12, '2024-07-01', '2024-09-30'],
    ['2024-H1', 12, '2024-01-01', '2024-06-30'],
    ['2024-02', 12, '2024-02-01', '2024-02-29'],
    ['2024-07-15', 12, '2024-07-15', '2024-07-15'],
    ['2024-07-01/2024-09-30', 12, '2024-07-01', '2024-09-30'],
    ['FY2025', 1, '2024-02-01', '2025-01-31'],
    ['FY2025-Q2', 1, '2024-05-01', '2024-07-31'],
    ['FY2025', 6, '2024-07-01', '2025-06-30'],
    ['FY2024-Q4', 9, '2024-07-01', '2024-09-30'],
    ['FY2024', 12, '2024-01-01', '2024-12-31'],
  ])('%s (year ending in month %i) runs %s to %s', (period, fye, start, end) => {
    expect(periodRange(period as string, fye as number)).toEqual({ start, end });
  });

  it.each(['2024-13', '2024-Q0', '2024-02-30', '2024-09-30/2024-07-01', 'Q3 2024', 'FY25'])(
    'refuses %s',
    (period) => expect(periodRange(period)).toBeNull(),
  );

  it.each(FORECAST_WORDS.map((row) => row.example))('reads a forecast in "%s"', (text) => {
    expect(isForecast(text)).toBe(true);
  });

  it('reads no forecast in a reported figure', () => {
    expect(isForecast('Quillbridge cut 1,000 jobs in 2024')).toBe(false);
  });
});

describe('content farms', () => {
  it.each((CONTENT_FARMS as { domain: string; name: string }[]).map((f) => [f.domain, f.name]))(
    'refuses %s (%s) by its domain and by its name',
    (domain, name) => {
      expect(contentFarm(`https://www.${domain}/story`, 'Someone Else')?.domain).toBe(domain);
      expect(contentFarm('https://harborwire.example/a', name)?.domain).toBe(domain);
    },
  );

  it('accepts a news outlet', () => {
    expect(contentFarm('https://www.reuters.com/x', 'Reuters')).toBeUndefined();
  });
});
