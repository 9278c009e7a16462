// Which tab the popup reports on. `?tab=ID` lets the popup be opened as an ordinary page for a given
// tab (end-to-end tests, keyboard users who pin it); otherwise it is the active tab, as usual.
import { browser } from 'wxt/browser';

export async function targetTabId(search: string = location.search): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
