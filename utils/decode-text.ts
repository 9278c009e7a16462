// Turns a file's bytes into text the way a browser would: a byte-order mark wins, then strict
// UTF-8, then UTF-16 recognised by its zero bytes, then the charset an HTML file declares.
// Anything else is refused with a reason that names what the file looks like and where, because
// guessing would shift every offset the annotator prints and import mojibake into the store.
// The one decoder for every file path: the CLI, and the options page's import.

export class DecodeError extends Error {}

const DECLARED_CHARSET = /<meta[^>]{0,200}?charset\s*=\s*["']?([\w-]{1,40})/i;
/** Bytes looked at to tell UTF-16 by its zero bytes, or a binary file by its control bytes. */
const SNIFF_BYTES = 4096;

// Offsets from 0, as hex editors and the CLI have always printed them.
const formatByte = (offset: number): string => offset.toLocaleString('en');

export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const utf16 = utf16ByZeros(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  const zero = bytes.indexOf(0);
  if (zero >= 0)
    throw new DecodeError(
      `${name} looks like a binary file, not text (a zero byte at byte ${formatByte(zero)}); choose a CSV, JSON or JSON Lines file`,
    );
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes);
  const bad = firstInvalidUtf8(bytes);
  if (bad < 0) return new TextDecoder('utf-8').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const charset = DECLARED_CHARSET.exec(head)?.[1];
  if (charset && !/^utf-?8$/i.test(charset)) {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      throw new DecodeError(`${name} declares charset "${charset}", which is not supported`);
    }
  }
  throw new DecodeError(
    `${name} is not UTF-8 or UTF-16: ${lookalike(bytes, bad)}; save it as UTF-8`,
  );
}

/** 'utf-16le' / 'utf-16be' when the zero bytes of mostly-ASCII UTF-16 text show it, else null. */
function utf16ByZeros(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (length < 4 || bytes.length % 2 !== 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  // Text in a Latin script has a zero in nearly every pair, always on the same side.
  if (oddZeros >= pairs * 0.7 && evenZeros === 0) return 'utf-16le';
  if (evenZeros >= pairs * 0.7 && oddZeros === 0) return 'utf-16be';
  return null;
}

/** What the bytes at `offset` would be in the usual legacy charset: "looks like Latin-1 (é at byte 1,204)". */
function lookalike(bytes: Uint8Array, offset: number): string {
  const byte = bytes[offset] ?? 0;
  // Windows-1252 is what "Latin-1" files mostly are; it agrees with ISO-8859-1 from 0xA0 up.
  const char = new TextDecoder('windows-1252').decode(bytes.subarray(offset, offset + 1));
  const named = byte >= 0xa0 ? 'Latin-1' : 'Windows-1252';
  return `looks like ${named} (${char} at byte ${formatByte(offset)})`;
}

/** The offset of the first byte that breaks UTF-8, or -1 when every sequence is valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}
