import { en, type Catalog, type MessageKey } from './catalogs/en/index.js';
import { formatMessage, type MessageValues } from './format.js';
import { canonicalLocale, localeChain, negotiateLocale } from './locale.js';

/** A catalog a partner registers: a full one type-checks as Catalog; missing keys fall back to English. */
export type PartialCatalog = Partial<Record<MessageKey, string>>;
type Loader = () => Promise<PartialCatalog | { default: PartialCatalog }>;

const loaded = new Map<string, PartialCatalog>([['en', en]]);
const loaders = new Map<string, Loader>([['fr', () => import('./catalogs/fr/index.js')]]);
const pending = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function canonical(tag: string): string {
  const c = canonicalLocale(tag);
  if (!c) throw new RangeError(`"${tag}" is not a valid BCP 47 language tag`);
  return c;
}

/** Locales that can be used: built in (en, fr) and registered. */
export function availableLocales(): string[] {
  return [...new Set([...loaded.keys(), ...loaders.keys()])];
}

/** Whether a locale's catalog is in memory (so `translate` uses it). */
export function isLocaleLoaded(tag: string): boolean {
  const c = canonicalLocale(tag);
  return c !== null && loaded.has(c);
}

/**
 * Adds or replaces a locale at run time: a catalog object, or a function that loads one
 * lazily. Elements showing that locale re-render.
 */
export function registerLocale(tag: string, catalog: PartialCatalog | Loader): void {
  const c = canonical(tag);
  if (typeof catalog === 'function') {
    loaders.set(c, catalog);
    loaded.delete(c);
  } else {
    loaded.set(c, { ...catalog });
  }
  notify();
}

/**
 * Negotiates the best available locale for `requested`, loads its catalog if needed and
 * resolves to the tag used. A loader that fails leaves English in place and rejects.
 */
export async function loadLocale(requested: string | readonly string[]): Promise<string> {
  const tag = negotiateLocale(requested, availableLocales(), 'en');
  if (loaded.has(tag)) return tag;
  let job = pending.get(tag);
  if (!job) {
    const loader = loaders.get(tag);
    job = (async () => {
      if (!loader) return;
      const module = await loader();
      const catalog =
        'default' in module && typeof module.default === 'object'
          ? module.default
          : (module as PartialCatalog);
      loaded.set(tag, catalog as PartialCatalog);
      notify();
    })().finally(() => pending.delete(tag));
    pending.set(tag, job);
  }
  await job;
  return tag;
}

/** Calls `listener` whenever a locale is registered or loaded; returns an unsubscribe function. */
export function onLocalesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function lookup(locale: string, key: MessageKey): { message: string; locale: string } {
  for (const tag of localeChain(locale)) {
    const message = loaded.get(tag)?.[key];
    if (typeof message === 'string') return { message, locale: tag };
  }
  return { message: en[key] ?? key, locale: 'en' };
}

/**
 * The message for `key` in `locale` (loaded catalogs only; see `loadLocale`), formatted
 * with `values`. Falls back per key to English, and to the key itself for an unknown key.
 */
export function translate(locale: string, key: MessageKey, values?: MessageValues): string {
  const { message, locale: used } = lookup(locale, key);
  try {
    return formatMessage(message, values, used);
  } catch {
    // A malformed message in a registered catalog: fall back to English rather than break the page.
    return formatMessage(en[key] ?? key, values, 'en');
  }
}

/** A translate function bound to one locale. */
export type Translator = (key: MessageKey, values?: MessageValues) => string;

export function createTranslator(locale: string): Translator {
  return (key, values) => translate(locale, key, values);
}

export type { Catalog, MessageKey };
