/**
 * Words of the course reader (`<dtc-learn>`). Its own module, imported by the element that
 * shows these words (`@dtc/i18n/namespaces/learn`), so that a page without it carries
 * neither the English nor the translations.
 */
import type { LearnMessages } from '../catalogs/en/index.js';
import { learn } from '../catalogs/en/learn.js';
import type { Namespace } from '../namespaces.js';

export const learnNamespace: Namespace<LearnMessages> = {
  en: learn,
  translations: {
    fr: () => import('../catalogs/fr/learn.js').then((m) => m.learn),
    ar: () => import('../catalogs/ar/learn.js').then((m) => m.learn),
    ru: () => import('../catalogs/ru/learn.js').then((m) => m.learn),
    'zh-Hans': () => import('../catalogs/zh-Hans/learn.js').then((m) => m.learn),
    es: () => import('../catalogs/es/learn.js').then((m) => m.learn),
  },
};
