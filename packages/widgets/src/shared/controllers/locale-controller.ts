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
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { locale?: string | undefined };

/**
 * Gives an element its words. The locale is, in order: the element's `locale` property,
 * the nearest `lang` attribute up the tree, the browser's languages, English. It loads
 * the catalog lazily, re-renders the host when it arrives or when a partner registers a
 * locale, and exposes `t()` for UI messages and `text()` for framework content.
 */
export class LocaleController implements ReactiveController {
  /** The negotiated locale whose catalog is in use, e.g. `fr`. */
  lang = 'en';
  /** `ltr` or `rtl`, from the requested locale. */
  dir: 'ltr' | 'rtl' = 'ltr';
  /** Framework locales to try when a text is missing in `lang` (set by the host). */
  fallbacks: readonly string[] = [];
  private translator: Translator = createTranslator('en');
  private requested = '';
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = onLocalesChange(() => {
      this.requested = '';
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
  }

  /** The locale the host asks for, before negotiation. */
  get requestedLocale(): string {
    if (this.host.locale) return this.host.locale;
    const lang = this.host.closest('[lang]')?.getAttribute('lang');
    if (lang) return lang;
    if (typeof navigator === 'undefined') return 'en';
    // The browser's languages in the user's order: the first one that can be shown wins
    // (German then French gives French), else the first (its direction still applies).
    const wanted = navigator.languages ?? [];
    const available = availableLocales();
    return wanted.find((tag) => negotiateLocale(tag, available, '') !== '') ?? wanted[0] ?? 'en';
  }

  hostUpdate(): void {
    const requested = this.requestedLocale;
    if (requested === this.requested) return;
    this.requested = requested;
    this.dir = direction(requested);
    // Switch only to a locale whose words are all in memory, so that a page never shows a
    // mix of languages while a namespace loads; until then the previous words stay.
    const immediate = negotiateLocale(requested, availableLocales(), 'en');
    if (isLocaleLoaded(immediate)) this.setLang(immediate);
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

  private setLang(tag: string): void {
    this.lang = tag;
    this.translator = createTranslator(tag);
  }

  /** A UI message from `@dtc/i18n`. */
  t = (key: MessageKey, values?: MessageValues): string => this.translator(key, values);

  /** A framework string in the current locale, with the documented fallback chain. */
  text = (localized: LocalizedText | undefined): string =>
    text(localized, this.lang, this.fallbacks);

  number = (value: number, options?: Intl.NumberFormatOptions): string =>
    formatNumber(this.lang, value, options);
  percent = (share: number): string => formatPercent(this.lang, share);
  score = (score: number): string => formatScore(this.lang, score);
  delta = (delta: number): string => formatDelta(this.lang, delta);
}
