import { useNamespaces } from '@dtc/i18n';
import { planNamespace } from '@dtc/i18n/namespaces/plan';
import { resultsNamespace } from '@dtc/i18n/namespaces/results';
import { MAX_PRIORITIES, type Response, type Result } from '@dtc/schema';
import {
  html,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type TemplateResult,
} from 'lit';
import { emit } from '../shared/element/emit.js';
import { DtcFrameworkElement } from '../shared/element/framework-element.js';
import { ScoringController } from '../shared/controllers/scoring-controller.js';
import { styles } from './priorities.styles.js';

/**
 * Detail of `dtc-priorities-change`: the chosen component ids, in the order they were
 * chosen, and per pillar id the component chosen as that pillar's own priority.
 */
export interface PrioritiesChangeDetail {
  priorities: string[];
  pillarPriorities: Record<string, string>;
}

/**
 * @summary The components ranked by urgency (the engine's priorities, with their reasons in
 * words), from which the user chooses up to three priorities with checkboxes. Choosing a
 * fourth is refused with a clear message, announced to screen readers; unticking one lets
 * the user choose another.
 *
 * Beside the overall priorities, one select per pillar chooses a component of that pillar
 * as its own priority (or none), stored in a plan's `pillarPriorities`.
 *
 * Give it `framework` and `response` (or a ready `result`); `selected` holds the chosen
 * component ids in the order they were chosen, and `pillarPriorities` the per-pillar
 * choices; both change with the user's choices.
 *
 * @fires {CustomEvent<PrioritiesChangeDetail>} dtc-priorities-change - The choice changed. Detail: `{ priorities: string[], pillarPriorities: Record<string, string> }`.
 *
 * @csspart fieldset - The group of checkboxes.
 * @csspart pillars - The per-pillar priorities.
 * @csspart item - One ranked component.
 * @csspart message - The message shown when the limit is reached.
 * @csspart status - How many are chosen.
 *
 * @cssprop --dtc-color-accent - Colour of the checkboxes and of chosen items.
 * @cssprop --dtc-color-danger - Colour of the limit message.
 */
export class DtcPriorities extends DtcFrameworkElement {
  static override styles: CSSResultGroup = styles;
  static {
    useNamespaces(planNamespace, resultsNamespace);
  }

  static override properties: PropertyDeclarations = {
    response: { attribute: false },
    result: { attribute: false },
    selected: { attribute: false },
    pillarPriorities: { attribute: false },
    max: { type: Number },
    limit: { type: Number },
    refused: { state: true },
  };

  /** The response whose ranked priorities are listed (scored here with `framework`). */
  declare response?: Response;
  /** A result scored elsewhere; when set, `response` is not scored. */
  declare result?: Result;
  /** The chosen component ids, in the order chosen (ids not in the ranking are ignored). */
  selected: string[] = [];
  /** Per pillar id, the component chosen as that pillar's own priority. */
  pillarPriorities: Record<string, string> = {};
  /** How many priorities can be chosen. */
  max = MAX_PRIORITIES;
  /** How many ranked components to list (all when 0); chosen ones are always listed. */
  limit = 0;

  /** The component the user tried to add over the limit, while the message shows. */
  private refused: string | null = null;
  private readonly scoring = new ScoringController(this);

  /** The result the list comes from: `result` when set, else `response` scored; `null` before either. */
  get currentResult(): Result | null {
    return this.result ?? this.scoring.score(this.framework, this.response);
  }

  /** The chosen ids that are in the ranking: others (unknown ids) cannot be shown or undone. */
  private chosen(): string[] {
    const ranked = this.currentResult?.priorities;
    if (!ranked) return this.selected;
    return this.selected.filter((id) => ranked.some((p) => p.componentId === id));
  }

