import { render } from 'preact';
import { PopupApp } from '@/components/PopupApp';
import { targetTabId } from '@/utils/active-tab';
import './popup.css';

void targetTabId().then((tabId) => {
  const root = document.getElementById('app');
  if (root) render(<PopupApp tabId={tabId} />, root);
});
