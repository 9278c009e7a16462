// The toolbar popup for one tab: counts by verdict and kind, the claims (activate one to jump to
// its badge), a verdict filter, exports, the annotate button and the per-site off switch. It
// talks to the tab's content script through `api`; every state says what to do next.
import { useEffect, useState } from 'preact/hooks';
import { ClaimList } from './ClaimList';
import { ExportButtons } from './ExportButtons';
import type { PopupApi } from './popup-api';
import { SettingSwitch } from './SettingSwitch';
import { SiteSwitch } from './SiteSwitch';
import { ShortcutHint } from './ShortcutHint';
import { VerdictCounts } from './VerdictCounts';
import { plural } from './verdicts';
import type { AnnotatedClaim, Verdict } from '../utils/claim';
import type { Reply, TabAnnotations } from '../utils/messaging';

/** How often the popup re-reads a tab that is still annotating. */
export const POLL_MS = 400;

type State =
  | { kind: 'loading' }
  /** No content script answers: a browser page, a web store, a PDF, or no tab at all. */
  | { kind: 'unavailable' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; tab: TabAnnotations };

const stateOf = (reply: Reply<TabAnnotations>): State =>
  reply.ok ? { kind: 'ready', tab: reply.value } : { kind: 'error', message: reply.error };

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

export interface PopupAppProps {
  /** null when there is no tab to report on. */
  api: PopupApi | null;
  now?: () => Date;
}

