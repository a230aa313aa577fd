// Serves test pages on 127.0.0.1 and remembers every request it sees, so a test can prove the
// browser asked for nothing but the page's own files. Also answers proxy requests: a browser
// pointed at it as its proxy reveals any request bound for anywhere else.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export interface LoggedRequest {
  method: string;
  url: string;
  /** True when the request was for another host (sent to us as a proxy). */
  foreign: boolean;
}

export interface FixtureServer {
  origin: string;
  requests: LoggedRequest[];
  close(): Promise<void>;
}

export async function startFixtureServer(root: string): Promise<FixtureServer> {
  const requests: LoggedRequest[] = [];
  const log = (req: IncomingMessage, foreign: boolean) =>
    requests.push({ method: req.method ?? '', url: req.url ?? '', foreign });

  const server: Server = createServer(async (req, res) => {
    const url = req.url ?? '/';
    // A proxied request names a full URL: it was meant for another host. Refuse it.
    if (!url.startsWith('/')) {
      log(req, true);
      req.resume();
      res.writeHead(502).end();
      return;
    }
    log(req, false);
    const path = normalize(decodeURIComponent(new URL(url, 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    try {
      const body = await readFile(join(root, path === '/' ? 'index.html' : path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  // HTTPS through a proxy starts with CONNECT: that is a request for another host too.
  server.on('connect', (req, socket) => {
    log(req, true);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
