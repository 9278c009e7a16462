// The citation record (DESIGN.md contract 2) and its validation. Every parser builds plain
// objects and passes them through `validateCitation`, so one set of rules guards the store
// whatever the file format.
import { z } from 'zod';
import { UNITS, type Unit } from '../claim';
import { measureOfText, normaliseMeasure } from '../match/measure';
import { isRealDate, parsePeriod } from '../period/parse';
import { implausibilities } from './plausibility';

export const ORIGINS = ['user', 'starter', 'learned'] as const;
/** Who put a record in the store: the user's imports, the bundled pack, or reading with learning on. */
export type CitationOrigin = (typeof ORIGINS)[number];

export interface CitationRecord {
  /** Content hash: the same record imported twice has the same id, so it is stored once. */
  id: string;
  origin: CitationOrigin;
  publisher: string;
  claim: string;
  url: string | null;
  /** YYYY-MM-DD. */
  published: string | null;
  subject: string | null;
  value: number | null;
  unit: Unit | null;
  /** Normalised measure ("layoffs", "revenue" …); derived from `claim` when the file has none. */
  measure: string | null;
  /** A fact-checker's rating (ClaimReview `reviewRating.alternateName`), e.g. "False". */
  rating: string | null;
  /**
   * The time the figure is for, as a contract-2 period string ("2024-Q3", "FY2025"); null when
   * the record does not say (its published date then stands in for figures announced then).
   */
  period: string | null;
  /**
   * Learned records: the day the page was read (YYYY-MM-DD). Reading history, not content: it is
   * not part of the id (a second visit adds nothing) and not written to exports.
   */
  read?: string;
}

/** The contract-2 fields plus the optional `measure`, `rating` and `period` columns, in file order. */
export const RECORD_FIELDS = [
  'publisher',
  'claim',
  'url',
  'published',
  'subject',
  'value',
  'unit',
  'measure',
  'rating',
  'period',
] as const;
export type RecordField = (typeof RECORD_FIELDS)[number];

/** The longest claim a record holds; parsers check it before any work on the text. */
export const MAX_CLAIM_LENGTH = 2000;

export interface FieldError {
  field: string;
  reason: string;
}

// C0 controls other than tab, line feed and carriage return, DEL and C1 controls: they never
// belong in a headline-like text and can hide content in the UI.
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// The start of a tag (a name followed by whitespace, "/" or ">", with or without a closing
// ">": browsers take `<svg/onload=…>` and `<img/src=x/onerror=…>` as tags), a closing tag, a
// comment, CDATA or a processing instruction. "a < b" and "<3" are not markup.
const HTML_MARKUP = /<(?:[a-z][a-z0-9-]*(?=[\s/>])|\/[a-z]|!--|!\[CDATA\[|\?[a-z])/i;
// Characters that change how the rest of a text displays without showing themselves: direction
// marks, embeddings, overrides and isolates (`Evil\u202Egro.sretueR` shows as "EvilReuters.org"),
// zero-width spaces and joiners, word joiners and the byte-order mark.
const INVISIBLE_FORMATTING = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/;
const SCRIPT_SCHEME = /^(?:javascript|vbscript|data|file|blob):/i;
// Half of a surrogate pair on its own is not a character; storage and display garble it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const blankToUndefined = (raw: unknown): unknown =>
  raw === null || (typeof raw === 'string' && raw.trim() === '') ? undefined : raw;

function plainText(maxLength: number) {
  return z
    .string({ required_error: 'is required', invalid_type_error: 'must be text' })
    .trim()
    .min(1, { message: 'is empty' })
    .max(maxLength, { message: `is longer than ${maxLength} characters` })
    .refine((text) => !CONTROL_CHARACTERS.test(text), { message: 'contains control characters' })
    .refine((text) => !INVISIBLE_FORMATTING.test(text), {
      message: 'contains invisible direction or zero-width characters',
    })
    .refine((text) => !LONE_SURROGATE.test(text), {
      message: 'contains a broken character (a lone UTF-16 surrogate)',
    })
    .refine((text) => !HTML_MARKUP.test(text), {
      message: 'contains HTML markup; citations are plain text',
    })
    .transform((text) => text.replace(/\s+/g, ' '));
}

const optionalText = (maxLength: number) =>
  z.preprocess(blankToUndefined, plainText(maxLength).optional());

const httpUrl = z.preprocess(
  blankToUndefined,
  z
    .string({ invalid_type_error: 'must be text' })
    .trim()
    .refine(
      (text) => {
        try {
          const { protocol } = new URL(text);
          return protocol === 'http:' || protocol === 'https:';
        } catch {
          return false;
        }
      },
      { message: 'must be an http: or https: URL' },
    )
    .optional(),
);

export { isRealDate };

// Exports often carry a full timestamp; the record keeps the day.
const publishedDate = z.preprocess(
  (raw) => {
    const blank = blankToUndefined(raw);
    return typeof blank === 'string' && /^\d{4}-\d{2}-\d{2}[T ]/.test(blank.trim())
      ? blank.trim().slice(0, 10)
      : blank;
  },
  z
    .string({ invalid_type_error: 'must be a date' })
    .trim()
    .refine((text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && isRealDate(text), {
      message: 'must be a date as YYYY-MM-DD',
    })
    .optional(),
);

// CSV cells are text; "10,000" with thousands separators is common in hand-made sheets.
const numericValue = z.preprocess(
  (raw) => {
    const blank = blankToUndefined(raw);
    if (typeof blank !== 'string') return blank;
    const text = blank.trim();
    const plain = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text) ? text.replace(/,/g, '') : text;
    return /^-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i.test(plain) ? Number(plain) : blank;
  },
  // 1e309 reads as Infinity: the card would say "∞%" and JSON would write null.
  z
    .number({ invalid_type_error: 'must be a number' })
    .finite({ message: 'must be a finite number' })
    .optional(),
);

const UNIT_ALIASES: Record<string, Unit> = {
  '%': 'percent',
  pct: 'percent',
  $: 'usd',
  '€': 'eur',
  '£': 'gbp',
};
const unitField = z.preprocess(
  (raw) => {
    const blank = blankToUndefined(raw);
    if (typeof blank !== 'string') return blank;
    const text = blank.trim().toLowerCase();
    return UNIT_ALIASES[text] ?? text;
  },
  z.enum(UNITS, { errorMap: () => ({ message: `must be one of ${UNITS.join(', ')}` }) }).optional(),
);

const periodField = z.preprocess(
  blankToUndefined,
  z
    .string({ invalid_type_error: 'must be text' })
    .trim()
    .refine((text) => parsePeriod(text) !== null, {
      message:
        'must be a period such as 2024, 2024-Q3, 2024-H1, 2024-07, 2024-07-15, 2024-07-01/2024-09-30, FY2025-Q2 or FY2025',
    })
    .optional(),
);

/** What a file may say about one citation; unknown keys are ignored. */
export const citationInputSchema = z
  .object({
    // A name or a web address; a script or data URL is neither, and must never become a name.
    publisher: plainText(200).refine((text) => !SCRIPT_SCHEME.test(text), {
      message: 'must be a name or an http(s) address, not a script or data URL',
    }),
    claim: plainText(MAX_CLAIM_LENGTH),
    url: httpUrl,
    published: publishedDate,
    subject: optionalText(200),
    value: numericValue,
    unit: unitField,
    measure: optionalText(60),
    rating: optionalText(100),
    period: periodField,
  })
  .superRefine((input, context) => {
    // A figure without a unit cannot be compared with any claim.
    if (input.value !== undefined && input.unit === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['unit'],
        message: 'is required when value is given',
      });
    }
    const measure = normaliseMeasure(input.measure) ?? measureOfText(input.claim);
    // Refinements run on fields that failed their own checks too: judge only well-formed ones.
    const plausible = {
      value: typeof input.value === 'number' ? input.value : undefined,
      unit: (UNITS as readonly string[]).includes(input.unit ?? '') ? input.unit : undefined,
      published: /^\d{4}-\d{2}-\d{2}$/.test(input.published ?? '') ? input.published : undefined,
      measure,
    };
    for (const { field, reason } of implausibilities(plausible))
      context.addIssue({ code: 'custom', path: [field], message: reason });
  });
