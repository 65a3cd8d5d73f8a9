/**
 * Words of the priorities and action-plan elements and the plan exports. Its own module, imported by the elements that show these words
 * (`@dtc/i18n/namespaces/plan`), so that a page without them carries neither the
 * English nor the translations.
 */
import type { PlanMessages } from '../catalogs/en/index.js';
import { plan } from '../catalogs/en/plan.js';
import type { Namespace } from '../namespaces.js';

export const planNamespace: Namespace<PlanMessages> = {
  en: plan,
  translations: {
    fr: () => import('../catalogs/fr/plan.js').then((m) => m.plan),
    ar: () => import('../catalogs/ar/plan.js').then((m) => m.plan),
    ru: () => import('../catalogs/ru/plan.js').then((m) => m.plan),
    'zh-Hans': () => import('../catalogs/zh-Hans/plan.js').then((m) => m.plan),
    es: () => import('../catalogs/es/plan.js').then((m) => m.plan),
  },
};
