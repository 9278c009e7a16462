// The extension's keyboard shortcuts as the browser has them bound now (the user may change or
// remove a key in the browser's shortcuts page), for the options page and the popup alike.
import { browser } from 'wxt/browser';

export interface Shortcut {
  name: string;
  description: string;
  /** Empty when no key is assigned (removed by the user, or taken by another extension). */
  shortcut: string;
}

export async function commandShortcuts(): Promise<Shortcut[]> {
  return (await browser.commands.getAll()).map((command) => ({
    name: command.name ?? '',
    description: command.description ?? '',
    shortcut: command.shortcut ?? '',
  }));
}
