/**
 * One description of the field form a framework becomes, read by both writers (the XLSForm
 * workbook and the ODK XForm) and by the importers that map submissions back: what each field
 * is called, how it is labelled in every locale, and which answer each choice stands for.
 */
import {
  DONT_KNOW,
  NOT_APPLICABLE,
  RESPONDENT_ROLES,
  type AnswerValue,
  type Framework,
  type LocalizedText,
  type Question,
} from '@dtc/schema';
import { CliError } from '../errors.js';
import type { FormWords } from './words.js';

/** A language of the form: its tag and the `Name (tag)` suffix XLSForm and XForm use. */
export interface FormLanguage {
  code: string;
  /** `English (en)`, `Français (fr)`: the column suffix and the itext `lang`. */
  label: string;
}

export interface FormChoice {
  /** The value a submission carries. */
  name: string;
  label: LocalizedText;
}

/** What a field's value becomes in a response. */
export type FieldTarget =
  | { kind: 'answer'; questionId: string; values: ReadonlyMap<string, AnswerValue> | null }
  | { kind: 'respondent'; key: 'role' | 'roleDetail' | 'organisation' | 'country' }
  | { kind: 'meta'; key: 'start' | 'end' };

export interface FormField {
  type: 'select_one' | 'text' | 'start' | 'end';
  name: string;
  label?: LocalizedText;
  hint?: LocalizedText;
  /** The choices of a `select_one`, in order. */
  choices?: FormChoice[];
  required?: boolean;
  /** XLSForm `relevant` with `${name}` references (the XForm writer resolves them). */
  relevant?: { field: string; equals: string };
  /** A regular expression the whole value must match. */
  pattern?: string;
  /** The most characters a text may have (a text question's `maxLength`). */
  maxLength?: number;
  target: FieldTarget;
}

export interface FormGroup {
  type: 'group';
  name: string;
  label: LocalizedText;
  children: FormItem[];
}

export type FormItem = FormField | FormGroup;

export interface FormDescription {
  /** `form_id`: the framework's id. */
  id: string;
  /** `version`: the framework's version as XLSForm wants it, a number ({@link formVersion}). */
  version: string;
  /** The framework's own version (`2.0.0`), which submissions may also name. */
  frameworkVersion: string;
  title: LocalizedText;
  languages: FormLanguage[];
  /** The first language: `default_language`. */
  defaultLanguage: FormLanguage;
  items: FormItem[];
}

/** A framework id as a field name: `digital-strategy` → `digital_strategy` (XML names take no leading digit). */
export function fieldName(id: string): string {
  const name = id.replaceAll('-', '_');
  return /^[0-9]/.test(name) ? `q_${name}` : name;
}

/**
 * A framework version as the `version` of a form. XLSForm asks for "a string of up to 10
 * numbers", numerically greater for every revision (https://xlsform.org, settings): `2.1.3`
 * becomes `2001003` (major × 1,000,000 + minor × 1,000 + patch), which keeps the order of
 * versions. A version this cannot number (a pre-release, a part past 999, a major past 9999)
 * stays as it is: the XForms specification, ODK Central and KoboToolbox take any string.
 */
export function formVersion(version: string): string {
  const parts = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!parts) return version;
  const [major, minor, patch] = parts.slice(1).map(Number) as [number, number, number];
  if (major > 9999 || minor > 999 || patch > 999) return version;
  return String(major * 1_000_000 + minor * 1_000 + patch);
}

/** Whether a version a submission names is the form's (as numbered, or as the framework's). */
export const isFormVersion = (value: string, form: FormDescription): boolean =>
  value === form.version || value === form.frameworkVersion;

/** The choice names of "not applicable" and "don't know". */
export const SPECIAL_CHOICES: Readonly<Record<string, AnswerValue>> = {
  na: NOT_APPLICABLE,
  dont_know: DONT_KNOW,
};

function inLocales(locales: readonly string[], pick: (locale: string) => string): LocalizedText {
  return Object.fromEntries(locales.map((l) => [l, pick(l)]));
}

function questionChoices(
  framework: Framework,
  question: Question,
  words: FormWords,
  locales: readonly string[],
): FormChoice[] | null {
  const text = (t: LocalizedText, l: string): string => t[l] ?? t[framework.locales[0]!] ?? '';
  let choices: FormChoice[];
  switch (question.kind) {
    case 'text':
      return null;
    case 'rubric':
      choices = question.descriptors.map((d) => {
        const level = framework.levels.find((l) => l.value === d.level);
        return {
          name: String(d.level),
          label: inLocales(locales, (l) =>
            level ? `${text(level.label, l)}: ${text(d.text, l)}` : text(d.text, l),
          ),
        };
      });
      break;
    case 'choice':
      choices = question.options.map((o) => ({
        name: fieldName(o.id),
        label: inLocales(locales, (l) => text(o.label, l)),
      }));
      break;
    case 'boolean':
      choices = (['yes', 'no'] as const).map((v) => ({
        name: v,
        label: inLocales(locales, (l) => words(l, v === 'yes' ? 'answer.yes' : 'answer.no')),
      }));
      break;
  }
  if (question.allowNotApplicable)
    choices.push({ name: 'na', label: inLocales(locales, (l) => words(l, 'answer.na')) });
  if (question.allowDontKnow)
    choices.push({
      name: 'dont_know',
      label: inLocales(locales, (l) => words(l, 'answer.dontKnow')),
    });
  return choices;
}

