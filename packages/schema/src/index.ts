/**
 * @dtc/schema: the data contracts of the toolkit. zod schemas and the types inferred
 * from them share one name; `parse*` functions validate unknown input and never throw.
 */
export * from './constants.js';
export * from './kinds.js';
export * from './patterns.js';
export * from './common.js';
export * from './framework.js';
export * from './framework-texts.js';
export * from './framework-split.js';
export * from './response.js';
export * from './result.js';
export * from './plan.js';
export * from './plan-budget.js';
export * from './plan-review.js';
export * from './plan-new.js';
export * from './plan-merge.js';
export * from './plan-draft.js';
export * from './feedback.js';
export * from './feedback-edit.js';
export * from './issues.js';
export * from './parse.js';
export * from './course.js';
export * from './course-parse.js';
export * from './course-split.js';
export * from './framework-mapping.js';
export * from './framework-mapping-parse.js';