export function PopupApp({ api, now }: PopupAppProps) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [filter, setFilter] = useState<Verdict | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const header = (
    <header>
      <h1>Corroborate</h1>
    </header>
  );
  const footer = api ? (
    <footer>
      <button type="button" class="link" onClick={() => void api.openOptions()}>
        Manage citations and settings
      </button>
    </footer>
  ) : null;

  const refresh = async () => {
    if (!api) return setState({ kind: 'unavailable' });
    try {
      setState(stateOf(await api.getTabAnnotations()));
    } catch {
      setState({ kind: 'unavailable' });
    }
  };

  useEffect(() => {
    void refresh();
  }, [api]);

  // A page that is still being annotated (automatically, or from the keyboard) is re-read.
  const working = state.kind === 'ready' && state.tab.status === 'working';
  useEffect(() => {
    if (!working) return;
    const timer = setTimeout(() => void refresh(), POLL_MS);
    return () => clearTimeout(timer);
  }, [state]);

  if (state.kind === 'loading') {
    return (
      <main class="popup">
        {header}
        <p role="status">Loading this page’s annotations…</p>
      </main>
    );
  }
  if (state.kind === 'unavailable' || state.kind === 'error' || !api) {
    return (
      <main class="popup">
        {header}
        <div class="empty" role="status" data-testid="unavailable">
          <p>
            <strong>Corroborate can’t run on this page.</strong>
          </p>
          {state.kind === 'error' ? (
            <p>{state.message}</p>
          ) : (
            <p>
              Browser pages (settings, new tabs, extension stores) and some documents such as PDFs
              are off limits to extensions. Open a news article and click Corroborate again. If the
              page was open before Corroborate was installed or updated, reload it.
            </p>
          )}
        </div>
        {footer}
      </main>
    );
  }

  const { tab } = state;
  const claims = tab.document.claims;
  const host = hostOf(tab.document.url);
  const shown = filter === null ? claims : claims.filter((c) => c.verdict === filter);

  const annotate = async () => {
    setBusy(true);
    setStatus('Annotating this page…');
    try {
      const reply = await api.annotatePage();
      setState(stateOf(reply));
      setStatus(reply.ok ? `Found ${plural(reply.value.document.claims.length, 'claim')}.` : '');
    } catch {
      setState({ kind: 'unavailable' });
    } finally {
      setBusy(false);
    }
  };

  const toggle = async () => {
    try {
      const reply = await api.toggleAnnotations();
      if (reply.ok) {
        setState({ kind: 'ready', tab: { ...tab, hidden: reply.value.hidden } });
        setStatus(reply.value.hidden ? 'Annotations hidden.' : 'Annotations shown.');
      }
    } catch {
      setState({ kind: 'unavailable' });
    }
  };

  const focus = async (claim: AnnotatedClaim) => {
    try {
      const reply = await api.focusClaim(claim.id);
      if (reply.ok && !reply.value) setStatus(`“${claim.text}” is no longer on the page.`);
      else if (reply.ok && tab.hidden) setState({ kind: 'ready', tab: { ...tab, hidden: false } });
    } catch {
      setState({ kind: 'unavailable' });
    }
  };

  const siteChanged = (disabled: boolean) => {
    setStatus(
      disabled
        ? `Corroborate will not annotate ${host} by itself any more. “Annotate this page” still works.`
        : `Corroborate will annotate articles on ${host} again.`,
    );
    void refresh();
  };

  return (
    <main class="popup">
      {header}
      {tab.status !== 'idle' ? (
        <p class="count" data-testid="claim-count">
          {plural(claims.length, 'claim')} on this page
        </p>
      ) : null}
      {tab.capped ? (
        <p class="capped" data-testid="capped">
          {tab.capped.what === 'claims'
            ? `Corroborate stopped at ${plural(tab.capped.most, 'claim')}: it marks no more on one page`
            : `Corroborate stopped after the first ${plural(tab.capped.most, 'character')}: it reads no more of one page`}
          , so that a page this long stays responsive.
        </p>
      ) : null}

      {tab.status === 'idle' ? (
        <div class="empty" data-testid="not-annotated">
          <p>
            <strong>This page hasn’t been annotated yet.</strong>
          </p>
          <p>
            Corroborate annotates news articles by itself. For any other page, annotate it on demand
            <ShortcutHint command="annotate-page" shortcuts={api.shortcuts} />.
          </p>
          <button
            type="button"
            class="primary"
            data-testid="annotate"
            disabled={busy}
            onClick={() => void annotate()}
          >
            Annotate this page
          </button>
        </div>
      ) : null}

      {tab.status === 'working' ? (
        <div class="empty">
          <p>Annotating this page… (claims appear as they are found)</p>
          <progress aria-label="Annotating this page" />
        </div>
      ) : null}

      {tab.status === 'annotated' && claims.length === 0 ? (
        <div class="empty" data-testid="no-claims">
          <p>
            <strong>No claims found.</strong>
          </p>
          <p>
            Corroborate looks for statistics (“15%”, “$1.2 billion”, “nearly 400 employees”) and
            named sources (“according to Reuters”). This page has none it recognises.
          </p>
        </div>
      ) : null}

      {tab.status !== 'idle' && claims.length > 0 ? (
        <>
          <VerdictCounts claims={claims} filter={filter} onFilter={setFilter} />
          {shown.length > 0 ? (
            <ClaimList claims={shown} text={tab.text} onFocusClaim={(claim) => void focus(claim)} />
          ) : (
            <p class="empty">No claims with this verdict.</p>
          )}
          <button type="button" class="link" onClick={() => void toggle()}>
            {tab.hidden ? 'Show annotations' : 'Hide annotations'}
          </button>
        </>
      ) : null}

      {tab.status === 'annotated' ? (
        <ExportButtons
          doc={tab.document}
          anchor={tab.page ?? { text: tab.text, spans: {} }}
          now={now}
          onExported={(name) => setStatus(`Saved ${name}.`)}
        />
      ) : null}

      {host !== null && tab.document.url !== null ? (
        <SiteSwitch
          host={host}
          load={() => api.isSiteDisabled(tab.document.url ?? host)}
          save={(disabled) => api.setSiteDisabled(tab.document.url ?? host, disabled)}
          onChanged={siteChanged}
        />
      ) : null}

      <SettingSwitch
        class="quiet-switch"
        subject="quiet"
        load={() => api.getQuietMode()}
        save={(on) => api.setQuietMode(on)}
      >
        Quiet mode: badges only on ✓ corroborated and ⚠ conflicting claims
      </SettingSwitch>

      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      {footer}
    </main>
  );
}
