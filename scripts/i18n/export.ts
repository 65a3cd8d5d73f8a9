/**
 * `npm run i18n:export -- --locale=ar [--out=FILE] [--missing]`: everything a translator
 * translates for one locale, as an XLIFF 2.0 file (English source, the translation where
 * there is one). `--missing` leaves out what is translated already. Writes `dtc.<locale>.xlf`
 * in the current folder unless `--out` says where (`-` for standard output).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BUILT_IN_LOCALES } from '@dtc/i18n';
import { groups } from './sources.js';
import { toXliff } from './xliff.js';

const usage = 'usage: npm run i18n:export -- --locale=<locale> [--out=FILE|-] [--missing]';
const { values } = parseArgs({
  options: {
    locale: { type: 'string' },
    out: { type: 'string' },
    missing: { type: 'boolean', default: false },
  },
});
const locales = BUILT_IN_LOCALES.filter((l) => l !== 'en');
if (!values.locale || !(locales as readonly string[]).includes(values.locale)) {
  console.error(
    `${values.locale ? `i18n:export: no locale "${values.locale}"` : 'i18n:export: which locale?'}; the locales are ${locales.join(', ')}\n${usage}`,
  );
  process.exit(2);
}
const locale = values.locale;
const all = await groups(locale);
const xml = await toXliff(locale, all, values.missing);
const count = all.reduce(
  (n, g) => n + g.units.filter((u) => !values.missing || u.target === undefined).length,
  0,
);
if (values.out === '-') process.stdout.write(xml + '\n');
else {
  const out = resolve(process.env.INIT_CWD ?? process.cwd(), values.out ?? `dtc.${locale}.xlf`);
  writeFileSync(out, xml + '\n');
  console.log(`${count} texts written to ${out}`);
}
