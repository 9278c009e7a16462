// Import with a preview before anything is written: read the chosen file (progress while it
// streams in), let the background parse and check it, show valid / duplicate / bad counts and
// the first problems by line, then import or cancel. The background writes in one transaction.
import { useEffect, useRef, useState } from 'preact/hooks';
import { DecodeError, decodeText } from '../utils/decode-text';
import { errorText, type OptionsApi } from './options-api';
import { ImportPreviewDetails } from './ImportPreviewDetails';
import { plural } from './verdicts';
import type { ImportPreview } from '../utils/messaging';

/** Mirrors utils/citations/import MAX_IMPORT_BYTES: refuse before reading, not after. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
type State =
  | { step: 'idle' }
  | { step: 'reading'; name: string; fraction: number | null }
  | { step: 'checking'; name: string }
  | { step: 'preview'; preview: ImportPreview }
  | { step: 'importing'; preview: ImportPreview }
  | { step: 'done'; message: string }
  | { step: 'error'; message: string };

/**
 * The file's text, decoded by the CLI's decoder (BOM, UTF-8, UTF-16; a reasoned refusal for the
 * rest), reporting the share read so far when the browser can stream it.
 */
export async function readFileText(
  file: File,
  onProgress: (fraction: number) => void,
): Promise<string> {
  if (typeof file.stream !== 'function' || file.size === 0) {
    return decodeText(new Uint8Array(await file.arrayBuffer()), file.name);
  }
  const reader = file.stream().getReader();
  const parts: Uint8Array[] = [];
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    parts.push(value);
    onProgress(Math.min(1, read / file.size));
  }
  const bytes = new Uint8Array(read);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.byteLength;
  }
  return decodeText(bytes, file.name);
}

export interface ImportPanelProps {
  api: Pick<OptionsApi, 'previewImport' | 'commitImport' | 'cancelImport'>;
  onImported: () => void;
}

export function ImportPanel({ api, onImported }: ImportPanelProps) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (state.step === 'preview') previewHeading.current?.focus();
    // The preview's buttons are gone: keep focus in this section rather than on the page body.
    const lost = document.activeElement === null || document.activeElement === document.body;
    if ((state.step === 'done' || state.step === 'error') && lost) input.current?.focus();
  }, [state.step]);

  const choose = async (file: File | undefined) => {
    if (input.current) input.current.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setState({
        step: 'error',
        message: `${file.name} is ${(file.size / 1024 / 1024).toFixed(0)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB. Split it into smaller files.`,
      });
      return;
    }
    try {
      setState({ step: 'reading', name: file.name, fraction: 0 });
      let last = 0;
      const text = await readFileText(file, (fraction) => {
        // Re-render at most every 2% of the file.
        if (fraction - last >= 0.02 || fraction === 1) {
          last = fraction;
          setState({ step: 'reading', name: file.name, fraction });
        }
      });
      setState({ step: 'checking', name: file.name });
      setState({ step: 'preview', preview: await api.previewImport(file.name, text) });
    } catch (error) {
      // The decoder's reason names the file already: one line, not "could not read" twice.
      const message =
        error instanceof DecodeError
          ? error.message
          : `Could not read ${file.name}: ${errorText(error)}`;
      setState({ step: 'error', message });
    }
  };

  const commit = async (preview: ImportPreview) => {
    setState({ step: 'importing', preview });
    try {
      const { added, skipped } = await api.commitImport(preview.token);
      setState({
        step: 'done',
        message: `Imported ${plural(added, 'citation')} (${skipped.toLocaleString('en')} already in the store)`,
      });
      onImported();
    } catch (error) {
      setState({ step: 'error', message: `Nothing was imported: ${errorText(error)}` });
    }
  };

  const cancel = async (preview: ImportPreview) => {
    setState({
      step: 'done',
      message: `Import of ${preview.name} cancelled; nothing was written.`,
    });
    input.current?.focus();
    try {
      await api.cancelImport(preview.token);
    } catch {
      // An expired preview holds nothing to release.
    }
  };

  const busy = state.step === 'reading' || state.step === 'checking' || state.step === 'importing';

  return (
    <section id="import" aria-labelledby="import-heading" class="panel">
      <h2 id="import-heading">Import</h2>
      <p class="muted">
        JSON (an array of citations), JSON Lines, CSV with the columns{' '}
        <code>publisher, claim, url, published, subject, value, unit</code>, the layoff-tracker CSV,
        or schema.org ClaimReview. You will see what the file holds before anything is saved.
      </p>
      <label for="import-file">Import citations</label>{' '}
      <input
        ref={input}
        id="import-file"
        type="file"
        accept=".json,.jsonl,.ndjson,.jsonld,.csv,.txt,application/json,application/ld+json,text/csv"
        disabled={busy}
        aria-describedby="import-status"
        onChange={(event) => void choose(event.currentTarget.files?.[0])}
      />
      {state.step === 'reading' ? (
        <div class="progress">
          <label for="import-progress">Reading {state.name}…</label>
          <progress
            id="import-progress"
            data-testid="import-progress"
            max={1}
            value={state.fraction ?? undefined}
          />
        </div>
      ) : null}
      {state.step === 'checking' || state.step === 'importing' ? (
        <div class="progress">
          <label for="import-progress">
            {state.step === 'checking'
              ? `Checking ${state.name}…`
              : `Importing ${plural(state.preview.valid - state.preview.duplicates, 'citation')}…`}
          </label>
          <progress id="import-progress" data-testid="import-progress" />
        </div>
      ) : null}
      {state.step === 'preview' || state.step === 'importing' ? (
        <ImportPreviewDetails
          preview={state.preview}
          headingRef={previewHeading}
          busy={state.step === 'importing'}
          onConfirm={() => void commit(state.preview)}
          onCancel={() => void cancel(state.preview)}
        />
      ) : null}
      <p id="import-status" role="status" aria-live="polite" class="status">
        {state.step === 'done' ? <span data-testid="import-result">{state.message}</span> : null}
        {state.step === 'error' ? (
          <span class="error" data-testid="import-result">
            {state.message}
          </span>
        ) : null}
      </p>
    </section>
  );
}
