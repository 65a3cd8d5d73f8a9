import { useNamespaces } from '@dtc/i18n';
import { assessmentNamespace } from '@dtc/i18n/namespaces/assessment';
import type { Framework, Response } from '@dtc/schema';
import {
  html,
  LitElement,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type TemplateResult,
} from 'lit';
import { emit } from '../shared/element/emit.js';
import { LocaleController } from '../shared/controllers/locale-controller.js';
import { progress } from '../shared/model/response-model.js';
import { tokens } from '../shared/styles/tokens.styles.js';
import { styles } from './progress.styles.js';

/** Detail of `dtc-progress-select`: the pillar the user picked. */
export interface ProgressSelectDetail {
  pillarId: string;
}

/**
 * Progress through the assessment, pillar by pillar: a list with each pillar's name and a
 * text count ("3 of 5 answered"); the bar beside it only repeats the count. The current
 * pillar carries `aria-current="step"`. With `navigable`, each pillar is a button.
 *
 * @summary Answered / applicable questions per pillar.
 *
 * @fires {CustomEvent<ProgressSelectDetail>} dtc-progress-select - A pillar was picked (only with `navigable`).
 *
 * @csspart list - The ordered list of pillars.
 * @csspart item - Each pillar; the current one also has `item-current`.
 * @csspart item-current - The current pillar.
 * @csspart name - A pillar's name (a button with `navigable`).
 * @csspart count - A pillar's text count.
 * @csspart bar - The bar track; `bar-fill` is its filled part.
 * @csspart bar-fill - The filled part of a bar.
 *
 * @cssprop --dtc-color-accent - Bar fill and current marker.
 * @cssprop --dtc-color-surface - Bar track.
 * @cssprop --dtc-color-success - Bar fill of a finished pillar.
 */
export class DtcProgress extends LitElement {
  static override styles: CSSResultGroup = [tokens, styles];
  static {
    useNamespaces(assessmentNamespace);
  }

  static override properties: PropertyDeclarations = {
    framework: { attribute: false },
    response: { attribute: false },
    sections: { converter: (v) => v?.split(/[\s,]+/).filter(Boolean) },
    current: {},
    navigable: { type: Boolean },
    locale: { reflect: true },
  };

  /** The framework whose pillars are listed. */
  declare framework: Framework | undefined;
  /** The response being filled in. */
  declare response: Response | undefined;
  /** Pillar ids to list (all when empty); attribute: ids separated by spaces or commas. */
  declare sections: string[] | undefined;
  /** Id of the current pillar, marked with `aria-current="step"`. */
  declare current: string | undefined;
  /** Render each pillar as a button that fires `dtc-progress-select`. */
  navigable = false;
  /** BCP 47 locale; defaults to the nearest `lang`. */
  declare locale: string | undefined;

  private readonly lc = new LocaleController(this);

  override render(): TemplateResult {
    const fw = this.framework;
    if (!fw) return html``;
    const { t, text } = this.lc;
    this.lc.fallbacks = fw.locales;
    return html`<ol part="list">
      ${progress(fw, this.response, this.sections).map((p) => {
        const pillar = fw.pillars.find((x) => x.id === p.pillarId)!;
        const current = p.pillarId === this.current;
        const name = text(pillar.title);
        const share = p.applicable ? p.answered / p.applicable : 1;
        const count = t('assessment.progress.count', { answered: p.answered, total: p.applicable });
        return html`<li
          part=${current ? 'item item-current' : 'item'}
          class=${current ? 'current' : ''}
          aria-current=${current && !this.navigable ? 'step' : nothing}
        >
          ${
            this.navigable
              ? html`<button
                  part="name"
                  type="button"
                  aria-current=${current ? 'step' : nothing}
                  aria-describedby="c-${p.pillarId}"
                  @click=${() => emit(this, 'dtc-progress-select', { pillarId: p.pillarId })}
                >
                  ${name}
                </button>`
              : html`<span part="name">${name}</span>`
          }
          <span part="count" class="count" id="c-${p.pillarId}">${count}</span>
          <span part="bar" class="bar" aria-hidden="true"
            ><span
              part="bar-fill"
              class=${share >= 1 ? 'done' : ''}
              .style=${`inline-size: ${Math.round(share * 100)}%`}
            ></span
          ></span>
        </li>`;
      })}
    </ol>`;
  }
}
