// The Content-Security-Policy that docs/embedding.md tells partners to copy: the line of its
// "A strict Content-Security-Policy" section that starts with `Content-Security-Policy:`.
// The tests that serve a page with it (scripts/packages/checks/csp.mjs, the demo's embed
// end-to-end test) read it here, so the documentation and the tests cannot drift apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The policy of `<root>/docs/embedding.md`, without the header name. */
export function documentedPolicy(root) {
  const doc = readFileSync(join(root, 'docs/embedding.md'), 'utf8');
  const line = doc.split('\n').find((l) => /^Content-Security-Policy:/.test(l.trim()));
  if (!line) throw new Error('docs/embedding.md has no "Content-Security-Policy: …" line');
  return line.trim().replace(/^Content-Security-Policy:\s*/, '');
}
