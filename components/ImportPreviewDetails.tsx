// The import preview: what the chosen file holds (valid, already stored, problems by line and
// field) and the choice to import the new citations or cancel.
import { plural } from './verdicts';
import type { CitationFormat } from '../utils/citations/import';
import type { CitationRecord } from '../utils/citations/record';
import { formatValue } from '../utils/format-value';
import type { ImportPreview } from '../utils/messaging';

const ERRORS_SHOWN = 50;

const FORMAT_LABEL: Record<CitationFormat | 'unknown', string> = {
  json: 'JSON',
  jsonl: 'JSON Lines',
  csv: 'CSV',
  layoffs: 'layoff-tracker CSV',
  claimreview: 'ClaimReview JSON-LD',
  unknown: 'unrecognised format',
};

const SAMPLE_FIELDS = ['publisher', 'claim', 'subject', 'value', 'published'] as const;

function sampleCell(record: CitationRecord, field: (typeof SAMPLE_FIELDS)[number]): string {
  if (field === 'value')
    return record.value === null || record.unit === null
      ? ''
      : formatValue(record.value, record.unit);
  return record[field] ?? '';
}

export interface ImportPreviewDetailsProps {
  preview: ImportPreview;
  headingRef: { current: HTMLHeadingElement | null };
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ImportPreviewDetails({
  preview,
  headingRef,
  busy,
  onConfirm,
  onCancel,
}: ImportPreviewDetailsProps) {
  const fresh = preview.valid - preview.duplicates;
  const shown = preview.errors.slice(0, ERRORS_SHOWN);
  return (
    <div class="import-preview" data-testid="import-preview">
      <h3 ref={headingRef} tabIndex={-1}>
        {preview.name} ({FORMAT_LABEL[preview.format]})
      </h3>
      <dl class="counts">
        <div>
          <dt>Valid citations</dt>
          <dd data-testid="import-valid">{preview.valid.toLocaleString('en')}</dd>
        </div>
        <div>
          <dt>Already in the store</dt>
          <dd data-testid="import-duplicates">{preview.duplicates.toLocaleString('en')}</dd>
        </div>
        <div>
          <dt>Problems (rows skipped)</dt>
          <dd data-testid="import-errors">{preview.errorCount.toLocaleString('en')}</dd>
        </div>
      </dl>
      {preview.columns.length > 0 ? (
        <table class="import-columns" data-testid="import-columns">
          <caption>Columns</caption>
          <thead>
            <tr>
              <th scope="col">In the file</th>
              <th scope="col">Read as</th>
            </tr>
          </thead>
          <tbody>
            {preview.columns.map((c) => (
              <tr key={c.column}>
                <td>{c.column}</td>
                <td>{c.field ?? <em>ignored</em>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {preview.sample.length > 0 ? (
        <table class="import-sample" data-testid="import-sample">
          <caption>
            {preview.valid > preview.sample.length
              ? `The first ${preview.sample.length} citations`
              : plural(preview.sample.length, 'citation')}
          </caption>
          <thead>
            <tr>
              {SAMPLE_FIELDS.map((field) => (
                <th scope="col" key={field}>
                  {field}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.sample.map((record) => (
              <tr key={record.id} data-testid="import-sample-row">
                {SAMPLE_FIELDS.map((field) => (
                  <td key={field}>{sampleCell(record, field)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {shown.length > 0 ? (
        <table class="import-errors">
          <caption>
            {preview.errorCount > shown.length
              ? `The first ${shown.length} of ${preview.errorCount.toLocaleString('en')} problems`
              : plural(preview.errorCount, 'problem')}
          </caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Field</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((error, i) => (
              <tr key={i} data-testid="import-error-row">
                <td>{error.line === 0 ? 'file' : error.line}</td>
                <td>{error.field}</td>
                <td>{error.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div class="actions">
        <button
          type="button"
          class="primary"
          data-testid="import-confirm"
          disabled={busy || fresh <= 0}
          onClick={onConfirm}
        >
          Import {plural(fresh, 'citation')}
        </button>{' '}
        <button type="button" data-testid="import-cancel" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
        {fresh <= 0 ? <p class="muted">Nothing new to import.</p> : null}
      </div>
    </div>
  );
}
