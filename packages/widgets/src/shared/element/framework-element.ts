import type { Framework } from '@dtc/schema';
import { LitElement, type PropertyDeclarations } from 'lit';
import { isRtl } from './direction.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { frameworkNames } from '../charts/result-view.js';
import { memoLast } from '../controllers/memo.js';

/**
 * What the results, planning and report elements share: a `locale`, a `framework` whose
 * texts are looked up with its own locales as fallbacks, names of pillars, components and
 * outcomes by id, level names, and the attributes to hand down to inner charts.
 */
export abstract class DtcFrameworkElement extends LitElement {
  static override properties: PropertyDeclarations = {
    locale: {},
    framework: { attribute: false },
  };

  /** The locale of the UI (BCP 47); defaults to the nearest `lang`, then the browser's. */
  declare locale?: string;
  /** The framework (e.g. `sixPillars` from `@dtc/framework`). */
  declare framework?: Framework;

  protected readonly i18n = new LocaleController(this);
  private readonly namesFor = memoLast((framework: Framework | undefined, _lang: string) =>
    frameworkNames(framework, this.i18n.text),
  );

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    this.i18n.fallbacks = this.framework?.locales ?? [];
  }

  /** The name of a pillar, component or (`outcome:<id>`) outcome, or the id itself. */
  protected name(id: string): string {
    return this.namesFor(this.framework, this.i18n.lang).get(id) ?? id;
  }

  /** "Level 2: Emerging", or "Not scored". */
  protected levelText(level: number | null | undefined): string {
    const def = level ? this.framework?.levels.find((l) => l.value === level) : undefined;
    if (!level) return this.i18n.t('common.notScored');
    return this.i18n.t('common.level', {
      level,
      label: def ? this.i18n.text(def.label) : String(level),
    });
  }

  protected get rtl(): boolean {
    return isRtl(this, this.i18n);
  }

  /** The direction and locale to give inner elements (a shadow root hides `lang` and `dir` from them). */
  protected get inherited(): { dir: 'rtl' | 'ltr'; locale: string } {
    return { dir: this.rtl ? 'rtl' : 'ltr', locale: this.i18n.requestedLocale };
  }
}
