/**
 * Words of the charts. Its own module, imported by the elements that show these words
 * (`@dtc/i18n/namespaces/charts`), so that a page without them carries neither the
 * English nor the translations.
 */
import type { ChartsMessages } from '../catalogs/en/index.js';
import { charts } from '../catalogs/en/charts.js';
import type { Namespace } from '../namespaces.js';

export const chartsNamespace: Namespace<ChartsMessages> = {
  en: charts,
  translations: {
    fr: () => import('../catalogs/fr/charts.js').then((m) => m.charts),
    ar: () => import('../catalogs/ar/charts.js').then((m) => m.charts),
    ru: () => import('../catalogs/ru/charts.js').then((m) => m.charts),
    'zh-Hans': () => import('../catalogs/zh-Hans/charts.js').then((m) => m.charts),
    es: () => import('../catalogs/es/charts.js').then((m) => m.charts),
  },
};
