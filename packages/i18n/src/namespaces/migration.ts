/**
 * Words of the notice a questionnaire shows when it carries a response to a later version
 * of its framework. Its own module (`@dtc/i18n/namespaces/migration`), loaded with the
 * notice only when a response needs it, so that the questionnaire carries none of it
 * otherwise.
 */
import type { MigrationMessages } from '../catalogs/en/index.js';
import { migration } from '../catalogs/en/migration.js';
import type { Namespace } from '../namespaces.js';

export const migrationNamespace: Namespace<MigrationMessages> = {
  en: migration,
  translations: {
    fr: () => import('../catalogs/fr/migration.js').then((m) => m.migration),
    ar: () => import('../catalogs/ar/migration.js').then((m) => m.migration),
    ru: () => import('../catalogs/ru/migration.js').then((m) => m.migration),
    'zh-Hans': () => import('../catalogs/zh-Hans/migration.js').then((m) => m.migration),
    es: () => import('../catalogs/es/migration.js').then((m) => m.migration),
  },
};
