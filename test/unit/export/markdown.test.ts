import { describe, expect, it } from 'vitest';
import type { ClaimDocument } from '../../../utils/claim';
import { escapeMarkdown, toMarkdownReport } from '../../../utils/export/markdown';
import { makeDocument } from './fixture';

const GENERATED = new Date('2026-11-28T10:00:00Z');

function report(doc: ClaimDocument = makeDocument()): string {
  return toMarkdownReport(doc, { title: 'Pinterest layoffs', generatedAt: GENERATED });
}

/** Index of the first character not escaped by a backslash, from `from`; -1 when none. */
function unescapedIndexes(text: string, char: string): number[] {
  const found: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') {
      i += 1;
      continue;
    }
    if (text[i] === char) found.push(i);
  }
  return found;
}

function section(md: string, heading: string): string {
  const start = md.indexOf(`## ${heading}\n`);
  if (start === -1) throw new Error(`no section ${heading}`);
  const next = md.indexOf('\n## ', start + 1);
  return md.slice(start, next === -1 ? undefined : next);
}

describe('toMarkdownReport', () => {
  it('starts with title, page, generation time and a summary of verdict counts', () => {
    const lines = report().split('\n');
    expect(lines.slice(0, 7)).toEqual([
      '# Pinterest layoffs',
      '',
      'Page: Pinterest to cut 15% of staff, <https://www.example.com/tech/pinterest-layoffs?ref=home#top>',
      '',
      'Generated: 2026-11-28T10:00:00.000Z',
      '',
      '9 claims: 1 corroborated, 2 single-sourced, 6 unverifiable; 1 reported for another time or with another figure.',
    ]);
  });

  it('lists each claim under its verdict with http(s) citations as links', () => {
    const md = report();
    const corroborated = section(md, 'Corroborated');
    expect(corroborated).toContain(
      '- **15%** (statistic about Pinterest, for January 2025, attributed to CNBC) — Reported by 2 publishers: CNBC, Reuters\n',
    );
    expect(corroborated).toContain(
      '  - [CNBC](<https://www.cnbc.com/2025/01/27/pinterest-layoffs.html>), published 2025-01-27 · period not stated\n',
    );
    // Parentheses in a URL are safe inside a `<…>` destination.
    expect(corroborated).toContain(
      '  - [Reuters](<https://www.reuters.com/technology/pinterest-cuts-(update-1)>), published 2025-01-28',
    );
    const single = section(md, 'Single-sourced');
    expect(single).toContain('- **CNBC** (source) — Only CNBC reports this');
    expect(single).toContain(
      '- **$1.2 billion** (statistic about Pinterest, attributed to Reuters)',
    );
    expect(section(md, 'Unverifiable')).toContain('- **-5%** (statistic) — No publisher');
  });

  it('adds a conflicts note to a claim with conflicts', () => {
    expect(section(report(), 'Unverifiable')).toContain(
      '  - **Conflicts:** Another figure for the time: The Verge reports 3,600 ([The Verge](<https://www.theverge.com/pinterest>), published 2025-01-20 · for January 2025)\n',
    );
  });

  it('never turns a javascript: URL into a link', () => {
    const md = report();
    expect(md).not.toContain('](javascript');
    expect(md).not.toContain('(<javascript');
    expect(md).toContain(
      '  - Evil \\[Daily\\]\\(javascript:alert\\(2\\)\\), publication date unknown · period not stated (rated False)\n',
    );
  });

  it('escapes page text so it cannot inject links, images or HTML', () => {
    const md = report();
    expect(md).toContain('- **\\[x\\]\\(javascript:alert\\(1\\)\\)** (source)');
    expect(md).toContain('- **\\<img src=x onerror=alert\\(1\\)\\>** (source)');
    // Every unescaped `[` opens one of our links to an http(s) destination…
    for (const at of unescapedIndexes(md, '[')) {
      expect(md.slice(at)).toMatch(/^\[[^\]\n]*\]\(<https?:\/\/[^\s<>]*>\)/);
    }
    // …every unescaped `<` is an http(s) autolink or link destination, and nothing is an image.
    for (const at of unescapedIndexes(md, '<')) {
      expect(md.slice(at)).toMatch(/^<https?:\/\/[^\s<>]*>/);
    }
    expect(unescapedIndexes(md, '!')).toEqual([]);
    expect(unescapedIndexes(md, '&')).toEqual([]);
  });

  it('lists empty sections as none and omits the time when not given', () => {
    const doc: ClaimDocument = { version: 1, url: null, claims: [] };
    const md = toMarkdownReport(doc);
    expect(
      md.startsWith(
        '# Corroborate report\n\nPage: (untitled), (no URL)\n\n0 claims: 0 corroborated',
      ),
    ).toBe(true);
    expect(md).not.toContain('Generated');
    expect(section(md, 'Corroborated')).toContain('_None._');
    expect(section(md, 'Unverifiable')).toContain('_None._');
    expect(md.endsWith('\n')).toBe(true);
  });

  it('shows a non-http page URL as text', () => {
    const md = toMarkdownReport({ version: 1, url: 'javascript:alert(1)//', claims: [] });
    expect(md).toContain('Page: (untitled), javascript:alert\\(1\\)//\n');
  });

  it('names the company each figure is about, and escapes it', () => {
    const doc = makeDocument();
    const md = toMarkdownReport({
      ...doc,
      title: 'Acme *cuts* [jobs](javascript:x)',
      claims: doc.claims.map((c) =>
        c.id === 'c1' && c.kind === 'statistic' ? { ...c, subject: 'Acme_[Corp]' } : c,
      ),
    });
    expect(md).toContain('Page: Acme \\*cuts\\* \\[jobs\\]\\(javascript:x\\), <https://');
    expect(md).toContain('- **15%** (statistic about Acme\\_\\[Corp\\], for January 2025');
  });
});

describe('escapeMarkdown', () => {
  it('folds line breaks so text cannot start a block', () => {
    expect(escapeMarkdown('a\n# b\r\n- c')).toBe('a \\# b - c');
  });

  it('defuses GFM autolinks and emphasis', () => {
    expect(escapeMarkdown('see https://x.example and www.x.example')).toBe(
      'see https\\://x.example and www\\.x.example',
    );
    expect(escapeMarkdown('*a* _b_ `c` ~d~ |e|')).toBe('\\*a\\* \\_b\\_ \\`c\\` \\~d\\~ \\|e\\|');
  });
});
