// Builds the CDN files, ES modules for a plain <script type="module"> with Lit, @dtc/schema,
// @dtc/scoring and @dtc/i18n inlined (framework content is not):
// - dist/cdn/dtc-widgets.js: every element in one file, the simplest embed;
// - dist/cdn/autoloader.js: a small script that loads each element's module the first time
//   its tag appears in the page, from dist/cdn/dtc-<name>.js beside it, with the code they
//   share in dist/cdn/chunks/ (loaded once).
import { build } from 'esbuild';
import { readdirSync, existsSync, rmSync } from 'node:fs';
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

rmSync('dist/cdn', { recursive: true, force: true });
await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/cdn/dtc-widgets.js' });
console.log('wrote dist/cdn/dtc-widgets.js');

const elements = Object.fromEntries(
  readdirSync('src', { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`src/${d.name}/define.ts`))
    .map((d) => [`dtc-${d.name}`, `src/${d.name}/define.ts`]),
);
await build({
  ...common,
  entryPoints: { autoloader: 'src/autoloader.ts', ...elements },
  splitting: true,
  outdir: 'dist/cdn',
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
});
console.log(
  `wrote dist/cdn/autoloader.js, ${Object.keys(elements).length} elements and their chunks`,
);
