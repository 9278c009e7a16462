// Serves the e2e fixture pages on 127.0.0.1 and doubles as the browsers' HTTP proxy, so it sees
// every request the browser makes, whoever makes it (page, content script, background). Anything
// not addressed to this server is recorded as foreign and refused: the extension must make none.
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface RecordedRequest {
  method: string;
  url: string;
}

export interface TestServer {
  origin: string;
  port: number;
  /** Requests addressed to this server (the test pages' own). */
  own: RecordedRequest[];
  /** Requests to any other host, via the proxy (must stay empty). */
  foreign: RecordedRequest[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export async function startServer(root: string): Promise<TestServer> {
  const own: RecordedRequest[] = [];
  const foreign: RecordedRequest[] = [];
  let self = '';

  const server = http.createServer((req, res) => {
    // A proxied request carries an absolute URL; a direct one only a path.
    const target = new URL(req.url ?? '/', `http://${req.headers.host ?? self}`);
    if (target.host !== self) {
      foreign.push({ method: req.method ?? 'GET', url: target.href });
      res.writeHead(502).end();
      return;
    }
    own.push({ method: req.method ?? 'GET', url: target.href });
    // SPA fixtures route every /spa/… path to one page, as a real single-page app does.
    const name = target.pathname.startsWith('/spa/') ? '/spa.html' : target.pathname;
    const file = path.join(root, path.normalize(decodeURIComponent(name)).replace(/^([/\\])+/, ''));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, {
          'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        res.end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  // HTTPS through the proxy arrives as CONNECT: record it and refuse the tunnel.
  server.on('connect', (req, socket) => {
    foreign.push({ method: 'CONNECT', url: req.url ?? '' });
    // The browser may reset the refused tunnel before our reply is written: not a test failure.
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  // A browser closing mid-request (tests close pages and browsers) resets sockets; the request
  // was already recorded, so the reset itself means nothing.
  server.on('clientError', (_error, socket) => socket.destroy());
  server.on('connection', (socket) => socket.on('error', () => undefined));

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  self = `127.0.0.1:${port}`;
  return {
    origin: `http://${self}`,
    port,
    own,
    foreign,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
