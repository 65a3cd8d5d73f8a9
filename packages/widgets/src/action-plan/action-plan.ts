import { describeIssue, issuesNamespace, planNamespace, useNamespaces } from '@dtc/i18n';
import {
  HORIZONS,
  MAX_PRIORITIES,
  newActionPlan,
  newPlanAction,
  parseActionPlan,
  type ActionPlan,
  type Framework,
  type Horizon,
  type Issue,
  type PlanAction,
  type Response,
  type Result,
} from '@dtc/schema';
import {
  html,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { emit } from '../shared/element/emit.js';
import { DtcFrameworkElement } from '../shared/element/framework-element.js';
import {
  planFromJson,
  planToCsv,
  planToJson,
  planToMarkdown,
} from '../shared/model/plan-export.js';
import { ScoringController } from '../shared/controllers/scoring-controller.js';
import { styles } from './action-plan.styles.js';

/** Detail of `dtc-plan-change`: the whole plan after the change. */
export interface PlanChangeDetail {
  plan: ActionPlan;
}

export type PlanExportFormat = 'json' | 'csv' | 'markdown';

/** Detail of `dtc-plan-export` (cancelable: cancel it to handle the file yourself). */
export interface PlanExportDetail {
  format: PlanExportFormat;
  filename: string;
  mediaType: string;
  content: string;
}

interface FieldError {
  /** The id of the field to focus. */
  id: string;
  message: string;
}

const FORMATS: Record<PlanExportFormat, { ext: string; type: string; label: string }> = {
  json: { ext: 'json', type: 'application/json', label: 'JSON' },
  csv: { ext: 'csv', type: 'text/csv', label: 'CSV' },
  markdown: { ext: 'md', type: 'text/markdown', label: 'Markdown' },
};

/** A new, empty plan for a framework. */
export function emptyPlan(framework: Framework, priorities: readonly string[] = []): ActionPlan {
  return newActionPlan(framework, { priorities: priorities.slice(0, MAX_PRIORITIES) });
}

/**
 * @summary The action plan: for each chosen priority, actions across the pillars, each with
 * a horizon (short, medium, long term), an owner, a target level and the education outcome
 * it serves (the framework's `outcomes`). The plan is data (`ActionPlan` from `@dtc/schema`),
 * sent whole on every change, checked against the schema, and exported as JSON, CSV or
 * Markdown; a JSON file imports back. Problems show in an error summary (GOV.UK style) with
 * links to the fields, and focus moves there.
 *
 * Give it `framework` and either a `plan` or the chosen `priorities` (e.g. from
 * `dtc-priorities-change`); with `response` or `result` it shows each priority's current
 * level and proposes the next level as target.
 *
 * @fires {CustomEvent<PlanChangeDetail>} dtc-plan-change - The plan changed. Detail: `{ plan: ActionPlan }`.
 * @fires {CustomEvent<PlanExportDetail>} dtc-plan-export - A file is about to be downloaded; cancelable (then nothing is
 * downloaded). Detail: `{ format: 'json' | 'csv' | 'markdown', filename, mediaType, content }`.
 *
 * @csspart error-summary - The error summary.
 * @csspart priority - The section of one priority.
 * @csspart action - The fields of one action.
 * @csspart add - The "Add an action" buttons.
 * @csspart export - The save, share and import section.
 * @csspart status - The status message (added, removed, imported, downloaded).
 *
 * @cssprop --dtc-color-danger - Colour of error messages and invalid fields.
 * @cssprop --dtc-color-accent - Colour of buttons and focus.
 */
export class DtcActionPlan extends DtcFrameworkElement {
  static override styles: CSSResultGroup = styles;
  static {
    useNamespaces(planNamespace, issuesNamespace);
  }

  static override properties: PropertyDeclarations = {
    plan: { attribute: false },
    priorities: { attribute: false },
    response: { attribute: false },
    result: { attribute: false },
    filename: {},
    errors: { state: true },
    status: { state: true },
  };

  /** The plan being edited (created empty from the framework when not given). */
  declare plan?: ActionPlan;
  /** The chosen priorities (component ids); setting it updates `plan.priorities`. */
  declare priorities?: string[];
  /** A response, to show the current level of each priority. */
  declare response?: Response;
  /** A result scored elsewhere (wins over `response`). */
  declare result?: Result;
  /** The file name of downloads, without extension. */
  filename = 'action-plan';

  /** Problems found by the last check, or `null` before any check. */
  private errors: FieldError[] | null = null;
  private status = '';
  private readonly scoring = new ScoringController(this);
  private focusAfter: string | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const fw = this.framework;
    if (fw && !this.plan) this.plan = emptyPlan(fw, this.priorities);
    const p = this.priorities;
    if (changed.has('priorities') && p && this.plan && p.join() !== this.plan.priorities.join()) {
      // A change to the plan like any other: the host hears of it.
      this.commit({ ...this.plan, priorities: p.slice(0, MAX_PRIORITIES) });
    }
    if (this.errors && (changed.has('plan') || changed.has('framework')))
      this.errors = this.check();
  }

  protected override updated(): void {
    if (this.focusAfter) {
      (this.renderRoot.querySelector(`#${this.focusAfter}`) as HTMLElement | null)?.focus();
      this.focusAfter = null;
    }
  }

  /** Checks the plan; returns whether it is valid, and shows the problems when it is not. */
  validate(): boolean {
    this.errors = this.check();
    if (this.errors.length) this.focusAfter = 'error-summary';
    return this.errors.length === 0;
  }

  private get shownResult(): Result | null {
    return this.result ?? this.scoring.score(this.framework, this.response);
  }

  /** Sections in page order: chosen priorities, then other components that have actions. */
  private sections(plan: ActionPlan): { id: string; chosen: boolean; actions: PlanAction[] }[] {
    const ids = [...new Set([...plan.priorities, ...plan.actions.map((a) => a.priority)])];
    return ids.map((id) => ({
      id,
      chosen: plan.priorities.includes(id),
      actions: plan.actions.filter((a) => a.priority === id),
    }));
  }

  /** Action numbers (1-based) in page order, by action id. */
  private numbers(plan: ActionPlan): Map<string, number> {
    let n = 0;
    return new Map(this.sections(plan).flatMap((s) => s.actions.map((a) => [a.id, ++n] as const)));
  }

  private key(plan: ActionPlan, id: string): string {
    return `a${plan.actions.findIndex((a) => a.id === id)}`;
  }

  private check(): FieldError[] {
    const plan = this.plan;
    if (!plan) return [];
    const parsed = parseActionPlan(plan, this.framework);
    if (parsed.ok) return [];
    const numbers = this.numbers(plan);
    const t = this.i18n.t;
    const order = (e: { index: number }): number => e.index;
    return parsed.issues
      .map((issue: Issue) => {
        const [root, index, field] = issue.path;
        if (root === 'title')
          return { index: -1, id: 'plan-title', message: t('plan.error.planTitle') };
        if (root !== 'actions' || typeof index !== 'number') {
          return { index: -2, id: 'plan-title', message: describeIssue(this.i18n.lang, issue) };
        }
        const action = plan.actions[index]!;
        const n = numbers.get(action.id) ?? index + 1;
        const id = `a${index}-${field === 'horizon' ? 'horizon-short' : String(field)}`;
        const message =
          field === 'title'
            ? t(action.title.trim() ? 'plan.error.title.long' : 'plan.error.title.missing', { n })
            : field === 'owner' ||
                field === 'notes' ||
                field === 'outcome' ||
                field === 'pillar' ||
                field === 'targetLevel'
              ? t(`plan.error.${field}`, { n })
              : t('plan.error.other', { n, detail: describeIssue(this.i18n.lang, issue) });
        return {
          index:
            (n - 1) * 10 +
            ['title', 'pillar', 'horizon', 'owner', 'targetLevel', 'outcome', 'notes'].indexOf(
              String(field),
            ),
          id,
          message,
        };
      })
      .filter((e, i, all) => all.findIndex((x) => x.id === e.id) === i)
      .sort((a, b) => order(a) - order(b))
      .map(({ id, message }) => ({ id, message }));
  }

  /** Sets the plan and tells the host; `imported` keeps the file's own `updatedAt`. */
  private commit(plan: ActionPlan, imported = false): void {
    this.plan = imported ? plan : { ...plan, updatedAt: new Date().toISOString() };
    emit(this, 'dtc-plan-change', { plan: this.plan });
  }

  private patch(id: string, change: Partial<PlanAction>): void {
    const plan = this.plan!;
    this.commit({
      ...plan,
      actions: plan.actions.map((a) => {
        if (a.id !== id) return a;
        const next = { ...a, ...change };
        if (!next.notes) delete next.notes;
        return next;
      }),
    });
  }

  private add(priority: string): void {
    const plan = this.plan!;
    const fw = this.framework!;
    const used = new Set(plan.actions.map((a) => a.id));
    let k = plan.actions.length + 1;
    while (used.has(`action-${k}`)) k++;
    const pillar =
      fw.pillars.find((p) => p.components.some((c) => c.id === priority))?.id ?? fw.pillars[0]!.id;
    const now = this.levelOf(priority);
    const top = fw.levels.length;
    const action = newPlanAction({
      id: `action-${k}`,
      priority,
      pillar,
      title: '',
      horizon: 'short',
      targetLevel: Math.min(top, (now ?? 1) + 1),
      outcome: '',
    });
    const next = { ...plan, actions: [...plan.actions, action] };
    this.commit(next);
    this.focusAfter = `a${next.actions.length - 1}-title`;
    this.status = this.i18n.t('plan.added', { n: this.numbers(next).get(action.id)! });
  }

  private removeAction(action: PlanAction): void {
    const plan = this.plan!;
    const next = { ...plan, actions: plan.actions.filter((a) => a !== action) };
    this.commit(next);
    // Focus stays in the section, on its "Add an action" button; a section that is gone (a
    // component no longer chosen, without actions) hands focus to the plan's heading.
    const stays = this.sections(next).some((s) => s.id === action.priority);
    this.focusAfter = stays ? `add-${action.priority}` : 'plan-heading';
    this.status = this.i18n.t('plan.removed');
  }

  private levelOf(componentId: string): number | null {
    for (const p of this.shownResult?.pillars ?? []) {
      for (const c of p.components) if (c.id === componentId) return c.level;
    }
    return null;
  }

  /** Exports the plan in a format (after checking it): emits `dtc-plan-export`, then downloads unless cancelled. */
  export(format: PlanExportFormat): boolean {
    const plan = this.plan;
    const framework = this.framework;
    if (!plan || !framework || !this.validate()) return false;
    const ctx = { framework, locale: this.i18n.lang };
    const content =
      format === 'json'
        ? planToJson(plan)
        : format === 'csv'
          ? planToCsv(plan, ctx)
          : planToMarkdown(plan, ctx);
    const { ext, type, label } = FORMATS[format];
    const detail = { format, filename: `${this.filename}.${ext}`, mediaType: type, content };
    if (emit(this, 'dtc-plan-export', detail, { cancelable: true })) {
      // A byte-order mark lets spreadsheet programs read the CSV as UTF-8.
      const blob = new Blob([format === 'csv' ? '\uFEFF' : '', content], {
        type: `${type};charset=utf-8`,
      });
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = detail.filename;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    }
    this.status = this.i18n.t('plan.export.done', { format: label });
    return true;
  }

  /** Reads a plan from JSON text (as from a file): replaces the plan when valid, else shows why not. */
  import(json: string): boolean {
    const parsed = planFromJson(json, this.framework);
    if (parsed.ok) {
      this.errors = null;
      this.commit(parsed.value, true);
      this.status = this.i18n.t('plan.import.done', { count: parsed.value.actions.length });
      return true;
    }
    const first = parsed.issues[0];
    this.errors = [
      {
        id: 'import',
        message: this.i18n.t('plan.import.invalid', {
          count: parsed.issues.length,
          detail: first
            ? `${first.path.join('.') || '/'}: ${describeIssue(this.i18n.lang, first)}`
            : '',
        }),
      },
    ];
    this.focusAfter = 'error-summary';
    return false;
  }

  private async onFile(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    try {
      this.import(await file.text());
    } catch {
      this.errors = [{ id: 'import', message: this.i18n.t('plan.import.unreadable') }];
      this.focusAfter = 'error-summary';
    }
    input.value = '';
  }

  private onCheck(): void {
    if (this.validate()) this.status = this.i18n.t('plan.valid');
  }

  private focusField(e: Event, id: string): void {
    e.preventDefault();
    const field = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    field?.scrollIntoView({ block: 'center' });
    field?.focus();
  }

  override render(): TemplateResult {
    const t = this.i18n.t;
    const plan = this.plan;
    const fw = this.framework;
    if (!plan || !fw) return html`<p class="notice">${t('plan.empty')}</p>`;
    const sections = this.sections(plan);
    const numbers = this.numbers(plan);
    const errors = this.errors ?? [];
    let rank = 0;
    return html`<div class="plan" dir=${this.inherited.dir}>
      <h2 id="plan-heading" tabindex="-1">${t('plan.title')}</h2>
      ${errors.length ? this.renderErrors(errors) : nothing}
      <p>${t('plan.intro')}</p>
      ${this.field(
        'plan-title',
        t('plan.planTitle'),
        errors,
        (attrs) =>
          html`<input
            id="plan-title"
            type="text"
            maxlength="200"
            .value=${live(plan.title ?? '')}
            aria-invalid=${attrs.invalid}
            aria-describedby=${attrs.describedby || nothing}
            @input=${(e: Event) => {
              const title = (e.target as HTMLInputElement).value;
              const { title: _old, ...rest } = plan;
              this.commit(title ? { ...rest, title } : rest);
            }}
          />`,
      )}
      ${
        sections.length
          ? sections.map((s) => this.renderSection(s, s.chosen ? ++rank : 0, numbers, errors))
          : html`<p class="notice">${t('plan.empty')}</p>`
      }
      <section class="export" part="export" aria-labelledby="export-title">
        <h3 id="export-title">${t('plan.export.title')}</h3>
        <div class="buttons">
          <button type="button" @click=${this.onCheck}>${t('plan.check')}</button>
          ${(['json', 'csv', 'markdown'] as const).map(
            (f) =>
              html`<button type="button" class="primary" @click=${() => this.export(f)}>
                ${t(`plan.export.${f}`)}
              </button>`,
          )}
        </div>
        <label for="import">${t('plan.import')}</label>
        <input id="import" type="file" accept=".json,application/json" @change=${this.onFile} />
      </section>
      <p class="status" part="status" role="status">${this.status}</p>
    </div>`;
  }

  private renderErrors(errors: FieldError[]): TemplateResult {
    return html`<div
      class="error-summary"
      part="error-summary"
      id="error-summary"
      tabindex="-1"
      aria-labelledby="error-title"
    >
      <div role="alert">
        <h3 id="error-title">${this.i18n.t('plan.error.title')}</h3>
        <ul>
          ${errors.map(
            (e) =>
              html`<li>
                <a href="#${e.id}" @click=${(ev: Event) => this.focusField(ev, e.id)}
                  >${e.message}</a
                >
              </li>`,
          )}
        </ul>
      </div>
    </div>`;
  }

  /** A labelled field with its error message. */
  private field(
    id: string,
    label: string,
    errors: FieldError[],
    control: (attrs: { invalid: 'true' | 'false'; describedby: string }) => TemplateResult,
    hint?: string,
  ): TemplateResult {
    const error = errors.find((e) => e.id === id);
    const describedby = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
      .filter(Boolean)
      .join(' ');
    return html`<div class="field ${error ? 'invalid' : ''}">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      ${
        error
          ? html`<p class="error" id="${id}-error">
              <span class="visually-hidden">${this.i18n.t('plan.error.prefix')}</span>
              ${error.message}
            </p>`
          : nothing
      }
      ${control({ invalid: error ? 'true' : 'false', describedby })}
    </div>`;
  }

  private renderSection(
    section: { id: string; chosen: boolean; actions: PlanAction[] },
    rank: number,
    numbers: Map<string, number>,
    errors: FieldError[],
  ): TemplateResult {
    const t = this.i18n.t;
    const name = this.name(section.id);
    const level = this.levelOf(section.id);
    const pillar = this.framework!.pillars.find((p) =>
      p.components.some((c) => c.id === section.id),
    );
    return html`<section
      class="priority ${section.chosen ? '' : 'other'}"
      part="priority"
      aria-labelledby="h-${section.id}"
    >
      <h3 id="h-${section.id}">
        ${section.chosen ? t('plan.priority', { n: rank, name }) : t('plan.other', { name })}
      </h3>
      <p class="meta">
        ${pillar ? html`<span class="pillar">${this.name(pillar.id)}</span>` : nothing}
        ${level !== null ? html`<span>${t('plan.now', { level: this.levelText(level) })}</span>` : nothing}
      </p>
      ${
        section.actions.length
          ? html`<ol class="actions">
              ${repeat(
                section.actions,
                (a) => a.id,
                (a) => this.renderAction(a, numbers.get(a.id)!, errors),
              )}
            </ol>`
          : html`<p class="muted">${t('plan.noActions')}</p>`
      }
      <button
        type="button"
        part="add"
        id="add-${section.id}"
        aria-label=${t('plan.addFor', { name })}
        @click=${() => this.add(section.id)}
      >
        ${t('plan.add')}
      </button>
    </section>`;
  }

  private renderAction(a: PlanAction, n: number, errors: FieldError[]): TemplateResult {
    const t = this.i18n.t;
    const fw = this.framework!;
    const k = this.key(this.plan!, a.id);
    const text = (field: 'title' | 'owner', label: string, max: number): TemplateResult =>
      this.field(
        `${k}-${field}`,
        label,
        errors,
        (attrs) =>
          html`<input
            id="${k}-${field}"
            type="text"
            maxlength=${max}
            .value=${live(a[field] ?? '')}
            aria-invalid=${attrs.invalid}
            aria-describedby=${attrs.describedby || nothing}
            @input=${(e: Event) => this.patch(a.id, { [field]: (e.target as HTMLInputElement).value })}
          />`,
      );
    const select = (
      field: 'pillar' | 'targetLevel' | 'outcome',
      label: string,
      options: { value: string; label: string }[],
      value: string,
    ): TemplateResult =>
      this.field(
        `${k}-${field}`,
        label,
        errors,
        (attrs) =>
          html`<select
            id="${k}-${field}"
            aria-invalid=${attrs.invalid}
            aria-describedby=${attrs.describedby || nothing}
            @change=${(e: Event) => {
              const v = (e.target as HTMLSelectElement).value;
              this.patch(a.id, { [field]: field === 'targetLevel' ? Number(v) : v });
            }}
          >
            ${options.map((o) => html`<option value=${o.value} .selected=${o.value === value}>${o.label}</option>`)}
          </select>`,
      );
    const horizonError = errors.find((e) => e.id === `${k}-horizon-short`);
    return html`<li>
      <fieldset class="action" part="action">
        <legend>${t('plan.action', { n })}</legend>
        ${text('title', t('plan.field.title'), 500)}
        ${select(
          'pillar',
          t('plan.field.pillar'),
          fw.pillars.map((p) => ({ value: p.id, label: this.name(p.id) })),
          a.pillar,
        )}
        <fieldset class="horizon ${horizonError ? 'invalid' : ''}">
          <legend>${t('plan.field.horizon')}</legend>
          ${horizonError ? html`<p class="error">${horizonError.message}</p>` : nothing}
          ${HORIZONS.map(
            (h: Horizon) =>
              html`<div class="radio">
                <input
                  type="radio"
                  id="${k}-horizon-${h}"
                  name="${k}-horizon"
                  .checked=${live(a.horizon === h)}
                  @change=${() => this.patch(a.id, { horizon: h })}
                />
                <label for="${k}-horizon-${h}">
                  ${t(`plan.horizon.${h}`)}
                  <span class="muted">(${t(`plan.horizon.${h}.hint`)})</span>
                </label>
              </div>`,
          )}
        </fieldset>
        ${text('owner', t('plan.field.owner'), 200)}
        ${select(
          'targetLevel',
          t('plan.field.targetLevel'),
          fw.levels.map((l) => ({ value: String(l.value), label: this.levelText(l.value) })),
          String(a.targetLevel),
        )}
        ${select(
          'outcome',
          t('plan.field.outcome'),
          [
            { value: '', label: t('plan.outcome.choose') },
            ...(fw.outcomes ?? []).map((o) => ({
              value: o.id,
              label: this.name(`outcome:${o.id}`),
            })),
          ],
          a.outcome,
        )}
        ${this.field(
          `${k}-notes`,
          t('plan.field.notes'),
          errors,
          (attrs) =>
            html`<textarea
              id="${k}-notes"
              rows="2"
              maxlength="5000"
              .value=${live(a.notes ?? '')}
              aria-invalid=${attrs.invalid}
              aria-describedby=${attrs.describedby || nothing}
              @input=${(e: Event) => this.patch(a.id, { notes: (e.target as HTMLTextAreaElement).value })}
            ></textarea>`,
        )}
        <button type="button" class="remove" @click=${() => this.removeAction(a)}>
          ${t('plan.remove', { n })}
        </button>
      </fieldset>
    </li>`;
  }
}
