// Runs `web-ext lint` (the linter addons.mozilla.org runs) on the Firefox build and fails on any
// error or warning, except two that cannot be fixed in our code: Preact's renderer assigns
// `innerHTML` in its `dangerouslySetInnerHTML` branch, which Corroborate never uses (ESLint bans
// innerHTML in our own code); and the content script's one `import()` of the annotator, whose
// argument is the extension's own URL (`runtime.getURL` of a constant path: a literal cannot
// name a moz-extension:// URL, whose UUID differs per install). Each allowed warning is checked
// against the code it points at.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const BUILD = path.resolve(import.meta.dirname, '../.output/firefox-mv2');

interface Message {
  code: string;
  file?: string;
  line?: number;
  column?: number;
  message: string;
}

function run(): { errors: Message[]; warnings: Message[]; notices: Message[] } {
  try {
    return JSON.parse(
      execFileSync(
        'npx',
        ['web-ext', 'lint', '-s', BUILD, '--self-hosted=false', '--output=json'],
        {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      ),
    );
  } catch (error) {
    // web-ext exits non-zero when it finds errors; its JSON is still on stdout.
    return JSON.parse((error as { stdout: string }).stdout);
  }
}

/** Preact's `dangerouslySetInnerHTML` assignment: `….innerHTML=….__html`. */
function isPreactInnerHtml(m: Message): boolean {
  if (m.code !== 'UNSAFE_VAR_ASSIGNMENT' || !m.file || !m.line || m.column === undefined)
    return false;
  const line = readFileSync(path.join(BUILD, m.file), 'utf8').split('\n')[m.line - 1] ?? '';
  return /^\.?innerHTML=\w+\.__html/.test(line.slice(m.column, m.column + 40).replace(/^\w+/, ''));
}

/** The content script's `import(<browser>.runtime.getURL(<constant>))` of annotator.js. */
function isAnnotatorImport(m: Message): boolean {
  if (m.code !== 'UNSAFE_VAR_ASSIGNMENT' || m.file !== 'content-scripts/content.js' || !m.line)
    return false;
  if (m.column === undefined || !/import/.test(m.message)) return false;
  const line = readFileSync(path.join(BUILD, m.file), 'utf8').split('\n')[m.line - 1] ?? '';
  return /^import\(\w+\.runtime\.getURL\(\w+\)\)/.test(line.slice(m.column - 1, m.column + 40));
}

const report = run();
const warnings = report.warnings.filter((m) => !isPreactInnerHtml(m) && !isAnnotatorImport(m));
const allowed = report.warnings.length - warnings.length;
for (const m of [...report.errors, ...warnings]) {
  console.error(`${m.code} ${m.file ?? ''}:${m.line ?? ''}:${m.column ?? ''} ${m.message}`);
}
console.log(
  `web-ext lint: ${report.errors.length} errors, ${warnings.length} warnings` +
    (allowed
      ? ` (+${allowed} allowed: Preact's dangerouslySetInnerHTML branch, the annotator's import(); see README)`
      : ''),
);
process.exit(report.errors.length + warnings.length === 0 ? 0 : 1);
