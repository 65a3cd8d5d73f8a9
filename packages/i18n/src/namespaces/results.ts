/**
 * Words of the results, compare and report elements. Its own module, imported by the elements that show these words
 * (`@dtc/i18n/namespaces/results`), so that a page without them carries neither the
 * English nor the translations.
 */
import type { ResultsMessages } from '../catalogs/en/index.js';
import { results } from '../catalogs/en/results.js';
import type { Namespace } from '../namespaces.js';

export const resultsNamespace: Namespace<ResultsMessages> = {
  en: results,
  translations: {
    fr: () => import('../catalogs/fr/results.js').then((m) => m.results),
    ar: () => import('../catalogs/ar/results.js').then((m) => m.results),
    ru: () => import('../catalogs/ru/results.js').then((m) => m.results),
    'zh-Hans': () => import('../catalogs/zh-Hans/results.js').then((m) => m.results),
    es: () => import('../catalogs/es/results.js').then((m) => m.results),
  },
};
