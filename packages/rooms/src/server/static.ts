/**
 * Serves a directory (the built demo) beside the API, so that participants open the site and
 * the room on one address. Files only, below the directory; `index.html` for paths that are not
 * files (the site's own routes). The page brings its own Content-Security-Policy (<meta>).
 */
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

export function serveStatic(dir: string) {
  const root = resolve(dir);
  async function file(path: string): Promise<Buffer | null> {
    try {
      return (await stat(path)).isFile() ? await readFile(path) : null;
    } catch {
      return null;
    }
  }
  return async function files(
    request: IncomingMessage,
    response: ServerResponse,
  ): Promise<boolean> {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://room.invalid').pathname);
    } catch {
      return false;
    }
    const wanted = normalize(join(root, pathname));
    if (wanted !== root && !wanted.startsWith(root + sep)) return false;
    let path = wanted;
    let body = await file(path);
    if (!body && !extname(pathname)) {
      path = join(root, 'index.html');
      body = await file(path);
    }
    if (!body) return false;
    response.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': extname(path) === '.html' ? 'no-cache' : 'public, max-age=3600',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
    return true;
  };
}
