// The options page (options.html, opened in a tab): the citation store (search, add, edit,
// delete), import with a preview, export / reset / clear, settings, and what is stored where.
// `#add?claim=…&url=…&publisher=…&published=…` (the context menu) opens a prefilled add form.
import { useEffect, useState } from 'preact/hooks';
import { CitationBrowser } from './CitationBrowser';
import { ImportPanel } from './ImportPanel';
import { errorText, type OptionsApi } from './options-api';
import { SettingsPanel } from './SettingsPanel';
import { StoreActions } from './StoreActions';
import { StoreSummaryPanel } from './StoreSummaryPanel';
import type { StoreSummary } from '../utils/messaging';
import { parseAddCitationHash, type CitationPrefill } from '../utils/page/metadata';

export interface OptionsAppProps {
  api: OptionsApi;
  /** The page's window, for its hash; a test passes its own. */
  win?: Window;
}

export function OptionsApp({ api, win = window }: OptionsAppProps) {
  /** Bumped by writes outside the table (import, reset, clear): the table reloads. */
  const [storeKey, setStoreKey] = useState(0);
  /** Bumped by every write: the summary reloads. */
  const [summaryKey, setSummaryKey] = useState(0);
  const [summary, setSummary] = useState<StoreSummary | null>(null);
  const [summaryError, setSummaryError] = useState('');
  const [addRequest, setAddRequest] = useState<{ prefill: CitationPrefill; nonce: number } | null>(
    null,
  );

  // The context menu's "Add selection as a citation" lands here with the prefill in the hash.
  useEffect(() => {
    const read = () => {
      const prefill = parseAddCitationHash(win.location.hash);
      if (prefill === null) return;
      setAddRequest({ prefill, nonce: Date.now() });
      // A reload should not reopen the form.
      win.history.replaceState(null, '', `${win.location.pathname}${win.location.search}`);
    };
    read();
    win.addEventListener('hashchange', read);
    return () => win.removeEventListener('hashchange', read);
  }, [win]);

  useEffect(() => {
    let live = true;
    api.storeSummary().then(
      (value) => {
        if (!live) return;
        setSummary(value);
        setSummaryError('');
      },
      (error: unknown) => live && setSummaryError(errorText(error)),
    );
    return () => {
      live = false;
    };
  }, [api, summaryKey]);

  const changed = () => {
    setStoreKey((n) => n + 1);
    setSummaryKey((n) => n + 1);
  };

  return (
    <div class="options">
      <header>
        <h1>Corroborate</h1>
        <nav aria-label="Sections">
          <a href="#citations">Citations</a>
          <a href="#import">Import</a>
          <a href="#store">Export and reset</a>
          <a href="#settings">Settings</a>
          <a href="#privacy">What is stored</a>
        </nav>
      </header>
      <main>
        <CitationBrowser
          api={api}
          refreshKey={storeKey}
          onChanged={() => setSummaryKey((n) => n + 1)}
          addRequest={addRequest}
        />
        <ImportPanel api={api} onImported={changed} />
        <StoreActions api={api} total={summary?.total ?? null} onChanged={changed} />
        <SettingsPanel api={api} />
        <StoreSummaryPanel summary={summary} error={summaryError} />
      </main>
    </div>
  );
}
