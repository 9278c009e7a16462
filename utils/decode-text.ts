// Turns a file's bytes into text the way a browser would: a byte-order mark wins, then strict
// UTF-8, then the charset an HTML file declares. Anything else is refused with a reason, because
// guessing would shift every offset the annotator prints.

export class DecodeError extends Error {}

const DECLARED_CHARSET = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i;

export function decodeText(bytes: Uint8Array, name: string): string {
  if (
    bytes.includes(0) &&
    !(bytes[0] === 0xff && bytes[1] === 0xfe) &&
    !(bytes[0] === 0xfe && bytes[1] === 0xff)
  ) {
    throw new DecodeError(`${name} looks like a binary file, not text`);
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
    const charset = DECLARED_CHARSET.exec(head)?.[1];
    if (charset && !/^utf-?8$/i.test(charset)) {
      try {
        return new TextDecoder(charset).decode(bytes);
      } catch {
        throw new DecodeError(`${name} declares charset "${charset}", which is not supported`);
      }
    }
    const bad = firstInvalidUtf8(bytes);
    throw new DecodeError(`${name} is not valid UTF-8 (byte ${bad}) and declares no other charset`);
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the shortest prefix that fails to decode.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      // stream: a sequence cut short by the prefix is not an error, only a bad byte is.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), {
        stream: true,
      });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
