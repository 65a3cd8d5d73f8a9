/**
 * The demo's words. English is the contract (`en.ts`); French satisfies it key by key
 * (`fr.ts`, loaded on demand). Messages use the ICU subset of @dtc/i18n's formatMessage.
 */
import {
  direction,
  formatMessage,
  issuesNamespace,
  loadLocale,
  negotiateLocale,
  useNamespaces,
  type MessageValues,
} from '@dtc/i18n';
import { en } from './en.js';

// Import errors list issues in the reader's language: `setLocale` loads those words too.
useNamespaces(issuesNamespace);

export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;

export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

const loaders: Record<Locale, () => Promise<Catalog>> = {
  en: () => Promise.resolve(en),
  fr: () => import('./fr.js').then((m) => m.fr),
};

let current: Locale = 'en';
let catalog: Catalog = en;
const listeners = new Set<(locale: Locale) => void>();

/** The best of our locales for what the user asks for (a tag or the browser's list). */
export function pickLocale(requested: string | readonly string[] | null | undefined): Locale {
  return negotiateLocale(requested, LOCALES, 'en') as Locale;
}

/** Loads a locale's catalogs (ours and the widgets'), then makes it current. */
export async function setLocale(requested: string): Promise<Locale> {
  const locale = pickLocale(requested);
  const [next] = await Promise.all([loaders[locale](), loadLocale(locale).catch(() => 'en')]);
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
  return formatMessage(catalog[key] ?? en[key], values, current);
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

/** Items joined as a list: "a, b and c" / "a, b et c". */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(current, { type: 'conjunction' }).format(items);
}
