/**
 * Words of the Word and Excel files of an action plan (`@dtc/export`). Its own module, imported by the elements that show these words
 * (`@dtc/i18n/namespaces/export`), so that a page without them carries neither the
 * English nor the translations.
 */
import type { ExportMessages } from '../catalogs/en/index.js';
import { exportFiles } from '../catalogs/en/export.js';
import type { Namespace } from '../namespaces.js';

export const exportNamespace: Namespace<ExportMessages> = {
  en: exportFiles,
  translations: {
    fr: () => import('../catalogs/fr/export.js').then((m) => m.exportFiles),
    ar: () => import('../catalogs/ar/export.js').then((m) => m.exportFiles),
    ru: () => import('../catalogs/ru/export.js').then((m) => m.exportFiles),
    'zh-Hans': () => import('../catalogs/zh-Hans/export.js').then((m) => m.exportFiles),
    es: () => import('../catalogs/es/export.js').then((m) => m.exportFiles),
  },
};
