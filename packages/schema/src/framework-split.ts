/**
 * The split form of a framework: a base (the framework in its source language, which is
 * the fallback) plus one texts file per other locale. Moving between the two forms needs no
 * validator, so this module imports no zod: a page that merges texts it has already
 * validated bundles none of it here.
 */
import type { LocalizedText } from './common.js';
import { FRAMEWORK_TEXTS_FORMAT, FRAMEWORK_TEXTS_VERSION } from './constants.js';
import type { Framework, Question } from './framework.js';
import type { FrameworkTexts } from './framework-texts.js';
import type { Issue } from './issues.js';
import { mergeTexts, splitTexts } from './texts-split.js';

type MapText = (key: string, text: LocalizedText) => LocalizedText;

function optional(key: string, text: LocalizedText | undefined, f: MapText) {
  return text ? f(key, text) : undefined;
}

/** `{ ...object, [field]: value }`, leaving the field out when the value is undefined. */
function withOptional<T extends object>(
  object: T,
  fields: Record<string, LocalizedText | undefined>,
): T {
  const out: Record<string, unknown> = { ...(object as Record<string, unknown>) };
  for (const [field, value] of Object.entries(fields)) if (value) out[field] = value;
  return out as T;
}

function mapQuestion(question: Question, f: MapText): Question {
  const at = `question.${question.id}`;
  const base = withOptional(
    { ...question, title: f(`${at}.title`, question.title) },
    {
      summary: optional(`${at}.summary`, question.summary, f),
      help: optional(`${at}.help`, question.help, f),
    },
  );
  switch (base.kind) {
    case 'rubric':
      return {
        ...base,
        descriptors: base.descriptors.map((d) => ({
          ...d,
          text: f(`${at}.level.${d.level}`, d.text),
        })),
      };
    case 'choice':
      return {
        ...base,
        options: base.options.map((o) => ({ ...o, label: f(`${at}.option.${o.id}`, o.label) })),
      };
    default:
      return base;
  }
}

/**
 * A copy of `framework` with every localized text replaced by `f(key, text)`, where `key`
 * names the text by the ids around it (the keys of a texts file, `PATTERNS.textKey`).
 * Everything else (ids, levels, weights, order) is kept as it is.
 */
export function mapFrameworkTexts(framework: Framework, f: MapText): Framework {
  const item =
    (kind: string) =>
    <T extends { id: string; title: LocalizedText; summary?: LocalizedText | undefined }>(
      v: T,
    ): T =>
      withOptional(
        { ...v, title: f(`${kind}.${v.id}.title`, v.title) },
        { summary: optional(`${kind}.${v.id}.summary`, v.summary, f) },
      );
  const fw = framework;
  return withOptional(
    {
      ...fw,
      title: f('title', fw.title),
      description: f('description', fw.description),
      levels: fw.levels.map((l) => ({
        ...l,
        label: f(`level.${l.value}.label`, l.label),
        description: f(`level.${l.value}.description`, l.description),
      })),
      vision: {
        ...fw.vision,
        purpose: f('vision.purpose', fw.vision.purpose),
        priorities: fw.vision.priorities.map(item('priority')),
        principles: fw.vision.principles.map(item('principle')),
      },
      pillars: fw.pillars.map((p) => ({
        ...item('pillar')(p),
        components: p.components.map((c) => ({
          ...item('component')(c),
          questions: c.questions.map((q) => mapQuestion(q, f)),
        })),
      })),
      ...(fw.outcomes ? { outcomes: fw.outcomes.map(item('outcome')) } : {}),
    },
    { about: optional('about', fw.about, f) },
  );
}

/** The key of every localized text of `framework`, in document order. */
export function textKeys(framework: Framework): string[] {
  const keys: string[] = [];
  mapFrameworkTexts(framework, (key, text) => {
    keys.push(key);
    return text;
  });
  return keys;
}

/** A framework in the split form: the base and one texts file per other locale. */
export interface SplitFramework {
  /** The framework in its source language only, listing the other locales in `translations`. */
  base: Framework;
  /** One texts file per other declared locale, in the order of `locales`. */
  texts: FrameworkTexts[];
}

/**
 * Splits a framework (the single-file form, every text in every locale) into a base in
 * `sourceLocale` (default: the first declared locale) and one texts file per other locale.
 * `mergeFrameworkTexts(base, ...texts)` gives the framework back.
 */
export function splitFramework(
  framework: Framework,
  sourceLocale: string = framework.locales[0] ?? 'en',
): SplitFramework {
  const others = framework.locales.filter((l) => l !== sourceLocale);
  const { stripped, texts } = splitTexts(framework, mapFrameworkTexts, sourceLocale, others);
  const base: Framework = { ...stripped, locales: [sourceLocale], translations: others };
  return {
    base,
    texts: others.map((locale) => ({
      format: FRAMEWORK_TEXTS_FORMAT,
      version: FRAMEWORK_TEXTS_VERSION,
      framework: { id: framework.id, version: framework.version },
      locale,
      texts: texts.get(locale)!,
    })),
  };
}

/** What `mergeFrameworkTexts` returns: the framework, and what did not fit. */
export interface MergedFramework {
  /**
   * The base with the texts added, declaring their locales after its own. A text missing
   * from a texts file is left out, so it shows in the fallback language (the base's).
   */
  framework: Framework;
  /**
   * `missing-text` (the base has a text the file does not give, path `["texts", key]`),
   * `unknown-text` (the file has a key the base has no text for), `framework-mismatch`
   * (the file is for another framework: it is not merged) and `framework-version-mismatch`
   * (made for another version of the same framework: merged, as far as the keys match).
   * Each names the file's `locale` in `params`.
   */
  issues: Issue[];
}

/**
 * Adds texts files (already validated, e.g. by `parseFrameworkTexts`) to a base framework.
 * Never throws; reports texts that are missing or that name no text of the base.
 */
export function mergeFrameworkTexts(
  base: Framework,
  ...files: readonly FrameworkTexts[]
): MergedFramework {
  const { merged, locales, issues } = mergeTexts(
    base,
    mapFrameworkTexts,
    base,
    `framework "${base.id}"`,
    files,
  );
  return { framework: { ...merged, locales: [...new Set([...base.locales, ...locales])] }, issues };
}
