// What every parser returns: the records that passed validation and one error per bad field,
// with the line it sits on, so a user can fix the file. Bad rows never throw.
import {
  validateCitation,
  type CitationOrigin,
  type CitationRecord,
  type FieldError,
} from './record';

export interface ImportError {
  /** 1-based line in the file; 0 when the problem is the whole file. */
  line: number;
  field: string;
  reason: string;
}

export interface ParseResult {
  records: CitationRecord[];
  errors: ImportError[];
}

/** Accumulates one file's records, keeping the first of any identical records (same id). */
export class ParseCollector {
  private readonly records = new Map<string, CitationRecord>();
  private readonly errors: ImportError[] = [];

  constructor(private readonly origin: CitationOrigin) {}

  /**
   * Validates `input` and keeps it, or records its field errors at `line`; `fieldNames` renames
   * record fields to the names the file uses (ClaimReview's `claimReviewed` for `claim`).
   */
  accept(input: unknown, line: number, fieldNames: Readonly<Record<string, string>> = {}): void {
    const validation = validateCitation(input, this.origin);
    if (validation.ok) {
      if (!this.records.has(validation.record.id))
        this.records.set(validation.record.id, validation.record);
    } else {
      this.fieldErrors(
        line,
        validation.errors.map(({ field, reason }) => ({
          field: fieldNames[field] ?? field,
          reason,
        })),
      );
    }
  }

  fieldErrors(line: number, errors: FieldError[]): void {
    for (const { field, reason } of errors) this.errors.push({ line, field, reason });
  }

  error(line: number, field: string, reason: string): void {
    this.errors.push({ line, field, reason });
  }

  /** Errors in file order: CSV row errors are found before the row's field errors. */
  result(): ParseResult {
    return {
      records: [...this.records.values()],
      errors: [...this.errors].sort((a, b) => a.line - b.line),
    };
  }
}
