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

/**
 * How many issues a `parse*` function reports at most. Past it, the issues found are counted,
 * not listed: the last issue is `too-many-issues` with the `count` of the rest ("and 40 more").
 */
export const MAX_ISSUES = 100;

/**
 * The natural bounds of a response: one answer per question and a few dozen revisions of
 * each, with comments of a paragraph or two. `parseResponse` refuses a file past them with a
 * `too-big` issue at the list or text, before reading what is in it. Given the framework, a
 * response holds at most one answer per question of it and `historyPerQuestion` revisions
 * per question (in total, and of any one question).
 */
export const RESPONSE_LIMITS = {
  /** Answers of one response (without a framework to count its questions). */
  answers: 1000,
  /** Earlier answers kept per question in `history`. */
  historyPerQuestion: 50,
  /** Entries of `history` in all (whatever the framework). */
  history: 5000,
  /** Framework versions a response was carried from (`migrations`). */
  migrations: 20,
  /** Evidence links of one answer. */
  evidence: 20,
  /** Characters of one evidence link. */
  link: 2000,
  /** Characters of an answer to a text question. */
  text: 20000,
  /** Characters of an answer's comment. */
  comment: 5000,
  /** Characters of a label, a name, an organisation, a role's detail or a round's name. */
  label: 200,
  /** Characters of the response's own id. */
  id: 100,
} as const;

/** Short term (≤ 1 year), medium term (1–3 years), long term (3+ years). */
export const HORIZONS = ['short', 'medium', 'long'] as const;
export const PLAN_FORMAT = 'dtc.action-plan' as const;
/** The plan format this library writes. `parseActionPlan` also reads version 1 and upgrades it. */
export const PLAN_VERSION = 2 as const;
/** How many priorities an action plan holds at most. */
export const MAX_PRIORITIES = 3;

/** Where an action stands. */
export const ACTION_STATUSES = ['planned', 'in-progress', 'done', 'dropped'] as const;
/** A capital cost is one investment spread over its years; a recurrent cost comes back every year. */
export const COST_KINDS = ['capital', 'recurrent'] as const;
/** Whether a source of funding is secured, requested, or a named gap still to fill. */
export const FUNDING_STATUSES = ['secured', 'requested', 'gap'] as const;
/**
 * The financing models an action's funding may name (`funding[].source.model`), the same
 * ones the demo's Resources page explains. Words for each live in `@dtc/i18n`.
 */
export const FINANCING_MODELS = [
  'universal-service-funds',
  'e-rate-discounts',
  'public-private-partnerships',
  'blended-finance',
  'outcome-based-finance',
  'pooled-procurement',
  'zero-rating',
  'corporate-social-responsibility',
  'total-cost-of-ownership',
  'open-source-open-content',
  'device-leasing',
  'multi-year-budgeting',
] as const;
/** What a partner institution brings to an action. */
export const PARTNER_ROLES = ['funding', 'delivery', 'technical'] as const;
/** What one entry of a plan's own history records. */
export const PLAN_CHANGES = [
  'created',
  'upgraded',
  'imported',
  'merged',
  'details-changed',
  'priorities-changed',
  'action-added',
  'action-changed',
  'action-removed',
] as const;

/**
 * The natural bounds of a plan: a national plan has tens of actions, not thousands. Files
 * past them are refused with `too-big` issues instead of being walked.
 */
export const PLAN_LIMITS = {
  actions: 500,
  /** Partners, funding lines, indicators, milestones or dependencies of one action. */
  perAction: 50,
  team: 100,
  history: 2000,
  /** The largest amount of money one cost or funding line may carry. */
  amount: 1e15,
  /** Years a plan period or a cost may span. */
  years: 50,
} as const;

/** The codes of the advice `parseActionPlan` returns as warnings (never errors). */
export const PLAN_WARNINGS = [
  'upgraded',
  'priority-without-action',
  'pillar-priority-without-action',
  'horizon-without-action',
  'single-pillar',
  'action-without-indicator',
  'funding-gap',
  'milestone-after-end',
  'currency-differs',
] as const;

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

