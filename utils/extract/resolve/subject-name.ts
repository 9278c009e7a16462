// Typed subject candidates: which capitalised names can be whose figure it is. A known company
// (companies.json) or its product or brand (products.json) gives the company's canonical name;
// titles are split from their company ("Zoom CEO Eric Yuan" → Zoom); places, people, metrics and
// plain words that are capitalised only because they open a sentence are never subjects.

import nlp from 'compromise';
import { canonicalCompany, productOwner } from '../../vocab/companies';
import { NOT_SUBJECTS, PLACES } from '../../vocab/places';
import { MONTHS } from '../exclusions';
import type { NameChunk } from '../names';

// "Zoom CEO Eric Yuan", "Oracle Chairman Larry Ellison": the company before the title.
const TITLE =
  /\s+(?:CEO|CFO|COO|CTO|Chair(?:man|woman)?|President|Chief\b.*|[Ff]ounder|[Cc]o-founder|[Ss]pokes(?:person|man|woman)|[Ee]xecutive)\b.*$/;

// "February-April", "October-December": months named as a period.
const MONTH_NAME = new RegExp(`^(?:${MONTHS})\\.?(?:\\s*[-‑–]\\s*(?:${MONTHS})\\.?)?$`);

// Endings of common adjectives and nouns of quantity ("Capital", "Traffic", "Global").
const COMMON_ENDING = /(?:al|ic|ly|ing|ed)$/;
// In brackets: compromise reads a bare "#A|#B" as one term that matches nothing.
const PLAIN_TAGS = '(#Verb|#Adjective|#Adverb|#Preposition|#Conjunction|#Determiner|#Uncountable)';

// compromise's lexicon sees only the word, so its answer holds for every document.
const PLAIN = new Map<string, boolean>();
const PLAIN_LIMIT = 10_000;

/** A word English uses lower-case: a verb, adjective, adverb or preposition, not a name. */
function plainWord(word: string, lowerWords: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  if (lowerWords.has(lower) || COMMON_ENDING.test(lower)) return true;
  let plain = PLAIN.get(lower);
  if (plain === undefined) {
    plain = nlp(lower).has(PLAIN_TAGS);
    if (PLAIN.size >= PLAIN_LIMIT) PLAIN.clear();
    PLAIN.set(lower, plain);
  }
  return plain;
}

// A period or a verb run into a name by a headline's capitals: "Nvidia Q4 Revenue", "Delta
// Airlines Faces $500 Million Damages".
const PERIOD_WORD = /^(?:Q[1-4]|H[12]|FY\s?'?\d{2,4}|(?:19|20)\d{2})$/;
const HEAD_VERB_LIMIT = 2;

const VERB = new Map<string, boolean>();

/** Whether compromise's lexicon reads the word as a verb (cached like PLAIN). */
function isVerb(word: string): boolean {
  const lower = word.toLowerCase();
  let verb = VERB.get(lower);
  if (verb === undefined) {
    verb = nlp(lower).has('#Verb');
    if (VERB.size >= PLAIN_LIMIT) VERB.clear();
    VERB.set(lower, verb);
  }
  return verb;
}

/** The known company a name opens with, when only periods or verbs follow it. */
function knownHead(text: string): string | null {
  const words = text.split(' ');
  for (let cut = 1; cut <= HEAD_VERB_LIMIT && cut < words.length; cut++) {
    const tail = words.slice(-cut);
    if (!tail.every((w) => PERIOD_WORD.test(w) || isVerb(w))) break;
    const company = canonicalCompany(words.slice(0, -cut).join(' '));
    if (company) return company;
  }
  return null;
}

export type SubjectKind =
  'company' | 'product' | 'org' | 'place' | 'outlet' | 'metric' | 'person' | 'plain';

export interface SubjectName {
  kind: SubjectKind;
  /** The canonical name for a subject, null for kinds that are never subjects. */
  name: string | null;
}

export interface SubjectNameContext {
  /** Names also seen capitalised inside a sentence, not only at its start. */
  midSentence: ReadonlySet<string>;
  /** Words the document also writes in lower case. */
  lowerWords: ReadonlySet<string>;
  /** Where the chunk's sentence starts (after any opening quote or bullet). */
  sentenceStart: number;
  /** Document-level short → full names ("Northwind" → "Northwind Robotics"). */
  canonicalName(name: string): string;
}

/** What a name's words alone say: the name without its title, and its kind when they decide it. */
interface NameReading {
  text: string;
  kind: SubjectName | null;
}

// Every chunk of a page is read as a subject several times (the story's names, each figure's
// candidates), and the name's words alone decide most of the answer: read them once per name
// for the process (bounded), as the company and compromise look-ups are.
const READ = new Map<string, NameReading>();
const READ_LIMIT = 20_000;

function readName(name: string): NameReading {
  const known = READ.get(name);
  if (known !== undefined) return known;
  const text = name.replace(TITLE, '').trim() || name;
  const reading = { text, kind: kindOfWords(text) };
  if (READ.size >= READ_LIMIT) READ.clear();
  READ.set(name, reading);
  return reading;
}

function kindOfWords(text: string): SubjectName | null {
  // "Azure AI", "iPhone 15": a product line named by its product.
  const product = productOwner(text) ?? productOwner(text.split(' ')[0] ?? '');
  if (product) return { kind: 'product', name: product };
  const company = canonicalCompany(text) ?? knownHead(text);
  if (company) return { kind: 'company', name: company };
  const key = text.toLowerCase();
  if (PLACES.has(key)) return { kind: 'place', name: null };
  if (NOT_SUBJECTS.has(key) || MONTH_NAME.test(text)) return { kind: 'metric', name: null };
  return null;
}

/** What a name chunk is, as a subject. */
export function subjectName(c: NameChunk, ctx: SubjectNameContext): SubjectName {
  const { text, kind } = readName(c.text);
  if (kind) return { ...kind };
  if (c.person && text === c.text) return { kind: 'person', name: null };
  // "Streaming revenue rose …": one capitalised word at a sentence start, never used mid-sentence.
  if (
    !text.includes(' ') &&
    c.start <= ctx.sentenceStart &&
    !ctx.midSentence.has(text) &&
    !c.possessive &&
    plainWord(text, ctx.lowerWords)
  )
    return { kind: 'plain', name: null };
  return { kind: 'org', name: ctx.canonicalName(text) };
}
