import type { Catalog, MessageKey } from './catalogs/en/index.js';
import { formatMessage, type MessageValues } from './format.js';
import { canonicalLocale, localeChainShared as localeChain, negotiateLocale } from './locale.js';
import { commonNamespace, type Namespace } from './namespaces.js';

/** A catalog a partner registers: a full one type-checks as Catalog; missing keys fall back to English. */
export type PartialCatalog = Partial<Record<MessageKey, string>>;
type Loader = () => Promise<PartialCatalog | { default: PartialCatalog }>;
type Messages = Readonly<Record<string, string>>;

/** English messages of the namespaces in use: the fallback for every key. */
const english: Record<string, string> = { ...commonNamespace.en };
/** Messages in memory per locale. */
const loaded = new Map<string, Messages>([['en', english]]);
/** Whole-locale loaders registered by partners. */
const loaders = new Map<string, Loader>();
/** Locales a partner registered: their catalog replaces the built-in translations. */
const registered = new Set<string>();
/** Namespaces in use, and the built-in translations already merged into `loaded`. */
const inUse = new Set<Namespace>([commonNamespace]);
const merged = new Set<() => Promise<unknown>>();
const pending = new Map<() => Promise<unknown>, Promise<void>>();
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function canonical(tag: string): string {
  const c = canonicalLocale(tag);
  if (!c) throw new RangeError(`"${tag}" is not a valid BCP 47 language tag`);
  return c;
}

/**
 * Puts namespaces in use: their English messages become available at once and
 * `loadLocale` loads their translations. Elements call it with the namespaces they show.
 */
export function useNamespaces(...namespaces: readonly Namespace<object>[]): void {
  for (const ns of namespaces as readonly Namespace[]) {
    if (inUse.has(ns)) continue;
    inUse.add(ns);
    Object.assign(english, ns.en);
  }
}

/** Built-in translations in use for `tag` that are not in memory yet. */
function missing(tag: string): (() => Promise<Messages>)[] {
  if (registered.has(tag)) return [];
  return [...inUse].flatMap((ns) => {
    const load = ns.translations[tag];
    return load && !merged.has(load) ? [load] : [];
  });
}

/** Locales that can be used: built in (en, fr) and registered. */
export function availableLocales(): string[] {
  const builtIn = [...inUse].flatMap((ns) => Object.keys(ns.translations));
  return [...new Set([...loaded.keys(), ...loaders.keys(), ...builtIn])];
}

/** Whether a locale's catalog is in memory (so `translate` uses it). */
export function isLocaleLoaded(tag: string): boolean {
  const c = canonicalLocale(tag);
  return c !== null && loaded.has(c) && missing(c).length === 0;
}

/**
 * Adds or replaces a locale at run time: a catalog object, or a function that loads one
 * lazily. Elements showing that locale re-render.
 */
export function registerLocale(tag: string, catalog: PartialCatalog | Loader): void {
  const c = canonical(tag);
  registered.add(c);
  if (typeof catalog === 'function') {
    loaders.set(c, catalog);
    loaded.delete(c);
  } else {
    loaders.delete(c);
    loaded.set(c, { ...catalog });
  }
  notify();
}

/** Runs `loader` once at a time and merges (or, for a whole locale, sets) what it returns. */
function load(tag: string, loader: () => Promise<unknown>, whole: boolean): Promise<void> {
  let job = pending.get(loader);
  if (!job) {
    job = loader()
      .then((module) => {
        const catalog = (
          module && typeof module === 'object' && 'default' in module ? module.default : module
        ) as Messages;
        if (!whole) merged.add(loader);
        // A partner's catalog registered meanwhile wins over a late built-in chunk, and a
        // catalog registered after this loader wins over what the loader brings late.
        if (!whole && registered.has(tag)) return;
        if (whole && loaders.get(tag) !== loader) return;
        loaded.set(tag, whole ? catalog : { ...loaded.get(tag), ...catalog });
        notify();
      })
      .finally(() => pending.delete(loader));
    pending.set(loader, job);
  }
  return job;
}

/**
 * Negotiates the best available locale for `requested`, loads its catalog (the namespaces
 * in use) if needed and resolves to the tag used. A loader that fails leaves English in
 * place and rejects.
 */
export async function loadLocale(requested: string | readonly string[]): Promise<string> {
  const tag = negotiateLocale(requested, availableLocales(), 'en');
  const loader = loaders.get(tag);
  if (loader && !loaded.has(tag)) await load(tag, loader, true);
  await Promise.all(missing(tag).map((l) => load(tag, l, false)));
  return tag;
}

/** Calls `listener` whenever a locale is registered or loaded; returns an unsubscribe function. */
export function onLocalesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A catalog's own message for `key` (never a property of Object, such as `constructor`). */
function own(messages: Messages | undefined, key: string): string | undefined {
  const message = messages && Object.hasOwn(messages, key) ? messages[key] : undefined;
  return typeof message === 'string' ? message : undefined;
}

function inEnglish(key: MessageKey): string {
  return own(english, key) ?? key;
}

function lookup(locale: string, key: MessageKey): { message: string; locale: string } {
  for (const tag of localeChain(locale)) {
    const message = own(loaded.get(tag), key);
    if (message !== undefined) return { message, locale: tag };
  }
  return { message: inEnglish(key), locale: 'en' };
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
    return formatMessage(inEnglish(key), values, 'en');
  }
}

/** A translate function bound to one locale. */
export type Translator = (key: MessageKey, values?: MessageValues) => string;

export function createTranslator(locale: string): Translator {
  return (key, values) => translate(locale, key, values);
}

export type { Catalog, MessageKey };
