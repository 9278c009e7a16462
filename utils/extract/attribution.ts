// Statistic → named source: same clause first, else carried from the previous sentence of the
// paragraph (or the list heading), or from the paragraph before when a report or study runs on
// into it, while the reported content continues.

import { PRIORITY, clauseBreaks, type Role, type SourceMention } from './named-source';
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

// What a survey's, study's or report's write-up says of it, up to a paragraph back.
const SURVEY =
  /\b(?:survey(?:ed|s)?|study|studies|report|poll(?:ed)?|respondents|research|index|tracker)\b/i;

export function surveyLike(text: string, s: { start: number; end: number }): boolean {
  return SURVEY.test(text.slice(Math.max(0, s.start - 400), s.end));
}

/**
 * Sources whose reported content runs on into the next paragraph: a named document, an
 * "according to" source, and a survey or study its owner reported ("McKinsey found …"). Not a
 * company reporting its own results, nor a data provider: a new paragraph of a results story is
 * as often the writer's own. Nor a citation in brackets, which governs its own sentence.
 */
const CONTINUES = new Set<Role>(['document', 'according']);
const continues = (role: Role | null, study: boolean): boolean =>
  role !== null && (CONTINUES.has(role) || (role === 'reporting' && study));

/** A paragraph opening with a quote is someone's words, not the report's. */
const QUOTE_OPEN = /^\s*["“‘']/;

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
  /** The role of the mention `previous` came from, and whether its sentence told of a study. */
  private previousRole: Role | null = null;
  private previousStudy = false;

  /** The attribution of `s`; `mentions` are the sources found in it, anaphora included. */
  next(text: string, s: Sentence, mentions: readonly SourceMention[]): SentenceAttribution {
    // "The report said …" with no named report nearby stands for the source carried so far.
    const carriedIn = this.previous;
    const here = mentions.map((m) =>
      m.text === null && !m.blocks ? { ...m, text: carriedIn } : m,
    );
    let carried: string | null;
    let how: string | null = null;
    let role: Role | null = this.previousRole;
    let study = this.previousStudy;
    if (here.length > 0) {
      const pick = best(here, s.end);
      carried = pick?.text ?? null;
      role = pick?.role ?? null;
      study = surveyLike(text, s);
    } else if (!s.first) {
      carried = this.previous;
      how = 'carried';
    } else if (s.listHeading !== null) {
      carried = this.paragraphSource.get(s.listHeading) ?? null;
      how = 'list-heading';
    } else if (continues(role, study) && !QUOTE_OPEN.test(text.slice(s.start, s.start + 2))) {
      // The report runs on into this paragraph.
      carried = this.previous;
      how = 'carried-paragraph';
    } else carried = null;
    this.previous = carried;
    this.previousRole = carried === null ? null : role;
    this.previousStudy = carried !== null && study;
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
