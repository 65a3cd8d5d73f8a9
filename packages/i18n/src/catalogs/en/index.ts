/**
 * The English catalog: its type is the contract every other locale must satisfy.
 * One file per namespace; keys are `namespace.name` and values ICU-subset messages.
 */
import { assessment } from './assessment.js';
import { charts } from './charts.js';
import { common } from './common.js';
import { exportFiles } from './export.js';
import { issues } from './issues.js';
import { migration } from './migration.js';
import { learn } from './learn.js';
import { group } from './group.js';
import { plan } from './plan.js';
import { results } from './results.js';
import { timeline } from './timeline.js';

type Messages<T> = { readonly [K in keyof T]: string };
export type CommonMessages = Messages<typeof common>;
export type AssessmentMessages = Messages<typeof assessment>;
export type ResultsMessages = Messages<typeof results>;
export type ChartsMessages = Messages<typeof charts>;
export type PlanMessages = Messages<typeof plan>;
export type IssuesMessages = Messages<typeof issues>;

export type GroupMessages = Messages<typeof group>;
export type TimelineMessages = Messages<typeof timeline>;
export type ExportMessages = Messages<typeof exportFiles>;
export type MigrationMessages = Messages<typeof migration>;
export type LearnMessages = Messages<typeof learn>;
export const en = {
  ...common,
  ...assessment,
  ...results,
  ...charts,
  ...plan,
  ...issues,
  ...group,
  ...timeline,
  ...exportFiles,
  ...migration,
  ...learn,
};

/** Every message key. */
export type MessageKey = keyof typeof en;
/** A complete catalog: one message per key. */
export type Catalog = Messages<typeof en>;
