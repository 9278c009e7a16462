import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { compiledStarterPack } from './scripts/starter-pack-files';

/**
 * The in-page scripts (entrypoints/content, on every page, ≤ 10 KB; entrypoints/annotator,
 * ≤ 60 KB) use only promise-returning APIs that both browsers have natively (storage, runtime
 * URLs; messaging goes through @webext-core/messaging's callbacks), so they get WXT's own
 * `browser` (globalThis.browser ?? chrome, a few bytes) instead of webextension-polyfill (10 KB).
 */
const IN_PAGE = new Set(['content', 'annotator']);
const PLAIN_BROWSER = fileURLToPath(import.meta.resolve('@wxt-dev/browser'));
/** Loaded by the page's content script (annotator) or framed into the page (card). */
const WEB_ACCESSIBLE = ['annotator.js', 'card.html'];

// See README "Permissions" for why each permission is requested.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: no auto-imported globals.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The starter pack ships compiled: its topic files are validated into records here, once,
    // so an install reads one file and stores it (issue 12: under 1 s) instead of validating
    // every entry again in the background.
    'build:publicAssets': (_wxt, files) => {
      const pack = compiledStarterPack();
      const kept = files.filter((file) => !file.relativeDest.startsWith('starter-pack/'));
      files.splice(0, files.length, ...kept, ...pack);
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => IN_PAGE.has(e.name))) return;
      config.resolve ??= {};
      const alias = config.resolve.alias;
      config.resolve.alias = Array.isArray(alias)
        ? [{ find: 'wxt/browser', replacement: PLAIN_BROWSER }, ...alias]
        : { ...alias, 'wxt/browser': PLAIN_BROWSER };
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Corroborate',
    description:
      'Marks statistics and named sources in news articles as corroborated, single-sourced or unverifiable, using a local citation store.',
    permissions: ['storage', 'contextMenus'],
    web_accessible_resources:
      manifestVersion === 2
        ? WEB_ACCESSIBLE
        : [{ resources: WEB_ACCESSIBLE, matches: ['http://*/*', 'https://*/*'] }],
    commands: {
      'toggle-annotations': {
        suggested_key: { default: 'Alt+Shift+C' },
        description: 'Hide or show Corroborate annotations on this page',
      },
      'annotate-page': {
        suggested_key: { default: 'Alt+Shift+A' },
        description: 'Annotate this page now',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'corroborate@corroborate.dev',
              strict_min_version: '140.0',
              // Corroborate collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions arrived in Firefox for Android 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
