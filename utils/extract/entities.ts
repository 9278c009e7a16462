// Document-level entity decisions: whether a capitalised name is a person or an organisation,
// whether an organisation is a news outlet, and the canonical form of a subject ("Northwind" →
// "Northwind Robotics"). Rules decide first; compromise is asked only about names the rules
// leave open (two or three plain capitalised words: "Dana Whitfield", "Ferro Motors"), once per
// name per document.

import nlp from 'compromise';
import type { NameChunk } from './names';

export type EntityKind = 'person' | 'org';

// A name that employs analysts or spokespeople, or has shares and revenue, is an organisation.
const ORG_AFTER =
  /^(?:['’]s)?\s+(?:analysts?|economists?|strategists?|researchers?|spokes(?:person|man|woman)|executives?|employees|staff|workers|shares|stock|revenue|sales|board|subsidiary|headquarters|division|unit)\b/i;
const ORG_BEFORE =
  /\b(?:analysts?|economists?|strategists?|researchers?|executives?|officials?|employees|engineers?|spokes(?:person|man|woman)|officer|director|president|founder|co-founder|chief|CEO|CFO|CTO|COO|head of [\p{L}-]+)\s+(?:at|of|from|with|for)\s+(?:the\s+)?$|\b(?:shares of|stake in)\s+$/iu;

// Words that mark a news outlet, wire or broadcaster.
const MEDIA =
  /\b(?:News|Times|Post|Journal|Wire|Tribune|Herald|Gazette|Daily|Weekly|Magazine|Press|Radio|TV|Television|Broadcasting|Chronicle|Observer|Telegraph|Guardian|Standard|Insider|Ledger|Dispatch|Bulletin|Reporter|Review)\b/;

// Endings of abstract and collective nouns that label departments and categories.
const COMMON_NOUN = /(?:ing|ions?|ment|ments|ics|ance|ence|ure|ware|ity|ties|ism)$/;

const PEOPLE_PLURAL = /(?:ers|ors|ists|ants|ents|ians|ees)$/;

/** A name whose shape alone does not tell a person from a firm: two or three plain words. */
function ambiguousShape(c: NameChunk): boolean {
  return c.person && c.text.includes(' ');
}

// compromise sees only the name, so its answer holds for every document: cache it for the
// process (bounded), not per call. Per call, a page arriving in many small batches paid for the
// same names again and again (the engine benchmark fell from ~1.9 to ~0.8 MB/s).
const TAGGED = new Map<string, EntityKind | null>();
const TAGGED_LIMIT = 10_000;

/** Asks compromise, for a name the rules cannot place. */
function tagName(name: string): EntityKind | null {
  const known = TAGGED.get(name);
  if (known !== undefined) return known;
  const doc = nlp(name);
  const kind = doc.has('#Organization') ? 'org' : doc.has('#Person') ? 'person' : null;
  if (TAGGED.size >= TAGGED_LIMIT) TAGGED.clear();
  TAGGED.set(name, kind);
  return kind;
}

export class Entities {
  private readonly canonical = new Map<string, string>();
  private readonly uses = new Map<string, number>();
  /** Short names used on their own ("Northwind’s revenue", "cuts at Northwind"). */
  private readonly single = new Set<string>();
  /** Short forms and the one full organisation name each opens (null: more than one). */
  private readonly owner = new Map<string, string | null>();

  /**
   * @param lowerWords words seen in lower case so far (shared with the caller, which adds to it).
   */
  constructor(private readonly lowerWords: ReadonlySet<string>) {}

  // Names come in paragraph by paragraph: `count`, then `settle`. Decisions use what was read so
  // far, never what comes later, so an article read in batches gets the answers it gets read
  // whole. A title-cased headline capitalises every word ("Twitter Boosts User Base"), so its
  // names never stand as full names for short ones.

  /** Counts names before they are settled (the article's head counts all its names first). */
  count(chunks: readonly NameChunk[]): void {
    for (const c of chunks) {
      this.uses.set(c.text, (this.uses.get(c.text) ?? 0) + 1);
      if (!c.text.includes(' ')) this.single.add(c.text);
    }
  }

  /** Decides person or firm for counted names, and which short forms they own. */
  settle(text: string, chunks: readonly NameChunk[], headline = false): void {
    for (const c of chunks) {
      if (!ambiguousShape(c)) continue;
      c.person = this.kindOf(text, c) === 'person';
    }
    // A later short mention that opens an earlier full organisation name stands for it. Only
    // unambiguous prefixes: two firms that share a first word keep their own short forms.
    for (const c of chunks) {
      if (headline || c.person || !c.text.includes(' ') || MEDIA.test(c.text)) continue;
      const words = c.text.split(/\s+/);
      for (let n = 1; n < words.length; n++) {
        const prefix = words.slice(0, n).join(' ');
        // "U.S.", "AI" and demonyms ("American") open many names without standing for one.
        if (n === 1 && !/^\p{Lu}\p{Ll}+$/u.test(prefix)) break;
        if (n === 1 && /(?:an|ese|ish)$/.test(prefix)) break;
        const seen = this.owner.get(prefix);
        if (seen === undefined) this.owner.set(prefix, c.text);
        else if (seen !== null && seen !== c.text && !c.text.startsWith(`${seen} `))
          this.owner.set(prefix, null);
        const full = this.owner.get(prefix);
        if (full) this.canonical.set(prefix, full);
        else this.canonical.delete(prefix);
      }
    }
  }

  private kindOf(text: string, c: NameChunk): EntityKind {
    const before = text.slice(Math.max(0, c.start - 40), c.start);
    const after = text.slice(c.end, c.end + 30);
    if (ORG_AFTER.test(after) || ORG_BEFORE.test(before)) return 'org';
    const words = c.text.split(/\s+/);
    // People come back by surname, organisations by their first word.
    if (this.single.has(words[0] ?? '') && !this.single.has(words.at(-1) ?? '')) return 'org';
    const tagged = tagName(c.text);
    if (tagged !== null) return tagged;
    // Neither rule nor tagger knows the name: the pronoun that follows it decides
    // ("Halden Freight will cut 8% of its drivers").
    const pronoun = /\b(its|he|his|she|her)\b/i.exec(text.slice(c.end, c.end + 80));
    return pronoun?.[1]?.toLowerCase() === 'its' ? 'org' : 'person';
  }

  /**
   * Whether the names before `labelEnd` (a "Label: figure" line) are categories of the story
   * ("Engineering", "Operations") rather than entities: one common word, named nowhere else,
   * that compromise does not know as an organisation.
   */
  isCategoryLabel(chunks: NameChunk[], labelEnd: number): boolean {
    const label = chunks.filter((c) => c.end <= labelEnd);
    return label.every((c) => {
      const word = c.text.toLowerCase();
      if (c.text.includes(' ') || (this.uses.get(c.text) ?? 0) > 1) return false;
      if (!this.lowerWords.has(word) && !COMMON_NOUN.test(word)) return false;
      return tagName(c.text) !== 'org';
    });
  }

  /**
   * A name with no source role of its own that still reads as an organisation: not a person,
   * and several words, possessive ("Acme’s revenue") or named more than once.
   */
  knownOrganisation(c: NameChunk): boolean {
    if (c.person) return false;
    if (c.possessive || c.text.includes(' ') || (this.uses.get(c.text) ?? 0) > 1) return true;
    // "Listeners spent …": a capitalised plural of people, not a firm.
    return !PEOPLE_PLURAL.test(c.text);
  }

  /** The full name a short or possessive mention stands for ("Northwind" → "Northwind Robotics"). */
  canonicalName(name: string): string {
    return this.canonical.get(name) ?? name;
  }
}

/** Names of news outlets, wires and broadcasters ("Bay Area Tech Wire", "The Daily Ledger"). */
export function looksLikeOutlet(name: string): boolean {
  return MEDIA.test(name);
}
