/**
 * The zod schemas of framework.ts, response.ts and plan.ts, re-stated for the small
 * validator in validate.ts. Keep the two in step: `shapes.test.ts` feeds both the same
 * generated inputs and fails on any difference in result or issues.
 */
import type { ActionPlan } from './plan.js';
import type { Framework } from './framework.js';
import type { Response } from './response.js';
import {
  HORIZONS,
  MAX_PRIORITIES,
  PLAN_FORMAT,
  PLAN_VERSION,
  RESPONDENT_ROLES,
  RESPONSE_FORMAT,
  RESPONSE_VERSION,
} from './constants.js';
import {
  array,
  boolean,
  int,
  length,
  number,
  object,
  oneOf,
  optional,
  pattern,
  range,
  record,
  string,
  tagged,
  union,
  withDefault,
  type Checker,
} from './validate.js';
import { PATTERNS } from './patterns.js';

const maxChars = (n: number) => string(length(undefined, n));
const level = int(1, 7);
const id = string(pattern(PATTERNS.id.re, PATTERNS.id.message));
const timestamp = string(pattern(PATTERNS.timestamp.re, PATTERNS.timestamp.message));
const localeTag = string(pattern(PATTERNS.locale.re, PATTERNS.locale.message));
const text = record(localeTag, string(pattern(/\S/, 'Text must not be empty')));
const weight = number(
  range(0, undefined, 'Weight must be greater than 0', true),
  range(undefined, 100),
);
const semver = string(pattern(PATTERNS.semver.re, PATTERNS.semver.message));
const frameworkRef = object({ id, version: semver });

const questionBase = {
  id,
  title: text,
  summary: optional(text),
  help: optional(text),
  weight: optional(weight),
  allowNotApplicable: optional(boolean),
  allowDontKnow: optional(boolean),
};

const question = tagged('kind', {
  rubric: object({
    ...questionBase,
    kind: oneOf('rubric'),
    descriptors: array(object({ level, text }), 2),
  }),
  choice: object({
    ...questionBase,
    kind: oneOf('choice'),
    options: array(object({ id, label: text, level }), 2),
  }),
  boolean: object({ ...questionBase, kind: oneOf('boolean'), yesLevel: level, noLevel: level }),
  text: object({ ...questionBase, kind: oneOf('text'), maxLength: optional(int(1, 20000)) }),
});

const item = object({ id, title: text, summary: optional(text) });

export const frameworkShape: Checker<Framework> = object({
  id,
  version: semver,
  title: text,
  description: text,
  locales: array(localeTag, 1),
  levels: array(object({ value: level, label: text, description: text }), 2, 7),
  vision: object({ purpose: text, priorities: array(item), principles: array(item) }),
  pillars: array(
    object({
      id,
      title: text,
      summary: text,
      weight: optional(weight),
      foundational: optional(boolean),
      components: array(
        object({
          id,
          title: text,
          summary: text,
          weight: optional(weight),
          origin: optional(oneOf('published', 'proposed')),
          questions: array(question, 1),
        }),
        1,
      ),
    }),
    1,
  ),
  outcomes: optional(array(item)),
  about: optional(text),
});

const answer = object({
  value: union<number | string>(level, maxChars(20000)),
  comment: optional(maxChars(5000)),
  evidence: optional(
    array(
      string(length(undefined, 2000), pattern(PATTERNS.url.re, PATTERNS.url.message)),
      undefined,
      20,
    ),
  ),
  confidence: optional(oneOf('low', 'medium', 'high')),
  answeredAt: timestamp,
});

export const responseShape: Checker<Response> = object({
  format: oneOf(RESPONSE_FORMAT),
  version: oneOf(RESPONSE_VERSION),
  id: optional(string(length(1, 100))),
  label: optional(maxChars(200)),
  framework: frameworkRef,
  respondent: object({
    role: oneOf(...RESPONDENT_ROLES),
    roleDetail: optional(maxChars(200)),
    name: optional(maxChars(200)),
    organisation: optional(maxChars(200)),
    country: optional(string(pattern(PATTERNS.country.re, PATTERNS.country.message))),
  }),
  answers: record(id, answer),
  history: withDefault(
    array(
      object({ questionId: id, answer, replacedAt: timestamp, round: optional(maxChars(200)) }),
    ),
    () => [],
  ),
  createdAt: optional(timestamp),
  updatedAt: optional(timestamp),
  completedAt: optional(timestamp),
});

export const actionPlanShape: Checker<ActionPlan> = object({
  format: oneOf(PLAN_FORMAT),
  version: oneOf(PLAN_VERSION),
  framework: frameworkRef,
  title: optional(maxChars(200)),
  priorities: array(id, undefined, MAX_PRIORITIES),
  actions: array(
    object({
      id: string(length(1, 100)),
      priority: id,
      pillar: id,
      title: string(length(undefined, 500), pattern(/\S/, 'An action needs a title')),
      horizon: oneOf(...HORIZONS),
      owner: withDefault(maxChars(200), () => ''),
      targetLevel: level,
      outcome: id,
      notes: optional(maxChars(5000)),
    }),
  ),
  updatedAt: optional(timestamp),
});
