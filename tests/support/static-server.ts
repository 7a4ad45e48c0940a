import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
};

export interface StaticOptions {
  /** Serve the folder under this path (`/achievements/`), as a host would under a sub-path. */
  prefix?: string;
}

/**
 * A plain static server, as a CDN would serve the build: text gzipped on the fly, Pagefind's
 * already-compressed files as they are, the site's 404.html for a missing page. Loopback only.
 */
export function serveStatic(root: string, port: number, { prefix = '/' }: StaticOptions = {}): Promise<Server> {
  const server = createServer((request, response) => {
    const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!requested.startsWith(prefix)) return void response.writeHead(404).end();
    let file = normalize(join(root, requested.slice(prefix.length)));
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const notFound = join(root, '404.html');
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      return void (existsSync(notFound) ? createReadStream(notFound).pipe(response) : response.end());
    }
    const type = types[extname(file)];
    // Fonts and PNG images are compressed already.
    const gzip =
      type !== undefined && !['font/woff2', 'image/png'].includes(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    response.writeHead(200, { 'content-type': type ?? 'application/octet-stream', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
