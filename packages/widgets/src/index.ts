/**
 * `@dtc/widgets`: every element, registered. Import `@dtc/widgets/<name>` instead to
 * register one element (and what it renders) only.
 */
export * from './assessment/define.js';
export * from './rubric-question/define.js';
export * from './question-feedback/define.js';
export * from './progress/define.js';
export * from './radar-chart/define.js';
export * from './bar-chart/define.js';
export * from './heatmap/define.js';
export * from './level-gauge/define.js';
export * from './results/define.js';
export * from './priorities/define.js';
export * from './action-plan/define.js';
export * from './compare/define.js';
export * from './report/define.js';
export * from './group-results/define.js';
export * from './plan-timeline/define.js';
export * from './learn/define.js';
export * from './model.js';
export { LocaleController } from './shared/controllers/locale-controller.js';
export {
  AssessmentController,
  type LifecycleEvents,
  type RespondentProblem,
  type Step,
  type StorageNote,
} from './assessment/assessment-controller.js';
