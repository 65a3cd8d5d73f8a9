import {
  createTranslator,
  direction,
  formatDelta,
  formatNumber,
  formatPercent,
  formatScore,
  isLocaleLoaded,
  loadLocale,
  negotiateLocale,
  onLocalesChange,
  text,
  availableLocales,
  type LocalizedText,
  type MessageKey,
  type MessageValues,
  type Translator,
} from '@dtc/i18n';
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { locale?: string | undefined };

/**
 * Gives an element its words. The locale is, in order: the element's `locale` property,
 * the nearest `lang` attribute up the tree, the browser's languages, English. It loads
 * the catalog lazily, re-renders the host when it arrives or when a partner registers a
 * locale, and exposes `t()` for UI messages and `text()` for framework content.
 *
 * On a server (`@lit-labs/ssr`) an element has no tree to look up and the server's own
 * languages are not the reader's: the `locale` property or attribute decides, else English.
 * The server loads that locale (`loadLocale` from `@dtc/i18n`) before rendering; the words
 * are resolved when first asked for, since a server render runs no update cycle.
 */
export class LocaleController implements ReactiveController {
  private current = 'en';
  private direction: 'ltr' | 'rtl' = 'ltr';
  /** Framework locales to try when a text is missing in `lang` (set by the host). */
  fallbacks: readonly string[] = [];
  private translator: Translator = createTranslator('en');
  private requested = '';
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    // A server renders once: nothing to follow, and nothing would ever unsubscribe.
    if (isServer) return;
    this.unsubscribe = onLocalesChange(() => {
      this.requested = '';
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
  }

  /** The negotiated locale whose catalog is in use, e.g. `fr`. */
  get lang(): string {
    if (isServer) this.resolve();
    return this.current;
  }

  /** `ltr` or `rtl`, from the requested locale. */
  get dir(): 'ltr' | 'rtl' {
    if (isServer) this.resolve();
    return this.direction;
  }

  /** The locale the host asks for, before negotiation. */
  get requestedLocale(): string {
    if (this.host.locale) return this.host.locale;
    // A host outside a document tree (a server's DOM shim) has no ancestors to ask.
    const lang =
      typeof this.host.closest === 'function'
        ? this.host.closest('[lang]')?.getAttribute('lang')
        : undefined;
    if (lang) return lang;
    if (isServer || typeof navigator === 'undefined') return 'en';
    // The browser's languages in the user's order: the first one that can be shown wins
    // (German then French gives French), else the first (its direction still applies).
    const wanted = navigator.languages ?? [];
    const available = availableLocales();
    return wanted.find((tag) => negotiateLocale(tag, available, '') !== '') ?? wanted[0] ?? 'en';
  }

  hostUpdate(): void {
    const requested = this.resolve();
    if (requested === undefined) return;
    void loadLocale(requested).then(
      (tag) => {
        if (this.requested !== requested || tag === this.lang) return;
        this.setLang(tag);
        this.host.requestUpdate();
      },
      () => {
        // The catalog failed to load: keep English, which is always present.
      },
    );
  }

  /**
   * Follows the requested locale when it changed: its direction at once, its words once all
   * are in memory (so a page never shows a mix of languages while a namespace loads; until
   * then the previous words stay). Returns the new request, or `undefined` when unchanged.
   */
  private resolve(): string | undefined {
    const requested = this.requestedLocale;
    if (requested === this.requested) return undefined;
    this.requested = requested;
    this.direction = direction(requested);
    const immediate = negotiateLocale(requested, availableLocales(), 'en');
    if (isLocaleLoaded(immediate)) this.setLang(immediate);
    return requested;
  }

  private setLang(tag: string): void {
    this.current = tag;
    this.translator = createTranslator(tag);
  }

  /** A UI message from `@dtc/i18n`. */
  t = (key: MessageKey, values?: MessageValues): string => {
    if (isServer) this.resolve();
    return this.translator(key, values);
  };

  /** A framework string in the current locale, with the documented fallback chain. */
  text = (localized: LocalizedText | undefined): string =>
    text(localized, this.lang, this.fallbacks);

  number = (value: number, options?: Intl.NumberFormatOptions): string =>
    formatNumber(this.lang, value, options);
  percent = (share: number): string => formatPercent(this.lang, share);
  score = (score: number): string => formatScore(this.lang, score);
  delta = (delta: number): string => formatDelta(this.lang, delta);
}
