// The page's own outlet is never a source of its own page: "Reuters" on a Reuters page is the
// byline, not a second voice. Known by its name (og:site_name) or its address's host.

const key = (s: string) =>
  s
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** The outlet's name from a host: "www.reuters.com" → "reuters", "news.bbc.co.uk" → "bbc". */
function hostName(url: string | null): string | null {
  if (!url) return null;
  try {
    const parts = new URL(url).hostname.split('.').filter((p) => p !== 'www');
    // The label before the public suffix ("co.uk", "com"): a short guess that needs no list.
    const tail =
      parts.length >= 3 && /^(?:co|com|org|net|gov|ac)$/.test(parts.at(-2) ?? '') ? 3 : 2;
    return parts.at(-tail) ?? null;
  } catch {
    return null;
  }
}

/** Whether a source name is the page's own outlet. */
export function ownOutlet(outlet: string | null, url: string | null): (name: string) => boolean {
  const names = [outlet, hostName(url)]
    .filter((n): n is string => !!n)
    .map(key)
    .filter(Boolean);
  if (names.length === 0) return () => false;
  return (name) => {
    const k = key(name);
    return k !== '' && names.some((n) => n === k);
  };
}
