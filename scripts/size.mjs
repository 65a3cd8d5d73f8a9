#!/usr/bin/env node
// Size budgets, measured the way a page receives the code: minified ESM with every
// dependency inlined (as in the CDN bundle), gzip level 9. Fails above a budget.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { minifyTemplates } from '../packages/widgets/scripts/minify-templates.mjs';

const widgets = new URL('../packages/widgets/', import.meta.url).pathname;
const KB = 1024;

const budgets = [
  {
    name: 'questionnaire (dtc-assessment, dtc-rubric-question, dtc-progress)',
    entries: [
      'src/assessment/define.ts',
      'src/rubric-question/define.ts',
      'src/progress/define.ts',
    ],
    budget: 25 * KB,
  },
  {
    name: 'whole CDN bundle (all elements, i18n en+fr, engines)',
    entries: ['src/index.ts'],
    budget: 45 * KB,
    target: 35 * KB,
  },
];

async function measure(entries) {
  const present = entries.filter((e) => existsSync(widgets + e));
  if (present.length !== entries.length) {
    throw new Error(`missing entry: ${entries.filter((e) => !present.includes(e)).join(', ')}`);
  }
  const contents = present.map((e) => `import './${e}';`).join('\n');
  const result = await build({
    stdin: { contents, resolveDir: widgets, loader: 'ts' },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    target: 'es2022',
    conditions: ['@dtc/source', 'module', 'browser', 'production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
    plugins: [minifyTemplates],
  });
  const code = result.outputFiles[0].contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

let failed = false;
for (const b of budgets) {
  const { raw, gzip } = await measure(b.entries);
  const ok = gzip <= b.budget;
  failed ||= !ok;
  const target = b.target
    ? `, target ${(b.target / KB).toFixed(0)} KB ${gzip <= b.target ? 'met' : 'missed'}`
    : '';
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${b.name}: ${(gzip / KB).toFixed(1)} KB gzip (${(raw / KB).toFixed(1)} KB min), budget ${(b.budget / KB).toFixed(0)} KB${target}`,
  );
}
if (failed) {
  console.error('Size budget exceeded.');
  process.exit(1);
}
