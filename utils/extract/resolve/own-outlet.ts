// The page's own outlet is never a source of its own page: "Reuters" on a Reuters page is the
// byline, not a second voice. Known by its name (og:site_name) or its address, through the
// matcher's publisher keys (utils/vocab/outlets.json: "Thomson Reuters", reuters.com → Reuters),
// or, for outlets the list does not know, by name and host label spelled alike
// ("Corvid News" and corvidnews.com).

import { hostOf, publisherKey } from '../../match/publisher';

const compact = (s: string) =>
  s
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** Whether a source name is the page's own outlet. */
export function ownOutlet(outlet: string | null, url: string | null): (name: string) => boolean {
  const given = [outlet, url].filter((n): n is string => !!n);
  const keys = new Set(given.map(publisherKey).filter((k) => k !== ''));
  const host = url ? hostOf(url) : null;
  const label = host?.replace(/^www\./, '').split('.')[0];
  if (label) keys.add(label);
  if (outlet) keys.add(compact(outlet));
  if (keys.size === 0) return () => false;
  return (name) => keys.has(publisherKey(name)) || keys.has(compact(name));
}
