// Publisher normalisation: `cnbc.com`, `https://www.cnbc.com/…`, `CNBC` and `CNBC Tech` are one
// publisher. Independence between citations is counted on these keys, so two spellings of one
// outlet must never count as two publishers.

interface KnownPublisher {
  name: string;
  /** Host names (without `www.`); a sub-domain of one of these is the same publisher. */
  domains: string[];
  /** Other spellings of the name, compared after `compactName`. */
  aliases?: string[];
}

// Outlets that news articles cite most, plus the layoff tracker's most frequent sources
// (shared/data/PROVENANCE.md) and the big fact-checkers, so ClaimReview authors line up too.
const KNOWN_PUBLISHERS: KnownPublisher[] = [
  { name: 'CNBC', domains: ['cnbc.com'] },
  { name: 'Reuters', domains: ['reuters.com'], aliases: ['thomson reuters'] },
  {
    name: 'Bloomberg',
    domains: ['bloomberg.com', 'bloomberglaw.com'],
    aliases: ['bloomberg businessweek'],
  },
  {
    name: 'Associated Press',
    domains: ['apnews.com', 'ap.org'],
    aliases: ['ap', 'the associated press', 'ap news'],
  },
  {
    name: 'AFP',
    domains: ['afp.com'],
    aliases: ['agence france presse', 'agence france-presse', 'afp fact check'],
  },
  { name: 'TechCrunch', domains: ['techcrunch.com'] },
  { name: 'The Verge', domains: ['theverge.com'], aliases: ['verge'] },
  {
    name: 'Business Insider',
    domains: ['businessinsider.com', 'insider.com'],
    aliases: ['insider'],
  },
  {
    name: 'The New York Times',
    domains: ['nytimes.com'],
    aliases: ['new york times', 'nyt', 'ny times'],
  },
  {
    name: 'The Wall Street Journal',
    domains: ['wsj.com'],
    aliases: ['wall street journal', 'wsj'],
  },
  {
    name: 'The Washington Post',
    domains: ['washingtonpost.com'],
    aliases: ['washington post', 'wapo'],
  },
  { name: 'Financial Times', domains: ['ft.com'], aliases: ['ft', 'the financial times'] },
  { name: 'The Guardian', domains: ['theguardian.com', 'guardian.co.uk'], aliases: ['guardian'] },
  {
    name: 'BBC',
    domains: ['bbc.com', 'bbc.co.uk'],
    aliases: ['bbc news', 'british broadcasting corporation'],
  },
  { name: 'CNN', domains: ['cnn.com'], aliases: ['cnn business'] },
  { name: 'Forbes', domains: ['forbes.com'] },
  { name: 'Fortune', domains: ['fortune.com'] },
  { name: 'Axios', domains: ['axios.com'] },
  { name: 'MarketWatch', domains: ['marketwatch.com'] },
  { name: 'Yahoo Finance', domains: ['finance.yahoo.com'] },
  { name: 'The Information', domains: ['theinformation.com'] },
  { name: 'GeekWire', domains: ['geekwire.com'] },
  { name: 'Wired', domains: ['wired.com'] },
  { name: 'Ars Technica', domains: ['arstechnica.com'] },
  { name: 'Engadget', domains: ['engadget.com'] },
  {
    name: 'The Business Journals',
    domains: ['bizjournals.com'],
    aliases: ['business journals', 'bizjournals'],
  },
  {
    name: 'Calcalist',
    domains: ['calcalistech.com', 'calcalist.co.il'],
    aliases: ['ctech', 'calcalistech'],
  },
  { name: 'Inc42', domains: ['inc42.com'] },
  { name: 'LinkedIn', domains: ['linkedin.com', 'lnkd.in'] },
  { name: 'Layoffs.fyi', domains: ['layoffs.fyi'], aliases: ['layoffs fyi', 'layoffsfyi'] },
  { name: 'X', domains: ['x.com', 'twitter.com'], aliases: ['twitter'] },
  {
    name: 'San Francisco Chronicle',
    domains: ['sfchronicle.com', 'sfgate.com'],
    aliases: ['sf chronicle', 'sfgate'],
  },
  { name: 'The Seattle Times', domains: ['seattletimes.com'], aliases: ['seattle times'] },
  {
    name: 'The Economic Times',
    domains: ['economictimes.indiatimes.com'],
    aliases: ['economic times', 'et'],
  },
  { name: 'Tech in Asia', domains: ['techinasia.com'] },
  { name: 'BetaKit', domains: ['betakit.com'] },
  { name: 'Entrackr', domains: ['entrackr.com'] },
  { name: 'The Block', domains: ['theblock.co'] },
  { name: 'NBC News', domains: ['nbcnews.com'], aliases: ['nbc'] },
  { name: 'CBS News', domains: ['cbsnews.com'], aliases: ['cbs'] },
  { name: 'ABC News', domains: ['abcnews.go.com', 'abc.net.au'], aliases: ['abc'] },
  {
    name: 'Fox Business',
    domains: ['foxbusiness.com', 'foxnews.com'],
    aliases: ['fox news', 'fox'],
  },
  { name: 'PolitiFact', domains: ['politifact.com'] },
  { name: 'Snopes', domains: ['snopes.com'] },
  { name: 'FactCheck.org', domains: ['factcheck.org'], aliases: ['factcheck org'] },
  { name: 'Full Fact', domains: ['fullfact.org'] },
];

