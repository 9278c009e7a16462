// A length cap in front of extraction (`ArticleExtractor.read` applies it to every part). Parts of the engine do work per sentence that grows with
// the sentence (name chunks, clauses per figure), which is harmless for prose and quadratic for a
// 100,000-character run without a sentence end ("5% 5% 5% …" took 113 s). Breaking over-long
// lines into paragraphs bounds every sentence, so the whole pass is linear in the text. The
// break replaces one whitespace character, so every offset stays the offset into the caller's
// text, and claim texts are read back from that text.

/** Longer lines are split; news paragraphs are shorter (the longest we measured ~1,500). */
export const MAX_PARAGRAPH = 2_000;
/** Longer stretches without a full stop are split: prose sentences run to a few hundred. */
export const MAX_RUN = 600;

// A lone carriage return is a line break to the paragraph splitter, and, unlike "\n", it never
// rejoins a lower-case continuation as a hard-wrapped line.
const BREAK = '\r';

const isSpace = (code: number): boolean =>
  code === 32 || code === 9 || code === 160 || code === 0x2028 || code === 0x2029;
const isStop = (code: number): boolean => code === 46 || code === 33 || code === 63;

/**
 * `text` with a line break in place of one whitespace character wherever a line runs past
 * MAX_PARAGRAPH or a stretch without a full stop runs past MAX_RUN: at the last sentence end in
 * the second half of the window, else at its last whitespace. A window without whitespace (one
 * long token) is left whole: tokens are handled by bounded patterns.
 */
export function boundParagraphs(text: string): string {
  const out: string[] = [];
  let copied = 0;
  let lineStart = 0;
  let runStart = 0;
  // The last whitespace seen, and the last one that follows a full stop.
  let space = -1;
  let stopSpace = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) {
      lineStart = runStart = i + 1;
      continue;
    }
    if (isSpace(code)) {
      space = i;
      if (i > 0 && isStop(text.charCodeAt(i - 1))) {
        stopSpace = i;
        runStart = i + 1;
      }
    }
    const overLine = i - lineStart >= MAX_PARAGRAPH;
    const overRun = i - runStart >= MAX_RUN;
    if (!overLine && !overRun) continue;
    const floor = overLine ? lineStart + MAX_PARAGRAPH / 2 : runStart + MAX_RUN / 2;
    const cut = overLine && stopSpace >= floor ? stopSpace : space >= floor ? space : -1;
    if (cut < 0) {
      // One token fills the window: measure again from here.
      lineStart = runStart = i;
      continue;
    }
    out.push(text.slice(copied, cut), BREAK);
    copied = cut + 1;
    lineStart = runStart = cut + 1;
  }
  if (out.length === 0) return text;
  out.push(text.slice(copied));
  return out.join('');
}
