/**
 * `npm run i18n:import -- FILE.xlf [--dry-run]`: the translations of an XLIFF file (as
 * `i18n:export` writes it, filled in by a translation tool) written back into the catalogs,
 * the framework's and the course's texts of its target language. Nothing is written when the
 * file names an unknown locale, group or key, or when a message is malformed, has other
 * placeholders than the English or lacks a plural category: each problem is listed with its
 * key. Texts the file does not carry are kept as they are.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BUILT_IN_LOCALES, canonicalLocale } from '@dtc/i18n';
import { unitProblems } from './check.js';
import { groups } from './sources.js';
import { fromXliff } from './xliff.js';

const usage = 'usage: npm run i18n:import -- FILE.xlf [--dry-run]';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'dry-run': { type: 'boolean', default: false } },
});
if (positionals.length !== 1) {
  console.error(`i18n:import: give one XLIFF file\n${usage}`);
  process.exit(2);
}
const path = resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]!);
let xml: string;
try {
  xml = readFileSync(path, 'utf8');
} catch (error) {
  console.error(`i18n:import: cannot read ${path} (${(error as NodeJS.ErrnoException).code})`);
  process.exit(2);
}
let file;
try {
  file = await fromXliff(xml);
} catch (error) {
  console.error(`i18n:import: ${path}: ${(error as Error).message}`);
  process.exit(1);
}
const locales = BUILT_IN_LOCALES.filter((l) => l !== 'en') as readonly string[];
const locale = canonicalLocale(file.locale) ?? file.locale;
if (!locales.includes(locale)) {
  console.error(
    `i18n:import: ${path} is in "${file.locale}"; the locales are ${locales.join(', ')} (see docs/i18n.md to add one)`,
  );
  process.exit(1);
}

const problems: string[] = [];
const known = await groups(locale);
const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
const updates: {
  group: (typeof known)[number];
  targets: Record<string, string>;
  changed: number;
}[] = [];
for (const [id, targets] of Object.entries(file.groups)) {
  const group = known.find((g) => g.id === id);
  if (!group) {
    problems.push(`${id}: no such group (the groups are ${known.map((g) => g.id).join(', ')})`);
    continue;
  }
  const merged: Record<string, string> = {};
  let changed = 0;
  for (const unit of group.units) {
    const imported = Object.hasOwn(targets, unit.id) ? targets[unit.id] : undefined;
    if (imported !== undefined) {
      // Only what would break a page blocks the import; glossary and typography are for i18n:check.
      for (const problem of unitProblems(locale, { ...unit, target: imported }, [], categories))
        if (!/^(typography|glossary):/.test(problem)) problems.push(`${id} ${unit.id}: ${problem}`);
      if (imported !== unit.target) changed++;
    }
    const value = imported ?? unit.target;
    if (value !== undefined) merged[unit.id] = value;
  }
  for (const key of Object.keys(targets))
    if (!group.units.some((u) => u.id === key))
      problems.push(`${id} ${key}: no such text (left over from an older version?)`);
  if (changed > 0) updates.push({ group, targets: merged, changed });
}
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  console.error(`i18n:import: ${problems.length} problems in ${path}; nothing was written`);
  process.exit(1);
}
for (const { group, targets, changed } of updates) {
  if (!values['dry-run']) await group.write(targets);
  console.log(
    `${values['dry-run'] ? 'would update' : 'updated'} ${changed} texts in ${group.file}`,
  );
}
if (updates.length === 0) console.log('no text changed');
