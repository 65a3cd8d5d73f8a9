import { canonicalLocale, negotiateLocale } from '@dtc/i18n';
import {
  mergeFrameworkTexts,
  parseFramework,
  parseFrameworkTexts,
  type Framework,
  type FrameworkTexts,
  type Issue,
} from '@dtc/schema';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a framework loaded from a URL stands. */
export type FrameworkLoad =
  | { status: 'idle' }
  | { status: 'loading'; src: string }
  | { status: 'ready'; src: string; framework: Framework }
  /** `fetch`: the file could not be fetched (`detail` says why); `invalid`: see `issues`. */
  | { status: 'error'; src: string; kind: 'fetch' | 'invalid'; detail: string; issues: Issue[] };

/**
 * Where the texts of the page's locale stand, for a framework in the split form (a base
 * and a texts file per locale): `none` when the base's own language is shown (no texts
 * file needed), `error` when the texts file of `locale` could not be used (the base's
 * language is shown instead).
 */
export type TextsLoad =
  | { status: 'none' }
  | { status: 'loading'; locale: string; url: string }
  | { status: 'ready'; locale: string; url: string; issues: Issue[] }
  | {
      status: 'error';
      locale: string;
      url: string;
      kind: 'fetch' | 'invalid';
      detail: string;
      issues: Issue[];
    };

/** The placeholder of `texts-src` that the locale replaces. */
export const LOCALE_PLACEHOLDER = '{locale}';

/** The URL of the texts file of `locale`: `template` with `{locale}` replaced. */
export function textsUrl(template: string, locale: string): string {
  return template.replaceAll(LOCALE_PLACEHOLDER, encodeURIComponent(locale));
}

type Fetched = { ok: true; text: string } | { ok: false; detail: string };

async function fetchText(url: string, signal?: AbortSignal): Promise<Fetched> {
  try {
    const res = await fetch(url, signal ? { signal } : {});
    return res.ok
      ? { ok: true, text: await res.text() }
      : { ok: false, detail: `HTTP ${res.status}` };
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, detail: (error as Error).message || String(error) };
  }
}

/** A texts file once fetched and checked: the texts, or why they cannot be used. */
type TextsEntry =
  | { ok: true; texts: FrameworkTexts }
  | { ok: false; kind: 'fetch' | 'invalid'; detail: string; issues: Issue[] };

/**
 * Fetches a framework JSON file and validates it with `parseFramework` from @dtc/schema,
 * re-rendering the host as the state changes. A newer `load()` cancels an older one.
 *
 * A framework in the split form (see docs/authoring-a-framework.md) also needs
 * `localize(textsSrc, locale)`: it fetches the texts file of that locale, only when the
 * base does not hold the locale itself, validates it (`parseFrameworkTexts`) and merges it
 * (`mergeFrameworkTexts`). Texts files already fetched are kept, so switching back is
 * immediate; one that fails leaves the base's language in place (`texts.status: 'error'`).
 */
