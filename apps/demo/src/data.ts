/**
 * The framework the demo uses, and small helpers around it: look-ups by id, and the
 * library's response, progress and scoring functions bound to this framework. The framework
 * carries English (its base) and the texts of the current language only: a page in one
 * language downloads no other language's texts.
 */
import { sixPillarsBase } from '@dtc/framework/base';
import { FRAMEWORK_TRANSLATIONS, loadFrameworkTexts } from '@dtc/framework/texts';
import { text } from '@dtc/i18n';
import {
  mergeFrameworkTexts,
  type Component,
  type Framework,
  type LocalizedText,
  type Pillar,
  type Respondent,
  type Response,
  type Result,
} from '@dtc/schema';
import { scoreResponse } from '@dtc/scoring';
import { emptyResponse, progress as pillarProgress, setRespondent } from '@dtc/widgets/model';
import { addLocaleResource, locale } from './i18n/index.js';

/** The framework in English and the current language (a new object when the language changes). */
export let framework: Framework = sixPillarsBase;

/** The framework with each language's texts merged, as they were loaded. */
const byLocale = new Map<string, Framework>([['en', sixPillarsBase]]);

addLocaleResource(async (tag) => {
  let next = byLocale.get(tag);
  if (!next && (FRAMEWORK_TRANSLATIONS as readonly string[]).includes(tag)) {
    next = mergeFrameworkTexts(sixPillarsBase, await loadFrameworkTexts(tag)).framework;
    byLocale.set(tag, next);
  }
  const chosen = next ?? sixPillarsBase;
  return () => {
    framework = chosen;
    index();
  };
});

/** The order in which the workshop takes the pillars (the agenda of 25 March 2025). */
export const WORKSHOP_ORDER = [
  'coordination-leadership',
  'connectivity-infrastructure',
  'data-evidence',
];

/** A framework text in the current locale. */
export function tx(localized: LocalizedText | undefined): string {
  return text(localized, locale(), framework.locales);
}

let pillarsById = new Map<string, Pillar>();
let componentsById = new Map<string, { component: Component; pillar: Pillar }>();

/** Indexes the pillars and components of the framework in use. */
function index(): void {
  pillarsById = new Map(framework.pillars.map((p) => [p.id, p]));
  componentsById = new Map(
    framework.pillars.flatMap((pillar) =>
      pillar.components.map((component) => [component.id, { component, pillar }] as const),
    ),
  );
}
index();

export function pillarById(id: string | null | undefined): Pillar | undefined {
  return id ? pillarsById.get(id) : undefined;
}

export function componentById(
  id: string | null | undefined,
): { component: Component; pillar: Pillar } | undefined {
  return id ? componentsById.get(id) : undefined;
}

export function pillarTitle(id: string): string {
  return tx(pillarById(id)?.title) || id;
}

export function componentTitle(id: string): string {
  return tx(componentById(id)?.component.title) || id;
}

/** A question's title in the current locale; its id when the framework has no such question. */
export function questionTitle(id: string): string {
  for (const { component } of componentsById.values()) {
    const question = component.questions.find((q) => q.id === id);
    if (question) return tx(question.title) || id;
  }
  return id;
}

/** The label of a maturity level (1..L) in the current locale. */
export function levelLabel(level: number | null | undefined): string {
  if (level == null) return '';
  return tx(framework.levels.find((l) => l.value === level)?.label);
}

/**
 * Progress as the questionnaire shows it (`progress` from @dtc/widgets/model): questions
 * answered ("don't know" too) out of those that apply, in one pillar or in all.
 */
export function progress(
  response: Response,
  pillarId?: string,
): { answered: number; total: number } {
  const pillars = pillarProgress(framework, response, pillarId ? [pillarId] : undefined);
  return {
    answered: pillars.reduce((n, p) => n + p.answered, 0),
    total: pillars.reduce((n, p) => n + p.applicable, 0),
  };
}

/** The scored result of a response against the demo's framework. */
export function score(response: Response): Result {
  return scoreResponse(framework, response);
}

/**
 * A new, empty response to the demo's framework (`emptyResponse`), for `respondent`,
 * named `label` when given.
 */
export function newResponse(respondent: Respondent, label = ''): Response {
  const response = setRespondent(emptyResponse(framework), respondent);
  return label ? { ...response, label } : response;
}
