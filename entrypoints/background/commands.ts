// Keyboard commands, the toolbar and context menus act on a tab: forward them to its content
// script. A tab whose content script cannot run (browser pages, web stores) ignores them.
import { browser, type Browser } from 'wxt/browser';
import { sendMessage, type PageMetadata } from '@/utils/messaging';
import { addCitationHash, hostPublisher, type CitationPrefill } from '@/utils/page/metadata';

const MENU_ANNOTATE = 'corroborate-annotate-page';
const MENU_ADD_CITATION = 'corroborate-add-citation';

async function forward(
  tab: Browser.tabs.Tab | undefined,
  action: 'annotatePage' | 'toggleAnnotations',
) {
  if (tab?.id === undefined) return;
  try {
    await sendMessage(action, undefined, tab.id);
  } catch {
    // No content script in this tab: nothing to annotate there.
  }
}

/** The page's own metadata from its content script, or null where none runs. */
async function pageMetadata(tabId: number | undefined): Promise<PageMetadata | null> {
  if (tabId === undefined) return null;
  try {
    const reply = await sendMessage('pageMetadata', undefined, tabId);
    return reply.ok ? reply.value : null;
  } catch {
    return null;
  }
}

/**
 * The add form's prefill for a selection: the selected text as the claim, the page URL, and the
 * publisher from the page (og:site_name), falling back to the host name.
 */
export function selectionPrefill(
  selection: string | undefined,
  pageUrl: string | undefined,
  meta: PageMetadata | null,
): CitationPrefill {
  const url = meta?.url || pageUrl || undefined;
  const httpUrl = url !== undefined && /^https?:\/\//i.test(url) ? url : undefined;
  return {
    claim: selection?.replace(/\s+/g, ' ').trim(),
    url: httpUrl,
    publisher: meta?.siteName ?? hostPublisher(httpUrl) ?? undefined,
    published: meta?.published ?? undefined,
  };
}

async function addSelectionAsCitation(
  info: Browser.contextMenus.OnClickData,
  tab: Browser.tabs.Tab | undefined,
) {
  const meta = await pageMetadata(tab?.id);
  const prefill = selectionPrefill(info.selectionText, info.pageUrl ?? tab?.url, meta);
  await browser.tabs.create({
    url: browser.runtime.getURL('/options.html') + addCitationHash(prefill),
    ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}),
  });
}

export function registerCommands(): void {
  browser.commands.onCommand.addListener(async (command, tab) => {
    const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (command === 'annotate-page') await forward(target, 'annotatePage');
    if (command === 'toggle-annotations') await forward(target, 'toggleAnnotations');
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU_ANNOTATE,
      title: 'Annotate this page with Corroborate',
      contexts: ['page', 'selection'],
    });
    browser.contextMenus.create({
      id: MENU_ADD_CITATION,
      title: 'Add selection as a citation',
      contexts: ['selection'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ANNOTATE) void forward(tab, 'annotatePage');
    if (info.menuItemId === MENU_ADD_CITATION) void addSelectionAsCitation(info, tab);
  });
}
