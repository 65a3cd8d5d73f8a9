/**
 * The framework the demo uses, and small helpers around it: look-ups by id, a new empty
 * response, progress counts, and memoised scoring.
 */
import { sixPillars } from '@dtc/framework';
import { text } from '@dtc/i18n';
import {
  NOT_APPLICABLE,
  RESPONSE_FORMAT,
  RESPONSE_VERSION,
  type Component,
  type Framework,
  type LocalizedText,
  type Pillar,
  type Respondent,
  type Response,
  type Result,
} from '@dtc/schema';
import { scoreResponse } from '@dtc/scoring';
import { locale } from './i18n/index.js';
import { now } from './storage.js';

export const framework: Framework = sixPillars;

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

const pillarsById = new Map(framework.pillars.map((p) => [p.id, p]));
const componentsById = new Map<string, { component: Component; pillar: Pillar }>(
  framework.pillars.flatMap((pillar) =>
    pillar.components.map((component) => [component.id, { component, pillar }] as const),
  ),
);

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

/** The label of a maturity level (1..L) in the current locale. */
export function levelLabel(level: number | null | undefined): string {
  if (level == null) return '';
  return tx(framework.levels.find((l) => l.value === level)?.label);
}

/** A new, empty response to the demo's framework. */
export function newResponse(respondent: Respondent, label = ''): Response {
  const at = now();
  return {
    format: RESPONSE_FORMAT,
    version: RESPONSE_VERSION,
    label,
    framework: { id: framework.id, version: framework.version },
    respondent,
    answers: {},
    history: [],
    createdAt: at,
    updatedAt: at,
  };
}

/** Question ids per pillar (every kind, text too: the questionnaire counts them all). */
const questionIds = new Map<string, string[]>(
  framework.pillars.map((p) => [p.id, p.components.flatMap((c) => c.questions.map((q) => q.id))]),
);

/**
 * Progress as the questionnaire shows it: questions answered ("don't know" too) out of
 * those that apply (a question marked "not applicable" leaves both counts).
 */
export function progress(
  response: Response,
  pillarId?: string,
): { answered: number; total: number } {
  const ids = pillarId ? (questionIds.get(pillarId) ?? []) : [...questionIds.values()].flat();
  let answered = 0;
  let total = 0;
  for (const id of ids) {
    const value = response.answers[id]?.value;
    if (value === NOT_APPLICABLE) continue;
    total++;
    if (value !== undefined) answered++;
  }
  return { answered, total };
}

const results = new WeakMap<Response, Result>();

/** The scored result of a response (memoised per response object). */
export function score(response: Response): Result {
  let result = results.get(response);
  if (!result) {
    result = scoreResponse(framework, response);
    results.set(response, result);
  }
  return result;
}
