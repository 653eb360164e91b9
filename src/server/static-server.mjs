// A small static file server for dist/: used by `npm start` and by the browser tests.
// Serves directory indexes, the 404 page, and the headers public/_headers declares for each path ("/*" for
// every page; "/embed/*" lets other sites frame the chart embeds).
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
function encode(file, body, acceptEncoding = '', quality = constants.BROTLI_MAX_QUALITY) {
  if (!COMPRESSIBLE.has(extname(file))) return { body };
  const encoding = /\bbr\b/.test(acceptEncoding) ? 'br' : /\bgzip\b/.test(acceptEncoding) ? 'gzip' : null;
  if (!encoding) return { body };
  const key = `${encoding}${quality}:${file}`;
  if (!compressed.has(key)) {
    compressed.set(
      key,
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } })
        : gzipSync(body, { level: 9 }),
    );
  }
  return { body: compressed.get(key), encoding };
}

/**
 * Reads a Netlify/Cloudflare-style _headers file: blocks of a path pattern ("/*", "/embed/*"; "*" matches
 * anything, ":name" one segment) and indented "Name: value" lines, or "! Name" to drop a header an earlier
 * matching block set (Cloudflare Pages syntax).
 * @param {string} text
 * @returns {{ pattern: RegExp, set: [string, string][], drop: string[] }[]}
 */
export function parseHeaders(text) {
  /** @type {{ pattern: RegExp, set: [string, string][], drop: string[] }[]} */
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/:\w+/g, '[^/]+');
      rules.push({ pattern: new RegExp(`^${source}$`), set: [], drop: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) continue;
    const detach = /^\s*!\s*(\S+)\s*$/.exec(line);
    if (detach) {
      rule.drop.push(detach[1]);
      continue;
    }
    const at = line.indexOf(':');
    if (at > 0) rule.set.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
  }
  return rules;
}

/** The rules of dist/_headers (none when the file is missing). */
const headerRules = async (/** @type {string} */ root) =>
  parseHeaders(await readFile(join(root, '_headers'), 'utf8').catch(() => ''));

/**
 * The headers for one path, as Cloudflare Pages applies them: every matching block in file order; "! Name"
 * drops the header so far, and a header set twice is joined with a comma.
 * @param {{ pattern: RegExp, set: [string, string][], drop: string[] }[]} rules
 * @param {string} pathname
 */
export function headersFor(rules, pathname) {
  /** @type {Map<string, [string, string]>} lower-case name → [name, value] */
  const out = new Map();
  for (const rule of rules) {
    if (!rule.pattern.test(pathname)) continue;
    for (const name of rule.drop) out.delete(name.toLowerCase());
    for (const [name, value] of rule.set) {
      const known = out.get(name.toLowerCase());
      out.set(name.toLowerCase(), [name, known ? `${known[1]}, ${value}` : value]);
    }
  }
  return Object.fromEntries(out.values());
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

/**
 * Starts the server; resolves to { url, close }. Port 0 picks a free port. `brotliQuality` is the deployed
 * one (11, as pre-compressed files are) unless a caller that does not weigh the bytes, such as the test
 * suite, asks for a cheaper level: quality 11 costs seconds of CPU per megabyte.
 */
export async function serve({
  dir = 'dist',
  host = '127.0.0.1',
  port = 4321,
  brotliQuality = constants.BROTLI_MAX_QUALITY,
} = {}) {
  const root = resolve(dir);
  const rules = await headerRules(root);
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
    const { body, encoding } = encode(file, raw, String(req.headers['accept-encoding'] ?? ''), brotliQuality);
    res.writeHead(status, {
      ...headersFor(rules, pathname),
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
