// JSON.parse gives values, not positions. To report "line 41: url must be …" for JSON files,
// pair each parsed object with the line of its opening brace: both come in document order.

/**
 * The 1-based line of every object inside `root` (the result of `JSON.parse(text)`). Empty when
 * the pairing cannot be trusted (integer-like keys reorder properties), so callers fall back.
 */
export function objectLines(text: string, root: unknown): WeakMap<object, number> {
  const braceLines: number[] = [];
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n') line++;
    else if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{') braceLines.push(line);
  }

  const objects: object[] = [];
  let trustworthy = true;
  // Depth-first in document order with a stack, not recursion: no nesting overflows it.
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    const children = Array.isArray(value) ? value : Object.values(value);
    if (!Array.isArray(value)) {
      objects.push(value);
      if (Object.keys(value).some((key) => /^\d+$/.test(key))) trustworthy = false;
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }

  const lines = new WeakMap<object, number>();
  if (!trustworthy || objects.length !== braceLines.length) return lines;
  objects.forEach((object, index) => lines.set(object, braceLines[index] ?? 0));
  return lines;
}

/** The line a JSON.parse error points at (V8 names a position or a line), else 0. */
export function syntaxErrorLine(text: string, error: unknown): number {
  const message = error instanceof Error ? error.message : '';
  const lineMatch = /line (\d+)/.exec(message);
  if (lineMatch?.[1]) return Number(lineMatch[1]);
  const positionMatch = /position (\d+)/.exec(message);
  if (!positionMatch?.[1]) return 0;
  const position = Number(positionMatch[1]);
  let line = 1;
  for (let i = 0; i < position && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}
