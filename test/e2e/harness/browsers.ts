// Launches Debian's Chromium (playwright-core) or Firefox ESR (puppeteer-core over WebDriver BiDi)
// with the built extension loaded, behind the recording proxy of server.ts. Both drivers are
// wrapped in one small `TestPage` interface so every e2e test runs unchanged in both browsers.
// Recipes: ../shared/DESIGN.md "Browser testing on these machines".
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  chromium,
  type BrowserContext,
  type CDPSession,
  type Page as PwPage,
} from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import type { RecordedRequest } from './server';

export type BrowserName = 'chromium' | 'firefox';

const ROOT = path.resolve(import.meta.dirname, '../../..');
export const BUILDS: Record<BrowserName, string> = {
  chromium: path.join(ROOT, '.output/chrome-mv3'),
  firefox: path.join(ROOT, '.output/firefox-mv2'),
};
const EXECUTABLES: Record<BrowserName, string[]> = {
  chromium: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
  firefox: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
};
const INSTALL_HINT: Record<BrowserName, string> = {
  chromium: 'install it with `apt-get install -y chromium` (or run `npm run setup`)',
  firefox: 'install it with `apt-get install -y firefox-esr` (or run `npm run setup`)',
};
/** Fixed so tests can open moz-extension:// pages; Firefox otherwise picks a random UUID. */
const FIREFOX_UUID = '6f0b1d7e-3c52-4c1e-9a57-c0440ab0a7e1';
const GECKO_ID = 'corroborate@corroborate.dev';

/**
 * Hosts each browser contacts on its own, with no extension loaded (update checks, sign-in, time
 * and remote-settings sync): measured by launching it behind the recording proxy without the
 * extension. Requests to them are the browser's, not Corroborate's; any other foreign host fails.
 */
export const BROWSER_OWN_HOSTS: Record<BrowserName, readonly string[]> = {
  chromium: ['update.googleapis.com', 'accounts.google.com', 'clients2.google.com'],
  firefox: ['firefox.settings.services.mozilla.com'],
};

/** The requests not made by the browser itself: the ones an extension could have caused. */
export function withoutBrowserOwn(
  name: BrowserName,
  requests: readonly RecordedRequest[],
): RecordedRequest[] {
  return requests.filter((r) => {
    // CONNECT carries host:port, a proxied request an absolute URL.
    const host = r.method === 'CONNECT' ? r.url.replace(/:\d+$/, '') : new URL(r.url).hostname;
    return !BROWSER_OWN_HOSTS[name].includes(host);
  });
}

