// Builds the all-in-one ESM bundle for a plain <script type="module">: Lit, @dtc/schema,
// @dtc/scoring and @dtc/i18n (English) inlined; framework content is not. Each other
// language's UI words stay in their own chunks next to it (dist/cdn/chunks/), loaded only
// when a page shows that language; without them the page stays in English.
import { build } from 'esbuild';
import { minifyTemplates } from './minify-templates.mjs';

const common = {
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  conditions: ['@dtc/source', 'module', 'browser', 'production'],
  legalComments: 'eof',
  charset: 'utf8',
  sourcemap: 'linked',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
  plugins: [minifyTemplates],
};

await build({
  ...common,
  entryPoints: { 'dtc-widgets': 'src/index.ts' },
  outdir: 'dist/cdn',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});
console.log('wrote dist/cdn/dtc-widgets.js');