/** The `format` and `version` of a file of feedback on the questions (`QuestionFeedback`). */
export const FEEDBACK_FORMAT = 'dtc.feedback' as const;
export const FEEDBACK_VERSION = 1 as const;
/** What a respondent may say about a question: unclear, not relevant, something missing. */
export const FEEDBACK_KINDS = ['unclear', 'not-relevant', 'missing'] as const;
/** What the workshop's feedback form rates, each from 1 (poor) to 5 (excellent). */
export const FEEDBACK_ASPECTS = ['questions', 'methods', 'usefulness'] as const;
/** The bounds of a feedback file: one item per question, a comment of a paragraph or two. */
export const FEEDBACK_LIMITS = {
  items: 1000,
  comment: 2000,
  /** The comment of the feedback form, on the whole workshop. */
  formComment: 5000,
} as const;

/** The `format` and `version` of the course that goes with a framework (`Course`). */
export const COURSE_FORMAT = 'dtc.course' as const;
export const COURSE_VERSION = 1 as const;
/** The `format` and `version` of a course's texts in one locale (`CourseTexts`). */
export const COURSE_TEXTS_FORMAT = 'dtc.course-texts' as const;
export const COURSE_TEXTS_VERSION = 1 as const;
/** The bounds of a course: sources per fact, items per list, reflection questions per module. */
export const COURSE_LIMITS = {
  sourcesPerFact: 5,
  items: 8,
  reflectionMin: 3,
  reflectionMax: 5,
  /** Sources listed in one course. */
  sources: 500,
  /** Modules of a course (one per pillar). */
  modules: 20,
  /** Sections of a module (one per component). */
  sections: 50,
} as const;

/**
 * The bounds of a framework (and of the texts and courses that go with it). The bundled
 * framework has 6 pillars, at most 5 components in a pillar, 83 questions and texts of at
 * most 836 characters: these leave ample room. `parseFramework` refuses a file past them with
 * a `too-big` issue at the list or text, before reading what is in it.
 */
export const FRAMEWORK_LIMITS = {
  /** Declared locales, and languages of one text. */
  locales: 50,
  /** Characters of a language tag (BCP 47 asks implementations to allow 35). */
  locale: 35,
  /** Characters of a version number. */
  version: 100,
  pillars: 20,
  /** Components of one pillar. */
  components: 50,
  /** Questions of one component. */
  questions: 50,
  /** Options of one choice question. */
  options: 20,
  /** Items of the vision's priorities or principles, and education outcomes. */
  items: 50,
  /** Characters of one language of a text (a title, a summary, a help text, a descriptor…). */
  text: 10000,
  /** Texts of one framework texts file (one locale of a split framework). */
  texts: 20000,
} as const;

/** The `format` and `version` of a mapping between two versions of a framework. */
export const MAPPING_FORMAT = 'dtc.framework-mapping' as const;
export const MAPPING_VERSION = 1 as const;
/** The bounds of a mapping: a rule per question of either version, a few questions per rule. */
export const MAPPING_LIMITS = {
  rules: 5000,
  /** Questions named in `from`, `to` or `carry` of one rule. */
  questionsPerRule: 100,
  /** Entries of one rule's `values`. */
  values: 100,
  /** Characters of an answer named as a key of `values` (a level, an option id, yes or no). */
  value: 100,
} as const;

/**
 * The bounds of the size check every `parse*` function runs before the schema. `groups`: the
 * lists and groups of fields (objects) one document may hold at all levels together, since
 * the bounds of each list multiply (20 pillars × 50 components × 50 questions); past it the
 * document is refused with one `too-big` issue (origin `document`) at the root, unread. The
 * bundled framework holds about 1,200, a response with 50 revisions of each of its 83
 * questions (each with an evidence link) under 13,000. The others apply where a format states no bound of its own (today,
 * none of the formats it reads): items of a list, entries of a group of fields and characters
 * of a text. Nesting needs no bound: a value is read only as deep as its format goes, and
 * whatever lies deeper is never visited.
 */
export const INPUT_LIMITS = {
  groups: 20000,
  items: 10000,
  entries: 10000,
  string: 100000,
} as const;
/**
 * How a question changed from one framework version to the next: `kept` (same id, same
 * meaning), `renamed` (new id, same meaning), `revised` (reworded: the answer is carried and
 * the respondent asked to check it), `split` (one question became several), `merged` (several
 * became one), `removed`, `added`.
 */
export const MAPPING_CHANGES = [
  'kept',
  'renamed',
  'revised',
  'split',
  'merged',
  'removed',
  'added',
] as const;
