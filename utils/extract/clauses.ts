// The clauses of one sentence and the words of each, worked out once for all the sentence's
// figures. A sentence of a statistics dump ("5% 5% 5% …", up to MAX_RUN characters of
// utils/bounded-extract.ts) holds hundreds of figures; splitting its clauses and listing their
// words again for each figure made `measureOf` the largest cost of such text (issue 13: 3.0× the
// time of ordinary text). Lookups are binary searches, so each figure costs the same however
// many share its sentence.
import { measureOfText, type KnownMeasure } from '../match/measure';

// Where a clause ends inside a sentence: commas, semicolons, colons, dashes, brackets and the
// conjunctions that join two statements.
const CLAUSE_BREAK = /,\s|;|:\s|\s[—–]\s|—|[()]|\s(?:and|but|while|whereas|although|though)\s/g;

export interface Span {
  start: number;
  end: number;
}

export interface Clause extends Span {
  /**
   * How the clause joins the one before it: a comma, dash or bracket (a modifier of that
   * clause), a colon (after a label or heading) or a conjunction (a statement of its own).
   */
  joint: 'none' | 'comma' | 'colon' | 'conjunction';
}

export interface SentenceClauses {
  list: Clause[];
  /** Index of the clause that ends after `offset` (the figure's clause), or -1. */
  indexAt(offset: number): number;
  /** The clause's words (runs of non-space), in order. */
  words(clause: Clause): Span[];
  /** `measureOfText` of the whole clause. */
  measure(clause: Clause): KnownMeasure | null;
  /**
   * What `read` gives for `key`, worked out once per sentence: a figure's windows of 1, 2, 3, 5
   * and 8 words reach the same words once its clause is short, and its clause's figures share
   * them.
   */
  once<T>(key: string, read: () => T): T;
}

/** Index of the first span whose end is past `offset` (spans sorted), or -1. */
export function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span).end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo < spans.length ? lo : -1;
}

function split(text: string, start: number, end: number): Clause[] {
  const body = text.slice(start, end);
  const out: Clause[] = [];
  let from = 0;
  let joint: Clause['joint'] = 'none';
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(body); m; m = CLAUSE_BREAK.exec(body)) {
    out.push({ start: start + from, end: start + m.index, joint });
    joint = m[0].startsWith(':') ? 'colon' : /^\s\w/.test(m[0]) ? 'conjunction' : 'comma';
    from = m.index + m[0].length;
  }
  out.push({ start: start + from, end, joint });
  return out;
}

function analyse(text: string, start: number, end: number): SentenceClauses {
  const list = split(text, start, end);
  const words = new Map<Clause, Span[]>();
  const measures = new Map<Clause, KnownMeasure | null>();
  const known = new Map<string, unknown>();
  return {
    list,
    indexAt: (offset) => firstEndingAfter(list, offset),
    words(c) {
      let found = words.get(c);
      if (!found) {
        found = [...text.slice(c.start, c.end).matchAll(/\S+/g)].map((m) => ({
          start: c.start + m.index,
          end: c.start + m.index + m[0].length,
        }));
        words.set(c, found);
      }
      return found;
    },
    measure(c) {
      let found = measures.get(c);
      if (found === undefined) {
        found = measureOfText(text.slice(c.start, c.end));
        measures.set(c, found);
      }
      return found;
    },
    once<T>(key: string, read: () => T): T {
      if (known.has(key)) return known.get(key) as T;
      const value = read();
      known.set(key, value);
      return value;
    },
  };
}

/** The last sentence asked for: a sentence's figures are measured one after another. */
let last: { text: string; start: number; end: number; clauses: SentenceClauses } | null = null;

/** The clauses of the sentence [start, end) of `text`, shared by every figure in it. */
export function sentenceClauses(text: string, start: number, end: number): SentenceClauses {
  if (last && last.start === start && last.end === end && last.text === text) return last.clauses;
  const clauses = analyse(text, start, end);
  last = { text, start, end, clauses };
  return clauses;
}
