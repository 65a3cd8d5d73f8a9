// A tiny static server for the built demo (apps/demo/dist): node:http only, 127.0.0.1,
// a free port by default, index.html for any path that is not a file (client-side routes).
// Pages are sent with the site's Content-Security-Policy as a header (the one the build put
// in index.html, see csp.mjs), as a host of the site would send it.
// Used by the end-to-end tests, the screenshot and the Lighthouse scripts.
// Run directly: `node apps/demo/scripts/serve.mjs [port]` prints the URL.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { policyOfPage } from './csp.mjs';

export const DIST = resolve(fileURLToPath(new URL('../dist', import.meta.url)));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.txt',
  '.webmanifest',
]);

/** Throws with a clear message when the site has not been built. */
export function assertBuilt(dir = DIST) {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(
      `The demo site is not built (${join(dir, 'index.html')} is missing): run npm run build first ` +
        '(npm run build -w @dtc/demo, or npm run build at the root).',
    );
  }
}

/**
 * Serves `dir` on 127.0.0.1. Resolves to `{ url, port, close }` once listening.
 * `port: 0` (default) picks a free port.
 */
export async function serve({ dir = DIST, port = 0, host = '127.0.0.1' } = {}) {
  assertBuilt(dir);
  const root = resolve(dir);
  const cache = new Map();
  const policy = policyOfPage(readFileSync(join(root, 'index.html'), 'utf8'));

  async function load(path) {
    let entry = cache.get(path);
    if (!entry) {
      const body = await readFile(path);
      const ext = extname(path);
      entry = {
        body,
        gz: COMPRESSIBLE.has(ext) ? gzipSync(body) : null,
        type: TYPES[ext] ?? 'application/octet-stream',
      };
      cache.set(path, entry);
    }
    return entry;
  }

  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      const { pathname } = new URL(req.url ?? '/', 'http://localhost');
      let file = normalize(join(root, decodeURIComponent(pathname)));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403).end();
        return;
      }
      let fallback = false;
      if (!existsSync(file) || statSync(file).isDirectory()) {
        const index = join(file, 'index.html');
        if (existsSync(file) && existsSync(index)) file = index;
        else if (extname(pathname)) {
          res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
          return;
        } else {
          file = join(root, 'index.html'); // client-side route
          fallback = true;
        }
      }
      const { body, gz, type } = await load(file);
      const immutable = !fallback && /[\\/]assets[\\/]/.test(file);
      const gzip = gz && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      res.writeHead(200, {
        'content-type': type,
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        'x-content-type-options': 'nosniff',
        ...(type.startsWith('text/html') ? { 'content-security-policy': policy } : {}),
        vary: 'accept-encoding',
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
        'content-length': (gzip ? gz : body).length,
      });
      res.end(req.method === 'HEAD' ? undefined : gzip ? gz : body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error));
    }
  });

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const address = server.address();
  const url = `http://${host}:${address.port}/`;
  return {
    url,
    port: address.port,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.argv[2] ?? 4173);
  const { url } = await serve({ port });
  console.log(`DTC demo: ${url}`);
}
