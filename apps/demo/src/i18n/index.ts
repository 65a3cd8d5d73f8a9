/**
 * The demo's words. English is the contract (`en.ts`); each other language satisfies it key
 * by key (`fr.ts`, `ar.ts`, …, loaded on demand). Messages use the ICU subset of @dtc/i18n's
 * formatMessage. Words only some pages use are a group of their own, loaded with those pages
 * (`room/<locale>.ts`, the workshop room pages': see `useMessages`); `t` finds them all.
 * Other words a page shows in the current language (the framework's, the course's) load with
 * it: see `addLocaleResource`.
 */
import {
  BUILT_IN_LOCALES,
  LOCALE_INFO,
  direction,
  formatMessage,
  issuesNamespace,
  loadLocale,
  negotiateLocale,
  useNamespaces,
  type MessageValues,
} from '@dtc/i18n';
import { en } from './en.js';
import type { en as roomEn } from './room/en.js';

// Import errors list issues in the reader's language: `setLocale` loads those words too.
useNamespaces(issuesNamespace);

/** A message of the catalog every page loads at start (`en.ts`). */
export type MainMessageKey = keyof typeof en;
/** A message of the room pages' group (`room/en.ts`), there once `useMessages('room')` is done. */
export type RoomMessageKey = keyof typeof roomEn;
export type MessageKey = MainMessageKey | RoomMessageKey;
export type Catalog = Record<MainMessageKey, string>;

/** The site's languages, in the order the United Nations lists its official languages. */
export const LOCALES = BUILT_IN_LOCALES;
export type Locale = (typeof LOCALES)[number];

const loaders: Record<Locale, () => Promise<Catalog>> = {
  ar: () => import('./ar.js').then((m) => m.ar),
  'zh-Hans': () => import('./zh-Hans.js').then((m) => m.zhHans),
  en: () => Promise.resolve(en),
  fr: () => import('./fr.js').then((m) => m.fr),
  ru: () => import('./ru.js').then((m) => m.ru),
  es: () => import('./es.js').then((m) => m.es),
};

/** The groups of messages that load only with the pages that use them, in each language. */
const groups: {
  [G in MessageGroup]: Record<Locale, () => Promise<Record<GroupKeys[G], string>>>;
} = {
  room: {
    ar: () => import('./room/ar.js').then((m) => m.ar),
    'zh-Hans': () => import('./room/zh-Hans.js').then((m) => m.zhHans),
    en: () => import('./room/en.js').then((m) => m.en),
    fr: () => import('./room/fr.js').then((m) => m.fr),
    ru: () => import('./room/ru.js').then((m) => m.ru),
    es: () => import('./room/es.js').then((m) => m.es),
  },
};
interface GroupKeys {
  room: RoomMessageKey;
}
export type MessageGroup = keyof GroupKeys;

/**
 * Other words in a language (the framework's texts): loads them and resolves to the function
 * that puts them in use.
 */
export type LocaleResource = (locale: Locale) => Promise<() => void>;
const resources = new Set<LocaleResource>();

/**
 * Adds something `setLocale` loads for a language before switching to it, and puts in use
 * when it switches, with the catalogs, so that a page never mixes two languages.
 */
export function addLocaleResource(load: LocaleResource): void {
  resources.add(load);
}

let current: Locale = 'en';
let catalog: Catalog = en;
/** The messages of each group in use, by language, as they loaded: `t` reads the current one's. */
const groupMessages = new Map<MessageGroup, Map<Locale, Readonly<Record<string, string>>>>();
const listeners = new Set<(locale: Locale) => void>();

/** The best of our locales for what the user asks for (a tag or the browser's list). */
export function pickLocale(requested: string | readonly string[] | null | undefined): Locale {
  return negotiateLocale(requested, LOCALES, 'en') as Locale;
}

/**
 * Loads a message group in the current language (the room pages': `useMessages('room')`), and
 * from then on in each language `setLocale` switches to. A page that uses a group waits for
 * this before it renders: routes.ts loads it with the page's module.
 */
export async function useMessages(group: MessageGroup): Promise<void> {
  let byLocale = groupMessages.get(group);
  if (!byLocale) {
    const loaded = new Map<Locale, Readonly<Record<string, string>>>();
    byLocale = loaded;
    groupMessages.set(group, loaded);
    // Kept by language, and `t` reads the current one's: there is nothing to switch.
    addLocaleResource(async (tag) => {
      if (!loaded.has(tag)) loaded.set(tag, await groups[group][tag]());
      return () => {};
    });
  }
  // Again if the language changed while they loaded (a switch that was under way).
  while (!byLocale.has(current)) {
    const tag = current;
    byLocale.set(tag, await groups[group][tag]());
  }
}

/** Loads a locale's catalogs (ours, the widgets', the groups in use), then makes it current. */
export async function setLocale(requested: string): Promise<Locale> {
  const locale = pickLocale(requested);
  const started = new Set<LocaleResource>();
  const loadNew = () => {
    const added = [...resources].filter((load) => !started.has(load));
    for (const load of added) started.add(load);
    return Promise.all(added.map((load) => load(locale)));
  };
  const [next, , commits] = await Promise.all([
    loaders[locale](),
    loadLocale(locale).catch(() => 'en'),
    loadNew(),
  ]);
  // One added while these loaded (a message group a page began to use) loads for it too.
  for (let more = await loadNew(); more.length > 0; more = await loadNew()) commits.push(...more);
  for (const commit of commits) commit();
  current = locale;
  catalog = next;
  for (const listener of listeners) listener(locale);
  return locale;
}

export function locale(): Locale {
  return current;
}

export function dir(): 'ltr' | 'rtl' {
  return direction(current);
}

export function onLocaleChange(listener: (locale: Locale) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A formatted message of the current locale. */
export function t(key: MessageKey, values?: MessageValues): string {
  return formatMessage(message(key), values, current);
}

/** The current locale's text of a message (its key when its group is not in use: a bug). */
function message(key: MessageKey): string {
  if (Object.hasOwn(en, key)) return catalog[key as MainMessageKey] ?? en[key as MainMessageKey];
  for (const byLocale of groupMessages.values()) {
    const text = byLocale.get(current)?.[key];
    if (text !== undefined) return text;
  }
  return key;
}

/** A date and time in the current locale, e.g. "25 Mar 2026, 09:30". */
export function formatDate(iso: string | undefined, withTime = true): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(
    current,
    withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' },
  ).format(date);
}

/** A country name from an ISO 3166-1 alpha-2 code, in the current locale. */
export function regionName(alpha2: string): string {
  try {
    return new Intl.DisplayNames([current], { type: 'region' }).of(alpha2) ?? alpha2;
  } catch {
    return alpha2;
  }
}

/** A language's name in the current language, e.g. "Arabic" / "arabe" (the tag if unknown). */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames([current], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Items joined as a list: "a, b and c" / "a, b et c". */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(current, { type: 'conjunction' }).format(items);
}

/** Where the words of `tag` come from, as a sentence of the current language. */
export function provenanceNote(tag: Locale): string | undefined {
  const { writtenBy, reviewedByNativeSpeaker } = LOCALE_INFO[tag].provenance;
  if (writtenBy === 'source') return undefined;
  if (reviewedByNativeSpeaker) return t('app.translation.reviewed');
  return t(writtenBy === 'ai-model' ? 'app.translation.ai-model' : 'app.translation.translator');
}
