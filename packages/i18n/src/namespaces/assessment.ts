/**
 * Words of the questionnaire elements. Its own module, imported by the elements that show these words
 * (`@dtc/i18n/namespaces/assessment`), so that a page without them carries neither the
 * English nor the translations.
 */
import type { AssessmentMessages } from '../catalogs/en/index.js';
import { assessment } from '../catalogs/en/assessment.js';
import type { Namespace } from '../namespaces.js';

export const assessmentNamespace: Namespace<AssessmentMessages> = {
  en: assessment,
  translations: {
    fr: () => import('../catalogs/fr/assessment.js').then((m) => m.assessment),
    ar: () => import('../catalogs/ar/assessment.js').then((m) => m.assessment),
    ru: () => import('../catalogs/ru/assessment.js').then((m) => m.assessment),
    'zh-Hans': () => import('../catalogs/zh-Hans/assessment.js').then((m) => m.assessment),
    es: () => import('../catalogs/es/assessment.js').then((m) => m.assessment),
  },
};
