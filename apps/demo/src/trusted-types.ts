/**
 * The demo's one Trusted Types policy. Its Content-Security-Policy requires Trusted Types
 * (`require-trusted-types-for 'script'`), so a script URL given as a string is refused, and
 * registering the service worker takes one: `navigator.serviceWorker.register('./sw.js')`, and
 * so does starting a worker: `new Worker(url)`. This is the `default` policy, which the browser
 * applies to such strings, and it lets through exactly these: the site's own service worker,
 * `sw.js` in the site's folder, and the workers the site's own code names with
 * {@link trustWorker} (the import worker, file-import.ts). Nothing else passes: no other script
 * URL, no HTML, no script text. (Lit has its own policy,
 * `lit-html`; both names are in the demo's policy, scripts/csp.mjs.)
 */

/** The service worker's file, in the site's folder. */
export const SERVICE_WORKER = 'sw.js';

/** The absolute URLs of the site's own workers, as {@link trustWorker} named them. */
const workers = new Set<string>();

/**
 * Lets the default policy pass `url` (resolved against the page's address), the script of one
 * of the site's own workers, bundled with the site: `import url from './x.worker.ts?worker&url'`.
 */
export function trustWorker(url: string): void {
  workers.add(new URL(url, document.baseURI).href);
}

/**
 * `url` (relative to `base`, the page's address) when it is the service worker of the site
 * whose folder is `root`, or one of `trusted` (absolute URLs), else null (the browser then
 * refuses it).
 */
export function siteScriptURL(
  url: string,
  base: string,
  root: URL,
  trusted: ReadonlySet<string> = workers,
): string | null {
  let target: URL;
  try {
    target = new URL(url, base);
  } catch {
    return null;
  }
  if (trusted.has(target.href)) return url;
  const worker = new URL(SERVICE_WORKER, root);
  return target.origin === worker.origin &&
    target.pathname === worker.pathname &&
    !target.search &&
    !target.hash
    ? url
    : null;
}

interface PolicyFactory {
  defaultPolicy: unknown;
  createPolicy(name: string, rules: { createScriptURL: (url: string) => string | null }): unknown;
}

/** Creates the `default` policy for the site in `root`, in browsers with Trusted Types. */
export function trustSiteScripts(root: URL): void {
  const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
  if (!factory || factory.defaultPolicy) return;
  factory.createPolicy('default', {
    createScriptURL: (url) => siteScriptURL(url, document.baseURI, root),
  });
}