export type CitationInput = z.input<typeof citationInputSchema>;

// cyrb53 (public domain), run with two seeds for 106 bits: a synchronous hash is needed because
// ids are made in pure code (parsers, CLI) where crypto.subtle's promise API would spread async
// through every parser; collisions at 100,000 records are about 1 in 10^22.
function cyrb53(text: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36).padStart(11, '0');
}

/**
 * The stable id of a record's content. The origin is part of it so a user's copy of a starter
 * citation survives `replaceOrigin('starter', …)`. The period joins the hashed fields only when
 * present, so records stored before periods existed keep their ids.
 */
export function citationId(record: Omit<CitationRecord, 'id'>): string {
  const fields: unknown[] = [
    record.origin,
    record.publisher,
    record.claim,
    record.url,
    record.published,
    record.subject,
    record.value,
    record.unit,
    record.measure,
    record.rating,
  ];
  if (record.period !== null) fields.push(record.period);
  const content = JSON.stringify(fields);
  return `c${cyrb53(content, 0)}${cyrb53(content, 1)}`;
}

/**
 * The ids `record`'s content has under every origin. An import skips a record whose content is
 * stored under any of them: the store's own export read back into a store holding the starter
 * pack is the pack again, not new citations (origin stays in the id so `replaceOrigin` can
 * tell a user's copy from the pack's).
 */
export function sameContentIds(record: CitationRecord): string[] {
  return ORIGINS.map((origin) =>
    origin === record.origin ? record.id : citationId({ ...record, origin }),
  );
}

export type Validation = { ok: true; record: CitationRecord } | { ok: false; errors: FieldError[] };

/** Validates one citation from any source; never throws. */
export function validateCitation(input: unknown, origin: CitationOrigin): Validation {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      errors: [{ field: '(record)', reason: 'must be an object with publisher and claim' }],
    };
  }
  const parsed = citationInputSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({
        field: typeof issue.path[0] === 'string' ? issue.path[0] : '(record)',
        reason: issue.message,
      })),
    };
  }
  const data = parsed.data;
  const fields: Omit<CitationRecord, 'id'> = {
    origin,
    publisher: data.publisher,
    claim: data.claim,
    url: data.url ?? null,
    published: data.published ?? null,
    subject: data.subject ?? null,
    value: data.value ?? null,
    unit: data.unit ?? null,
    measure: normaliseMeasure(data.measure) ?? measureOfText(data.claim),
    rating: data.rating ?? null,
    period: data.period ?? null,
  };
  return { ok: true, record: { id: citationId(fields), ...fields } };
}
