// User settings, synced across the user's browsers: which sites are annotated automatically,
// which are switched off, and whether reading may add citations to the store. Extension pages use
// this WXT storage item; the content script reads the same `storage.sync` key directly
// (utils/settings-core.ts) to stay small.
import { storage } from 'wxt/utils/storage';
import { normalizeHost } from './page/is-article';
import { DEFAULT_SETTINGS, hostOf, normalizeSettings, type Settings } from './settings-core';

export * from './settings-core';

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function getSettings(): Promise<Settings> {
  try {
    return normalizeSettings(await settingsItem.getValue());
  } catch {
    return normalizeSettings(null);
  }
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await getSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

/** The per-site off switch. */
export async function setSiteDisabled(hostOrUrl: string, disabled: boolean): Promise<Settings> {
  const settings = await getSettings();
  const host = normalizeHost(hostOf(hostOrUrl));
  const rest = settings.disabledSites.filter((s) => s !== host);
  return updateSettings({ disabledSites: disabled ? [...rest, host] : rest });
}
