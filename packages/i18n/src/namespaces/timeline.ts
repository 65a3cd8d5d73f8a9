/**
 * Words of the plan timeline element. Its own module, imported by the elements that show these words
 * (`@dtc/i18n/namespaces/timeline`), so that a page without them carries neither the
 * English nor the translations.
 */
import type { TimelineMessages } from '../catalogs/en/index.js';
import { timeline } from '../catalogs/en/timeline.js';
import type { Namespace } from '../namespaces.js';

export const timelineNamespace: Namespace<TimelineMessages> = {
  en: timeline,
  translations: {
    fr: () => import('../catalogs/fr/timeline.js').then((m) => m.timeline),
    ar: () => import('../catalogs/ar/timeline.js').then((m) => m.timeline),
    ru: () => import('../catalogs/ru/timeline.js').then((m) => m.timeline),
    'zh-Hans': () => import('../catalogs/zh-Hans/timeline.js').then((m) => m.timeline),
    es: () => import('../catalogs/es/timeline.js').then((m) => m.timeline),
  },
};