export function findExecutable(name: BrowserName): string {
  const fromEnv = process.env[name === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'];
  const found = [fromEnv, ...EXECUTABLES[name]].find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error(`No ${name} found: ${INSTALL_HINT[name]}.`);
  return found;
}

/** The subset of Playwright's and Puppeteer's Page the tests use. */
export interface TestPage {
  /** Base URL of the extension's pages (as TestBrowser.extensionBase). */
  extensionBase: string;
  goto(url: string): Promise<void>;
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /**
   * Runs `fn` in the page's frames whose URL starts with `urlPrefix` (the extension's card frame:
   * cross-origin to the page, so only the driver reaches it) and returns each result, in frame
   * order; an empty list when there is no such frame.
   */
  evaluateInFrames<T, A>(urlPrefix: string, fn: (arg: A) => T | Promise<T>, arg: A): Promise<T[]>;
  waitFor<A>(fn: (arg: A) => unknown, arg: A, timeoutMs?: number): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  screenshot(file: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** Sets the files of an `<input type="file">`, as a user picking them would. */
  upload(selector: string, file: string): Promise<void>;
  click(selector: string): Promise<void>;
  /** Runs `source` in every document this page loads, before the document's own scripts. */
  addInitScript(source: string): Promise<void>;
  /**
   * Emulates a user preference media feature (`prefers-color-scheme: dark`,
   * `prefers-reduced-motion: reduce`); `null` restores the default. Chromium emulates it for this
   * page; Firefox has no WebDriver BiDi command for it, so it sets the matching preference for the
   * whole browser, and restores it when this page closes.
   */
  emulate(feature: MediaFeature, value: string | null): Promise<void>;
  /** Chromium only: a DevTools protocol session on the page (`npm run bench` traces with it). */
  cdp?: () => Promise<CDPSession>;
  close(): Promise<void>;
}

export type MediaFeature = 'prefers-color-scheme' | 'prefers-reduced-motion';

export interface TestBrowser {
  name: BrowserName;
  /** Base URL of the extension's pages, e.g. chrome-extension://ID/ */
  extensionBase: string;
  newPage(): Promise<TestPage>;
  close(): Promise<void>;
}

/**
 * tsx (which runs scripts/demo.ts) compiles with esbuild's keepNames, wrapping named functions in
 * a `__name(fn, "name")` helper; functions serialised into the page then need that helper there.
 */
const KEEP_NAMES_SHIM = 'globalThis.__name ??= (fn) => fn;';

function wrapPlaywright(page: PwPage, extensionBase: string): TestPage {
  return {
    extensionBase,
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    // The drivers' own generics (Unboxed<A>) do not line up with ours; arguments are plain data.
    evaluate: (fn, arg) => page.evaluate(fn as never, arg),
    evaluateInFrames: (prefix, fn, arg) =>
      Promise.all(
        page
          .frames()
          .filter((f) => f.url().startsWith(prefix))
          .map((f) => f.evaluate(fn as never, arg) as Promise<never>),
      ),
    waitFor: async (fn, arg, timeout = 15_000) =>
      void (await page.waitForFunction(fn as never, arg, { timeout, polling: 50 })),
    mouseMove: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(key),
    screenshot: async (file) => void (await page.screenshot({ path: file })),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    upload: (selector, file) => page.setInputFiles(selector, file),
    click: (selector) => page.click(selector),
    addInitScript: async (source) => void (await page.addInitScript(source)),
    emulate: async (feature, value) =>
      void (await page.emulateMedia(
        feature === 'prefers-color-scheme'
          ? { colorScheme: value as 'light' | 'dark' | 'no-preference' | null }
          : { reducedMotion: value as 'reduce' | 'no-preference' | null },
      )),
    cdp: () => page.context().newCDPSession(page),
    close: () => page.close(),
  };
}

/** Sets (a number) or clears (null) a Firefox preference, through the privileged chrome context. */
type SetPref = (name: string, value: number | null) => Promise<void>;

/** Firefox preferences behind the media features (0 = dark, 1 = light; 1 = reduce, 0 = not). */
const FIREFOX_MEDIA_PREFS: Record<MediaFeature, [string, Record<string, number>]> = {
  'prefers-color-scheme': [
    'layout.css.prefers-color-scheme.content-override',
    { dark: 0, light: 1 },
  ],
  'prefers-reduced-motion': ['ui.prefersReducedMotion', { reduce: 1, 'no-preference': 0 }],
};

function wrapPuppeteer(
  page: PpPage,
  extensionBase: string,
  setPref: SetPref,
  bidi: BidiConnection,
): TestPage {
  const emulated = new Set<MediaFeature>();
  return {
    extensionBase,
    goto: async (url) => {
      if (!url.startsWith('moz-extension:')) {
        await page.goto(url, { waitUntil: 'load' });
        return;
      }
      // Firefox's BiDi never reports `load` for moz-extension:// pages (the page does load):
      // start the navigation, then poll the document. An evaluation can fail while the old
      // document is torn down, so a failed poll is retried, not fatal.
      page.goto(url).catch(() => undefined);
      const deadline = Date.now() + 15_000;
      for (;;) {
        const loaded = await page
          .evaluate((u) => location.href === u && document.readyState === 'complete', url)
          .catch(() => false);
        if (loaded) return;
        if (Date.now() > deadline) throw new Error(`${url} did not load within 15 s`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as Promise<never>,
    evaluateInFrames: (prefix, fn, arg) =>
      evaluateInBidiFrames(
        bidi,
        (page.mainFrame() as unknown as { _id: string })._id,
        prefix,
        fn,
        arg,
      ),
    waitFor: async (fn, arg, timeout = 15_000) =>
      void (await page.waitForFunction(fn as never, { timeout, polling: 50 }, arg)),
    mouseMove: (x, y) => page.mouse.move(x, y),
    // Playwright-style chords ("Shift+Tab"): hold the modifiers, press the key.
    press: async (chord) => {
      const keys = chord.split('+') as never[];
      const key = keys.pop() as never;
      for (const k of keys) await page.keyboard.down(k);
      await page.keyboard.press(key);
      for (const k of keys.reverse()) await page.keyboard.up(k);
    },
    screenshot: async (file) => void (await page.screenshot({ path: file as `${string}.png` })),
    setViewport: (width, height) => page.setViewport({ width, height }),
    upload: async (selector, file) => {
      // Firefox's BiDi can hand back an input from the document a navigation just replaced
      // ("can't access dead object"): the input is looked up again, a few times at most.
      for (let attempt = 1; ; attempt++) {
        const input = await page.waitForSelector(selector);
        if (!input) throw new Error(`No ${selector} to upload into`);
        try {
          await (input as unknown as { uploadFile(f: string): Promise<void> }).uploadFile(file);
          return;
        } catch (error) {
          if (attempt >= 3 || !/dead object|detached|not attached/i.test(String(error)))
            throw error;
        }
      }
    },
    click: (selector) => page.click(selector),
    addInitScript: async (source) => void (await page.evaluateOnNewDocument(source)),
    emulate: async (feature, value) => {
      const [pref, values] = FIREFOX_MEDIA_PREFS[feature];
      const number = value === null ? null : values[value];
      if (number === undefined) throw new Error(`Cannot emulate ${feature}: ${value}`);
      await setPref(pref, number);
      if (number === null) emulated.delete(feature);
      else emulated.add(feature);
    },
    close: async () => {
      for (const feature of emulated) await setPref(FIREFOX_MEDIA_PREFS[feature][0], null);
      await page.close();
    },
  };
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/** Puppeteer's raw WebDriver BiDi connection, for commands it has no API for. */
const bidiOf = (browser: PpBrowser): BidiConnection =>
  (browser as unknown as { connection: BidiConnection }).connection;

interface BidiContext {
  context: string;
  url: string;
  children?: BidiContext[] | null;
}

/**
 * Puppeteer's Firefox frames leave out extension-origin iframes (moz-extension://), which
 * WebDriver BiDi itself lists: walk the page's browsing-context tree and call `fn` in each match.
 * Arguments and results cross as JSON.
 */
async function evaluateInBidiFrames<T, A>(
  bidi: BidiConnection,
  root: string,
  prefix: string,
  fn: (arg: A) => T | Promise<T>,
  arg: A,
): Promise<T[]> {
  const { result } = await bidi.send('browsingContext.getTree', { root });
  const found: string[] = [];
  const walk = (contexts: BidiContext[]): void => {
    for (const c of contexts) {
      if (c.context !== root && c.url.startsWith(prefix)) found.push(c.context);
      walk(c.children ?? []);
    }
  };
  walk((result as { contexts: BidiContext[] }).contexts);
  const values: T[] = [];
  for (const context of found) {
    const { result: out } = await bidi.send('script.callFunction', {
      functionDeclaration: `async (json) => JSON.stringify((await (${fn.toString()})(JSON.parse(json))) ?? null)`,
      arguments: [{ type: 'string', value: JSON.stringify(arg ?? null) }],
      target: { context },
      awaitPromise: true,
    });
    const r = out as { type: string; result?: { value?: string }; exceptionDetails?: object };
    if (r.type !== 'success')
      throw new Error(`evaluation in ${context} failed: ${JSON.stringify(r)}`);
    values.push(JSON.parse(r.result?.value ?? 'null') as T);
  }
  return values;
}

/**
 * Firefox preferences, set from its chrome (browser UI) context: possible because the browser
 * runs with `--remote-allow-system-access`. Puppeteer's BiDi connection sends the raw commands.
 */
function firefoxPrefSetter(browser: PpBrowser): SetPref {
  const connection = bidiOf(browser);
  let chrome: Promise<string> | null = null;
  return async (name, value) => {
    chrome ??= connection
      .send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })
      .then(({ result }) => {
        const id = (result as { contexts: { context: string }[] }).contexts[0]?.context;
        if (!id) throw new Error('Firefox exposed no chrome context to set preferences in');
        return id;
      });
    const expression =
      value === null
        ? `Services.prefs.clearUserPref(${JSON.stringify(name)})`
        : `Services.prefs.setIntPref(${JSON.stringify(name)}, ${value})`;
    const { result } = await connection.send('script.evaluate', {
      expression,
      target: { context: await chrome },
      awaitPromise: false,
    });
    if ((result as { type?: string }).type !== 'success') {
      throw new Error(`Could not set Firefox preference ${name}: ${JSON.stringify(result)}`);
    }
  };
}

/**
 * Chromium's flags on these machines (DESIGN.md): headless, no background networking (which a
 * closed network refuses anyway), and every request, loopback included, through the recording
 * proxy. The extension flags are added by the caller that loads it.
 */
export function chromiumArgs(proxyPort: number): string[] {
  return [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--proxy-server=http://127.0.0.1:${proxyPort}`,
    '--proxy-bypass-list=<-loopback>',
  ];
}

export interface LaunchOptions {
  /** A profile directory to keep across launches (restart tests); a fresh temporary one if unset. */
  profile?: string;
}

async function launchChromium(proxyPort: number, options: LaunchOptions): Promise<TestBrowser> {
  const dir = BUILDS.chromium;
  const profile = options.profile ?? mkdtempSync(path.join(os.tmpdir(), 'corroborate-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: findExecutable('chromium'),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      ...chromiumArgs(proxyPort),
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  return {
    name: 'chromium',
    extensionBase: `chrome-extension://${id}/`,
    newPage: async () => {
      const page = await context.newPage();
      await page.addInitScript(KEEP_NAMES_SHIM);
      return wrapPlaywright(page, `chrome-extension://${id}/`);
    },
    close: async () => {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function launchFirefox(proxyPort: number, options: LaunchOptions): Promise<TestBrowser> {
  const browser: PpBrowser = await puppeteer.launch({
    ...(options.profile ? { userDataDir: options.profile } : {}),
    browser: 'firefox',
    executablePath: findExecutable('firefox'),
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    // Firefox 153+ lets WebDriver navigate to moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // A temporary add-on is removed when Firefox quits; keep its IndexedDB for restart tests.
      'extensions.webextensions.keepStorageOnUninstall': true,
    },
  });
  const id = await browser.installExtension(BUILDS.firefox);
  if (id !== GECKO_ID) throw new Error(`Firefox installed the extension as ${id}, not ${GECKO_ID}`);
  const setPref = firefoxPrefSetter(browser);
  const bidi = bidiOf(browser);
  return {
    name: 'firefox',
    extensionBase: `moz-extension://${FIREFOX_UUID}/`,
    newPage: async () => {
      const page = await browser.newPage();
      await page.evaluateOnNewDocument(KEEP_NAMES_SHIM);
      return wrapPuppeteer(page, `moz-extension://${FIREFOX_UUID}/`, setPref, bidi);
    },
    close: () => browser.close(),
  };
}

export async function launch(
  name: BrowserName,
  proxyPort: number,
  options: LaunchOptions = {},
): Promise<TestBrowser> {
  if (!existsSync(path.join(BUILDS[name], 'manifest.json'))) {
    throw new Error(`No ${name} build at ${BUILDS[name]}: run \`npm run build\` first.`);
  }
  return name === 'chromium'
    ? launchChromium(proxyPort, options)
    : launchFirefox(proxyPort, options);
}