/** The answer each choice name stands for. */
function choiceValues(question: Question): Map<string, AnswerValue> | null {
  const values = new Map<string, AnswerValue>();
  switch (question.kind) {
    case 'text':
      return null;
    case 'rubric':
      for (const d of question.descriptors) values.set(String(d.level), d.level);
      break;
    case 'choice':
      for (const o of question.options) values.set(fieldName(o.id), o.id);
      break;
    case 'boolean':
      values.set('yes', 'yes').set('no', 'no');
      break;
  }
  if (question.allowNotApplicable) values.set('na', NOT_APPLICABLE);
  if (question.allowDontKnow) values.set('dont_know', DONT_KNOW);
  return values;
}

export interface BuildFormOptions {
  /** The languages of the form, the first the default; every locale of the framework if absent. */
  locales?: readonly string[];
  /** Name of each language in itself (`Français` for `fr`). */
  languageName: (code: string) => string;
}

/** The form of `framework`: respondent fields first, then a group per pillar and component. */
export function buildForm(
  framework: Framework,
  words: FormWords,
  options: BuildFormOptions,
): FormDescription {
  const locales = options.locales?.length ? [...options.locales] : [...framework.locales];
  for (const locale of locales)
    if (!framework.locales.includes(locale))
      throw new CliError(
        `the framework "${framework.id}" has no texts in "${locale}"; it has ${framework.locales.join(', ')}.`,
        2,
      );
  const localized = (t: LocalizedText): LocalizedText =>
    inLocales(locales, (l) => t[l] ?? t[framework.locales[0]!] ?? '');
  const word = (key: Parameters<FormWords>[1]): LocalizedText =>
    inLocales(locales, (l) => words(l, key));

  const respondent: FormGroup = {
    type: 'group',
    name: 'respondent',
    label: word('respondent.title'),
    children: [
      {
        type: 'select_one',
        name: 'role',
        label: word('respondent.role'),
        required: true,
        choices: RESPONDENT_ROLES.map((role) => ({ name: role, label: word(`role.${role}`) })),
        target: { kind: 'respondent', key: 'role' },
      },
      {
        type: 'text',
        name: 'role_detail',
        label: word('respondent.roleDetail'),
        required: true,
        relevant: { field: 'role', equals: 'other' },
        target: { kind: 'respondent', key: 'roleDetail' },
      },
      {
        type: 'text',
        name: 'organisation',
        label: word('respondent.organisation'),
        target: { kind: 'respondent', key: 'organisation' },
      },
      {
        type: 'text',
        name: 'country',
        label: word('respondent.country'),
        hint: word('respondent.countryHint'),
        pattern: '^[A-Z]{3}$',
        target: { kind: 'respondent', key: 'country' },
      },
    ],
  };

  const pillars: FormGroup[] = framework.pillars.map((pillar) => ({
    type: 'group',
    name: fieldName(pillar.id),
    label: localized(pillar.title),
    children: pillar.components.map((component): FormGroup => ({
      type: 'group',
      name: fieldName(component.id),
      label: localized(component.title),
      children: component.questions.map((question): FormField => {
        const choices = questionChoices(framework, question, words, locales);
        const hint = question.help ?? question.summary;
        return {
          type: choices ? 'select_one' : 'text',
          name: fieldName(question.id),
          label: localized(question.title),
          ...(hint ? { hint: localized(hint) } : {}),
          ...(choices ? { choices } : {}),
          ...(question.kind === 'text' && question.maxLength !== undefined
            ? { maxLength: question.maxLength }
            : {}),
          target: { kind: 'answer', questionId: question.id, values: choiceValues(question) },
        };
      }),
    })),
  }));

  const items: FormItem[] = [
    { type: 'start', name: 'start', target: { kind: 'meta', key: 'start' } },
    { type: 'end', name: 'end', target: { kind: 'meta', key: 'end' } },
    respondent,
    ...pillars,
  ];
  checkNames(framework, items);
  const languages = locales.map((code) => ({
    code,
    label: `${options.languageName(code)} (${code})`,
  }));
  return {
    id: framework.id,
    version: formVersion(framework.version),
    frameworkVersion: framework.version,
    title: localized(framework.title),
    languages,
    defaultLanguage: languages[0]!,
    items,
  };
}

/** The XPath `constraint` of a field (`.` its value), or undefined when it has none. */
export function constraintOf(field: FormField): string | undefined {
  const parts = [
    ...(field.pattern ? [`regex(., '${field.pattern}')`] : []),
    ...(field.maxLength !== undefined ? [`string-length(.) <= ${field.maxLength}`] : []),
  ];
  return parts.length ? parts.join(' and ') : undefined;
}

/** Names the form reserves for its own fields and the `meta` block of a submission. */
const RESERVED = new Set(['meta', 'instanceID']);

/** Every name in the form is unique: importers find a field by its name alone. */
function checkNames(framework: Framework, items: readonly FormItem[]): void {
  const seen = new Set<string>(RESERVED);
  const visit = (item: FormItem): void => {
    if (seen.has(item.name))
      throw new CliError(
        `the framework "${framework.id}" gives two parts of the form the field name "${item.name}" (ids become names with "-" as "_"); rename one of them.`,
      );
    seen.add(item.name);
    if (item.type === 'group') item.children.forEach(visit);
  };
  items.forEach(visit);
}

/** Every field of the form with the names of the groups around it. */
export function* fieldsOf(
  items: readonly FormItem[],
  path: readonly string[] = [],
): Generator<{ field: FormField; path: readonly string[] }> {
  for (const item of items) {
    if (item.type === 'group') yield* fieldsOf(item.children, [...path, item.name]);
    else yield { field: item, path };
  }
}
