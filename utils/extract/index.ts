// Claim extraction: text → statistics and named sources with offsets, value, unit, hedge,
// attributed source, subject and measure. Pure TypeScript: no browser API, no DOM. Rules do the
// work; compromise is consulted only for names the rules cannot place (see entities.ts).

import type { ExtractedClaim, Period } from '../claim';
import { canonicalCompany, fiscalYearEnd } from '../vocab/companies';
import { attributeSentences } from './attribution';
import { Entities } from './entities';
import { companyIn, sentenceSources, type SentenceSources } from './named-source';
import { lowerCaseWords, nameChunks, type NameChunk } from './names';
import { splitSentences } from './sentences';
import { findStatistics } from './statistic';
import { periodOfStatistic } from './resolve/period-of';
import { estimatedPublication, reportedPeriod } from './resolve/reported';
import { publicationDay } from './resolve/published';
import { findPeriodPhrases, type PeriodPhrase } from './stages/periods';
import { labelLineEnd, measureOf, subjectOf } from './subject';

export type { ExtractedClaim, ExtractedSource, ExtractedStatistic } from '../claim';

export interface ExtractOptions {
  /** The publication day (YYYY-MM-DD) from the page or --published; relative periods need it. */
  published?: string | null;
  /** The page's address; a date in it stands in for a missing publication day. */
  url?: string | null;
}

/** Every statistic and named source in `text`, sorted by start offset. */
export function extract(text: string, options: ExtractOptions = {}): ExtractedClaim[] {
  const sentences = splitSentences(text);
  const lowerWords = lowerCaseWords(text);
  const surnames = new Set<string>();
  const chunks = sentences.map((s) => nameChunks(text, s.start, s.end, lowerWords, surnames));
  const entities = new Entities(text, chunks.flat(), lowerWords);
  const perSentence: SentenceSources[] = [];
  let previous: SentenceSources | null = null;
  let recentOrg: string | null = null;
  // The organisation each paragraph is about so far, sentence by sentence.
  const paragraphOrg: Array<string | null> = [];
  const known = (c: NameChunk) => entities.knownOrganisation(c);
  sentences.forEach((s, i) => {
    previous = sentenceSources(text, s, chunks[i] ?? [], previous, { recent: recentOrg, known });
    perSentence.push(previous);
    const company = companyIn(text, previous.chunks, previous.mentions, Infinity, known);
    recentOrg = company ?? recentOrg;
    paragraphOrg.push(company ?? (s.first ? null : (paragraphOrg[i - 1] ?? null)));
  });
  const topic = mainTopic(perSentence, entities);
  const attribution = attributeSentences(
    text,
    sentences,
    perSentence.map((p) => p.mentions),
  );

  let published = publicationDay(options.published, options.url, text).day;
  let estimated = false;
  let reference = published ? new Date(`${published}T12:00:00Z`) : null;
  const phrasesOf = new Map<number, PeriodPhrase[]>();
  const phrasesAt = (k: number): PeriodPhrase[] => {
    let found = phrasesOf.get(k);
    const s = sentences[k];
    if (!found && s) {
      found = findPeriodPhrases(text, s.start, s.end, reference);
      phrasesOf.set(k, found);
    }
    return found ?? [];
  };
  const main = mainCompany(perSentence) ?? topic;
  const mainFyEnd = main === null ? null : fiscalYearEnd(main);
  const reported = reportedPeriod(text, sentences.length, phrasesAt, {
    published,
    fyEnd: mainFyEnd,
  });
  if (published === null && reported?.how === 'explicit') {
    // An undated earnings story: it appeared after the quarter it reports closed.
    published = estimatedPublication(reported);
    estimated = true;
    reference = published ? new Date(`${published}T12:00:00Z`) : null;
    phrasesOf.clear();
  }
  let carried: { paragraph: number; period: Period } | null = null;

  const claims: ExtractedClaim[] = [];
  for (const p of perSentence) {
    for (const m of p.mentions) {
      if (m.span && m.text !== null)
        claims.push({ kind: 'source', start: m.start, end: m.end, text: m.text });
    }
  }

  let i = 0;
  let subject = topic;
  let paragraph = -1;
  let lastMeasure: string | null = null;
  let prior: { sentence: number; measure: string | null } | null = null;
  for (const stat of findStatistics(text)) {
    while (i < sentences.length - 1 && (sentences[i]?.end ?? 0) <= stat.start) i++;
    const s = sentences[i];
    const found = perSentence[i];
    if (!s || !found) continue;
    // "Engineering: 180 roles" under a story about one company breaks that story down: the
    // label is a category, and the figure keeps the story's subject and measure.
    const labelEnd = labelLineEnd(text, s.start, s.end);
    const breakdown =
      (labelEnd >= 0 && labelEnd < stat.start) || (s.listItem && s.listHeading === null);
    const categoryEnd =
      labelEnd >= 0 && entities.isCategoryLabel(found.chunks, labelEnd) ? labelEnd + 1 : -1;
    if (s.paragraph !== paragraph && !breakdown) subject = topic;
    paragraph = s.paragraph;
    subject = subjectOf(
      text,
      s.start,
      stat.start,
      found.chunks,
      found.mentions,
      (breakdown || s.first ? null : paragraphOrg[i - 1]) ?? subject,
      categoryEnd,
    );
    subject = subject === null ? null : entities.canonicalName(subject);
    const before = s.first ? undefined : sentences[i - 1];
    const measure = measureOf(text, s.start, s.end, stat.start, stat.end, stat.unit, {
      sentencePrior: prior?.sentence === i ? prior.measure : null,
      previousSentence: before ? [before.start, before.end] : null,
      story: breakdown ? lastMeasure : null,
    });
    if (!breakdown) lastMeasure = measure;
    prior = { sentence: i, measure };
    const fyEnd = (subject === null ? null : fiscalYearEnd(subject)) ?? mainFyEnd;
    const timed = periodOfStatistic({
      text,
      start: stat.start,
      end: stat.end,
      unit: stat.unit,
      measure,
      phrases: phrasesAt(i),
      sentence: s,
      carried: carried?.paragraph === s.paragraph ? carried.period : null,
      ctx: { published, estimated, fyEnd, reported, level: null },
    });
    if (timed.phrased && timed.period) carried = { paragraph: s.paragraph, period: timed.period };
    claims.push({
      kind: 'statistic',
      ...stat,
      source: attribution[i]?.sourceAt(stat.start) ?? null,
      subject,
      measure,
      period: timed.period,
      trace: { subject: null, period: timed.rule, source: null },
    });
  }
  return claims.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The known company (companies.json) named most often, or null. */
function mainCompany(perSentence: SentenceSources[]): string | null {
  const counts = new Map<string, number>();
  let top: string | null = null;
  for (const p of perSentence) {
    for (const c of p.chunks as NameChunk[]) {
      const name = canonicalCompany(c.text);
      if (name === null) continue;
      const n = (counts.get(name) ?? 0) + 1;
      counts.set(name, n);
      if (top === null || n > (counts.get(top) ?? 0)) top = name;
    }
  }
  return top;
}

/** The organisation named most often (short forms counted as their full name). */
function mainTopic(perSentence: SentenceSources[], entities: Entities): string | null {
  const counts = new Map<string, number>();
  let top: string | null = null;
  for (const p of perSentence) {
    for (const c of p.chunks as NameChunk[]) {
      if (c.person) continue;
      const name = entities.canonicalName(c.text);
      const n = (counts.get(name) ?? 0) + 1;
      counts.set(name, n);
      if (top === null || n > (counts.get(top) ?? 0)) top = name;
    }
  }
  return top;
}
