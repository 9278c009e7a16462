import { describe, expect, it } from 'vitest';
import { KNOWN_OUTLETS, outletOf, publisherKey } from '../../../utils/match/publisher';

const KINDS = ['news', 'wire', 'data', 'factcheck', 'company-release'];

describe('outlets list', () => {
  it('holds at least 400 outlets, each with a kind and host-only domains', () => {
    expect(KNOWN_OUTLETS.length).toBeGreaterThanOrEqual(400);
    for (const outlet of KNOWN_OUTLETS) {
      expect(KINDS, outlet.name).toContain(outlet.kind);
      for (const domain of outlet.domains) expect(domain, outlet.name).toMatch(/^[a-z0-9.-]+$/);
    }
  });

  it('resolves every spelling and every domain to its own outlet', () => {
    for (const outlet of KNOWN_OUTLETS) {
      for (const text of [outlet.name, ...outlet.aliases, ...outlet.domains])
        expect(outletOf(text)?.name, text).toBe(outlet.name);
    }
  });

  // Keys are stored with every citation (the publisher index); a list change must not move them.
  it.each([
    ['CNBC', 'cnbc'],
    ['https://www.nytimes.com/2024/x', 'newyorktimes'],
    ['AP', 'associatedpress'],
    ['twitter.com', 'x'],
    ['The Economic Times', 'economictimes'],
    ['bloomberglaw.com', 'bloomberg'],
    ['Layoffs.fyi', 'layoffsfyi'],
  ])('keeps the key of %s (%s)', (text, key) => {
    expect(publisherKey(text)).toBe(key);
  });

  it.each([
    ['NYT', 'The New York Times', 'news'],
    ['https://www.prnewswire.com/news-releases/x.html', 'PR Newswire', 'wire'],
    ['Agence France-Presse', 'AFP', 'wire'],
    ['bls.gov', 'Bureau of Labor Statistics', 'data'],
    ['Snopes', 'Snopes', 'factcheck'],
    ['https://nvidianews.nvidia.com/news/x', 'Nvidia', 'company-release'],
    ['SCMP', 'South China Morning Post', 'news'],
  ])('recognises %s as %s (%s)', (text, name, kind) => {
    expect(outletOf(text)?.name).toBe(name);
    expect(outletOf(text)?.kind).toBe(kind);
  });

  it('knows nothing of an unknown outlet', () => {
    expect(outletOf('Harbor Wire')).toBeUndefined();
  });
});