export class FrameworkLoader implements ReactiveController {
  /** The base framework (for the split form) or the whole framework. */
  state: FrameworkLoad = { status: 'idle' };
  /** The texts of the page's locale (split form only). */
  texts: TextsLoad = { status: 'none' };
  private abort: AbortController | undefined;
  private resume: string | undefined;
  /** Texts files by URL: fetched and checked, or on their way. */
  private readonly textsFiles = new Map<string, TextsEntry | Promise<void>>();
  /** The framework merged with the texts in use, for the base it was made from. */
  private merged:
    { base: Framework; urls: string; framework: Framework; issues: Issue[] } | undefined;
  /** The locale of the texts last asked for ('' for the base's own). */
  private locale = '';
  /** Whether the texts of a locale have settled once for the current base (shown or failed). */
  private settled = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // Re-attached while a load was cut short: start it again.
    if (this.resume) this.load(this.resume);
    this.resume = undefined;
  }

  hostDisconnected(): void {
    if (this.state.status !== 'loading') return;
    this.abort?.abort();
    this.resume = this.state.src;
    this.state = { status: 'idle' };
  }

  /**
   * The framework to show: the base merged with the texts files fetched so far, or
   * `undefined` until the base has loaded and, on first load, the page's texts have
   * arrived or failed (so the first render is in one language).
   */
  get framework(): Framework | undefined {
    if (this.state.status !== 'ready') return undefined;
    if (this.texts.status === 'loading' && !this.settled) return undefined;
    return this.merged?.base === this.state.framework
      ? this.merged.framework
      : this.state.framework;
  }

  /** Starts loading `src` unless it is already loaded or loading; `undefined` resets. */
  load(src: string | undefined): void {
    if (!src) {
      this.abort?.abort();
      this.state = { status: 'idle' };
      return;
    }
    if (this.state.status !== 'idle' && this.state.src === src) return;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.state = { status: 'loading', src };
    this.settled = false;
    void (async () => {
      let fetched: Fetched;
      try {
        fetched = await fetchText(src, abort.signal);
      } catch {
        return; // aborted by a newer load
      }
      if (!fetched.ok) {
        this.state = { status: 'error', src, kind: 'fetch', detail: fetched.detail, issues: [] };
      } else {
        const parsed = parseFramework(fetched.text);
        this.state = parsed.ok
          ? { status: 'ready', src, framework: parsed.value }
          : {
              status: 'error',
              src,
              kind: 'invalid',
              detail: parsed.issues[0]?.message ?? '',
              issues: parsed.issues,
            };
      }
      if (!abort.signal.aborted) this.host.requestUpdate();
    })();
  }

  /**
   * Puts the texts of `locale` in use for the split form: `textsSrc` is the URL of the
   * texts files with `{locale}` in place of the locale. Nothing is fetched when the base
   * holds the locale, when `textsSrc` is unset, or when the base lists its `translations`
   * and the locale is not among them (the base's language is shown then, without an error).
   */
  localize(textsSrc: string | undefined, requested: string): void {
    if (this.state.status !== 'ready' || !textsSrc) {
      this.texts = { status: 'none' };
      return;
    }
    const base = this.state.framework;
    const offered = base.translations ?? [];
    const tag = negotiateLocale(requested, [...base.locales, ...offered], '');
    // A base that lists no translations: try the requested language itself.
    const locale =
      tag || (base.translations ? '' : (canonicalLocale(requested)?.split('-')[0] ?? ''));
    if (locale !== this.locale) {
      // A new language: a texts file that could not be fetched before is tried again.
      this.locale = locale;
      for (const [u, e] of this.textsFiles) {
        if (!(e instanceof Promise) && !e.ok && e.kind === 'fetch') this.textsFiles.delete(u);
      }
    }
    if (!locale || base.locales.includes(locale)) {
      this.texts = { status: 'none' };
      this.settled = true;
      return;
    }
    const url = textsUrl(textsSrc, locale);
    const entry = this.textsFiles.get(url);
    if (entry === undefined) {
      this.texts = { status: 'loading', locale, url };
      this.textsFiles.set(url, this.fetchTexts(url, locale));
    } else if (entry instanceof Promise) {
      this.texts = { status: 'loading', locale, url };
    } else if (!entry.ok) {
      const { kind, detail, issues } = entry;
      this.texts = { status: 'error', locale, url, kind, detail, issues };
      this.settled = true;
    } else {
      this.texts = this.merge(base, entry.texts, locale, url);
      this.settled = true;
    }
  }

  /**
   * The texts of `locale` in use: the base merged with every texts file fetched for it so
   * far (switching between them then changes nothing), or an error for a file made for
   * another framework.
   */
  private merge(base: Framework, texts: FrameworkTexts, locale: string, url: string): TextsLoad {
    if (texts.framework.id !== base.id) {
      const { issues } = mergeFrameworkTexts(base, texts);
      return { status: 'error', locale, url, kind: 'invalid', detail: issues[0]!.message, issues };
    }
    const files = [...this.textsFiles.entries()].flatMap(([u, e]) =>
      !(e instanceof Promise) && e.ok && e.texts.framework.id === base.id
        ? [[u, e.texts] as const]
        : [],
    );
    const key = files.map(([u]) => u).join(' ');
    if (this.merged?.base !== base || this.merged.urls !== key) {
      const { framework, issues } = mergeFrameworkTexts(base, ...files.map(([, t]) => t));
      this.merged = { base, urls: key, framework, issues };
    }
    const issues = this.merged.issues.filter((i) => i.params?.locale === locale);
    return { status: 'ready', locale, url, issues };
  }

  private async fetchTexts(url: string, locale: string): Promise<void> {
    const fetched = await fetchText(url);
    let entry: TextsEntry;
    if (!fetched.ok) entry = { ok: false, kind: 'fetch', detail: fetched.detail, issues: [] };
    else {
      const parsed = parseFrameworkTexts(fetched.text);
      const issues: Issue[] = parsed.ok
        ? parsed.value.locale === locale
          ? []
          : [
              {
                path: ['locale'],
                code: 'invalid-value',
                params: {
                  expected: JSON.stringify(locale),
                  found: JSON.stringify(parsed.value.locale),
                },
                message: `Expected the texts of "${locale}", found "${parsed.value.locale}"`,
              },
            ]
        : parsed.issues;
      entry =
        parsed.ok && !issues.length
          ? { ok: true, texts: parsed.value }
          : { ok: false, kind: 'invalid', detail: issues[0]?.message ?? '', issues };
    }
    this.textsFiles.set(url, entry);
    this.host.requestUpdate();
  }
}
