/**
 * Plain constants of the data formats, kept apart from the zod schemas so that code which
 * needs only these (the scoring engine, a UI) does not bundle the validator.
 */

/** Stakeholder roles a respondent can take; `other` comes with free text. */
export const RESPONDENT_ROLES = [
  'ministry-education',
  'ministry-ict',
  'ministry-finance',
  'regional-office',
  'school',
  'teacher-training',
  'partner',
  'other',
] as const;

/** The answer value for "not applicable": the question leaves the denominator. */
export const NOT_APPLICABLE = 'na' as const;
/** The answer value for "don't know": counts as applicable, lowers coverage. */
export const DONT_KNOW = 'dont-know' as const;

export const RESPONSE_FORMAT = 'dtc.response' as const;
export const RESPONSE_VERSION = 1 as const;

/** Short term (≤ 1 year), medium term (1–3 years), long term (3+ years). */
export const HORIZONS = ['short', 'medium', 'long'] as const;
export const PLAN_FORMAT = 'dtc.action-plan' as const;
export const PLAN_VERSION = 1 as const;
/** How many priorities an action plan holds at most. */
export const MAX_PRIORITIES = 3;

/** Why a component is ranked for attention, in a fixed order. Words for each code live in @dtc/i18n. */
export const PRIORITY_REASONS = [
  'low-level',
  'below-pillar',
  'weakest-pillar',
  'foundational',
  'low-coverage',
  'not-assessed',
  'low-confidence',
] as const;

/** The `format` and `version` of a framework texts file (one locale's texts of a split framework). */
export const FRAMEWORK_TEXTS_FORMAT = 'dtc.framework-texts' as const;
export const FRAMEWORK_TEXTS_VERSION = 1 as const;
