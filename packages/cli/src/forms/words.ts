/**
 * The form's own words (the respondent block, yes/no, "not applicable", "don't know") in each
 * locale, from the questionnaire's catalog in @dtc/i18n: the same words the web questionnaire
 * shows. A locale the catalogs do not have gets English; the language's name comes from
 * `LOCALE_INFO`, or `Intl.DisplayNames` for a locale it does not list.
 */
import { formatMessage, LOCALE_INFO, negotiateLocale } from '@dtc/i18n';
import type { AssessmentMessages } from '@dtc/i18n';
import { assessmentNamespace } from '@dtc/i18n/namespaces/assessment';

type Key = keyof AssessmentMessages extends `assessment.${infer K}` ? K : never;

/** The word for `key` (without its `assessment.` prefix) in `locale`. */
export type FormWords = (locale: string, key: Key) => string;

/** Loads the catalog of every locale in `locales` and returns the lookup. */
export async function loadFormWords(locales: readonly string[]): Promise<FormWords> {
  const catalogs = new Map<string, AssessmentMessages>();
  const available = ['en', ...Object.keys(assessmentNamespace.translations)];
  for (const locale of locales) {
    const tag = negotiateLocale(locale, available, 'en');
    const load = assessmentNamespace.translations[tag];
    catalogs.set(locale, load ? await load() : assessmentNamespace.en);
  }
  return (locale, key) => {
    const catalog = catalogs.get(locale) ?? assessmentNamespace.en;
    const tag = catalog === assessmentNamespace.en ? 'en' : locale;
    return formatMessage(catalog[`assessment.${key}`], {}, tag);
  };
}

/** `Français` for `fr`: the name of a language in itself. */
export function languageName(code: string): string {
  const info = (LOCALE_INFO as Readonly<Record<string, { name: string } | undefined>>)[code];
  if (info) return info.name;
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([code], { type: 'language' }).of(code);
  } catch {
    name = undefined;
  }
  return name ? name.charAt(0).toLocaleUpperCase(code) + name.slice(1) : code;
}
