// A small static file server for dist/: used by `npm start` and by the browser tests.
// Serves directory indexes, the 404 page, and the headers public/_headers declares for "/*".
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.csv', '.svg', '.xml', '.txt', '.webmanifest']);
/** @type {Map<string, Buffer>} compressed bodies, by encoding and file (dist/ does not change while served) */
const compressed = new Map();

/** Compresses text files as static hosts and CDNs do (brotli, else gzip, by Accept-Encoding). */
function encode(file, body, acceptEncoding = '') {
  if (!COMPRESSIBLE.has(extname(file))) return { body };
  const encoding = /\bbr\b/.test(acceptEncoding) ? 'br' : /\bgzip\b/.test(acceptEncoding) ? 'gzip' : null;
  if (!encoding) return { body };
  const key = `${encoding}:${file}`;
  if (!compressed.has(key)) {
    compressed.set(
      key,
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(body, { level: 9 }),
    );
  }
  return { body: compressed.get(key), encoding };
}

/** Reads the "/*" block of a Netlify/Cloudflare-style _headers file. */
async function globalHeaders(root) {
  const text = await readFile(join(root, '_headers'), 'utf8').catch(() => '');
  const headers = {};
  let inAll = false;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inAll = line.trim() === '/*';
      continue;
    }
    const at = line.indexOf(':');
    if (inAll && at > 0) headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return headers;
}

async function fileFor(root, urlPath) {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  let path = join(root, clean);
  if (!path.startsWith(root)) return null;
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) path = join(path, 'index.html');
  else if (!info) return null;
  return (await stat(path).catch(() => null))?.isFile() ? path : null;
}

/** Starts the server; resolves to { url, close }. Port 0 picks a free port. */
export async function serve({ dir = 'dist', host = '127.0.0.1', port = 4321 } = {}) {
  const root = resolve(dir);
  const extra = await globalHeaders(root);
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://x');
    // Directory URLs without a trailing slash redirect, as static hosts do.
    const info = await stat(join(root, decodeURIComponent(pathname))).catch(() => null);
    if (info?.isDirectory() && !pathname.endsWith('/')) {
      res.writeHead(301, { Location: pathname + '/' }).end();
      return;
    }
    const path = await fileFor(root, pathname);
    const status = path ? 200 : 404;
    const file = path ?? join(root, '404.html');
    const raw = await readFile(file).catch(() => Buffer.from('Not found'));
    const { body, encoding } = encode(file, raw, String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(status, {
      ...extra,
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
      Vary: 'Accept-Encoding',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((ok, fail) => server.once('error', fail).listen(port, host, ok));
  const address = server.address();
  const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}/`;
  return { url, close: () => new Promise((ok) => server.close(() => ok(undefined))) };
}
