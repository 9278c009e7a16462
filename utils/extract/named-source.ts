// Named sources: names the article attributes information to ("according to CNBC", "Twilio
// said", "(MarketWatch, January 2025)"), found with cue patterns around capitalised name chunks.

import { MONTHS } from './exclusions';
import { looksLikeOutlet } from './entities';
import { PLACES } from '../vocab/places';
import type { NameChunk } from './names';
import type { Sentence } from './sentences';

/** How a mention attributes: decides which source wins when a sentence has several. */
export type Role =
  | 'citation'
  | 'document'
  | 'provider'
  | 'according'
  | 'reporting'
  | 'speaker'
  | 'channel'
  | 'mention'
  // "according to CompTIA analysis of Lightcast data": Lightcast is named, but CompTIA is the
  // source; the name analysed relays (never the subject) and never outranks its analyst.
  | 'analysed';

// Lower wins. The fixture rules: explicit citation / named document or dataset provider >
// "according to" / reporting source > the speaker > a channel outlet; a bare mention of a
// named report only attributes when nothing else does.
export const PRIORITY: Record<Role, number> = {
  citation: 1,
  document: 1,
  provider: 1,
  according: 2,
  reporting: 2,
  speaker: 3,
  channel: 4,
  mention: 5,
  analysed: 6,
};

export interface SourceMention {
  start: number;
  end: number;
  /** Null for an anaphor that stands for the source carried from the previous sentence. */
  text: string | null;
  role: Role;
  /** An unnamed attribution ("a person familiar with …"): attributes to nobody. */
  blocks?: boolean;
  /** False for anaphora ("the company said"): they attribute but are not spans themselves. */
  span: boolean;
  person: boolean;
  /** A citation closing the sentence governs all of it, whatever the clause. */
  sentenceWide: boolean;
}

const VERBS =
  'said|says|told|tells|wrote|writes|reported|reports|announced|announces|disclosed|discloses|' +
  'confirmed|confirms|revealed|reveals|noted|notes|stated|added|adds|explained|explains|' +
  'estimated|estimates|forecast|forecasts|projected|projects|expects|expected|predicted|predicts|' +
  'warned|warns|claimed|claims|acknowledged|acknowledges|tweeted|described|describes|responded|' +
  'responds|found|finds|showed|shows|surveyed|surveys|indicated|indicates|testified|argued|argues|' +
  'admitted|admits|highlighted|highlights|cited|cites|unveiled|detailed|outlined|called out|' +
  'calls out|laid out|lays out|laying out|emphasized|emphasised|stressed|pointed out|points out|' +
  'suggested|suggests|concluded|concludes|calculated|calculates|counted|tallied|touted|touts|' +
  'guided|updated|informed|published|publishes|polled|interviewed|learned|learnt';

const ADVERBS =
  'also|has|have|had|previously|recently|later|separately|officially|publicly|first|initially|' +
  'then|now|further|earlier|already|again|similarly|subsequently';

const DOC_NOUNS =
  'report|reports|survey|study|studies|poll|analysis|filing|filings|data|dataset|database|' +
  'statistics|figures|estimates|estimate|forecast|guidance|tracker|index|memo|letter|statement|' +
  'press release|release|blog|blog post|whitepaper|white paper|paper|note|brief|briefing|' +
  'research|review|audit|census|tally|count|newsletter|barometer|outlook|monitor|transcript';

const ROLE_NOUNS =
  'spokesperson|spokesman|spokeswoman|representative|official|officials|executive|executives|' +
  'analyst|analysts|economist|economists|researcher|researchers|insider|insiders|leaders';

