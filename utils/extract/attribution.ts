// Statistic → named source: same clause first, else carried from the previous sentence of the
// paragraph (or the list heading) while the reported content continues.

import { PRIORITY, clauseBreaks, type SourceMention } from './named-source';
import type { Sentence } from './sentences';

/** A statistic's source with the id of the rule that set it (the claim's `trace.source`). */
export interface SourceAnswer {
  source: string | null;
  rule: string | null;
}

export interface SentenceAttribution {
  /** The source statements in this sentence default to; carried into the next sentence. */
  carried: string | null;
  /** The source of a statistic starting at `at` inside this sentence. */
  sourceAt(at: number): SourceAnswer;
}

function best(mentions: SourceMention[], at: number): SourceMention | null {
  let pick: SourceMention | null = null;
  for (const m of mentions) {
    if (!pick) {
      pick = m;
      continue;
    }
    const d = PRIORITY[m.role] - PRIORITY[pick.role];
    if (d < 0 || (d === 0 && Math.abs(m.start - at) < Math.abs(pick.start - at))) pick = m;
  }
  return pick;
}

/**
 * Attribution sentence by sentence, in order: what a sentence carries on is kept between calls,
 * so an article read in batches is attributed as one read whole.
 */
export class Attributor {
  /** The source each paragraph opened with (by paragraph index), for the lists it heads. */
  private readonly paragraphSource = new Map<number, string | null>();
  private previous: string | null = null;

  /** The attribution of `s`; `mentions` are the sources found in it, anaphora included. */
  next(text: string, s: Sentence, mentions: readonly SourceMention[]): SentenceAttribution {
    // "The report said …" with no named report nearby stands for the source carried so far.
    const carriedIn = this.previous;
    const here = mentions.map((m) =>
      m.text === null && !m.blocks ? { ...m, text: carriedIn } : m,
    );
    let carried: string | null;
    let how: string | null = null;
    if (here.length > 0) carried = best(here, s.end)?.text ?? null;
    else if (!s.first) {
      carried = this.previous;
      how = 'carried';
    } else if (s.listHeading !== null) {
      carried = this.paragraphSource.get(s.listHeading) ?? null;
      how = 'list-heading';
    } else carried = null;
    this.previous = carried;
    if (carried !== null || !this.paragraphSource.has(s.paragraph))
      this.paragraphSource.set(s.paragraph, carried);

    const breaks = clauseBreaks(text, s);
    const clauseOf = (at: number, list: number[]) => list.filter((b) => b <= at).length;
    return {
      carried,
      sourceAt(at: number): SourceAnswer {
        if (here.length === 0) return { source: carried, rule: carried === null ? null : how };
        const fit = here.filter((m) => {
          const list = m.role === 'according' ? breaks.soft : breaks.hard;
          return m.sentenceWide || clauseOf(m.start, list) === clauseOf(at, list);
        });
        const pick = best(fit, at);
        const source = pick?.text ?? null;
        if (source === null) return { source: null, rule: null };
        return { source, rule: `${pick?.span ? 'clause' : 'anaphor'}:${pick?.role}` };
      },
    };
  }
}
