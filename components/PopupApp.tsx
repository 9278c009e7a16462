import { useEffect, useState } from 'preact/hooks';
import type { Verdict } from '@/utils/claim';
import { sendMessage, type TabAnnotations } from '@/utils/messaging';

const LABELS: Record<Verdict, string> = {
  corroborated: 'Corroborated',
  'single-sourced': 'Single-sourced',
  unverifiable: 'Unverifiable',
};

type State =
  | { kind: 'loading' }
  | { kind: 'unavailable'; reason: string }
  | { kind: 'ready'; tab: TabAnnotations };

export function PopupApp({ tabId }: { tabId: number | null }) {
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    if (tabId == null) {
      setState({ kind: 'unavailable', reason: 'No tab to annotate.' });
      return;
    }
    sendMessage('getTabAnnotations', undefined, tabId).then(
      (reply) =>
        setState(
          reply.ok ? { kind: 'ready', tab: reply.value } : { kind: 'unavailable', reason: reply.error },
        ),
      // No content script answers on browser pages (settings, web stores, PDFs).
      () =>
        setState({
          kind: 'unavailable',
          reason: 'Corroborate cannot run on this page (browser pages and web stores are off limits).',
        }),
    );
  }, [tabId]);

  if (state.kind === 'loading') return <p>Loading…</p>;
  if (state.kind === 'unavailable') return <p role="status">{state.reason}</p>;
  const claims = state.tab.document.claims;
  const counts = (verdict: Verdict) => claims.filter((c) => c.verdict === verdict).length;
  return (
    <main>
      <h1>Corroborate</h1>
      <p data-testid="claim-count">
        {claims.length} {claims.length === 1 ? 'claim' : 'claims'} on this page
      </p>
      <ul>
        {(Object.keys(LABELS) as Verdict[]).map((v) => (
          <li key={v} data-verdict={v}>
            {LABELS[v]}: {counts(v)}
          </li>
        ))}
      </ul>
    </main>
  );
}
