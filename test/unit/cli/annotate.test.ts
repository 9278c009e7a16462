// The command-line annotator end to end (DESIGN.md contract 4): real files in, stdout and exit
// codes out. Bad input must give exit 1 and one line on stderr that says what was wrong.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ClaimDocument } from '../../../utils/claim';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'corroborate-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const full = path.join(dir, name);
  writeFileSync(full, content);
  return full;
}

function annotate(...args: string[]) {
  const run = spawnSync('npx', ['tsx', path.join(ROOT, 'scripts/annotate.ts'), ...args], {
    encoding: 'utf8',
    cwd: ROOT,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const ARTICLE =
  'Quayside Software will cut 8% of its staff, about 240 people, Harbor Business Journal reported.';

describe('annotate CLI', () => {
  it('prints contract-1 JSON with offsets into the .txt file', () => {
    const result = annotate(file('a.txt', ARTICLE), '--url', 'https://news.example/quayside');
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout) as ClaimDocument;
    expect(doc.version).toBe(1);
    expect(doc.url).toBe('https://news.example/quayside');
    for (const claim of doc.claims) expect(ARTICLE.slice(claim.start, claim.end)).toBe(claim.text);
    expect(doc.claims.map((c) => c.text)).toEqual(
      expect.arrayContaining(['8%', '240', 'Harbor Business Journal']),
    );
  }, 60_000);

  it('names an HTML page by its og:title, a .txt file by nothing', () => {
    const html = file(
      'titled.html',
      `<html><head><title>Quayside cuts staff | Harbor</title><meta property="og:title" content="Quayside Software to cut 8% of staff"><meta property="og:type" content="article"></head><body><article><h1>Quayside</h1><p>${ARTICLE}</p></article></body></html>`,
    );
    const doc = JSON.parse(annotate(html).stdout) as ClaimDocument;
    expect(doc.title).toBe('Quayside Software to cut 8% of staff');
    const md = annotate(html, '--format', 'md').stdout;
    expect(md).toContain('Page: Quayside Software to cut 8% of staff, (no URL)');
    expect((JSON.parse(annotate(file('t.txt', ARTICLE)).stdout) as ClaimDocument).title).toBeNull();
  }, 60_000);

  it('uses exactly the --db files as the store', () => {
    const db = file(
      'store.jsonl',
      [
        {
          publisher: 'Harbor Business Journal',
          subject: 'Quayside Software',
          claim: 'Quayside Software to cut 8% of staff',
          value: 8,
          unit: 'percent',
        },
        {
          publisher: 'Coastline Tech Daily',
          subject: 'Quayside Software',
          claim: 'Quayside Software cuts 8% of jobs',
          value: 8,
          unit: 'percent',
        },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    const result = annotate(file('b.txt', ARTICLE), '--db', db);
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout) as ClaimDocument;
    expect(doc.claims.find((c) => c.text === '8%')?.verdict).toBe('corroborated');
  }, 60_000);

  it('reads UTF-16 with a byte-order mark and HTML that declares another charset', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]);
    expect(JSON.parse(annotate(file('c.txt', utf16)).stdout).claims.length).toBeGreaterThan(0);
    const latin1 = Buffer.from(
      `<html><head><meta charset="iso-8859-1"><meta property="og:type" content="article"></head><body><article><p>${ARTICLE} Caf\xe9 owners shrugged.</p></article></body></html>`,
      'latin1',
    );
    const result = annotate(file('d.html', latin1));
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as ClaimDocument).claims.map((c) => c.text)).toContain('8%');
  }, 60_000);

  it.each([
    [
      'an unsupported file type',
      () => [file('e.pdf', '%PDF-1.7')],
      /unsupported file type "\.pdf"/,
    ],
    ['a binary file', () => [file('f.txt', new Uint8Array([0x50, 0, 0x4b, 3, 4]))], /binary file/],
    [
      'invalid UTF-8 without a charset',
      () => [file('g.txt', new Uint8Array([0x41, 0xff, 0x42]))],
      /not UTF-8 or UTF-16: looks like Latin-1 \(ÿ at byte 1\)/,
    ],
    ['a missing file', () => [path.join(dir, 'nope.txt')], /ENOENT|no such file/],
    [
      'an unknown format',
      () => [file('h.txt', ARTICLE), '--format', 'xml'],
      /unknown --format "xml"/,
    ],
    [
      'a non-http URL',
      () => [file('i.txt', ARTICLE), '--url', 'javascript:alert(1)'],
      /--url must be an http\(s\) URL/,
    ],
    [
      'a bad row in a --db file',
      () => [
        file('j.txt', ARTICLE),
        '--db',
        file('bad.csv', 'publisher,claim,url\nAcme News,Acme cuts jobs,ftp://acme.example/x\n'),
      ],
      /bad\.csv:2: url: must be an http: or https: URL/,
    ],
  ])(
    'fails with one line on stderr for %s',
    (_name, args, reason) => {
      const result = annotate(...args());
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(reason);
    },
    60_000,
  );
});
