import { render } from 'preact';
import { createPopupApi } from '@/components/popup-api';
import { PopupApp } from '@/components/PopupApp';
import { targetTabId } from '@/utils/active-tab';
import '@/components/theme.css';
import './popup.css';

void targetTabId().then(
  (tabId) => mount(tabId),
  () => mount(null),
);

function mount(tabId: number | null): void {
  const root = document.getElementById('app');
  if (root) render(<PopupApp api={tabId === null ? null : createPopupApi(tabId)} />, root);
}
