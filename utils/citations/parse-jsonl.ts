// JSON Lines: one contract-2 citation record per line; blank lines are allowed.
import { parseJson } from './safe-json';
import { ParseCollector, type ParseResult } from './parse-result';
import type { CitationOrigin } from './record';

export function parseJsonlCitations(text: string, origin: CitationOrigin): ParseResult {
  const collector = new ParseCollector(origin);
  text.split(/\r?\n/).forEach((lineText, index) => {
    if (lineText.trim() === '') return;
    const parsed = parseJson(lineText);
    if (!parsed.ok) {
      collector.error(index + 1, '(line)', parsed.reason);
      return;
    }
    collector.accept(parsed.value, index + 1);
  });
  return collector.result();
}
