/**
 * A small History API router. Routes are one path segment below the site's root
 * (`/assess`, `/results`…), so the built site works from any folder as long as the server
 * falls back to index.html; the URL fragment stays free for share codes (`/share#1.…`).
 * A route marked `sub` also takes one more segment, given to its page as `Location.sub`
 * (`/learn/data-evidence`); index.html points such a page's relative URLs at the site's
 * folder (docs/decisions/0015-pages-one-level-deeper.md).
 */
import { ROUTES, type RouteDef, type RouteName } from './routes.js';

export { ROUTES, type RouteDef, type RouteName };

export interface Location {
  route: RouteDef;
  /** The segment after the route's own, for a `sub` route (`data-evidence`), else ''. */
  sub: string;
  params: URLSearchParams;
  hash: string;
}

let root = new URL('/', globalThis.location?.href ?? 'http://localhost/');
const listeners = new Set<
  (location: Location, how: 'push' | 'pop' | 'replace' | 'start') => void
>();

/** Sets the site's root URL (the folder of index.html). */
export function setRoot(url: URL): void {
  root = new URL(url.href);
  root.search = '';
  root.hash = '';
  if (!root.pathname.endsWith('/')) root.pathname += '/';
}

export function siteRoot(): URL {
  return new URL(root.href);
}

/**
 * The URL of a route, with optional query parameters: `href('assess', { pillar: 'data-evidence' })`,
 * and for a `sub` route its second segment: `href('learn', {}, 'data-evidence')`.
 */
export function href(
  name: Exclude<RouteName, 'not-found'>,
  params?: Record<string, string | undefined>,
  sub?: string,
): string {
  const route: RouteDef = ROUTES.find((r) => r.name === name)!;
  const path = route.sub && sub ? `${route.path}/${encodeURIComponent(sub)}` : route.path;
  const url = new URL(path, root);
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value !== undefined && value !== '') url.searchParams.set(key, value);
  }
  return url.pathname + url.search;
}

export function resolve(url: URL): Location {
  const path = url.pathname.startsWith(root.pathname)
    ? url.pathname.slice(root.pathname.length).replace(/\/+$/, '')
    : null;
  const [first = '', ...rest] = (path ?? '').split('/').map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  const sub = rest.length === 1 ? rest[0]! : '';
  const route: RouteDef =
    (path === null
      ? undefined
      : path === 'index.html'
        ? ROUTES[0]
        : ROUTES.find(
            (r: RouteDef) => r.path === first && (rest.length === 0 || (r.sub && sub !== '')),
          )) ?? ROUTES.find((r) => r.name === 'not-found')!;
  return { route, sub: route.sub ? sub : '', params: url.searchParams, hash: url.hash.slice(1) };
}

export function current(): Location {
  return resolve(new URL(location.href));
}

export function onNavigate(
  listener: (location: Location, how: 'push' | 'pop' | 'replace' | 'start') => void,
): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function emit(how: 'push' | 'pop' | 'replace' | 'start'): void {
  const loc = current();
  for (const listener of listeners) listener(loc, how);
}

/** Goes to a URL of this site (a path from `href`, or any same-origin URL under the root). */
export function navigate(to: string, { replace = false } = {}): void {
  const url = new URL(to, location.href);
  if (url.href === location.href) {
    emit('replace');
    return;
  }
  if (replace) history.replaceState(null, '', url.href);
  else history.pushState(null, '', url.href);
  emit(replace ? 'replace' : 'push');
}

/** Changes the query of the current page without a new history entry or page change. */
export function replaceParams(params: Record<string, string | undefined>): void {
  const url = new URL(location.href);
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '') url.searchParams.delete(key);
    else url.searchParams.set(key, value);
  }
  history.replaceState(null, '', url.href);
}

function isOurs(url: URL): boolean {
  return url.origin === location.origin && url.pathname.startsWith(root.pathname);
}

/** Follows in-site links without a page load, and browser back/forward. */
export function start(): void {
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event
      .composedPath()
      .find(
        (n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement && n.hasAttribute('href'),
      );
    if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href);
    if (!isOurs(url)) return;
    // A link to a fragment of the same page (skip link, table of contents) stays native.
    if (url.pathname === location.pathname && url.search === location.search && url.hash) return;
    event.preventDefault();
    navigate(url.href);
  });
  window.addEventListener('popstate', () => emit('pop'));
  emit('start');
}
