// Reading an article in batches, as the content script sends it, against reading it whole. The
// cuts fall where the paragraph splitter starts a new paragraph (a line break outside every
// sentence), which is where the content script's batches end (block boundaries).
import type { ExtractedClaim } from '../../utils/claim';
import { ArticleExtractor, extract, type ExtractOptions } from '../../utils/extract';
import { splitSentences } from '../../utils/extract/sentences';

/** Offsets of the line breaks between paragraphs: a cut there leaves every sentence whole. */
export function paragraphCuts(text: string): number[] {
  const sentences = splitSentences(text);
  const cuts: number[] = [];
  let s = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    while ((sentences[s]?.end ?? Infinity) <= at) s++;
    const inside = (sentences[s]?.start ?? Infinity) <= at;
    // "\n\n" is one cut, at its first break: a part is never empty.
    if (!inside && at > 0 && cuts.at(-1) !== at - 1) cuts.push(at);
  }
  return cuts;
}

/** The claims of `text` read in parts cut at `cuts` (the "\n" at each cut joins two parts). */
export function readInParts(text: string, cuts: number[], options: ExtractOptions = {}) {
  const article = new ArticleExtractor(options);
  const claims: ExtractedClaim[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    claims.push(...article.read(text.slice(from, cut)));
    from = cut + 1;
  }
  claims.push(...article.finish());
  return claims.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Every cut at which reading in two parts differs from reading whole (the first claim that differs). */
export function cutsThatDiffer(text: string, options: ExtractOptions = {}) {
  const whole = JSON.stringify(extract(text, options));
  const out: { cut: number; first: string }[] = [];
  for (const cut of paragraphCuts(text)) {
    const parts = readInParts(text, [cut], options);
    const got = JSON.stringify(parts);
    if (got !== whole) out.push({ cut, first: firstDifference(extract(text, options), parts) });
  }
  return out;
}

function firstDifference(a: ExtractedClaim[], b: ExtractedClaim[]): string {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = JSON.stringify(a[i] ?? null);
    const y = JSON.stringify(b[i] ?? null);
    if (x !== y) return `whole ${x}\nparts ${y}`;
  }
  return '';
}
