// JSON.parse with the nesting checked first. V8 parses deep nesting fine but every recursive walk
// after it (ours, zod's, structured clone) overflows the stack at a few thousand levels: 10 KB
// of "[[[[…" made the parsers throw "Maximum call stack size exceeded". A linear scan refuses it
// before any work, with the line where the limit is crossed.
import { syntaxErrorLine } from './json-positions';

/** Deeper than any citation file needs (a DataFeed of ClaimReviews nests about 6 levels). */
export const MAX_JSON_DEPTH = 64;

export type JsonParse = { ok: true; value: unknown } | { ok: false; line: number; reason: string };

/** The 1-based line where nesting first exceeds `maxDepth`, or 0 when it never does. */
export function tooDeepAt(text: string, maxDepth: number = MAX_JSON_DEPTH): number {
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) line++;
    else if (inString) {
      if (code === 92) i++;
      else if (code === 34) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 91 || code === 123) {
      if (++depth > maxDepth) return line;
    } else if (code === 93 || code === 125) depth--;
  }
  return 0;
}

/** Parses `text`, or says why not (never throws). */
export function parseJson(text: string): JsonParse {
  const deep = tooDeepAt(text);
  if (deep > 0)
    return {
      ok: false,
      line: deep,
      reason: `nested more than ${MAX_JSON_DEPTH} levels deep; citation files are flat lists`,
    };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return {
      ok: false,
      line: syntaxErrorLine(text, error),
      reason: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
