#!/usr/bin/env node
// Size budgets, measured the way a page receives the code: minified ESM with every
// dependency inlined (as in the CDN bundle), gzip level 9.
//
// Each bundle has the budget its issue set and a ceiling. The script prints both and
// fails when a bundle grows past its ceiling (a regression guard). The budgets are not yet
// met: the line says MISSED and by how much, so the gap stays visible in every CI run.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { minifyTemplates } from '../packages/widgets/scripts/minify-templates.mjs';

const widgets = new URL('../packages/widgets/', import.meta.url).pathname;
const KB = 1024;

const budgets = [
  {
    // Developers who only score responses must not pay for the validator (zod).
    name: 'scoring engine alone (@dtc/scoring)',
    contents: "export * from '@dtc/scoring';",
    budget: 8 * KB,
    ceiling: 8 * KB,
  },
  {
    name: 'questionnaire (dtc-assessment, dtc-rubric-question, dtc-progress)',
    entries: [
      'src/assessment/define.ts',
      'src/rubric-question/define.ts',
      'src/progress/define.ts',
    ],
    budget: 25 * KB,
    // 31 KB: the kind table and one view per question kind (+0.5 KB).
    // 31 → 41 KB: parse* run zod/mini itself, and issues are worded by @dtc/i18n (ADR 0006).
    // 41 → 43 KB: the response lifecycle (controller, store interface, merging other tabs' changes, rounds).
    ceiling: 43 * KB,
  },
  {
    name: 'whole CDN bundle (all elements, i18n en+fr, engines)',
    entries: ['src/index.ts'],
    budget: 45 * KB,
    target: 35 * KB,
    // 53 → 63 KB: zod/mini replaces the hand-written validator; issue words en+fr (ADR 0006).
    // 63 → 65 KB: the response lifecycle, and idb inlined for the IndexedDB store.
    // 65 → 69 KB: <dtc-group-results> with aggregateResponses and its en/fr words (+3.9 KB).
    ceiling: 69 * KB,
  },
];

async function measure(entries = [], extra = '') {
  const present = entries.filter((e) => existsSync(widgets + e));
  if (present.length !== entries.length) {
    throw new Error(`missing entry: ${entries.filter((e) => !present.includes(e)).join(', ')}`);
  }
  const contents = present.map((e) => `import './${e}';`).join('\n') + extra;
  const result = await build({
    stdin: { contents, resolveDir: widgets, loader: 'ts' },
    bundle: true,
    format: 'esm',
    minify: true,
    // The bundle ships as UTF-8 (module scripts are decoded as UTF-8), so French words are
    // kept as written rather than escaped.
    charset: 'utf8',
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

const kb = (n) => `${(n / KB).toFixed(1)} KB`;
let failed = false;
for (const b of budgets) {
  const { raw, gzip } = await measure(b.entries, b.contents);
  const underCeiling = gzip <= b.ceiling;
  failed ||= !underCeiling;
  const budget =
    gzip <= b.budget
      ? `budget ${kb(b.budget)} met`
      : `budget ${kb(b.budget)} MISSED by ${kb(gzip - b.budget)}`;
  const target = b.target ? `; target ${kb(b.target)} ${gzip <= b.target ? 'met' : 'missed'}` : '';
  console.log(
    `${underCeiling ? 'ok  ' : 'FAIL'} ${b.name}: ${kb(gzip)} gzip (${kb(raw)} min); ${budget}${target}; ceiling ${kb(b.ceiling)}`,
  );
}
if (failed) {
  console.error('A bundle grew past its ceiling.');
  process.exit(1);
}
