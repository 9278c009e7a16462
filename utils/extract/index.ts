// Claim extraction: text → statistics and named sources with offsets, value, unit, hedge,
// attributed source, subject and measure. Pure TypeScript: no browser API, no DOM, no tagger.

import type { ExtractedClaim } from '../claim';
import { attributeSentences } from './attribution';
import { sentenceSources, type SentenceSources } from './named-source';
import { lowerCaseWords } from './names';
import { splitSentences } from './sentences';
import { findStatistics } from './statistic';
import { measureOf, subjectOf } from './subject';

export type { ExtractedClaim, ExtractedSource, ExtractedStatistic } from '../claim';

/** Every statistic and named source in `text`, sorted by start offset. */
export function extract(text: string): ExtractedClaim[] {
  const sentences = splitSentences(text);
  const lowerWords = lowerCaseWords(text);
  const surnames = new Set<string>();
  const perSentence: SentenceSources[] = [];
  let previous: SentenceSources | null = null;
  for (const s of sentences) {
    previous = sentenceSources(text, s, lowerWords, surnames, previous);
    perSentence.push(previous);
  }
  const topic = mainTopic(perSentence);
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
  for (const stat of findStatistics(text)) {
    while (i < sentences.length - 1 && (sentences[i]?.end ?? 0) <= stat.start) i++;
    const s = sentences[i];
    const found = perSentence[i];
    if (!s || !found) continue;
    if (s.paragraph !== paragraph) subject = topic;
    paragraph = s.paragraph;
    subject = subjectOf(text, s.start, stat.start, found.chunks, found.mentions, subject);
    claims.push({
      kind: 'statistic',
      ...stat,
      source: attribution[i]?.sourceAt(stat.start) ?? null,
      subject,
      measure: measureOf(text, s.start, s.end, stat.start, stat.end),
    });
  }
  return claims.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The organisation named most often: what a figure with no nearer subject is about. */
function mainTopic(perSentence: SentenceSources[]): string | null {
  const counts = new Map<string, number>();
  let top: string | null = null;
  for (const p of perSentence) {
    for (const c of p.chunks) {
      if (c.person) continue;
      const n = (counts.get(c.text) ?? 0) + 1;
      counts.set(c.text, n);
      if (top === null || n > (counts.get(top) ?? 0)) top = c.text;
    }
  }
  return top;
}
