/**
 * The built-in catalogs, one chunk per namespace (as in Lion): an element uses only the
 * namespaces it shows, so a page with the questionnaire alone carries neither the words
 * of the charts, results and plan nor their translations. English comes with the
 * namespace; each translation is loaded when a page first needs it in that locale.
 * Plain object literals, so a bundler drops the namespaces nobody imports.
 */
import { assessment } from './catalogs/en/assessment.js';
import { charts } from './catalogs/en/charts.js';
import { common } from './catalogs/en/common.js';
import { issues } from './catalogs/en/issues.js';
import { exportFiles } from './catalogs/en/export.js';
import { group } from './catalogs/en/group.js';
import type {
  AssessmentMessages,
  ChartsMessages,
  CommonMessages,
  ExportMessages,
  IssuesMessages,
  GroupMessages,
  PlanMessages,
  ResultsMessages,
  TimelineMessages,
} from './catalogs/en/index.js';
import { plan } from './catalogs/en/plan.js';
import { results } from './catalogs/en/results.js';
import { timeline } from './catalogs/en/timeline.js';

/**
 * A part of the catalog: its English messages (the contract), and a loader per locale for
 * its built-in translations, each typed by the English namespace so a missing key fails
 * compilation.
 */
export interface Namespace<M = Readonly<Record<string, string>>> {
  readonly en: M;
  readonly translations: Readonly<Record<string, () => Promise<M>>>;
}

/** Words shared by every element (always in use). */
export const commonNamespace: Namespace<CommonMessages> = {
  en: common,
  translations: { fr: () => import('./catalogs/fr/common.js').then((m) => m.common) },
};

/** Words of the questionnaire elements. */
export const assessmentNamespace: Namespace<AssessmentMessages> = {
  en: assessment,
  translations: { fr: () => import('./catalogs/fr/assessment.js').then((m) => m.assessment) },
};

/** Words of the results, compare and report elements. */
export const resultsNamespace: Namespace<ResultsMessages> = {
  en: results,
  translations: { fr: () => import('./catalogs/fr/results.js').then((m) => m.results) },
};

/** Words of the charts. */
export const chartsNamespace: Namespace<ChartsMessages> = {
  en: charts,
  translations: { fr: () => import('./catalogs/fr/charts.js').then((m) => m.charts) },
};

/** Words of the priorities and action-plan elements and the plan exports. */
export const planNamespace: Namespace<PlanMessages> = {
  en: plan,
  translations: { fr: () => import('./catalogs/fr/plan.js').then((m) => m.plan) },
};

/** Words for the issues `@dtc/schema` reports, by issue code (see `describeIssue`). */
export const issuesNamespace: Namespace<IssuesMessages> = {
  en: issues,
  translations: { fr: () => import('./catalogs/fr/issues.js').then((m) => m.issues) },
};

/** Words of the group results element (a workshop's group view). */
export const groupNamespace: Namespace<GroupMessages> = {
  en: group,
  translations: { fr: () => import('./catalogs/fr/group.js').then((m) => m.group) },
};

/** Words of the plan timeline element. */
export const timelineNamespace: Namespace<TimelineMessages> = {
  en: timeline,
  translations: { fr: () => import('./catalogs/fr/timeline.js').then((m) => m.timeline) },
};

/** Words of the Word and Excel files of an action plan (`@dtc/export`). */
export const exportNamespace: Namespace<ExportMessages> = {
  en: exportFiles,
  translations: { fr: () => import('./catalogs/fr/export.js').then((m) => m.exportFiles) },
};
