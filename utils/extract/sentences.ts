// Paragraph and sentence splitting with offsets into the original text.

export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph (a line, or hard-wrapped lines joined) the sentence belongs to. */
  paragraph: number;
  /** The paragraph is a bullet, numbered item or table row. */
  listItem: boolean;
  /** For a list item: the paragraph of the heading ("… the report:") that introduces its list. */
  listHeading: number | null;
  /** First sentence of its paragraph. */
  first: boolean;
  /** The paragraph ends with a colon: it introduces the list that follows. */
  heading: boolean;
  /** The paragraph is a title-cased headline ("Twitter Boosts User Base in Q1"). */
  titleCase: boolean;
}

interface Paragraph {
  start: number;
  end: number;
}

// Bullets, numbered items, pipe tables, and plain-text tables whose columns are aligned by runs
// of spaces or tabs.
const LIST_ITEM = /^\s*(?:[•●▪◦·*‣–-]\s|\d{1,2}[.)]\s|\|)|\S(?: {3,}|\t)\S/;

// Abbreviations whose period does not end a sentence.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sr jr st mt inc corp co ltd llc plc bros dept gov sen rep gen col lt sgt ' +
    'vs etc no nos fig figs approx est jan feb mar apr jun jul aug sep sept oct nov dec'
  ).split(' '),
);

// Words that commonly open a sentence; after "U.S." they show the period also ended a sentence.
const SENTENCE_OPENERS = new Set(
  (
    'the a an it its he she they we i this that these those but and in on at for as if when while ' +
    'after before since there here what why how however meanwhile still yet so also according'
  ).split(' '),
);

/** Where splitting starts: the state the paragraphs before `offset` left (see `ArticleExtractor`). */
export interface SplitStart {
  /** Text before this offset was split already. */
  offset: number;
  /** The index the first paragraph gets. */
  paragraph: number;
  /** The list heading open at `offset` (its paragraph index), for list items that follow it. */
  heading: number | null;
}

const FROM_START: SplitStart = { offset: 0, paragraph: 0, heading: null };

/**
 * Lines from `offset` on, with hard-wrapped prose (a line ending mid-sentence, next starting
 * lower-case) joined.
 */
function paragraphs(text: string, offset: number): Paragraph[] {
  const out: Paragraph[] = [];
  const lineRe = /[^\r\n]+/g;
  lineRe.lastIndex = offset;
  let open: Paragraph | null = null;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!m[0].trim()) continue;
    const gap = open ? text.slice(open.end, start) : '';
    const singleBreak = gap.split('\n').length === 2;
    if (
      open &&
      singleBreak &&
      !/[.!?:"”’)\]|]\s*$/.test(text.slice(open.start, open.end)) &&
      /^\s*[a-z]/.test(m[0])
    ) {
      open.end = end;
      continue;
    }
    open = { start, end };
    out.push(open);
  }
  return out;
}

function isTitleCase(s: string): boolean {
  if (/[.!?]["”’]?\s*$/.test(s)) return false;
  const words = s.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const long = words.filter((w) => w.length > 3);
  if (words.length > 24 || long.length < 3) return false;
  // Headlines capitalise nearly every long word; a sentence with a few names does not.
  const lower = long.filter((w) => !/^\p{Lu}/u.test(w)).length;
  return lower <= Math.floor(long.length / 8);
}

/** Whether the period at `dot` (index into text) ends a sentence. */
function periodEnds(text: string, dot: number, next: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 20), dot))?.[1] ?? '';
  const word = before.replace(/\.$/, '');
  const nextWord = /^[\p{L}]+/u.exec(text.slice(next, next + 20))?.[0].toLowerCase() ?? '';
  // "4:45 p.m. Analysts said": a clock time ends a sentence unless a time zone follows.
  if (/^[ap]\.m$/i.test(word)) return !/^[A-Z]{2,4}\b/.test(text.slice(next, next + 5));
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) return SENTENCE_OPENERS.has(nextWord);
  if (word.length === 1 && /\p{Lu}/u.test(word)) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}

export function splitSentences(text: string, from: SplitStart = FROM_START): Sentence[] {
  const out: Sentence[] = [];
  const paras = paragraphs(text, from.offset);
  let heading: number | null = from.heading;
  paras.forEach((p, n) => {
    const index = from.paragraph + n;
    const body = text.slice(p.start, p.end);
    const listItem = LIST_ITEM.test(body);
    const isHeading = /:\s*$/.test(body);
    const titleCase = !listItem && isTitleCase(body);
    // A list heading's source carries to its items; anything that is not an item ends the list.
    if (!listItem) heading = null;
    let first = true;
    const boundary = /[.!?]+["”’')\]]*\s+(?=["“‘'([]?[\p{Lu}\d•])/gu;
    let start = p.start;
    const push = (end: number) => {
      let s = start;
      let e = end;
      while (s < e && /\s/.test(text[s] ?? '')) s++;
      while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
      if (e > s) {
        out.push({
          start: s,
          end: e,
          paragraph: index,
          listItem,
          listHeading: listItem ? heading : null,
          first,
          heading: isHeading,
          titleCase,
        });
        first = false;
      }
    };
    for (let m = boundary.exec(body); m; m = boundary.exec(body)) {
      const dot = p.start + m.index + (/^[.!?]+/.exec(m[0])?.[0].length ?? 1) - 1;
      const next = p.start + m.index + m[0].length;
      if (text[dot] === '.' && !periodEnds(text, dot, next)) continue;
      push(next);
      start = next;
    }
    push(p.end);
    if (isHeading) heading = index;
  });
  return out;
}

/** The list heading still open after `last`, the last sentence split so far. */
export function openHeading(last: Sentence | undefined): number | null {
  if (!last) return null;
  return last.heading ? last.paragraph : last.listItem ? last.listHeading : null;
}
