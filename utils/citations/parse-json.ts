// A JSON array of contract-2 citation records.
import { objectLines } from './json-positions';
import { parseJson } from './safe-json';
import { ParseCollector, type ParseResult } from './parse-result';
import type { CitationOrigin } from './record';

export function parseJsonCitations(text: string, origin: CitationOrigin): ParseResult {
  const collector = new ParseCollector(origin);
  const parsed = parseJson(text);
  if (!parsed.ok) {
    collector.error(parsed.line, '(file)', parsed.reason);
    return collector.result();
  }
  const data = parsed.value;
  if (!Array.isArray(data)) {
    collector.error(0, '(file)', 'expected a JSON array of citation records');
    return collector.result();
  }
  const lines = objectLines(text, data);
  data.forEach((item: unknown, index) => {
    // Without a brace line (a non-object item), the item's position is the best pointer left.
    const line =
      typeof item === 'object' && item !== null ? (lines.get(item) ?? index + 1) : index + 1;
    collector.accept(item, line);
  });
  return collector.result();
}
