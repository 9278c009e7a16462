// "What Corroborate stores": where data lives, that none of it leaves the machine, and the store's
// current size by origin.
import type { StoreSummary } from '../utils/messaging';

export interface StoreSummaryPanelProps {
  summary: StoreSummary | null;
  error: string;
}

export function StoreSummaryPanel({ summary, error }: StoreSummaryPanelProps) {
  return (
    <section id="privacy" aria-labelledby="privacy-heading" class="panel">
      <h2 id="privacy-heading">What Corroborate stores</h2>
      <ul>
        <li>
          <strong>Citations</strong> are kept in IndexedDB inside the extension (not in any web
          page’s storage). Only the extension’s own pages and background can read them.
        </li>
        <li>
          <strong>Settings</strong> (automatic sites, sites switched off, learning from reading) are
          kept in the browser’s sync storage, so they follow you if you sync your browser.
        </li>
        <li>
          <strong>Nothing is sent anywhere.</strong> Corroborate makes no network requests of its
          own: pages are read and checked on this computer.
        </li>
      </ul>
      {error ? (
        <p class="error" role="status">
          Could not read the store: {error}
        </p>
      ) : summary === null ? (
        <p role="status">Reading the store…</p>
      ) : (
        <dl class="summary-list" data-testid="store-summary">
          <div>
            <dt>Citations in total</dt>
            <dd data-testid="summary-total">{summary.total.toLocaleString('en')}</dd>
          </div>
          <div>
            <dt>Yours (added or imported)</dt>
            <dd>{summary.byOrigin.user.toLocaleString('en')}</dd>
          </div>
          <div>
            <dt>
              Starter pack
              {summary.starterPackVersion ? ` (version ${summary.starterPackVersion})` : ''}
            </dt>
            <dd data-testid="summary-starter">{summary.byOrigin.starter.toLocaleString('en')}</dd>
          </div>
          <div>
            <dt>Learned from reading</dt>
            <dd data-testid="summary-learned">{summary.byOrigin.learned.toLocaleString('en')}</dd>
          </div>
          <div>
            <dt>Stored in</dt>
            <dd>
              <code data-testid="summary-origin">{summary.origin}</code>
            </dd>
          </div>
        </dl>
      )}
    </section>
  );
}
