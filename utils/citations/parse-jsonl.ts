// JSON Lines: one contract-2 citation record per line; blank lines are allowed.
import { ParseCollector, type ParseResult } from './parse-result';
import type { CitationOrigin } from './record';

export function parseJsonlCitations(text: string, origin: CitationOrigin): ParseResult {
  const collector = new ParseCollector(origin);
  text.split(/\r?\n/).forEach((lineText, index) => {
    if (lineText.trim() === '') return;
    let item: unknown;
    try {
      item = JSON.parse(lineText);
    } catch (error) {
      collector.error(
        index + 1,
        '(line)',
        `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      );
      return;
    }
    collector.accept(item, index + 1);
  });
  return collector.result();
}