// Trailing words that name a desk or edition of an outlet, not a different outlet:
// "CNBC Tech", "Reuters Business", "Sky News" → the outlet itself.
const EDITION_WORDS = new Set([
  'tech',
  'technology',
  'news',
  'business',
  'markets',
  'money',
  'online',
  'digital',
  'international',
  'world',
  'uk',
  'us',
  'india',
  'europe',
  'asia',
]);

// Second-level suffixes under which the registrable label is one further left (bbc.co.uk).
const TWO_LEVEL_SUFFIXES = new Set([
  'co.uk',
  'org.uk',
  'ac.uk',
  'com.au',
  'net.au',
  'co.in',
  'co.il',
  'co.jp',
  'com.br',
  'co.nz',
  'co.za',
  'com.sg',
  'com.cn',
]);

// Sub-domains that serve the same outlet's pages.
const SAME_SITE_PREFIXES = /^(?:www\d*|m|amp|mobile|edition|beta)\./;

function compactName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/&/g, ' and ')
    .replace(/^\s*the\s+/, '')
    .replace(/[^a-z0-9]+/g, '');
}

function nameWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/^\s*the\s+/, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

const byDomain = new Map<string, KnownPublisher>();
const byName = new Map<string, KnownPublisher>();
for (const publisher of KNOWN_PUBLISHERS) {
  for (const domain of publisher.domains) byDomain.set(domain, publisher);
  for (const alias of [publisher.name, ...(publisher.aliases ?? [])])
    byName.set(compactName(alias), publisher);
}

/** The host of a URL or bare domain ("www.cnbc.com/x" → "cnbc.com"), or null for a plain name. */
export function hostOf(text: string): string | null {
  const trimmed = text.trim().toLowerCase();
  let host: string;
  if (/^https?:\/\//.test(trimmed)) {
    try {
      host = new URL(trimmed).hostname;
    } catch {
      return null;
    }
  } else if (
    /^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/\S*)?$/.test(trimmed) &&
    !/^\d+(?:\.\d+)*$/.test(trimmed)
  ) {
    // A bare domain ("cnbc.com", "layoffs.fyi"); version-like "1.2" is not a host.
    host = trimmed.split('/')[0] ?? trimmed;
  } else {
    return null;
  }
  while (SAME_SITE_PREFIXES.test(host)) host = host.replace(SAME_SITE_PREFIXES, '');
  return host === '' ? null : host;
}

function knownByHost(host: string): KnownPublisher | undefined {
  // news.bbc.co.uk → bbc.co.uk: an outlet's sub-domains are the outlet.
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const found = byDomain.get(labels.slice(i).join('.'));
    if (found) return found;
  }
  return undefined;
}

function registrableLabel(host: string): string {
  const labels = host.split('.');
  const lastTwo = labels.slice(-2).join('.');
  const index = TWO_LEVEL_SUFFIXES.has(lastTwo) ? labels.length - 3 : labels.length - 2;
  return labels[Math.max(index, 0)] ?? host;
}

function knownByName(text: string): KnownPublisher | undefined {
  const direct = byName.get(compactName(text));
  if (direct) return direct;
  const words = nameWords(text);
  while (words.length > 1 && EDITION_WORDS.has(words[words.length - 1] ?? '')) words.pop();
  return byName.get(words.join(''));
}

/**
 * The key two spellings of one publisher share. Unknown domains key on their registrable label
 * ("kron4.com" → "kron4") so the name "KRON4" meets them.
 */
export function publisherKey(text: string): string {
  const host = hostOf(text);
  if (host !== null) {
    const known = knownByHost(host);
    return known ? compactName(known.name) : registrableLabel(host).replace(/[^a-z0-9]+/g, '');
  }
  const known = knownByName(text);
  if (known) return compactName(known.name);
  const words = nameWords(text);
  while (words.length > 1 && EDITION_WORDS.has(words[words.length - 1] ?? '')) words.pop();
  return words.join('');
}

/** A display name: the outlet's usual name when known, else the host or the trimmed text. */
export function publisherName(text: string): string {
  const host = hostOf(text);
  if (host !== null) return knownByHost(host)?.name ?? host;
  return knownByName(text)?.name ?? text.trim();
}
