// A tiny static server for the built site, so the browser tests see dist/ the way a
// static host serves it, without adding a dependency.
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeadersFile } from './headers-file.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  close(): Promise<void>;
}

async function fileAt(path: string): Promise<'file' | 'dir' | undefined> {
  try {
    const s = await stat(path);
    return s.isFile() ? 'file' : s.isDirectory() ? 'dir' : undefined;
  } catch {
    return undefined;
  }
}

/** Serves `dir` on 127.0.0.1 at an ephemeral port. Directories answer with their
 *  index.html; a directory asked for without its trailing slash is redirected to it
 *  (as static hosts do, so relative links resolve as they will in production);
 *  anything else missing is a 404. Headers come from dist/_headers when the build has one. */
/** Text the static hosts named in public/_headers (Netlify, Cloudflare Pages) send compressed. */
const COMPRESSED_TYPES = /^(text\/|application\/(json|xml)|image\/svg\+xml)/;

export interface ServeOptions {
  /** Serve the site under this sub-path (BASE_PATH). */
  base?: string;
  /** Gzip text to a client that accepts it, as the static hosts do: Lighthouse's simulated network
   *  then times the bytes a reader downloads, not the uncompressed file. */
  compress?: boolean;
}

export async function serveStatic(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(dir);
  // A site built for a sub-path (BASE_PATH) is served under it, and nothing outside it.
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  // The headers a static host would add from dist/_headers (CSP frame-ancestors, caching, types).
  const headerRules = existsSync(join(root, '_headers')) ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path: string;
    if (!`${url.pathname}/`.startsWith(base)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const sitePathname = `/${url.pathname.slice(base.length)}`;
    try {
      path = join(root, decodeURIComponent(sitePathname));
    } catch {
      res.writeHead(400).end(); // malformed percent-encoding
      return;
    }
    let kind = path === root || path.startsWith(root + sep) ? await fileAt(path) : undefined;
    if (kind === 'dir' && !url.pathname.endsWith('/')) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    if (kind === 'dir') {
      path = join(path, 'index.html');
      kind = await fileAt(path);
    }
    if (kind !== 'file' || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(kind === 'file' ? 405 : 404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(kind === 'file' ? 'Method not allowed' : 'Not found');
      return;
    }
    const type = contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';
    const gzip = options.compress && COMPRESSED_TYPES.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const encoding = gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {};
    res.writeHead(200, { 'content-type': type, ...encoding, ...headersFor(headerRules, sitePathname) });
    if (req.method === 'HEAD') res.end();
    else if (gzip) createReadStream(path).pipe(createGzip()).pipe(res);
    else createReadStream(path).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections(); // keep-alive sockets from fetch would hold close() open
        server.close((err) => (err ? fail(err) : done()));
      }),
  };
}
