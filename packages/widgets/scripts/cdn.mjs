// Builds the all-in-one ESM bundle for a plain <script type="module">: Lit, @dtc/schema,
// @dtc/scoring and @dtc/i18n (English and French) inlined; framework content is not.
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

await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/cdn/dtc-widgets.js' });
console.log('wrote dist/cdn/dtc-widgets.js');
