// The demo's Content-Security-Policy, defined once. The build writes it into index.html as a
// <meta> (so the site carries it to any static host); serve.mjs (end-to-end tests,
// screenshots, Lighthouse) and `vite preview` also send it as a header, read back from the
// built page. It is the strict policy of docs/embedding.md, plus:
// - the hash of the one inline script of index.html (the trailing-slash redirect, which must
//   run before any relative URL is fetched and so cannot be a file: see
//   docs/decisions/0009-strict-content-security-policy.md);
// - the Trusted Types policy `default` of src/trusted-types.ts, which lets the service worker
//   be registered and the import worker start (their own scripts only);
// - nothing from another host.
import { createHash } from 'node:crypto';

/** Trusted Types policies the demo creates: Lit's, and its own (src/trusted-types.ts). */
export const TRUSTED_TYPES = ['lit-html', 'default'];

/** The policy, allowing the inline scripts whose `'sha256-…'` sources are given. */
export function demoPolicy(scriptHashes = []) {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(' '),
    "style-src 'self'",
    // blob: images are the page's own drawings (the radar copied into the plan's Word file):
    // docs/decisions/0014-blob-images-for-the-plan-files.md.
    "img-src 'self' blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "require-trusted-types-for 'script'",
    `trusted-types ${TRUSTED_TYPES.join(' ')}`,
  ].join('; ');
}

/** The `'sha256-…'` source of each inline classic script of an HTML page, in order. */
export function inlineScriptHashes(html) {
  return [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs = '']) => !/\bsrc\s*=/i.test(attrs))
    .map(([, , body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
}

/** The policy of a built page: the content of its Content-Security-Policy <meta>. */
export function policyOfPage(html) {
  const meta = html.match(/<meta\s[^>]*http-equiv="Content-Security-Policy"[^>]*>/i)?.[0];
  const content = meta?.match(/\bcontent="([^"]*)"/i)?.[1];
  if (!content) throw new Error('The built page has no Content-Security-Policy <meta>.');
  return content.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}
