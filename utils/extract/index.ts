// Claim extraction: text → statistics and named sources with offsets, value, unit, hedge,
// attributed source, subject and measure. Pure TypeScript: no browser API, no DOM. Rules do the
// work; compromise is consulted only for names the rules cannot place (see entities.ts).

import type { ExtractedClaim, Period } from '../claim';
import { canonicalCompany, fiscalYearEnd } from '../vocab/companies';
import { attributeSentences } from './attribution';
import { Entities, looksLikeOutlet } from './entities';
import { companyIn, sentenceSources, type SentenceSources } from './named-source';
import { lowerCaseWords, nameChunks, type NameChunk } from './names';
import { splitSentences } from './sentences';
import { findStatistics } from './statistic';
import { periodOfStatistic } from './resolve/period-of';
import { estimatedPublication, reportedPeriod } from './resolve/reported';
import { ownOutlet } from './resolve/own-outlet';
import { publicationDay } from './resolve/published';
import { findPeriodPhrases, type PeriodPhrase } from './stages/periods';
import { subjectName } from './resolve/subject-name';
import { labelLineEnd, measureOf, subjectOf, type SubjectAnswer } from './subject';

export type { ExtractedClaim, ExtractedSource, ExtractedStatistic } from '../claim';

export interface ExtractOptions {
  /** The publication day (YYYY-MM-DD) from the page or --published; relative periods need it. */
  published?: string | null;
  /** The page's address; a date in it stands in for a missing publication day. */
  url?: string | null;
  /** The page's own outlet (og:site_name); with the address's host, it is never a source. */
  outlet?: string | null;
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
  // Where each sentence's words start (after quotes and bullets): a name there may be a plain
  // word capitalised by its position.
  const opening = sentences.map(
    (s) => s.start + (/^[^\p{L}\p{N}]*/u.exec(text.slice(s.start, s.end))?.[0].length ?? 0),
  );
  const midSentence = new Set<string>();
  chunks.forEach((list, i) => {
    for (const c of list) if (c.start > (opening[i] ?? 0)) midSentence.add(c.text);
  });
  const canonicalName = (name: string) => entities.canonicalName(name);
  const nameAt = (i: number) => (c: NameChunk) =>
    subjectName(c, { midSentence, lowerWords, sentenceStart: opening[i] ?? 0, canonicalName }).name;
  sentences.forEach((s, i) => {
    previous = sentenceSources(text, s, chunks[i] ?? [], previous, { recent: recentOrg, known });
    perSentence.push(previous);
    const company = companyIn(text, previous.chunks, previous.mentions, Infinity, known);
    const chunk = previous.chunks.find((c) => c.text === company);
    const org = chunk ? nameAt(i)(chunk) : null;
    recentOrg = org === null ? recentOrg : (company ?? recentOrg);
    paragraphOrg.push(org ?? (s.first ? null : (paragraphOrg[i - 1] ?? null)));
  });
  const topic = mainTopic(perSentence, nameAt);
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

  const own = ownOutlet(options.outlet ?? null, options.url ?? null);
  const claims: ExtractedClaim[] = [];
  for (const p of perSentence) {
    for (const m of p.mentions) {
      if (m.span && m.text !== null && !own(m.text))
        claims.push({ kind: 'source', start: m.start, end: m.end, text: m.text });
    }
  }

  let i = 0;
  const storySubject: SubjectAnswer = { subject: topic, rule: topic === null ? null : 'main' };
  let subject = storySubject;
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
    // "| Customer Support | 14% |": a table row's first cell labels the row, as a category.
    const firstCell = /^\|[^|\n]*\|/.exec(text.slice(s.start, s.end));
    const categoryEnd = firstCell
      ? s.start + firstCell[0].length
      : labelEnd >= 0 && entities.isCategoryLabel(found.chunks, labelEnd)
        ? labelEnd + 1
        : -1;
    if (s.paragraph !== paragraph && !breakdown) subject = storySubject;
    paragraph = s.paragraph;
    const org = breakdown || s.first ? null : (paragraphOrg[i - 1] ?? null);
    subject = subjectOf(
      text,
      s.start,
      stat.start,
      found.chunks,
      found.mentions,
      org === null ? subject : { subject: org, rule: 'paragraph' },
      nameAt(i),
      categoryEnd,
    );
    if (subject.subject !== null)
      subject = {
        ...subject,
        subject: canonicalCompany(subject.subject) ?? canonicalName(subject.subject),
      };
    const before = s.first ? undefined : sentences[i - 1];
    const measure = measureOf(text, s.start, s.end, stat.start, stat.end, stat.unit, {
      sentencePrior: prior?.sentence === i ? prior.measure : null,
      previousSentence: before ? [before.start, before.end] : null,
      story: breakdown ? lastMeasure : null,
    });
    if (!breakdown) lastMeasure = measure;
    prior = { sentence: i, measure };
    const fyEnd = (subject.subject === null ? null : fiscalYearEnd(subject.subject)) ?? mainFyEnd;
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
    let attributed = attribution[i]?.sourceAt(stat.start) ?? { source: null, rule: null };
    if (attributed.source !== null && own(attributed.source))
      attributed = { source: null, rule: 'own-outlet' };
    const source = attributed.source;
    // A survey's or report's figures with no company of their own: the organisation behind it.
    if (
      source !== null &&
      (subject.rule === 'main' || subject.rule === 'paragraph') &&
      surveyLike(text, s)
    ) {
      const behind = found.chunks.find((c) => c.text === source) ?? null;
      if (!behind?.person && !looksLikeOutlet(source))
        subject = {
          subject: canonicalCompany(source) ?? canonicalName(source),
          rule: 'survey-source',
        };
    }
    claims.push({
      kind: 'statistic',
      ...stat,
      source,
      subject: subject.subject,
      measure,
      period: timed.period,
      trace: { subject: subject.rule, period: timed.rule, source: attributed.rule },
    });
  }
  return claims.sort((a, b) => a.start - b.start || a.end - b.end);
}

// Words of surveys, studies and reports, whose figures belong to who ran them.
const SURVEY =
  /\b(?:survey(?:ed|s)?|study|studies|report|poll(?:ed)?|respondents|research|index|tracker)\b/i;

function surveyLike(text: string, s: { start: number; end: number }): boolean {
  return SURVEY.test(text.slice(Math.max(0, s.start - 400), s.end));
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

/** The subject named most often (short forms and aliases counted as their canonical name). */
function mainTopic(
  perSentence: SentenceSources[],
  nameAt: (i: number) => (c: NameChunk) => string | null,
): string | null {
  const counts = new Map<string, number>();
  let top: string | null = null;
  for (const [i, p] of perSentence.entries()) {
    const nameOf = nameAt(i);
    for (const c of p.chunks as NameChunk[]) {
      const name = nameOf(c);
      if (name === null) continue;
      const n = (counts.get(name) ?? 0) + 1;
      counts.set(name, n);
      if (top === null || n > (counts.get(top) ?? 0)) top = name;
    }
  }
  return top;
}
