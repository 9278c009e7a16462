// A few words either side of a claim, so that a list of claims can tell two equal figures apart
// ("12%" in the headline and "12%" of a rival's growth). Read from the collected text the claims'
// offsets index into; its "\n" block breaks become " · ", so a table cell borrows its row.

/** Words kept on each side of the claim. */
export const CONTEXT_WORDS = 4;
/** Characters looked at on each side: more than CONTEXT_WORDS long words, and bounded. */
const WINDOW = 120;

export interface ClaimContext {
  /** Up to CONTEXT_WORDS words before the claim, led by "…" when the text goes on before. */
  before: string;
  /** Up to CONTEXT_WORDS words after the claim, followed by "…" when the text goes on. */
  after: string;
}

const fold = (text: string): string => text.replace(/\s*\n\s*/g, ' · ').replace(/\s+/g, ' ');

/** The context of text[start, end); empty sides when the offsets fall outside the text. */
export function claimContext(
  text: string,
  start: number,
  end: number,
  words = CONTEXT_WORDS,
): ClaimContext {
  if (!(start >= 0 && end >= start && end <= text.length)) return { before: '', after: '' };
  const from = Math.max(0, start - WINDOW);
  const left = fold(text.slice(from, start));
  const right = fold(text.slice(end, end + WINDOW));
  // The word the claim is glued to ("(" of "(12%"), then whole words: bounded input, no backtracking blow-up.
  const before = new RegExp(`(?:\\S+\\s+){0,${words}}\\S*$`).exec(left)?.[0] ?? '';
  const after = new RegExp(`^\\S*(?:\\s+\\S+){0,${words}}`).exec(right)?.[0] ?? '';
  const cutBefore = from > 0 || before.length < left.trimStart().length;
  const cutAfter = end + WINDOW < text.length || after.length < right.trimEnd().length;
  // A block break at the far end of the window is no context of its own: "…· ChatGPT" reads
  // better as "…ChatGPT".
  const head = before.replace(/^·\s*/, '');
  const tail = after.replace(/\s*·$/, '');
  return {
    before: `${cutBefore && head !== '' ? '…' : ''}${head}`,
    after: `${tail}${cutAfter && tail !== '' ? '…' : ''}`,
  };
}
