// Claim extraction: text → statistics and named sources with offsets, value, unit, hedge,
// attributed source, subject and measure. Pure TypeScript: no browser API, no DOM. Rules do the
// work; compromise is consulted only for names the rules cannot place (see entities.ts).

import type { ExtractedClaim, Period } from '../claim';
import { canonicalCompany, fiscalYearEnd } from '../vocab/companies';
import { Attributor, surveyLike, type SentenceAttribution } from './attribution';
import { boundParagraphs } from './bounds';
import { Entities, looksLikeOutlet } from './entities';
import { companyIn, sentenceSources, type SentenceSources } from './named-source';
import { addLowerCaseWords, nameChunks, type NameChunk } from './names';
import { openHeading, splitSentences, type Sentence } from './sentences';
import { findStatistics } from './statistic';
import { isEventMeasure, periodOfStatistic, siblingsOf } from './resolve/period-of';
import { REPORTED_REACH, estimatedPublication, reportedIn } from './resolve/reported';
import { ownOutlet } from './resolve/own-outlet';
import { CompanyNames } from './resolve/company-name';
import { DATELINE_REACH, latestOpeningDay, publicationDay } from './resolve/published';
import { findPeriodPhrases, rowPhrases, type PeriodPhrase } from './stages/periods';
import { subjectName } from './resolve/subject-name';
import { paragraphCredit } from './paragraph-credit';
import { columnHeader, columnMeasure } from './table-column';
import { linkRanges } from './range';
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
  return new ArticleExtractor(options).readWhole(text);
}

/** A running count of names; the most frequent so far wins, the first to reach a count on ties. */
class Tally {
  private readonly counts = new Map<string, number>();
  top: string | null = null;

  add(name: string | null): void {
    if (name === null) return;
    const n = (this.counts.get(name) ?? 0) + 1;
    this.counts.set(name, n);
    if (this.top === null || n > (this.counts.get(this.top) ?? 0)) this.top = name;
  }
}

/**
 * One article, read in order: whole (the CLI) or batch by batch (the content script sends the
 * page's text in pieces cut at block boundaries). The document state (names seen, the story's
 * company, the carried source, subject and period, the reported quarter, the publication day)
 * lives here between batches, and every answer for a paragraph depends only on the text up to
 * its end. So a page gives the same claims however it is cut at paragraph boundaries.
 */
export class ArticleExtractor {
  /** Every part so far, joined by "\n", with over-long lines broken (`boundParagraphs`). */
  private text = '';
  /** The parts as given: `text` differs from it only where `bounded` broke a line. */
  private source = '';
  private bounded = false;
  private paragraphs = 0;
  private heading: number | null = null;
  private sentenceCount = 0;
  private readonly lowerWords = new Set<string>();
  private readonly surnames = new Set<string>();
  private readonly midSentence = new Set<string>();
  private readonly entities = new Entities(this.lowerWords);
  private readonly topics = new Tally();
  private readonly companies = new Tally();
  /** What claims call the known companies: the article's own spelling, a parent's name. */
  private readonly companyNames = new CompanyNames();
  private readonly attributor = new Attributor();
  private readonly own: (name: string) => boolean;
  private previous: SentenceSources | null = null;
  private recentOrg: string | null = null;
  /** The organisation the paragraph is about so far (after the last sentence read). */
  private paragraphOrg: string | null = null;
  /** The publication day, once the text can no longer change it. */
  private publishedSettled: boolean;
  private publishedDay: string | null;
  private estimated = false;
  private reported: Period | null = null;
  /** A phrased period later figures of its paragraph take, if they are events as it is or not. */
  private carried: { paragraph: number; period: Period; event: boolean } | null = null;
  private subject: SubjectAnswer = { subject: null, rule: null };
  private lastParagraph = -1;
  private lastMeasure: string | null = null;
  /** The head's paragraphs while it is read; null once answered. */
  private head: Sentence[][] | null = [];

