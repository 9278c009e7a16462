// Claim extraction: text → statistics and named sources with offsets, value, unit, hedge,
// attributed source, subject and measure. Pure TypeScript: no browser API, no DOM. Rules do the
// work; compromise is consulted only for names the rules cannot place (see entities.ts).

import type { ExtractedClaim } from '../claim';
import { attributeSentences } from './attribution';
import { Entities } from './entities';
import { companyIn, sentenceSources, type SentenceSources } from './named-source';
import { lowerCaseWords, nameChunks, type NameChunk } from './names';
import { splitSentences } from './sentences';
import { findStatistics } from './statistic';
import { labelLineEnd, measureOf, subjectOf } from './subject';

export type { ExtractedClaim, ExtractedSource, ExtractedStatistic } from '../claim';

/** Every statistic and named source in `text`, sorted by start offset. */
export function extract(text: string): ExtractedClaim[] {
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
    claims.push({
      kind: 'statistic',
      ...stat,
      source: attribution[i]?.sourceAt(stat.start) ?? null,
      subject,
      measure,
    });
  }
  return claims.sort((a, b) => a.start - b.start || a.end - b.end);
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
