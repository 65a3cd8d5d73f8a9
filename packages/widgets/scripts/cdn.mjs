// Builds the CDN files, ES modules for a plain <script type="module"> with Lit, @dtc/schema,
// @dtc/scoring and @dtc/i18n inlined (framework content is not):
// - dist/cdn/dtc-widgets.js: every element in one file, the simplest embed;
// - dist/cdn/autoloader.js: a small script that loads each element's module the first time
//   its tag appears in the page, from dist/cdn/dtc-<name>.js beside it, with the code they
//   share in dist/cdn/chunks/ (each loaded once). Languages other than English are chunks
//   too, loaded when a page asks for one.
// scripts/size.mjs builds the autoloader the same way (`buildAutoloader`) to measure pages.
import { build } from 'esbuild';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { minifyTemplates } from './minify-templates.mjs';

const widgets = new URL('../', import.meta.url).pathname;

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
  absWorkingDir: widgets,
  plugins: [minifyTemplates],
};

/** Entry points of the autoloader build: the autoloader and `dtc-<folder>` per element. */
export function autoloaderEntries() {
  const elements = readdirSync(widgets + 'src', { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`${widgets}src/${d.name}/define.ts`))
    .map((d) => [`dtc-${d.name}`, `src/${d.name}/define.ts`]);
  return { autoloader: 'src/autoloader.ts', ...Object.fromEntries(elements) };
}

/** Builds the autoloader, the elements and their shared chunks into `outdir`. */
export function buildAutoloader(outdir, extra = {}) {
  return build({
    ...common,
    entryPoints: autoloaderEntries(),
    splitting: true,
    outdir,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    ...extra,
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  rmSync(widgets + 'dist/cdn', { recursive: true, force: true });
  // Each language other than English stays in its own chunk, loaded when a page shows it.
  await build({
    ...common,
    entryPoints: { 'dtc-widgets': 'src/index.ts' },
    outdir: 'dist/cdn',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
  });
  console.log('wrote dist/cdn/dtc-widgets.js');
  await buildAutoloader('dist/cdn');
  console.log('wrote dist/cdn/autoloader.js, one file per element and their shared chunks');
}
