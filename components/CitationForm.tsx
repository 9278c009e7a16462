// Add or edit one citation. The background validates (the same rules as every import); its
// reply's errors ("field: reason; …") are shown next to their fields.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { OptionsApi } from './options-api';
import { errorText } from './options-api';
import { UNITS } from '../utils/claim';
import { RECORD_FIELDS, type CitationRecord, type RecordField } from '../utils/citations/record';
import type { CitationPrefill } from '../utils/page/metadata';

type Values = Record<RecordField, string>;
type Errors = Partial<Record<RecordField, string>>;

const LABEL: Record<RecordField, string> = {
  publisher: 'Publisher',
  claim: 'Claim',
  url: 'URL',
  published: 'Published',
  subject: 'Subject',
  value: 'Value',
  unit: 'Unit',
  measure: 'Measure',
  rating: 'Rating',
  period: 'Period',
};

const HINT: Partial<Record<RecordField, string>> = {
  publisher: 'Who reported it, e.g. CNBC. Required.',
  claim: 'What they reported, as plain text. Required.',
  url: 'An http: or https: address.',
  published: 'A date as YYYY-MM-DD.',
  subject: 'Who or what the claim is about, e.g. Pinterest.',
  value: 'The figure, e.g. 15 for 15%. Needs a unit.',
  measure: 'What the figure measures, e.g. layoffs or revenue.',
  rating: 'A fact-checker’s rating, e.g. False.',
  period: 'The time the figure is for, e.g. 2024-Q3, 2024-07 or FY2025-Q2.',
};

const isField = (name: string): name is RecordField =>
  (RECORD_FIELDS as readonly string[]).includes(name);

/** Splits the background's "field: reason; field: reason" into per-field messages. */
export function parseFieldErrors(message: string): { fields: Errors; other: string[] } {
  const fields: Errors = {};
  const other: string[] = [];
  // A reason may hold "; " itself ("contains HTML markup; citations are plain text"): split only
  // where the next part starts with a field name and a colon.
  for (const part of message.split(/; (?=[\w()]+: )/)) {
    const colon = part.indexOf(': ');
    const field = colon > 0 ? part.slice(0, colon) : '';
    if (isField(field)) {
      const reason = part.slice(colon + 2);
      fields[field] = fields[field] ? `${fields[field]}; ${reason}` : reason;
    } else other.push(part);
  }
  return { fields, other };
}

function initialValues(from: Partial<CitationRecord> | CitationPrefill | undefined): Values {
  const source = (from ?? {}) as Record<string, unknown>;
  const values = {} as Values;
  for (const field of RECORD_FIELDS) {
    const value = source[field];
    values[field] = value === null || value === undefined ? '' : String(value);
  }
  return values;
}

export interface CitationFormProps {
  api: Pick<OptionsApi, 'saveCitation'>;
  /** The record being edited (its id is replaced on save), or a prefill for a new one. */
  editing?: CitationRecord;
  prefill?: CitationPrefill;
  onSaved: (record: CitationRecord, replaced: boolean) => void;
  onCancel: () => void;
}

export function CitationForm({ api, editing, prefill, onSaved, onCancel }: CitationFormProps) {
  const [values, setValues] = useState<Values>(() => initialValues(editing ?? prefill));
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState('');
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, textarea')?.focus();
  }, []);

  const focusFirstError = (fields: Errors) => {
    const first = RECORD_FIELDS.find((field) => fields[field]);
    if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    setSaving(true);
    setFormError('');
    try {
      const input: Record<string, unknown> = {};
      // A blank field is left out: "Publisher is required", not "is empty".
      for (const field of RECORD_FIELDS)
        if (values[field].trim() !== '') input[field] = values[field];
      const reply = await api.saveCitation(input, editing?.id);
      if (reply.ok) {
        setErrors({});
        onSaved(reply.value, editing !== undefined);
        return;
      }
      const { fields, other } = parseFieldErrors(reply.error);
      setErrors(fields);
      setFormError(
        other.length > 0
          ? other.join('; ')
          : 'The citation was not saved: fix the fields marked below.',
      );
      focusFirstError(fields);
    } catch (error) {
      setFormError(`The citation was not saved: ${errorText(error)}`);
    } finally {
      setSaving(false);
    }
  };

  const set = (field: RecordField) => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement).value;
    setValues((previous) => ({ ...previous, [field]: value }));
  };

  const control = (field: RecordField) => {
    const id = `citation-${field}`;
    const describedBy = [HINT[field] ? `${id}-hint` : '', errors[field] ? `${id}-error` : '']
      .filter(Boolean)
      .join(' ');
    const common = {
      id,
      name: field,
      value: values[field],
      onInput: set(field),
      'aria-invalid': errors[field] ? true : undefined,
      'aria-describedby': describedBy || undefined,
      'aria-required': field === 'publisher' || field === 'claim' ? true : undefined,
    };
    return (
      <div class={`field field-${field}`} key={field}>
        <label for={id}>
          {LABEL[field]}
          {field === 'publisher' || field === 'claim' ? <span aria-hidden="true"> *</span> : null}
        </label>
        {field === 'claim' ? (
          <textarea rows={3} {...common} />
        ) : field === 'unit' ? (
          <select {...common} onChange={set(field)}>
            <option value="">(none)</option>
            {UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {unit}
              </option>
            ))}
          </select>
        ) : (
          <input
            type="text"
            inputMode={field === 'value' ? 'decimal' : field === 'url' ? 'url' : undefined}
            placeholder={field === 'published' ? 'YYYY-MM-DD' : undefined}
            {...common}
          />
        )}
        {HINT[field] ? (
          <span class="hint" id={`${id}-hint`}>
            {HINT[field]}
          </span>
        ) : null}
        {errors[field] ? (
          <span class="error" id={`${id}-error`} data-testid={`error-${field}`}>
            {LABEL[field]} {errors[field]}
          </span>
        ) : null}
      </div>
    );
  };

  return (
    <form
      ref={formRef}
      class="citation-form"
      aria-labelledby="citation-form-heading"
      noValidate
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h3 id="citation-form-heading">{editing ? 'Edit citation' : 'Add a citation'}</h3>
      <p class="form-error error" role="alert" data-testid="form-error">
        {formError}
      </p>
      <div class="fields">{RECORD_FIELDS.map(control)}</div>
      <div class="actions">
        <button type="submit" class="primary" disabled={saving}>
          {editing ? 'Save changes' : 'Add citation'}
        </button>{' '}
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
