// The bench pages, built as the CDN bundle is (minified, templates minified, production).
import { build } from 'esbuild';
import { minifyTemplates } from '../scripts/minify-templates.mjs';

/** Bundles `bench/<file>` into one ES module; `banner` is JavaScript put before it. */
export async function bundlePage(file, { banner } = {}) {
  const bundle = await build({
    entryPoints: [new URL(file, import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    target: 'es2022',
    conditions: ['@dtc/source', 'module', 'browser', 'production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [minifyTemplates],
    ...(banner ? { banner: { js: banner } } : {}),
    logLevel: 'error',
  });
  return bundle.outputFiles[0].contents;
}
