// The settings shape and its pure helpers, free of any storage library so the content script can
// use them without bundling one (it reads `storage.sync` directly; see utils/settings.ts for the
// WXT storage item the extension pages use).
import { DEFAULT_AUTO_SITES } from './page/default-sites';
import { hostMatches, normalizeHost } from './page/is-article';

export interface Settings {
  /** Sites annotated automatically even when a page does not declare itself an article. */
  autoSites: string[];
  /** Sites never annotated automatically (the per-site off switch). On demand still works. */
  disabledSites: string[];
  /** Let pages the user reads add citations to the store. */
  learnFromReading: boolean;
  /**
   * Quiet mode: badges only on corroborated claims and on claims with a conflicting figure (✓,
   * ⚠); the rest are highlighted faintly and listed in the popup. Off by default (see README).
   */
  quietMode: boolean;
}

/** `storage.sync` key of the settings (WXT item `sync:settings`; its metadata is `settings$`). */
export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = {
  autoSites: [...DEFAULT_AUTO_SITES],
  disabledSites: [],
  learnFromReading: false,
  quietMode: false,
};

const siteList = (value: unknown, fallback: string[]): string[] =>
  Array.isArray(value)
    ? [
        ...new Set(
          value.filter((s): s is string => typeof s === 'string').map((s) => normalizeHost(s)),
        ),
      ].filter(Boolean)
    : fallback;

/** Tolerates missing or malformed fields (older or hand-edited storage). */
export function normalizeSettings(value: unknown): Settings {
  const v = (value && typeof value === 'object' ? value : {}) as Partial<
    Record<keyof Settings, unknown>
  >;
  return {
    autoSites: siteList(v.autoSites, [...DEFAULT_SETTINGS.autoSites]),
    disabledSites: siteList(v.disabledSites, []),
    learnFromReading:
      typeof v.learnFromReading === 'boolean'
        ? v.learnFromReading
        : DEFAULT_SETTINGS.learnFromReading,
    quietMode: typeof v.quietMode === 'boolean' ? v.quietMode : DEFAULT_SETTINGS.quietMode,
  };
}

/** Accepts a host or a URL. */
export function hostOf(hostOrUrl: string): string {
  try {
    return new URL(hostOrUrl).hostname;
  } catch {
    return hostOrUrl;
  }
}

export function isSiteDisabled(settings: Settings, hostOrUrl: string): boolean {
  return hostMatches(hostOf(hostOrUrl), settings.disabledSites);
}

export function isAutoSite(settings: Settings, hostOrUrl: string): boolean {
  return hostMatches(hostOf(hostOrUrl), settings.autoSites);
}
