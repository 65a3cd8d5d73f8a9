import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { offline } from './pwa.config.js';
import { demoPolicy, inlineScriptHashes, policyOfPage } from './scripts/csp.mjs';

/**
 * The Content-Security-Policy of scripts/csp.mjs, strict: scripts and styles from the site's
 * own files only (no 'unsafe-inline'; the one inline script of index.html by its hash),
 * Trusted Types required. The build puts it in the page as a <meta>; `vite preview` also
 * sends it as a header on pages. (Dev mode keeps Vite's client, which injects inline styles, free of it.)
 */
function contentSecurityPolicy(): Plugin {
  let outDir = 'dist';
  return {
    name: 'dtc-csp',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) =>
        ctx.server
          ? html
          : {
              html,
              tags: [
                {
                  tag: 'meta',
                  attrs: {
                    'http-equiv': 'Content-Security-Policy',
                    content: demoPolicy(inlineScriptHashes(html)),
                  },
                  injectTo: 'head-prepend',
                },
              ],
            },
    },
    configurePreviewServer(server) {
      // On pages only, as serve.mjs does: the policy is the page's.
      server.middlewares.use((req, res, next) => {
        if (!String(req.headers.accept ?? '').includes('text/html')) return next();
        readFile(resolve(outDir, 'index.html'), 'utf8').then((page) => {
          res.setHeader('Content-Security-Policy', policyOfPage(page));
          next();
        }, next);
      });
    },
  };
}

export default defineConfig({
  // Relative asset URLs: the built site works from any folder of any static server.
  base: './',
  resolve: {
    // Workspace packages resolve to their TypeScript source: no package build needed.
    conditions: ['@dtc/source', 'module', 'browser', 'development|production'],
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    reportCompressedSize: false,
  },
  // The import worker (src/import.worker.ts) is a module worker: its chunks load as modules.
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
  plugins: [contentSecurityPolicy(), offline()],
});
