import { defineConfig, type Plugin } from 'vite';
import { offline } from './pwa.config.js';

/**
 * A Content-Security-Policy in the built page: scripts, styles, data and fonts come from the
 * site's own files only, so the demo cannot reach a third-party host even by mistake.
 * (Dev mode keeps Vite's client free of it.)
 */
function contentSecurityPolicy(): Plugin {
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
  return {
    name: 'dtc-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
          injectTo: 'head-prepend',
        },
      ],
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
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
  plugins: [contentSecurityPolicy(), offline()],
});
