// Exports are opened in spreadsheets, Markdown renderers and annotation tools, so a citation URL
// becomes a clickable link only after it has been parsed and found to be plain http(s). Anything
// else (javascript:, data:, relative paths, garbage) stays inert text or is left out.

/**
 * The normalised `href` of `raw` when it parses as an absolute http: or https: URL, else null.
 * The normalised form is returned (not `raw`) so that what a caller emits is exactly what was
 * checked: the URL parser strips tabs and newlines, which would otherwise let `java\tscript:`
 * pass a naive prefix test and still run in a browser.
 */
export function httpUrl(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string' || raw === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.href;
}
