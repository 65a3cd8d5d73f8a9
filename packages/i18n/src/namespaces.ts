/**
 * The built-in catalogs, one chunk per namespace (as in Lion): an element uses only the
 * namespaces it shows, so a page with the questionnaire alone carries neither the words
 * of the charts, results and plan nor their translations. English comes with the
 * namespace; each translation is loaded when a page first needs it in that locale.
 *
 * Here: the words every page uses (`common`, and `issues` for `describeIssue`). Each other
 * namespace is a module of its own under `namespaces/`, exported as a subpath
 * (`@dtc/i18n/namespaces/plan`) and not from the package's index: a bundler that splits
 * code into shared chunks (the CDN build) assigns whole modules to chunks by which entry
 * points import them, so words re-exported by the index would ride with every element.
 */
import { common } from './catalogs/en/common.js';
import type { CommonMessages, IssuesMessages } from './catalogs/en/index.js';
import { issues } from './catalogs/en/issues.js';

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
  translations: {
    fr: () => import('./catalogs/fr/common.js').then((m) => m.common),
    ar: () => import('./catalogs/ar/common.js').then((m) => m.common),
    ru: () => import('./catalogs/ru/common.js').then((m) => m.common),
    'zh-Hans': () => import('./catalogs/zh-Hans/common.js').then((m) => m.common),
    es: () => import('./catalogs/es/common.js').then((m) => m.common),
  },
};

/** Words for the issues `@dtc/schema` reports, by issue code (see `describeIssue`). */
export const issuesNamespace: Namespace<IssuesMessages> = {
  en: issues,
  translations: {
    fr: () => import('./catalogs/fr/issues.js').then((m) => m.issues),
    ar: () => import('./catalogs/ar/issues.js').then((m) => m.issues),
    ru: () => import('./catalogs/ru/issues.js').then((m) => m.issues),
    'zh-Hans': () => import('./catalogs/zh-Hans/issues.js').then((m) => m.issues),
    es: () => import('./catalogs/es/issues.js').then((m) => m.issues),
  },
};
