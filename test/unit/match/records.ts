// Builds valid citation records for tests through the real validation, so tests never hold
// records the importer would refuse.
import {
  validateCitation,
  type CitationInput,
  type CitationOrigin,
  type CitationRecord,
} from '../../../utils/citations/record';
import type { ExtractedSource, ExtractedStatistic } from '../../../utils/claim';

export function citation(input: CitationInput, origin: CitationOrigin = 'user'): CitationRecord {
  const validation = validateCitation(input, origin);
  if (!validation.ok) throw new Error(`invalid test record: ${JSON.stringify(validation.errors)}`);
  return validation.record;
}

export function statistic(
  fields: Partial<ExtractedStatistic> & Pick<ExtractedStatistic, 'value' | 'unit'>,
): ExtractedStatistic {
  return {
    kind: 'statistic',
    text: String(fields.value),
    start: 0,
    end: 1,
    hedge: null,
    source: null,
    subject: null,
    measure: null,
    ...fields,
  };
}

export function source(text: string): ExtractedSource {
  return { kind: 'source', text, start: 0, end: text.length };
}
