/**
 * Words of the group results element (a workshop's group view). Its own module, imported by the elements that show these words
 * (`@dtc/i18n/namespaces/group`), so that a page without them carries neither the
 * English nor the translations.
 */
import type { GroupMessages } from '../catalogs/en/index.js';
import { group } from '../catalogs/en/group.js';
import type { Namespace } from '../namespaces.js';

export const groupNamespace: Namespace<GroupMessages> = {
  en: group,
  translations: {
    fr: () => import('../catalogs/fr/group.js').then((m) => m.group),
    ar: () => import('../catalogs/ar/group.js').then((m) => m.group),
    ru: () => import('../catalogs/ru/group.js').then((m) => m.group),
    'zh-Hans': () => import('../catalogs/zh-Hans/group.js').then((m) => m.group),
    es: () => import('../catalogs/es/group.js').then((m) => m.group),
  },
};