  constructor(private readonly options: ExtractOptions = {}) {
    this.own = ownOutlet(options.outlet ?? null, options.url ?? null);
    const given = publicationDay(options.published, options.url, '');
    this.publishedDay = given.day;
    this.publishedSettled = given.day !== null;
  }

  /**
   * The publication day the article gives (metadata, address or dateline), as far as read; null
   * when there is none or it is only estimated from the reported quarter.
   */
  get published(): string | null {
    return this.estimated ? null : this.publishedDay;
  }

  /**
   * Reads the next part of the article (parts are joined by "\n"). Returns the claims it can
   * answer for now, with offsets into the whole article read so far, sorted by start. The
   * article's head (`HEAD_CHARS`) is answered as one: its claims come once it is complete, or at
   * `finish`.
   */
  read(part: string): ExtractedClaim[] {
    if (part === '') return [];
    const base = this.text === '' ? 0 : this.text.length + 1;
    const bounded = boundParagraphs(part);
    this.bounded ||= bounded !== part;
    this.source = this.source === '' ? part : `${this.source}\n${part}`;
    this.text = this.text === '' ? bounded : `${this.text}\n${bounded}`;
    const sentences = splitSentences(this.text, {
      offset: base,
      paragraph: this.paragraphs,
      heading: this.heading,
    });
    const last = sentences.at(-1);
    if (last) {
      this.paragraphs = last.paragraph + 1;
      this.heading = openHeading(last);
    }
    const claims: ExtractedClaim[] = [];
    for (const paragraph of byParagraph(sentences)) {
      if (this.head === null) {
        this.claimsOf(this.facts(this.names(paragraph)), claims);
        continue;
      }
      this.head.push(paragraph);
      if ((paragraph.at(-1)?.end ?? 0) >= HEAD_CHARS) this.finishHead(claims);
    }
    return this.output(claims);
  }

  /** A whole article in one part (the CLI): `read`, then `finish`. */
  readWhole(text: string): ExtractedClaim[] {
    // The head is answered in one of the two: the lists do not interleave.
    return [...this.read(text), ...this.finish()];
  }

  /** The article is complete (or paused): answers what is still open, a short article's head. */
  finish(): ExtractedClaim[] {
    const claims: ExtractedClaim[] = [];
    this.finishHead(claims);
    return this.output(claims);
  }

