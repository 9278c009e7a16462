// Apache Annotator's DOM selector matchers (@apache-annotator/dom), bundled for a page under test.
// They are an independent implementation of the W3C Web Annotation selectors: an exported
// selector that they find in the page is standard, not merely readable by our own code. Bundled
// here at test time and run as a page script; the extension never ships them.
import { build } from 'esbuild';

/** Name of the page global the bundle defines. */
export const APACHE_ANNOTATOR_GLOBAL = '__apacheAnnotator';

let bundle: Promise<string> | null = null;

/** The matchers as a classic script that defines `globalThis.__apacheAnnotator`. */
export function apacheAnnotatorScript(): Promise<string> {
  bundle ??= build({
    stdin: {
      contents:
        "export { createTextPositionSelectorMatcher, createTextQuoteSelectorMatcher } from '@apache-annotator/dom';",
      resolveDir: import.meta.dirname,
      loader: 'js',
    },
    bundle: true,
    format: 'iife',
    globalName: 'bundle',
    // Drivers may wrap an init script in a function, where the bundle's `var` stays local.
    footer: { js: `globalThis.${APACHE_ANNOTATOR_GLOBAL} = bundle;` },
    platform: 'browser',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return bundle;
}
