// Whole-store actions: export every citation (JSON or CSV download), reload the bundled starter
// pack (user and learned citations are untouched), and delete everything behind a confirmation.
import { useState } from 'preact/hooks';
import { ConfirmButton } from './ConfirmButton';
import { downloadFile, localDay } from './download';
import { errorText, type OptionsApi } from './options-api';
import { plural } from './verdicts';

const EXPORT_TYPE = {
  json: { mime: 'application/json', label: 'JSON' },
  csv: { mime: 'text/csv; charset=utf-8; header=present', label: 'CSV' },
} as const;

export interface StoreActionsProps {
  api: Pick<OptionsApi, 'exportCitations' | 'resetStarterPack' | 'clearCitations'>;
  /** Citations in the store, for the confirmation's wording; null while unknown. */
  total: number | null;
  onChanged: () => void;
  now?: () => Date;
}

export function StoreActions({ api, total, onChanged, now = () => new Date() }: StoreActionsProps) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      setStatus(await work());
    } catch (error) {
      setStatus(`That did not work: ${errorText(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const exportStore = (format: 'json' | 'csv') =>
    run(async () => {
      const content = await api.exportCitations(format);
      const name = `corroborate-citations-${localDay(now())}.${format}`;
      downloadFile({ name, content, mime: EXPORT_TYPE[format].mime });
      return `Saved ${name}.`;
    });

  const reset = () =>
    run(async () => {
      const { removed, added } = await api.resetStarterPack();
      onChanged();
      return `Starter pack reloaded: ${plural(added, 'citation')} (replacing ${removed.toLocaleString('en')}). Your own citations were not touched.`;
    });

  const clear = () =>
    run(async () => {
      const removed = await api.clearCitations();
      onChanged();
      return `Deleted ${plural(removed, 'citation')}. “Reset the bundled starter pack” brings the starter citations back.`;
    });

  return (
    <section id="store" aria-labelledby="store-heading" class="panel">
      <h2 id="store-heading">Export, reset and clear</h2>
      <div class="row-actions">
        <span>Export the store:</span>
        {(['json', 'csv'] as const).map((format) => (
          <button
            key={format}
            type="button"
            data-testid={`store-export-${format}`}
            disabled={busy}
            onClick={() => void exportStore(format)}
          >
            {EXPORT_TYPE[format].label}
          </button>
        ))}
      </div>
      <div class="row-actions">
        <button
          type="button"
          data-testid="reset-starter"
          disabled={busy}
          onClick={() => void reset()}
        >
          Reset the bundled starter pack
        </button>
        <span class="muted">Reloads the citations that ship with Corroborate. Yours are kept.</span>
      </div>
      <div class="row-actions">
        <ConfirmButton
          label="Delete all citations…"
          class="danger"
          testId="clear-all"
          disabled={busy || total === 0}
          prompt={`Delete all ${total === null ? '' : `${total.toLocaleString('en')} `}citations, including your own and the starter pack? This cannot be undone.`}
          confirmLabel="Yes, delete them all"
          cancelLabel="Keep them"
          onConfirm={clear}
        />
      </div>
      <p class="status" role="status" aria-live="polite" data-testid="store-status">
        {status}
      </p>
    </section>
  );
}
