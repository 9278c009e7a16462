// "… while total revenue increased 17% to $81.3 billion. (Reuters)": a name in brackets after a
// paragraph's last sentence credits the paragraph, as some sites credit each paragraph they took
// from a wire or a company release. It gives the paragraph's figures that have no source of
// their own (or only one carried from before) their source.

/** A bracketed name of one to four capitalised words after the paragraph's final punctuation. */
const CREDIT =
  /[.!?"”’]\s{0,3}\(((?:\p{Lu}[\p{L}&.'’-]{0,30})(?:\s(?:\p{Lu}[\p{L}&.'’-]{0,30}|of|and|&)){0,3})\)\s{0,3}$/u;

/** How far back from the paragraph's end the credit is looked for. */
const CREDIT_REACH = 160;

/** The name crediting the paragraph text[start, end), or null. */
export function paragraphCredit(text: string, start: number, end: number): string | null {
  const tail = text.slice(Math.max(start, end - CREDIT_REACH), end);
  return CREDIT.exec(tail)?.[1] ?? null;
}