const VERB_AFTER = new RegExp(
  `^(?:\\s*\\([^()]{0,40}\\))?(?:,\\s+[^,;:"“”()]{1,90},)?,?\\s+(?:(?:${ADVERBS})\\s+){0,2}(${VERBS})\\b`,
);
const DOC_AFTER = new RegExp(`^\\s+(${DOC_NOUNS})\\b`, 'i');
// "Twilio’s data and applications division" is not a document: a possessive's data or
// research counts only when it is the thing that shows something.
const POSSESSIVE_DOC = new RegExp(
  `^['’]s\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?(?:(?!data\\b|research\\b)(?:${DOC_NOUNS})\\b|(?:data|research)(?=\\s*[,.;:)]|\\s+(?:${VERBS})\\b))`,
  'iu',
);
const AFFILIATION =
  /\p{Lu}[\p{L}.'’-]*\s*,\s+(?:[\p{Ll}-]+\s+){1,4}(?:of|at|for|with)\s+(?:the\s+)?$/u;
const DOC_VERB = new RegExp(`^\\s+(?:(?:${ADVERBS})\\s+)?(?:${VERBS})\\b`);
const ROLE_AFTER = new RegExp(`^\\s+(?:${ROLE_NOUNS})\\b`, 'i');
const SAYING_LATER = new RegExp(`\\b(?:${VERBS})\\b`);
const AUDIENCE_AFTER =
  /^\s+(?:employees|staff|workers|customers|users|investors|shareholders|teams?)\b/;

/**
 * A cue that ends right before a name: one row per pattern, with an example sentence whose
 * `source` the test (test/unit/extract/cues.test.ts) expects extraction to find. `tail` lists
 * the words a match can end in; the prefilter that keeps the patterns off most names is built
 * from them, not kept by hand.
 */
export interface Cue {
  id: string;
  re: RegExp;
  role: Role;
  tail: readonly string[];
  example: { text: string; source: string };
}

export const BEFORE_CUES: readonly Cue[] = [
  {
    id: 'data-from',
    re: /\b(?:(?:data|figures|numbers|statistics|estimates|tally|count)\s+(?:\w+\s+)?(?:from|by)|compiled\s+by|collected\s+by|gathered\s+by|tracked\s+by|maintained\s+by)\s+(?:the\s+)?$/i,
    role: 'provider',
    tail: ['from', 'by', 'the'],
    example: {
      text: 'Analysts expected $91 billion, according to data compiled by Quarrystone.',
      source: 'Quarrystone',
    },
  },
  {
    id: 'reported-by',
    re: /\b(?:reported|published|released|conducted|commissioned|issued|produced|prepared|authored|written|announced|broken)\s+by\s+(?:the\s+)?$/i,
    role: 'reporting',
    tail: ['by', 'the'],
    example: {
      text: 'The cut, first reported by Harbor Ledger, affects 300 staff.',
      source: 'Harbor Ledger',
    },
  },
  {
    id: 'report-by',
    // "a report by global outplacement firm Challenger": lower-case descriptors may come between.
    re: /\b(?:report|survey|study|poll|analysis|research|review|audit|paper|whitepaper|forecast|post|memo|letter|statement|note|interview|tally)s?\s+(?:from|by)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,4}$/iu,
    role: 'reporting',
    tail: ['from', 'by', 'the'],
    example: {
      text: 'Job cuts rose 12%, according to a report by outplacement firm Varden Gray & Co.',
      source: 'Varden Gray & Co',
    },
  },
  {
    id: 'obtained-by',
    re: /\b(?:obtained|viewed|seen|reviewed|verified|cited|quoted)\s+by\s+(?:the\s+)?$/i,
    role: 'channel',
    tail: ['by', 'the'],
    example: {
      text: 'It will cut 10% of staff, according to a memo obtained by Corvid News.',
      source: 'Corvid News',
    },
  },
  {
    id: 'told',
    re: /\b(?:told|tells|telling)\s+(?:the\s+)?$/,
    role: 'channel',
    tail: ['told', 'tells', 'telling', 'the'],
    example: {
      text: 'Revenue rose 9%, the chief executive told Harbor Ledger.',
      source: 'Harbor Ledger',
    },
  },
  {
    id: 'statement-to',
    re: /\b(?:statement|interview|email|e-mail|letter|memo|comments?|remarks|note)\s+(?:sent\s+)?(?:to|with)\s+(?:the\s+)?$/i,
    role: 'channel',
    tail: ['to', 'with', 'the'],
    example: {
      text: 'It cut 200 jobs, a spokesperson said in a statement to Corvid News.',
      source: 'Corvid News',
    },
  },
  {
    id: 'spoke-to',
    re: /\b(?:spoke|speaking|talked|talking)\s+(?:to|with)\s+(?:the\s+)?$/,
    role: 'channel',
    tail: ['to', 'with', 'the'],
    example: {
      text: 'Growth hit 40% last year, a spokesperson said while speaking to Harbor Ledger.',
      source: 'Harbor Ledger',
    },
  },
  {
    id: 'filed-with',
    re: /\bfil(?:ing|ed|es)\s+with\s+(?:the\s+)?$/i,
    role: 'channel',
    tail: ['with', 'the'],
    example: {
      text: 'It will cut 5% of staff, according to a filing with the Harbor Exchange Board.',
      source: 'Harbor Exchange Board',
    },
  },
  {
    id: 'published-in',
    re: /\b(?:published|appeared|writing|wrote)\s+in\s+(?:the\s+)?$/,
    role: 'channel',
    tail: ['in', 'the'],
    example: {
      text: 'The cost came to $3 billion, in remarks published in Harbor Ledger.',
      source: 'Harbor Ledger',
    },
  },
  {
    id: 'analysts-at',
    re: /\b(?:analysts?|researchers?|economists?|strategists?|experts?|scientists?|officials?|executives?|spokes(?:person|man|woman)|representatives?)\s+(?:at|from|with|for)\s+(?:the\s+)?$/i,
    role: 'speaker',
    tail: ['at', 'from', 'with', 'for', 'the'],
    example: {
      text: 'Analysts at Quarrystone expect revenue of $4 billion.',
      source: 'Quarrystone',
    },
  },
  {
    id: 'quote-said',
    re: /[,”"’]\s*(?:said|says|wrote|writes|added|adds|explained|noted|notes|continued|stated|states|remarked|commented|observed)\s+$/,
    role: 'speaker',
    tail: [
      'said',
      'says',
      'wrote',
      'writes',
      'added',
      'adds',
      'explained',
      'noted',
      'notes',
      'continued',
      'stated',
      'states',
      'remarked',
      'commented',
      'observed',
    ],
    example: { text: '“We will hire 300 engineers,” said Corvid Audio.', source: 'Corvid Audio' },
  },
  {
    id: 'per',
    re: /(?:^|[,;(]\s*|\s)per\s+$/,
    role: 'according',
    tail: ['per'],
    example: {
      text: 'Revenue rose 12% in the quarter, per Harbor Ledger.',
      source: 'Harbor Ledger',
    },
  },
  {
    id: 'citing',
    re: /\bciting\s+(?:the\s+)?$/i,
    role: 'according',
    tail: ['citing', 'the'],
    example: {
      text: 'The firm will cut 4,000 jobs, Corvid News said, citing Harbor Ledger.',
      source: 'Harbor Ledger',
    },
  },
];

// Built from the rows' tails (a tail word, then up to four lower-case descriptors, as in
// "a report by outplacement firm …"): a name none of them can precede never runs the patterns.
const CUE_TAIL = new RegExp(
  `(?:^|[^\\p{L}])(?:${[...new Set(BEFORE_CUES.flatMap((c) => c.tail))].join('|')})\\s+(?:[\\p{Ll}-]+\\s+){0,4}$`,
  'iu',
);

// Parenthetical citation: "(MarketWatch, January 2025)", "(Pew Data, Jan. 15, 2025)".
const PAREN = /\(([^()]{2,120})\)/g;
const CITATION_DATE = new RegExp(
  `^(?:(?:${MONTHS})\\.?\\s+(?:\\d{1,2},?\\s+)?)?(?:Q[1-4]\\s+)?\\d{4}$`,
);
const MONTH_START = new RegExp(`^(?:${MONTHS})\\b`);
const DOC_SUFFIX =
  /\b(?:Report|Survey|Study|Index|Tracker|Poll|Filing|Whitepaper|Paper|Note|Brief|Briefing|Review|Census|Data|Database|Dataset|Analysis|Barometer|Outlook|Monitor|Blog|Newsletter|Memo|Release|Statistics|Session|Updates|Trends|Metrics)$/;
const CITATION_NAME = /^[\p{Lu}\d][\p{L}\p{N} .&'’:-]*$/u;

const ANAPHOR_NOUN = new RegExp(
  `\\b(?:the|its|this|that|new|a new|a recent)\\s+(?:[\\p{L}-]+\\s+){0,5}?(company|firm|startup|platform|network|giant|group|retailer|maker|business|bank|agency|outlet|publication|newspaper|organi[sz]ation|carrier|service|app|site|conglomerate|operator|provider|chain|automaker|carmaker|chipmaker|insurer|lender|broadcaster|report|study|survey|research|data|analysis|poll|filing)\\s+(?:(?:${ADVERBS})\\s+)?(?:${VERBS})\\b`,
  'giu',
);
const OWN_DOCUMENT = new RegExp(
  `\\baccording to (?:its|their|the (?:company|firm|group)['’]s)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${DOC_NOUNS})\\b`,
  'giu',
);
const DOC_POSSESSIVE =
  /\b(?:the|this|that)\s+(?:report|study|survey|research|poll|analysis)['’]s\b/gi;
const UNNAMED =
  /\b(?:according to|told|said)\s+(?:a|an|one|two|three|several|some)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:person|people|source|sources|insider|insiders|official|officials|employee|employees|executive|executives|spokesperson|analyst|analysts)\b|\b(?:people|sources|a person|insiders)\s+(?:familiar|close|with knowledge|briefed)\b/giu;
// "Analysts expect …", "some economists said": a group nobody names. Attributes to nobody,
// so a source carried from before does not reach past it.
const GENERIC_SPEAKERS = new RegExp(
  `\\b(?:analysts|economists|experts|observers|critics|investors|insiders|sources|officials|executives|researchers|strategists|traders|watchers|forecasters)\\s+(?:(?:${ADVERBS}|often|widely|generally|broadly)\\s+){0,2}(?:say|expect|estimate|predict|forecast|warn|note|project|believe|think|reckon|anticipate|${VERBS})\\b`,
  'giu',
);
const DOC_ANAPHORS = /^(?:report|study|survey|research|data|analysis|poll|filing)$/i;
const PRONOUN = new RegExp(`\\b(he|she|it|they)\\s+(?:(?:${ADVERBS})\\s+)?(?:${VERBS})\\b`, 'gi');

// A new clause: coordinated or contrasting, so an attribution on one side does not reach the other.
// A speaker's "said" reaches across a comma clause ("…, Streamly said, while ARPU slipped 3%");
// only a semicolon or a dash-joined clause ends it. "According to X" governs its own clause only.
const HARD_BREAK = /;|[—–]\s*(?:and|but|while)\b/g;
const SOFT_BREAK = /;|[—–]\s*(?:and|but|while)\b|,\s+(?:but|while|whereas|although|though)\b/g;

/** Offsets (into the text) where a new clause begins inside the sentence, for hard and all breaks. */
export function clauseBreaks(text: string, s: Sentence): { hard: number[]; soft: number[] } {
  const body = text.slice(s.start, s.end);
  const find = (re: RegExp) => {
    const out: number[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) out.push(s.start + m.index);
    return out;
  };
  return { hard: find(HARD_BREAK), soft: find(SOFT_BREAK) };
}

export interface SentenceSources {
  mentions: SourceMention[];
  chunks: NameChunk[];
}

function mention(c: NameChunk, role: Role): SourceMention {
  return {
    start: c.start,
    end: c.end,
    text: c.text,
    role,
    span: true,
    person: c.person,
    sentenceWide: false,
  };
}

function better(a: SourceMention | undefined, b: SourceMention): boolean {
  return a === undefined || PRIORITY[b.role] < PRIORITY[a.role];
}

/** Named sources of one sentence; `previous` is the preceding sentence's result for anaphora. */
export function sentenceSources(
  text: string,
  s: Sentence,
  chunks: NameChunk[],
  previous: SentenceSources | null,
  orgs: OrgContext = NO_ORGS,
): SentenceSources {
  const found = new Map<number, SourceMention>();
  // A titled document ("the State of IT report") keeps its noun, whichever cue finds it; an
  // organisation's document ("a U.S. Securities and Exchange Commission filing") is the organisation.
  const titledEnd = new Map<number, number>();
  for (const c of chunks) {
    const doc = DOC_AFTER.exec(text.slice(c.end, c.end + 40));
    if (doc && !c.possessive && /\s(?:of|for|on)\s/.test(c.text)) {
      titledEnd.set(c.start, c.end + doc[0].length);
    }
  }
  const add = (m: SourceMention) => {
    const end = m.span ? titledEnd.get(m.start) : undefined;
    const full = end === undefined ? m : { ...m, end, text: text.slice(m.start, end) };
    if (better(found.get(m.start), full)) found.set(m.start, full);
  };

  const line = text.slice(s.start, s.end).trim();
  const headingLine = !/[.!?:"”’)]$/.test(line) && line.split(/\s+/).length <= 4;
  for (const c of chunks) {
    const before = text.slice(Math.max(s.start, c.start - 60), c.start);
    const after = text.slice(c.end, Math.min(s.end, c.end + 140));
    // Every cue ends in one of its row's tail words: one test of the tails keeps the
    // end-anchored patterns (which V8 tries at every offset) off most names.
    const cued = CUE_TAIL.test(before);
    // "Maria Chen, chief economist at Acme, said": a named person's affiliation is not a source.
    const affiliation = cued && AFFILIATION.test(before);
    for (const cue of BEFORE_CUES) {
      if (!cued || affiliation || !cue.re.test(before)) continue;
      if (cue.role === 'channel' && AUDIENCE_AFTER.test(after)) continue;
      add(mention(c, cue.role));
    }
    if (c.possessive && POSSESSIVE_DOC.test(after)) add(mention(c, 'reporting'));
    // "Team notes", "Analyst says": a heading line of a few words says nothing itself.
    const verb = affiliation || headingLine ? null : VERB_AFTER.exec(after);
    const docAfter = DOC_AFTER.exec(after);
    const docLike = DOC_SUFFIX.test(c.text) || docAfter !== null;
    if (verb && !c.possessive) {
      const role: Role = docLike
        ? 'document'
        : /^report/.test(verb[1] ?? '')
          ? 'reporting'
          : 'speaker';
      // "Micron, based in Boise, Idaho, revealed": the aside's place does not speak; the name
      // the aside follows does.
      const aside = PLACE_ASIDE.exec(before);
      const asideAt = aside ? c.start - aside[0].length : -1;
      const owner = aside ? chunks.find((o) => o.end === asideAt) : undefined;
      if (!aside) add(mention(c, role));
      else if (owner) add(mention(owner, role));
    }
    // "Barron’s reported": a name that ends in ’s.
    const named = c.possessive && !affiliation ? VERB_AFTER.exec(after.slice(2)) : null;
    if (named) {
      const role: Role = /^report/.test(named[1] ?? '') ? 'reporting' : 'speaker';
      add({ ...mention(c, role), end: c.end + 2, text: text.slice(c.start, c.end + 2) });
    }
    if (!s.titleCase && !c.possessive && docLike) {
      const end = titledEnd.get(c.start) ?? c.end;
      add(mention(c, DOC_VERB.test(text.slice(end, end + 20)) ? 'document' : 'mention'));
    }
    if (!c.possessive && ROLE_AFTER.test(after)) {
      add(mention(c, SAYING_LATER.test(after) ? 'speaker' : 'mention'));
    }
  }

  accordingTo(text, s, chunks, add);
  coordinate(text, chunks, found);
  toNamedPerson(text, chunks, found);
  citations(text, s, add);
  abbreviations(text, s, found);

  const mentions = dropOverlaps([...found.values()].sort((a, b) => a.start - b.start));
  mentions.push(...anaphora(text, s, chunks, mentions, previous, orgs));
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, chunks };
}

// ", based in Boise, Idaho, ": where the name before it is, not a name of its own.
const PLACE_ASIDE = /,\s*(?:based|headquartered)\s+in\s+(?:[^,]{1,40},\s*)?$/i;

/** One span per stretch of text: of overlapping mentions the stronger role, then the longer, stays. */
function dropOverlaps(sorted: SourceMention[]): SourceMention[] {
  const out: SourceMention[] = [];
  for (const m of sorted) {
    const last = out.at(-1);
    if (!last || m.start >= last.end) {
      out.push(m);
      continue;
    }
    const d = PRIORITY[m.role] - PRIORITY[last.role];
    if (d < 0 || (d === 0 && m.end - m.start > last.end - last.start)) out[out.length - 1] = m;
  }
  return out;
}

/** "according to …": the name right after it, or named sources further on in its phrase. */
function accordingTo(
  text: string,
  s: Sentence,
  chunks: NameChunk[],
  add: (m: SourceMention) => void,
): void {
  const body = text.slice(s.start, s.end);
  const re = /\baccording to\s+(?:(?:a|an|the)\s+)?/gi;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const from = s.start + m.index + m[0].length;
    const stop = /[,;:()—–"“”]|$/.exec(text.slice(from, s.end));
    const to = from + (stop?.index ?? 0);
    // "according to The Verge": the article belongs to the name.
    const the = /\bthe\s+$/i.exec(m[0]);
    const nameFrom = the ? from - the[0].length : from;
    // "according to CompTIA analysis of Lightcast job posting data": the name owning the
    // document is the source; names further on are what it analysed.
    let owner = false;
    for (const c of chunks) {
      if (c.start < nameFrom || c.end > to) continue;
      if (owner) {
        add(mention(c, 'analysed'));
        continue;
      }
      const after = text.slice(c.end, to);
      if (c.start === from || (c.start === nameFrom && /^The\s/.test(c.text))) {
        // "according to Insider HR communications viewed by …": a name used as a modifier
        // of an unnamed thing is not the source.
        const ok =
          /^\s*[.!?]?["”’]?\s*$/.test(after) ||
          c.possessive ||
          DOC_AFTER.test(after) ||
          ROLE_AFTER.test(after) ||
          /^\s+(?:by|from|in|at|on|of)\b/.test(after);
        if (ok) add(mention(c, 'according'));
        owner = ok && (c.possessive || DOC_AFTER.test(after));
        continue;
      }
      if (/\bby\s+(?:the\s+)?$/i.test(text.slice(from, c.start))) continue;
      add(mention(c, 'according'));
    }
  }
}

/**
 * Names coordinated with a source take its role: "Amazon (…), Meta (…), and Salesforce (…)
 * announced", "released by Pinterest Labs in collaboration with Carnegie Mellon".
 */
function coordinate(text: string, chunks: NameChunk[], found: Map<number, SourceMention>): void {
  for (let i = chunks.length - 1; i > 0; i--) {
    const cur = chunks[i];
    const prev = chunks[i - 1];
    if (!cur || !prev) continue;
    const gap = text.slice(prev.end, cur.start);
    const m = found.get(cur.start);
    if (m && m.role !== 'mention' && !found.has(prev.start)) {
      if (/^(?:\s*\([^()]*\))?\s*(?:,|,?\s+and|,?\s+or)\s+$/.test(gap)) {
        found.set(prev.start, mention(prev, m.role));
      }
    }
    const p = found.get(prev.start);
    if (p && p.role !== 'mention' && !found.has(cur.start)) {
      if (
        /^\s+(?:in collaboration with|in partnership with|together with|and)\s+(?:the\s+)?$/.test(
          gap,
        )
      ) {
        found.set(cur.start, mention(cur, p.role));
      }
    }
  }
}

/**
 * "a blog post by Chirp’s head of product, Lena Ortiz": the named person is the source and the
 * employer only their affiliation.
 */
function toNamedPerson(text: string, chunks: NameChunk[], found: Map<number, SourceMention>): void {
  chunks.forEach((c, i) => {
    const next = chunks[i + 1];
    const m = found.get(c.start);
    if (!c.possessive || !next?.person || !m || m.role === 'mention') return;
    if (!/^['’]s\s+(?:[\p{Ll}-]+\s+){0,4}[\p{Ll}-]+,\s+$/u.test(text.slice(c.end, next.start)))
      return;
    found.delete(c.start);
    if (!found.has(next.start)) found.set(next.start, mention(next, m.role));
  });
}

/** "(MarketWatch, January 2025)", "(McKinsey Digital 2025 Report)": the name, not the date. */
function citations(text: string, s: Sentence, add: (m: SourceMention) => void): void {
  const body = text.slice(s.start, s.end);
  PAREN.lastIndex = 0;
  for (let m = PAREN.exec(body); m; m = PAREN.exec(body)) {
    // "(source: Acme Layoff Tracker)" names its source outright.
    const labelled = /^(?:source|sources|via|data)\s*:\s*/i.exec(m[1] ?? '');
    const inner = (m[1] ?? '').slice(labelled?.[0].length ?? 0);
    const comma = inner.indexOf(',');
    const name = (comma >= 0 ? inner.slice(0, comma) : inner).trim();
    const rest = comma >= 0 ? inner.slice(comma + 1).trim() : '';
    if (!CITATION_NAME.test(name) || name.split(/\s+/).length > 8) continue;
    if (/^(?:as|in|on|at|by|for|from|see|via|and|or)\b/i.test(name)) continue;
    if (CITATION_DATE.test(name) || MONTH_START.test(name)) continue;
    const dated = comma >= 0 && CITATION_DATE.test(rest);
    if (!labelled && !dated && !(comma < 0 && DOC_SUFFIX.test(name))) continue;
    const start = s.start + m.index + 1 + (labelled?.[0].length ?? 0);
    const tail = body.slice(m.index + m[0].length);
    add({
      start,
      end: start + name.length,
      text: name,
      role: 'citation',
      span: true,
      person: false,
      sentenceWide: /^\s*[.!?]?["”’]?\s*$/.test(tail),
    });
  }
}

/** "U.S. Bureau of Labor Statistics (BLS)": the abbreviation is a span of its own. */
function abbreviations(text: string, s: Sentence, found: Map<number, SourceMention>): void {
  for (const m of [...found.values()]) {
    const abbr = /^\s*\(([A-Z][A-Za-z&.]{1,7})\)/.exec(
      text.slice(m.end, Math.min(s.end, m.end + 12)),
    );
    if (!abbr?.[1] || !/[A-Z].*[A-Z]/.test(abbr[1])) continue;
    const start = m.end + abbr[0].indexOf(abbr[1]);
    if (!found.has(start)) {
      // The full name stays the one statistics are attributed to.
      found.set(start, {
        ...m,
        start,
        end: start + abbr[1].length,
        text: abbr[1],
        role: 'mention',
      });
    }
  }
}

/**
 * "the company said", "he said", "new research shows", "according to its annual report":
 * attribution to the name they refer to in this or the previous sentence. These are not spans;
 * they carry the antecedent's text, or null when it is the source carried from the previous
 * sentence ("the report said" inside a paragraph about one study). Unnamed attributions ("a
 * person familiar with the figures") are kept with a null name so nothing is carried past them.
 */
function anaphora(
  text: string,
  s: Sentence,
  chunks: NameChunk[],
  mentions: SourceMention[],
  previous: SentenceSources | null,
  orgs: OrgContext,
): SourceMention[] {
  const out: SourceMention[] = [];
  const body = text.slice(s.start, s.end);
  const here = (at: number) => mentions.filter((m) => m.start < at && m.span);
  const prev = previous?.mentions.filter((m) => m.text !== null && m.role !== 'channel') ?? [];
  const pick = (list: SourceMention[], kind: 'person' | 'doc') => {
    const fit = list.filter((m) =>
      kind === 'person' ? m.person : m.role !== 'channel' && (m.role !== 'speaker' || !m.person),
    );
    const docs =
      kind === 'doc' ? fit.filter((m) => m.role === 'mention' || m.role === 'document') : [];
    return (docs.length ? docs : fit).at(-1)?.text ?? null;
  };
  const firstPerson = (list: NameChunk[], at: number) =>
    list.find((c) => c.start < at && c.person)?.text ?? null;
  const resolvePerson = (at: number): string | null =>
    pick(here(at), 'person') ??
    pick(prev, 'person') ??
    firstPerson(previous?.chunks ?? [], Infinity) ??
    firstPerson(chunks, at);
  // "The company said", "it reported": the organisation the text is about, never a person nor
  // the outlet or document that relays the news. The subject of this sentence (before the
  // anaphor), else of the previous one, else the organisation named most recently.
  const resolveOrg = (at: number): string | null =>
    companyIn(text, chunks, mentions, at, orgs.known) ??
    companyIn(text, previous?.chunks ?? [], previous?.mentions ?? [], Infinity, orgs.known) ??
    orgs.recent;
  // Inside what a named speaker says ("X told Reuters that the group expects …") the speaker rules.
  const spoken = (at: number) => here(at).some((m) => m.role !== 'mention' && m.role !== 'channel');

  if (SAYING_LATER.test(body)) {
    ANAPHOR_NOUN.lastIndex = 0;
    for (let m = ANAPHOR_NOUN.exec(body); m; m = ANAPHOR_NOUN.exec(body)) {
      const at = s.start + m.index;
      if (spoken(at)) continue;
      const doc = DOC_ANAPHORS.test(m[1] ?? '');
      const name = doc ? (pick(here(at), 'doc') ?? pick(prev, 'doc')) : resolveOrg(at);
      const found = anaphor(at, m[0], name, doc ? 'document' : 'speaker', false);
      // An organisation nobody named speaks for nobody: it does not pass on a carried source.
      out.push(!doc && name === null ? { ...found, blocks: true } : found);
    }
    PRONOUN.lastIndex = 0;
    for (let m = PRONOUN.exec(body); m; m = PRONOUN.exec(body)) {
      const at = s.start + m.index;
      if (spoken(at)) continue;
      const person = /^(?:he|she)$/i.test(m[1] ?? '');
      const name = person ? resolvePerson(at) : resolveOrg(at);
      if (name) out.push(anaphor(at, m[0], name, 'speaker', person));
    }
  }
  // "according to its annual report": the company the sentence is about.
  OWN_DOCUMENT.lastIndex = 0;
  for (let m = OWN_DOCUMENT.exec(body); m; m = OWN_DOCUMENT.exec(body)) {
    const at = s.start + m.index;
    const name = resolveOrg(at);
    if (name) out.push(anaphor(at, m[0], name, 'according', false));
  }
  // "Among the report’s findings:": the document in play.
  DOC_POSSESSIVE.lastIndex = 0;
  for (let m = DOC_POSSESSIVE.exec(body); m; m = DOC_POSSESSIVE.exec(body)) {
    const at = s.start + m.index;
    out.push(anaphor(at, m[0], pick(here(at), 'doc') ?? pick(prev, 'doc'), 'mention', false));
  }
  GENERIC_SPEAKERS.lastIndex = 0;
  for (let m = GENERIC_SPEAKERS.exec(body); m; m = GENERIC_SPEAKERS.exec(body)) {
    const at = s.start + m.index;
    // "Morgan Stanley analysts expect", "Acme’s executives said": named after all.
    const named = chunks.some((c) => c.end <= at && /^(?:['’]s)?\s*$/.test(text.slice(c.end, at)));
    const after = text.slice(at + m[0].length, Math.min(s.end, at + m[0].length + 30));
    if (named || /^\s+(?:at|from|with)\s+(?:the\s+)?\p{Lu}/u.test(after)) continue;
    out.push({ ...anaphor(at, m[0], null, 'mention', false), blocks: true });
  }
  UNNAMED.lastIndex = 0;
  for (let m = UNNAMED.exec(body); m; m = UNNAMED.exec(body)) {
    out.push({ ...anaphor(s.start + m.index, m[0], null, 'mention', false), blocks: true });
  }
  return out;
}

// Roles of a name that relays news rather than makes it.
const RELAYING = new Set<Role>([
  'according',
  'channel',
  'citation',
  'provider',
  'document',
  'analysed',
]);

/** What anaphora resolution knows about organisations outside the sentence. */
export interface OrgContext {
  /** The organisation named most recently before this sentence. */
  recent: string | null;
  /** Whether a name with no source role is known as an organisation (used again, possessive …). */
  known(c: NameChunk): boolean;
}

const NO_ORGS: OrgContext = { recent: null, known: (c) => c.text.includes(' ') };

// "Bloomberg reported that …" relays; "Ferro Motors reported revenue of …" speaks for itself.
const RELAYS_THAT = /^\s+(?:(?:also|has|had|first)\s+)?report(?:ed|s)\s+(?:[\w-]+\s+){0,2}?that\b/;
// "customers in Scandinavia": a place, not the company.
const LOCATIVE = /\b(?:in|across|throughout|into|near|outside)\s+(?:the\s+)?$/i;

/**
 * The organisation a sentence is about, up to `at`: its first organisation that speaks or
 * reports, else its first other organisation; people, outlets, documents, places and the names
 * that only relay the news are skipped.
 */
export function companyIn(
  text: string,
  chunks: NameChunk[],
  mentions: SourceMention[],
  at: number,
  known: (c: NameChunk) => boolean,
): string | null {
  let other: string | null = null;
  for (const c of chunks) {
    if (c.start >= at) break;
    if (c.person || looksLikeOutlet(c.text) || DOC_SUFFIX.test(c.text)) continue;
    // "NEW YORK (AP) — Amazon plans …": a dateline's city is nobody's company.
    if (PLACES.has(c.text.toLowerCase())) continue;
    const role = mentions.find((m) => m.span && m.start === c.start)?.role;
    if (role === undefined) {
      if (known(c) && !LOCATIVE.test(text.slice(Math.max(0, c.start - 14), c.start)))
        other ??= c.text;
      continue;
    }
    if (RELAYING.has(role)) continue;
    if (role === 'reporting' && RELAYS_THAT.test(text.slice(c.end, c.end + 40))) continue;
    return c.text;
  }
  return other;
}

function anaphor(
  start: number,
  surface: string,
  name: string | null,
  role: Role,
  person: boolean,
): SourceMention {
  return {
    start,
    end: start + surface.length,
    text: name,
    role,
    span: false,
    person,
    sentenceWide: false,
  };
}
