/**
 * `npm run i18n:check [-- --locale=ar]`: every translation complete and well formed, for
 * every built-in locale (or one). Fails (exit 1), listing each problem with its locale,
 * group and key, on: a missing or empty translation, a key the English does not have, a
 * malformed ICU message, placeholders that differ from the English, a plural without every
 * category the language needs (`Intl.PluralRules`), a text wider than its declared limit
 * (limits.ts), the language's typography (`typographyIssues`), a glossary term not used
 * where its English is (docs/i18n/glossary.<locale>.md), or no glossary at all.
 */
import { parseArgs } from 'node:util';
import { BUILT_IN_LOCALES, placeholders, pluralCases, textRuns, typographyIssues } from '@dtc/i18n';
import { glossaryFile, missingTerms, readGlossary, type Term } from './glossary.js';
import { groups, type Unit } from './sources.js';

const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Display columns: East Asian wide characters count 2. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/** The problems of one translated unit, as short sentences. */
export function unitProblems(
  locale: string,
  unit: Unit,
  terms: readonly Term[],
  categories: readonly string[],
): string[] {
  const { target, source } = unit;
  if (target === undefined) return ['no translation'];
  if (target.trim() === '') return ['an empty translation'];
  const problems: string[] = [];
  if (unit.icu) {
    try {
      const [want, got] = [placeholders(source).join(', '), placeholders(target).join(', ')];
      if (want !== got) problems.push(`placeholders {${got}} where the English has {${want}}`);
      for (const plural of pluralCases(target)) {
        const lacking = categories.filter((c) => !plural.cases.includes(c));
        if (lacking.length > 0)
          problems.push(
            `the plural of {${plural.name}} lacks the categories ${lacking.join(', ')}`,
          );
      }
    } catch (error) {
      return [`a malformed message: ${(error as Error).message}`];
    }
  }
  if (unit.maxWidth !== undefined && displayWidth(target) > unit.maxWidth)
    problems.push(
      `${displayWidth(target)} columns wide, more than the ${unit.maxWidth} it has room for`,
    );
  // Plain texts have no ICU syntax (and this ICU subset has no quoting): braces become
  // parentheses, which no typography rule looks at, so the check reads them as text.
  const message = unit.icu ? target : target.replace(/\{/g, '(').replace(/\}/g, ')');
  for (const issue of typographyIssues(locale, message)) problems.push(`typography: ${issue}`);
  // Terms count in the words a reader sees, not in placeholder names.
  const visible = (text: string) => (unit.icu ? textRuns(text).join(' ') : text);
  for (const term of missingTerms(terms, visible(source), visible(target)))
    problems.push(`glossary: "${term.english}" is "${term.forms.join('" or "')}"`);
  return problems;
}

export interface LocaleReport {
  locale: string;
  units: number;
  translated: number;
  problems: string[];
}

/** Checks every group of `locale`; each problem is `locale group key: what`. */
export async function checkLocale(locale: string): Promise<LocaleReport> {
  const problems: string[] = [];
  let terms: Term[] = [];
  try {
    const read = readGlossary(locale);
    if (read) terms = read;
    else problems.push(`${locale}: no glossary (${glossaryFile(locale)})`);
  } catch (error) {
    problems.push(`${locale}: ${(error as Error).message}`);
  }
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  let units = 0;
  let translated = 0;
  for (const group of await groups(locale)) {
    for (const key of group.extra)
      problems.push(
        `${locale} ${group.id} ${key}: a key the English does not have (${group.file})`,
      );
    for (const unit of group.units) {
      units++;
      if (unit.target !== undefined) translated++;
      for (const problem of unitProblems(locale, unit, terms, categories))
        problems.push(`${locale} ${group.id} ${unit.id}: ${problem}`);
    }
  }
  return { locale, units, translated, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { locale: { type: 'string' } } });
  const all = BUILT_IN_LOCALES.filter((l) => l !== 'en');
  const locales = values.locale ? [values.locale] : all;
  const unknown = locales.filter((l) => !(all as readonly string[]).includes(l));
  if (unknown.length > 0) {
    console.error(
      `i18n:check: no locale "${unknown.join('", "')}"; the locales are ${all.join(', ')}`,
    );
    process.exit(2);
  }
  let failed = false;
  for (const locale of locales) {
    const report = await checkLocale(locale);
    for (const problem of report.problems) console.log(problem);
    const status = report.problems.length === 0 ? 'ok' : `${report.problems.length} problems`;
    console.log(`${locale}: ${report.translated} of ${report.units} texts translated, ${status}`);
    failed ||= report.problems.length > 0;
  }
  process.exit(failed ? 1 : 0);
}