  override render(): TemplateResult {
    const t = this.i18n.t;
    const ranked = this.currentResult?.priorities ?? [];
    const chosen = this.chosen();
    // The first `limit` ranked, plus any chosen further down (a choice never disappears).
    const list = ranked.filter(
      (p, i) => this.limit <= 0 || i < this.limit || chosen.includes(p.componentId),
    );
    return html`<fieldset
        part="fieldset"
        dir=${this.inherited.dir}
        lang=${this.i18n.lang}
        aria-describedby="hint status"
      >
        <legend>${t('plan.choose.title', { max: this.max })}</legend>
        <p id="hint" class="hint">${t('plan.choose.hint')}</p>
        ${
          this.refused
            ? html`<p class="message" part="message" id="message" role="alert">
                ${t('plan.choose.limit', { max: this.max, name: this.name(this.refused) })}
              </p>`
            : nothing
        }
        ${
          list.length
            ? html`<ol>
                ${list.map((p) => {
                  const id = p.componentId;
                  const order = chosen.indexOf(id);
                  return html`<li part="item" class=${order >= 0 ? 'chosen' : ''}>
                    <input
                      type="checkbox"
                      id="c-${p.rank}"
                      .checked=${order >= 0}
                      aria-describedby="r-${p.rank}${this.refused === id ? ' message' : ''}"
                      @change=${(e: Event) => this.toggle(id, e.target as HTMLInputElement)}
                    />
                    <label for="c-${p.rank}">
                      <strong>${this.name(id)}</strong>
                      <span class="pillar">${this.name(p.pillarId)}</span>
                      ${order >= 0 ? html`<span class="badge">${t('plan.choose.order', { n: order + 1 })}</span>` : nothing}
                    </label>
                    <div class="why" id="r-${p.rank}">
                      <p>
                        ${this.levelText(p.level)}${
                          p.score === null
                            ? nothing
                            : html` · ${t('common.scoreShort', { score: p.score })}`
                        }
                      </p>
                      ${
                        p.reasons.length
                          ? html`<ul>
                              ${p.reasons.map((r) => html`<li>${t(`results.reason.${r}`)}</li>`)}
                            </ul>`
                          : nothing
                      }
                    </div>
                  </li>`;
                })}
              </ol>`
            : html`<p>${t('plan.choose.none')}</p>`
        }
        <p id="status" class="status" part="status" role="status">
          ${t('plan.choose.count', { count: chosen.length, max: this.max })}
        </p>
      </fieldset>
      ${this.renderPillars()}`;
  }

  /** One select per pillar: a component of that pillar as its own priority, or none. */
  private renderPillars(): TemplateResult | typeof nothing {
    const fw = this.framework;
    if (!fw) return nothing;
    const t = this.i18n.t;
    return html`<fieldset
      part="pillars"
      class="pillars"
      dir=${this.inherited.dir}
      lang=${this.i18n.lang}
      aria-describedby="pillars-hint"
    >
      <legend>${t('plan.choose.pillars.title')}</legend>
      <p id="pillars-hint" class="hint">${t('plan.choose.pillars.hint')}</p>
      ${fw.pillars.map((p) => {
        const value = this.pillarPriorities[p.id] ?? '';
        return html`<div class="pillar-choice">
          <label for="p-${p.id}">${this.name(p.id)}</label>
          <select
            id="p-${p.id}"
            @change=${(e: Event) => this.choosePillar(p.id, (e.target as HTMLSelectElement).value)}
          >
            <option value="" .selected=${value === ''}>${t('plan.choose.pillars.none')}</option>
            ${p.components.map(
              (c) =>
                html`<option value=${c.id} .selected=${value === c.id}>${this.name(c.id)}</option>`,
            )}
          </select>
        </div>`;
      })}
    </fieldset>`;
  }

  private choosePillar(pillar: string, component: string): void {
    const next = { ...this.pillarPriorities };
    if (component) next[pillar] = component;
    else delete next[pillar];
    this.pillarPriorities = next;
    this.emitChange();
  }

  private emitChange(): void {
    emit(this, 'dtc-priorities-change', {
      priorities: [...this.chosen()],
      pillarPriorities: { ...this.pillarPriorities },
    });
  }

  private toggle(id: string, input: HTMLInputElement): void {
    const chosen = this.chosen();
    const has = chosen.includes(id);
    if (input.checked && !has) {
      if (chosen.length >= this.max) {
        // Refuse a choice over the limit: untick it and say why.
        input.checked = false;
        this.refused = id;
        return;
      }
      this.selected = [...chosen, id];
    } else if (!input.checked && has) {
      this.selected = chosen.filter((s) => s !== id);
    } else return;
    this.refused = null;
    this.emitChange();
  }
}
