/**
 * The translators' exchange file: XLIFF 2.0, written and read by the `xliff` library. One
 * `<file>` per group (`ui.plan`, `demo`, `demo.room`, `framework`, `course`), one `<unit>` per
 * text, its id the text's key, English as `<source>`, the translation (if any) as `<target>`,
 * and a note on what a message must keep (ICU placeholders and plural categories, a width limit).
 */
import { placeholders, pluralCases } from '@dtc/i18n';
import js2xliff from 'xliff/js2xliff';
import xliff2js from 'xliff/xliff2js';
import type { Group } from './sources.js';

type Resources = Record<string, Record<string, { source: string; target?: string; note?: string }>>;

function noteFor(locale: string, unit: Group['units'][number]): string | undefined {
  const notes: string[] = [];
  if (unit.icu && placeholders(unit.source).length > 0)
    notes.push('ICU message: keep each {placeholder} and select key as it is.');
  if (unit.icu && pluralCases(unit.source).length > 0) {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    notes.push(`Give each plural the categories ${categories.join(', ')}.`);
  }
  if (unit.maxWidth !== undefined)
    notes.push(`At most ${unit.maxWidth} columns (a Chinese character counts 2).`);
  return notes.length > 0 ? notes.join(' ') : undefined;
}

/** The XLIFF 2.0 document of `groups` for `locale` (`missingOnly`: untranslated units only). */
export async function toXliff(
  locale: string,
  groups: readonly Group[],
  missingOnly = false,
): Promise<string> {
  const resources: Resources = {};
  for (const group of groups) {
    const units: Resources[string] = {};
    for (const unit of group.units) {
      if (missingOnly && unit.target !== undefined) continue;
      const note = noteFor(locale, unit);
      units[unit.id] = {
        source: unit.source,
        ...(unit.target !== undefined ? { target: unit.target } : {}),
        ...(note ? { note } : {}),
      };
    }
    if (Object.keys(units).length > 0) resources[group.id] = units;
  }
  return js2xliff({ sourceLanguage: 'en', targetLanguage: locale, resources });
}

/** What an XLIFF file holds: its target language, and the targets of each group by unit id. */
export interface XliffTargets {
  locale: string;
  groups: Record<string, Record<string, string>>;
}

/**
 * Reads an XLIFF document (2.0, or 1.2: the library reads both). Throws an `Error` that says
 * what is wrong when it is not XLIFF or names no target language.
 */
export async function fromXliff(xml: string): Promise<XliffTargets> {
  let js: { targetLanguage?: string; sourceLanguage?: string; resources?: Resources };
  try {
    js = await xliff2js(xml);
  } catch (error) {
    throw new Error(`not an XLIFF file (${(error as Error).message})`);
  }
  if (!js.targetLanguage) throw new Error('the XLIFF file names no target language (trgLang)');
  if (js.sourceLanguage && js.sourceLanguage !== 'en')
    throw new Error(`the XLIFF file's source language is "${js.sourceLanguage}", not "en"`);
  const groups: XliffTargets['groups'] = {};
  for (const [group, units] of Object.entries(js.resources ?? {})) {
    groups[group] = {};
    for (const [id, unit] of Object.entries(units)) {
      if (typeof unit.target === 'string' && unit.target !== '') groups[group][id] = unit.target;
    }
  }
  return { locale: js.targetLanguage, groups };
}
