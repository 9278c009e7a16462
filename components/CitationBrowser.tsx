// The citation store on the options page: search (everything, publisher or subject), origin
// filter, sort, a virtualised table paged from the background, and add / edit / delete.
import { useEffect, useRef, useState } from 'preact/hooks';
import { CitationForm } from './CitationForm';
import { CitationTable } from './CitationTable';
import { errorText, type OptionsApi } from './options-api';
import { useCitationPages } from './use-citation-pages';
import { plural } from './verdicts';
import type { CitationOrigin, CitationRecord } from '../utils/citations/record';
import type { CitationPrefill } from '../utils/page/metadata';
import type { SearchQuery, SearchSort } from '../utils/store/citation-store';

type SearchField = 'text' | 'publisher' | 'subject';
const SEARCH_DELAY_MS = 250;

const SORTS: { value: SearchSort; label: string }[] = [
  { value: 'published-desc', label: 'Newest first' },
  { value: 'published-asc', label: 'Oldest first' },
  { value: 'publisher', label: 'Publisher A–Z' },
  { value: 'subject', label: 'Subject A–Z' },
];

type FormState =
  | { mode: 'closed' }
  | { mode: 'add'; prefill?: CitationPrefill; nonce: number }
  | { mode: 'edit'; record: CitationRecord };

export interface CitationBrowserProps {
  api: OptionsApi;
  /** Bumped by the page after any write elsewhere (import, clear, reset). */
  refreshKey: number;
  /** Called after this panel's own writes (add, edit, delete); the table reloads by itself. */
  onChanged: () => void;
  /** Opens the add form prefilled (the context menu's "Add selection as a citation"). */
  addRequest?: { prefill: CitationPrefill; nonce: number } | null;
}

export function CitationBrowser({ api, refreshKey, onChanged, addRequest }: CitationBrowserProps) {
  const [text, setText] = useState('');
  const [field, setField] = useState<SearchField>('text');
  const [origin, setOrigin] = useState<CitationOrigin | ''>('');
  const [sort, setSort] = useState<SearchSort>('published-desc');
  const [query, setQuery] = useState<SearchQuery>({});
  const [form, setForm] = useState<FormState>({ mode: 'closed' });
  /** Bumped after this panel's own writes; `refreshKey` covers everyone else's. */
  const [ownWrites, setOwnWrites] = useState(0);
  const [status, setStatus] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);

  // Typing waits for a pause before searching 100,000 records.
  useEffect(() => {
    const timer = setTimeout(() => {
      const next: SearchQuery = {};
      const value = text.trim();
      if (value) next[field] = value;
      if (origin) next.origin = origin;
      setQuery(next);
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, field, origin]);

  useEffect(() => {
    if (addRequest) setForm({ mode: 'add', prefill: addRequest.prefill, nonce: addRequest.nonce });
  }, [addRequest]);

  // A write elsewhere (import, clear, reset) makes this panel's last message stale.
  const seenRefresh = useRef(refreshKey);
  useEffect(() => {
    if (seenRefresh.current === refreshKey) return;
    seenRefresh.current = refreshKey;
    setStatus('');
  }, [refreshKey]);

  const pages = useCitationPages(api.searchCitations, query, sort, `${refreshKey}/${ownWrites}`);

  const changed = (message: string) => {
    setStatus(message);
    setOwnWrites((n) => n + 1);
    onChanged();
  };

  const closeForm = () => {
    setForm({ mode: 'closed' });
    addButton.current?.focus();
  };

  const saved = (record: CitationRecord, replaced: boolean) => {
    closeForm();
    changed(`${replaced ? 'Saved changes to' : 'Added'} the citation from ${record.publisher}.`);
  };

  const remove = async (record: CitationRecord) => {
    try {
      await api.deleteCitation(record.id);
      changed(`Deleted the citation from ${record.publisher}.`);
    } catch (error) {
      setStatus(`Could not delete the citation: ${errorText(error)}`);
    }
  };

  const total = pages.total;
  const resetKey = JSON.stringify([query, sort]);
  const filtered = Boolean(query.text || query.publisher || query.subject || query.origin);

  return (
    <section id="citations" aria-labelledby="citations-heading" class="panel">
      <h2 id="citations-heading">Citations</h2>
      <form
        class="search"
        role="search"
        aria-label="Search citations"
        onSubmit={(event) => event.preventDefault()}
      >
        <label>
          Search{' '}
          <input
            type="search"
            value={text}
            placeholder={field === 'text' ? 'Publisher, subject or claim text' : ''}
            onInput={(event) => setText(event.currentTarget.value)}
          />
        </label>
        <label>
          in{' '}
          <select
            value={field}
            onChange={(event) => setField(event.currentTarget.value as SearchField)}
          >
            <option value="text">Everything</option>
            <option value="publisher">Publisher (name)</option>
            <option value="subject">Subject (name)</option>
          </select>
        </label>
        <label>
          Origin{' '}
          <select
            value={origin}
            onChange={(event) => setOrigin(event.currentTarget.value as CitationOrigin | '')}
          >
            <option value="">All</option>
            <option value="user">Mine</option>
            <option value="starter">Starter pack</option>
            <option value="learned">Learned from reading</option>
          </select>
        </label>
        <label>
          Sort{' '}
          <select
            value={sort}
            onChange={(event) => setSort(event.currentTarget.value as SearchSort)}
          >
            {SORTS.map(({ value, label }) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button
          ref={addButton}
          type="button"
          class="primary"
          data-testid="add-citation"
          onClick={() => setForm({ mode: 'add', nonce: Date.now() })}
        >
          Add a citation
        </button>
      </form>

      {form.mode === 'add' ? (
        <CitationForm
          key={`add-${form.nonce}`}
          api={api}
          prefill={form.prefill}
          onSaved={saved}
          onCancel={closeForm}
        />
      ) : null}
      {form.mode === 'edit' ? (
        <CitationForm
          key={`edit-${form.record.id}`}
          api={api}
          editing={form.record}
          onSaved={saved}
          onCancel={closeForm}
        />
      ) : null}

      <p class="summary" role="status" aria-live="polite" data-testid="citation-status">
        {pages.error
          ? `Could not load citations: ${pages.error}`
          : total === null
            ? 'Loading citations…'
            : `${plural(total, 'citation')} ${filtered ? (total === 1 ? 'matches' : 'match') : 'in the store'}.`}
        {status ? ` ${status}` : ''}
      </p>

      {total !== null && total > 0 ? (
        <CitationTable
          total={total}
          row={pages.row}
          ensure={pages.ensure}
          resetKey={resetKey}
          onEdit={(record) => setForm({ mode: 'edit', record })}
          onDelete={remove}
        />
      ) : null}
      {total === 0 ? (
        <p class="empty">
          {filtered
            ? 'No citations match. Try fewer words, or search everything.'
            : 'The store is empty. Import a file below, reset the starter pack, or add a citation.'}
        </p>
      ) : null}
    </section>
  );
}