  /** Claims in order, figures read back from the caller's text where the cap broke a line. */
  private output(claims: ExtractedClaim[]): ExtractedClaim[] {
    if (this.bounded)
      for (const c of claims)
        if (c.kind === 'statistic') c.text = this.source.slice(c.start, c.end);
    return claims.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /**
   * The head is read whole before any of its figures is answered: a headline's figure belongs to
   * the company the first paragraphs name, on the day the dateline gives, for the quarter the
   * lede reports.
   */
  private finishHead(claims: ExtractedClaim[]): void {
    const head = this.head;
    if (head === null) return;
    this.head = null;
    const end = head.at(-1)?.at(-1)?.end ?? 0;
    addLowerCaseWords(this.lowerWords, this.text.slice(0, end));
    this.settlePublished(this.text.slice(0, end));
    // The head's words are in: its paragraphs need not add them again.
    const names = head.map((paragraph) => this.names(paragraph, true));
    const facts = names.map((n) => this.facts(n));
    for (const f of facts) this.claimsOf(f, claims);
  }

  /**
   * What one paragraph adds to the document state (names, organisations, sources, the reported
   * quarter), read against the article up to its end: nothing later can change an answer here.
   */
  private facts(names: ParagraphNames): ParagraphFacts {
    const { text, sentences, chunks, opening } = names;
    this.entities.settle(text, chunks.flat(), sentences[0]?.titleCase ?? false);
    const known = (c: NameChunk) => this.entities.knownOrganisation(c);
    const nameAt = this.namer(opening);

    const perSentence: SentenceSources[] = [];
    // The organisation the paragraph is about before each sentence.
    const orgBefore: Array<string | null> = [];
    sentences.forEach((s, i) => {
      const found = sentenceSources(text, s, chunks[i] ?? [], this.previous, {
        recent: this.recentOrg,
        known,
      });
      this.previous = found;
      perSentence.push(found);
      // Only names that can be subjects: "Particularly notable was Google Cloud's …" is about
      // Google Cloud, not the word that opens the sentence.
      const named = found.chunks.filter((c) => nameAt(i)(c) !== null);
      const company = companyIn(text, named, found.mentions, Infinity, known);
      const chunk = named.find((c) => c.text === company);
      const org = chunk ? nameAt(i)(chunk) : null;
      this.recentOrg = org === null ? this.recentOrg : (company ?? this.recentOrg);
      orgBefore.push(s.first ? null : this.paragraphOrg);
      this.paragraphOrg = org ?? (s.first ? null : this.paragraphOrg);
    });
    perSentence.forEach((p, i) => {
      for (const c of p.chunks as NameChunk[]) {
        this.topics.add(nameAt(i)(c));
        this.companies.add(canonicalCompany(c.text));
        this.companyNames.mention(c.text);
      }
    });
    const attribution = sentences.map((s, i) =>
      this.attributor.next(text, s, perSentence[i]?.mentions ?? []),
    );
    const fyEnd = this.mainFyEnd();
    // Rows read for the reported quarter, kept for the sentence's figures (`claimsOf`).
    const rows = new Map<number, PeriodPhrase[]>();
    for (const s of sentences) {
      if (this.reported !== null || this.sentenceCount >= REPORTED_REACH) break;
      this.sentenceCount++;
      // The reported quarter needs only the grammar's rows, not calendar dates.
      this.reported = reportedIn(
        text,
        text.slice(s.start, s.end),
        () => {
          const found = rowPhrases(text, s.start, s.end);
          rows.set(s.start, found);
          return found;
        },
        { published: this.publishedDay, fyEnd },
      );
      if (this.publishedDay === null && this.reported?.how === 'explicit') {
        // An undated earnings story: it appeared after the quarter it reports closed.
        this.publishedDay = estimatedPublication(this.reported);
        this.publishedSettled = true;
        this.estimated = true;
      }
    }
    // … and on or after the days its opening tells of ("said on January 26, 2025 that"); the
    // head's figures are answered once all of it is read, so a later paragraph of it counts.
    const told = this.estimated ? latestOpeningDay(text) : null;
    if (told !== null && this.publishedDay !== null && told > this.publishedDay)
      this.publishedDay = told;
    return { text, sentences, opening, perSentence, orgBefore, attribution, rows };
  }

  /**
   * A paragraph's names, counted into the document state (not settled yet: see `facts`).
   * `wordsRead`: its lower-case words are in `lowerWords` already (the head's are, read whole).
   */
  private names(sentences: Sentence[], wordsRead = false): ParagraphNames {
    const first = sentences[0];
    const end = sentences.at(-1)?.end ?? 0;
    // The article up to the paragraph's end: nothing later can change an answer here.
    const text = this.text.slice(0, end);
    if (first && !wordsRead) addLowerCaseWords(this.lowerWords, text.slice(first.start, end));
    this.settlePublished(text);
    const chunks = sentences.map((s) =>
      nameChunks(text, s.start, s.end, this.lowerWords, this.surnames),
    );
    // Where each sentence's words start (after quotes and bullets): a name there may be a plain
    // word capitalised by its position.
    const opening = sentences.map(
      (s) => s.start + (/^[^\p{L}\p{N}]*/u.exec(text.slice(s.start, s.end))?.[0].length ?? 0),
    );
    chunks.forEach((list, i) => {
      for (const c of list) if (c.start > (opening[i] ?? 0)) this.midSentence.add(c.text);
    });
    this.entities.count(chunks.flat());
    return { text, sentences, chunks, opening };
  }

  /** The claims of a paragraph whose facts are in, against the document state now. */
  private claimsOf(f: ParagraphFacts, claims: ExtractedClaim[]): void {
    const { text, sentences, perSentence, orgBefore, attribution } = f;
    const first = sentences[0];
    if (!first) return;
    const firstClaim = claims.length;
    const nameAt = this.namer(f.opening);
    const canonicalName = (name: string) => this.entities.canonicalName(name);
    const topic = this.topics.top;
    const mainFyEnd = this.mainFyEnd();
    const reference = this.reference();
    const phrasesOf = new Map<number, PeriodPhrase[]>();
    const phrasesAt = (k: number): PeriodPhrase[] => {
      let found = phrasesOf.get(k);
      const s = sentences[k];
      if (!found && s) {
        const rows = f.rows.get(s.start);
        found = findPeriodPhrases(text, s.start, s.end, reference, true, !this.estimated, rows);
        phrasesOf.set(k, found);
      }
      return found ?? [];
    };

    for (const p of perSentence) {
      for (const m of p.mentions) {
        if (m.span && m.text !== null && !this.own(m.text))
          claims.push({ kind: 'source', start: m.start, end: m.end, text: m.text });
      }
    }

    const storySubject: SubjectAnswer = { subject: topic, rule: topic === null ? null : 'main' };
    let i = 0;
    let prior: { sentence: number; measure: string | null } | null = null;
    // The period of the sentence's previous figure, for a change that describes it.
    let priorPeriod: { sentence: number; end: number; period: Period | null } | null = null;
    const stats = [...findStatistics(text, first.start)];
    const credit = paragraphCredit(text, first.start, sentences.at(-1)?.end ?? first.end);
    for (const [j, stat] of stats.entries()) {
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
        : labelEnd >= 0 && this.entities.isCategoryLabel(found.chunks, labelEnd)
          ? labelEnd + 1
          : -1;
      if (s.paragraph !== this.lastParagraph && !breakdown) this.subject = storySubject;
      this.lastParagraph = s.paragraph;
      const org = breakdown || s.first ? null : (orgBefore[i] ?? null);
      let subject = subjectOf(
        text,
        s.start,
        stat.start,
        found.chunks,
        found.mentions,
        org === null ? this.subject : { subject: org, rule: 'paragraph' },
        nameAt(i),
        categoryEnd,
      );
      if (subject.subject !== null)
        subject = {
          ...subject,
          subject: this.subjectName(subject.subject, canonicalName),
        };
      this.subject = subject;
      const before = s.first ? undefined : sentences[i - 1];
      const worded = measureOf(text, s.start, s.end, stat.start, stat.end, stat.unit, {
        sentencePrior: prior?.sentence === i ? prior.measure : null,
        previousSentence: before ? [before.start, before.end] : null,
        story: breakdown ? this.lastMeasure : null,
      });
      const header = firstCell ? columnHeader(text, s.start, stat.start) : null;
      // A table cell measures what its column's header names, where it names one, whatever its
      // row's label says: under "% of Layoff Cuts" a "Sales" row is a team, not revenue (rows of
      // results tables, "Revenue" over columns of quarters, name their measure themselves).
      const measure = (header ? columnMeasure(header) : null) ?? worded;
      if (!breakdown) this.lastMeasure = measure;
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
        siblings: siblingsOf(stats, j, s),
        levelBefore: priorPeriod?.sentence === i ? priorPeriod : null,
        carried:
          this.carried?.paragraph === s.paragraph && this.carried.event === isEventMeasure(measure)
            ? this.carried.period
            : null,
        column: header
          ? findPeriodPhrases(text, header.start, header.end, reference, true, !this.estimated)
          : [],
        ctx: {
          published: this.publishedDay,
          estimated: this.estimated,
          fyEnd,
          reported: this.reported,
          level: null,
        },
      });
      priorPeriod = { sentence: i, end: stat.end, period: timed.period };
      if (timed.phrased && timed.period)
        this.carried = {
          paragraph: s.paragraph,
          period: timed.period,
          event: isEventMeasure(measure),
        };
      let attributed = attribution[i]?.sourceAt(stat.start) ?? { source: null, rule: null };
      if (credit !== null && (attributed.rule === null || attributed.rule === 'carried'))
        attributed = { source: credit, rule: 'paragraph-credit' };
      if (attributed.source !== null && this.own(attributed.source))
        attributed = { source: null, rule: 'own-outlet' };
      const source = attributed.source;
      // A survey's or report's figures with no company of their own: the organisation behind it.
      if (
        source !== null &&
        (subject.rule === 'main' || subject.rule === 'paragraph') &&
        surveyLike(text, s)
      ) {
        const behind = found.chunks.find((c) => c.text === source) ?? null;
        if (!behind?.person && !looksLikeOutlet(source)) {
          subject = {
            subject: this.subjectName(source, canonicalName),
            rule: 'survey-source',
          };
          this.subject = subject;
        }
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
    linkRanges(text, claims.slice(firstClaim));
  }

  /** A dateline can only be read once the text near the top is in (`datelineDay`'s reach). */
  private settlePublished(text: string): void {
    if (this.publishedSettled) return;
    const found = publicationDay(null, null, text).day;
    if (found !== null || text.length >= DATELINE_REACH) {
      this.publishedDay = found;
      this.publishedSettled = true;
    }
  }

  /** Subject names as the document state reads them now, for sentences opening at `opening`. */
  private namer(opening: readonly number[]) {
    const canonicalName = (name: string) => this.entities.canonicalName(name);
    return (i: number) => (c: NameChunk) =>
      subjectName(c, {
        midSentence: this.midSentence,
        lowerWords: this.lowerWords,
        sentenceStart: opening[i] ?? 0,
        canonicalName,
      }).name;
  }

  /** A subject's name in a claim: a known company's as `CompanyNames` gives it, else the full name. */
  private subjectName(name: string, canonicalName: (name: string) => string): string {
    const known = canonicalCompany(name);
    return known === null ? canonicalName(name) : this.companyNames.subjectName(known);
  }

  /** The fiscal year end of the article's main company: the known company named most so far. */
  private mainFyEnd(): number | null {
    const main = this.companies.top ?? this.topics.top;
    return main === null ? null : fiscalYearEnd(main);
  }

  private reference(): Date | null {
    return this.publishedDay ? new Date(`${this.publishedDay}T12:00:00Z`) : null;
  }
}

/**
 * The head of an article, read whole: headline, standfirst, dateline and lede (it ends with the
 * paragraph that reaches this many characters). The content script's first batch holds a little
 * more (DEFAULT_LIMITS.firstChars in utils/page/annotator.ts), so its reply answers the head.
 */
export const HEAD_CHARS = 1_500;

/** A paragraph's text (the article up to its end), sentences and names. */
interface ParagraphNames {
  text: string;
  sentences: Sentence[];
  chunks: NameChunk[][];
  opening: number[];
}

/** A paragraph read: the state it saw, kept until its claims are answered. */
interface ParagraphFacts {
  /** The article up to the paragraph's end. */
  text: string;
  sentences: Sentence[];
  opening: number[];
  perSentence: SentenceSources[];
  /** The organisation the paragraph is about before each sentence. */
  orgBefore: Array<string | null>;
  attribution: SentenceAttribution[];
  /** The grammar rows' phrases of the sentences read for the reported quarter, by start. */
  rows: ReadonlyMap<number, PeriodPhrase[]>;
}

/** Sentences grouped by paragraph, in order. */
function byParagraph(sentences: Sentence[]): Sentence[][] {
  const out: Sentence[][] = [];
  for (const s of sentences) {
    const last = out.at(-1);
    if (last && last[0]?.paragraph === s.paragraph) last.push(s);
    else out.push([s]);
  }
  return out;
}

// Words of surveys, studies and reports, whose figures belong to who ran them.
