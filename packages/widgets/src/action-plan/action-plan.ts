import { describeIssue, issuesNamespace, useNamespaces } from '@dtc/i18n';
import { assessmentNamespace } from '@dtc/i18n/namespaces/assessment';
import { planNamespace } from '@dtc/i18n/namespaces/plan';
import {
  ACTION_STATUSES,
  HORIZONS,
  dependencyCycle,
  MAX_PRIORITIES,
  newActionPlan,
  newPlanAction,
  parseActionPlan,
  reviewActionPlan,
  issueCount,
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
import { renderDetails, type DetailsHost } from './action-details.js';
import { selectField, textField, type FieldError } from './fields.js';
import { money, renderBudgetSummary } from './plan-budget-summary.js';
import { withEdit, type Edit } from './plan-history.js';
import { renderHistory, renderSettings, type SettingsHost } from './plan-settings.js';
import { renderTabs, type PlanTab } from './plan-tabs.js';
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

export type { PlanTab };

const FORMATS: Record<PlanExportFormat, { ext: string; type: string; label: string }> = {
  json: { ext: 'json', type: 'application/json', label: 'JSON' },
  csv: { ext: 'csv', type: 'text/csv', label: 'CSV' },
  markdown: { ext: 'md', type: 'text/markdown', label: 'Markdown' },
};

/**
 * The tag of the timeline element the Timeline tab shows (`define.js` registers it with the
 * editor; a page that registers only this class gets the slot and a notice instead).
 */
export const TIMELINE_TAG = 'dtc-plan-timeline';

/** The essentials of an action, in the order the list shows them. */
const ESSENTIALS = ['title', 'pillar', 'horizon', 'lead', 'targetLevel', 'outcome', 'status'];

/** A new, empty plan for a framework. */
export function emptyPlan(framework: Framework, priorities: readonly string[] = []): ActionPlan {
  return newActionPlan(framework, { priorities: priorities.slice(0, MAX_PRIORITIES) });
}

/**
 * A new action id, unique across laptops: plans written on two machines are merged later, so
 * a counter (`action-3`) would collide. Eight random base-36 characters.
 */
export function newActionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `action-${[...bytes].map((b) => (b % 36).toString(36)).join('')}`;
}

/** A copy of an object without its `undefined` fields (absent, not `undefined`, in the plan). */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * @summary The action plan editor (plan format 2): for each chosen priority, actions across
 * the pillars. The list shows each action's essentials (title, pillar, horizon, lead, target
 * level, outcome, status); a details panel per action edits the rest (partners, cost,
 * funding, indicators, milestones, dependencies, alignment, risks). Plan-level fields
 * (country, period, currency, team) sit in a disclosure above. Tabs show the actions, the
 * cost and funding tables (computed by `@dtc/schema`'s `planBudget`) and a timeline.
 *
 * The plan is data (`ActionPlan` from `@dtc/schema`), sent whole on every change, checked
 * against the schema, and exported as JSON, CSV or Markdown; a JSON file imports back. Every
 * edit is recorded in the plan's history under `editor-name`; edits by the same person to the
 * same thing within a few minutes make one entry. Problems show in an error summary (GOV.UK
 * style) with links to the fields; advice (warnings of `reviewActionPlan`) shows in words.
 *
 * Give it `framework` and either a `plan` or the chosen `priorities` (e.g. from
 * `dtc-priorities-change`); with `response` or `result` it shows each priority's current
 * level and proposes the next level as target.
 *
 * The Timeline tab shows the plan in `<dtc-plan-timeline>` (registered with this element);
 * choosing an action there opens its details. Whatever is slotted into `timeline` shows too.
 *
 * @slot timeline - Content of the Timeline tab (e.g. a timeline of the plan).
 *
 * @fires {CustomEvent<PlanChangeDetail>} dtc-plan-change - The plan changed. Detail: `{ plan: ActionPlan }`.
 * @fires {CustomEvent<PlanExportDetail>} dtc-plan-export - A file is about to be downloaded; cancelable (then nothing is
 * downloaded). Detail: `{ format: 'json' | 'csv' | 'markdown', filename, mediaType, content }`.
 *
 * @csspart error-summary - The error summary.
 * @csspart settings - The plan's country, period, currency and team.
 * @csspart tabs - The list of tabs.
 * @csspart priority - The section of one priority.
 * @csspart action - The essentials of one action.
 * @csspart details - The details panel of one action.
 * @csspart add - The "Add an action" buttons.
 * @csspart warnings - The advice on the plan.
 * @csspart history - The plan's history.
 * @csspart export - The save, share and import section.
 * @csspart status - The status message (added, removed, imported, downloaded).
 *
 * @cssprop --dtc-color-danger - Colour of error messages and invalid fields.
 * @cssprop --dtc-color-accent - Colour of buttons and focus.
 */
export class DtcActionPlan extends DtcFrameworkElement {
  static override styles: CSSResultGroup = styles;
  static {
    useNamespaces(planNamespace, issuesNamespace, assessmentNamespace);
  }

  static override properties: PropertyDeclarations = {
    plan: { attribute: false },
    priorities: { attribute: false },
    pillarPriorities: { attribute: false },
    response: { attribute: false },
    result: { attribute: false },
    filename: {},
    editorName: { attribute: 'editor-name' },
    tab: {},
    errors: { state: true },
    status: { state: true },
    opened: { state: true },
    settingsOpen: { state: true },
    refusal: { state: true },
  };

  /** The plan being edited (created empty from the framework when not given). */
  declare plan?: ActionPlan;
  /** The chosen priorities (component ids); setting it updates `plan.priorities`. */
  declare priorities?: string[];
  /** Per pillar id, the component chosen as its priority; setting it updates `plan.pillarPriorities`. */
  declare pillarPriorities?: Record<string, string>;
  /** A response, to show the current level of each priority. */
  declare response?: Response;
  /** A result scored elsewhere (wins over `response`). */
  declare result?: Result;
  /** The file name of downloads, without extension. */
  filename = 'action-plan';
  /** Who is editing: the name recorded in the plan's history with each change. */
  editorName = '';
  /** The view shown: `actions`, `budget` or `timeline`. */
  tab: PlanTab = 'actions';

  /** Problems found by the last check, or `null` before any check. */
  private errors: FieldError[] | null = null;
  private status = '';
  /** Ids of the actions whose details are open. */
  private opened: ReadonlySet<string> = new Set();
  private settingsOpen = false;
  private refusal: { action: string; message: string } | null = null;
  private readonly scoring = new ScoringController(this);
  private focusAfter: string | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!customElements.get(TIMELINE_TAG))
      void customElements.whenDefined(TIMELINE_TAG).then(() => this.requestUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const fw = this.framework;
    if (fw && !this.plan) this.plan = emptyPlan(fw, this.priorities);
    const p = this.priorities;
    if (changed.has('priorities') && p && this.plan && p.join() !== this.plan.priorities.join()) {
      // A change to the plan like any other: the host hears of it.
      this.commit(
        { ...this.plan, priorities: p.slice(0, MAX_PRIORITIES) },
        {
          change: 'priorities-changed',
          fields: ['priorities'],
        },
      );
    }
    const pp = this.pillarPriorities;
    if (
      changed.has('pillarPriorities') &&
      pp &&
      this.plan &&
      JSON.stringify(pp) !== JSON.stringify(this.plan.pillarPriorities)
    ) {
      this.commit(
        { ...this.plan, pillarPriorities: { ...pp } },
        {
          change: 'priorities-changed',
          fields: ['pillarPriorities'],
        },
      );
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
    if (this.errors.length) {
      this.focusAfter = 'error-summary';
      // Fields with problems must be there to be linked to: open what holds them.
      const plan = this.plan!;
      const open = new Set(this.opened);
      for (const e of this.errors) {
        const m = /^a(\d+)-(.+)$/.exec(e.id);
        const a = m ? plan.actions[Number(m[1])] : undefined;
        if (a && !ESSENTIALS.some((f) => m![2]!.startsWith(f))) open.add(a.id);
        if (e.id.startsWith('plan-') && e.id !== 'plan-title') this.settingsOpen = true;
      }
      this.opened = open;
      this.tab = 'actions';
    }
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

  /** The id of the field an issue is about (`a0-cost-amount`, `plan-team-1-name`). */
  private fieldId(issue: Issue): string {
    const [root, index, field, ...rest] = issue.path;
    if (root === 'actions' && typeof index === 'number') {
      if (field === 'horizon') return `a${index}-horizon-short`;
      return [`a${index}`, field ?? 'title', ...rest].join('-');
    }
    if (root === 'title') return 'plan-title';
    return ['plan', ...issue.path].join('-');
  }

  private check(): FieldError[] {
    const plan = this.plan;
    if (!plan) return [];
    const parsed = parseActionPlan(plan, this.framework);
    if (parsed.ok) return [];
    const numbers = this.numbers(plan);
    const t = this.i18n.t;
    const specific = ['title', 'pillar', 'owner', 'targetLevel', 'outcome', 'notes'];
    return parsed.issues
      .map((issue: Issue, i) => {
        const [root, index, field] = issue.path;
        const id = this.fieldId(issue);
        if (root === 'title') return { order: -1, id, message: t('plan.error.planTitle') };
        if (root !== 'actions' || typeof index !== 'number')
          return { order: -2, id, message: describeIssue(this.i18n.lang, issue) };
        const action = plan.actions[index]!;
        const n = numbers.get(action.id) ?? index + 1;
        const message =
          field === 'title'
            ? t(action.title.trim() ? 'plan.error.title.long' : 'plan.error.title.missing', { n })
            : issue.path.length === 3 && specific.includes(String(field))
              ? t(`plan.error.${field as 'owner'}`, { n })
              : t('plan.error.other', { n, detail: describeIssue(this.i18n.lang, issue) });
        const f = ESSENTIALS.indexOf(String(field));
        return { order: n * 10000 + (f >= 0 ? f * 100 : 1000 + i), id, message };
      })
      .filter((e, i, all) => all.findIndex((x) => x.id === e.id) === i)
      .sort((a, b) => a.order - b.order)
      .map(({ id, message }) => ({ id, message }));
  }

  /**
   * Sets the plan and tells the host. An `edit` is recorded in the plan's history (under
   * `editorName`) with `updatedAt`; an imported plan is taken as it is.
   */
  private commit(plan: ActionPlan, edit: Edit | 'imported'): void {
    this.plan =
      edit === 'imported' ? plan : withEdit(plan, edit, this.editorName ?? '', new Date());
    emit(this, 'dtc-plan-change', { plan: this.plan });
  }

  /** Changes plan-level fields. */
  private setPlan(change: Partial<ActionPlan>): void {
    const fields = Object.keys(change);
    this.commit(defined({ ...this.plan!, ...change }), { change: 'details-changed', fields });
  }

  private patch(id: string, change: Partial<PlanAction>): void {
    const plan = this.plan!;
    this.commit(
      {
        ...plan,
        actions: plan.actions.map((a) => {
          if (a.id !== id) return a;
          const next = defined({ ...a, ...change });
          for (const k of ['notes', 'lead', 'risks'] as const) if (!next[k]) delete next[k];
          return next;
        }),
      },
      { change: 'action-changed', action: id, fields: Object.keys(change) },
    );
  }

  /** Sets an action's dependencies, unless that closes a circle: then says why, and changes nothing. */
  private setDependsOn(id: string, dependsOn: string[]): void {
    const plan = this.plan!;
    const next = {
      ...plan,
      actions: plan.actions.map((a) => (a.id === id ? { ...a, dependsOn } : a)),
    };
    // The schema's own cycle finder, and its issue in words (`dependency-cycle`), with the
    // actions' numbers instead of their ids.
    const cycle = dependencyCycle(next.actions);
    if (cycle) {
      const numbers = this.numbers(plan);
      const words = cycle
        .map((ref) => this.i18n.t('plan.action', { n: numbers.get(ref) ?? 0 }))
        .join(this.i18n.t('plan.depends.cycleStep'));
      const detail = describeIssue(this.i18n.lang, {
        code: 'dependency-cycle',
        params: { cycle: words },
      });
      this.refusal = { action: id, message: this.i18n.t('plan.depends.refused', { detail }) };
      this.requestUpdate();
      return;
    }
    this.refusal = null;
    this.patch(id, { dependsOn });
  }

  private add(priority: string): void {
    const plan = this.plan!;
    const fw = this.framework!;
    const used = new Set(plan.actions.map((a) => a.id));
    let id = newActionId();
    while (used.has(id)) id = newActionId();
    const pillar =
      fw.pillars.find((p) => p.components.some((c) => c.id === priority))?.id ?? fw.pillars[0]!.id;
    const now = this.levelOf(priority);
    const top = fw.levels.length;
    const action = newPlanAction({
      id,
      priority,
      pillar,
      title: '',
      horizon: 'short',
      targetLevel: Math.min(top, (now ?? 1) + 1),
      outcome: '',
    });
    const next = { ...plan, actions: [...plan.actions, action] };
    this.commit(next, { change: 'action-added', action: id });
    this.focusAfter = `a${next.actions.length - 1}-title`;
    this.status = this.i18n.t('plan.added', { n: this.numbers(next).get(action.id)! });
  }

  private removeAction(action: PlanAction): void {
    const plan = this.plan!;
    const next = {
      ...plan,
      // What depended on the removed action no longer does.
      actions: plan.actions
        .filter((a) => a !== action)
        .map((a) =>
          a.dependsOn.includes(action.id)
            ? { ...a, dependsOn: a.dependsOn.filter((d) => d !== action.id) }
            : a,
        ),
    };
    this.commit(next, { change: 'action-removed', action: action.id, fields: [action.title] });
    // Focus stays in the section, on its "Add an action" button; a section that is gone (a
    // component no longer chosen, without actions) hands focus to the plan's heading.
    const stays = this.sections(next).some((s) => s.id === action.priority);
    this.focusAfter = stays ? `add-${action.priority}` : 'plan-heading';
    this.status = this.i18n.t('plan.removed');
  }

  private toggleDetails(id: string, k: string): void {
    const open = new Set(this.opened);
    if (open.has(id)) {
      open.delete(id);
    } else {
      open.add(id);
      this.focusAfter = `${k}-details-title`;
    }
    this.opened = open;
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
      this.opened = new Set();
      this.commit(parsed.value, 'imported');
      this.status = this.i18n.t('plan.import.done', { count: parsed.value.actions.length });
      return true;
    }
    const first = parsed.issues[0];
    this.errors = [
      {
        id: 'import',
        message: this.i18n.t('plan.import.invalid', {
          count: issueCount(parsed.issues),
          detail: first
            ? this.i18n.t('common.error.issue', {
                path: first.path.join('.') || '/',
                message: describeIssue(this.i18n.lang, first),
              })
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

  /** Focuses the field of an error link, or the nearest thing that holds it. */
  private focusField(e: Event, id: string): void {
    e.preventDefault();
    const root = this.renderRoot;
    let target: HTMLElement | null = null;
    // The field itself, else the first control within it (`a0-funding-1` → its source), else
    // the nearest enclosing thing (`a0-dependsOn-2` → the dependencies).
    for (let parts = id.split('-'); parts.length && !target; parts = parts.slice(0, -1)) {
      const at = parts.join('-');
      target =
        root.querySelector<HTMLElement>(`#${at}`) ??
        root.querySelector<HTMLElement>(`:is(input, select, textarea)[id^="${at}-"]`);
    }
    target?.scrollIntoView({ block: 'center' });
    target?.focus();
  }

  private get detailsHost(): DetailsHost {
    const plan = this.plan!;
    const numbers = this.numbers(plan);
    return {
      t: this.i18n.t,
      errors: this.errors ?? [],
      plan,
      framework: this.framework!,
      name: (id) => this.name(id),
      text: (t) => this.i18n.text(t),
      number: (id) => numbers.get(id) ?? 0,
      patch: (id, change) => this.patch(id, change),
      setDependsOn: (id, d) => this.setDependsOn(id, d),
      refusal: this.refusal,
      close: (id) => {
        const open = new Set(this.opened);
        open.delete(id);
        this.opened = open;
        this.focusAfter = `${this.key(plan, id)}-details-toggle`;
      },
    };
  }

  private get settingsHost(): SettingsHost {
    const plan = this.plan!;
    const numbers = this.numbers(plan);
    return {
      t: this.i18n.t,
      errors: this.errors ?? [],
      plan,
      lang: this.i18n.lang,
      set: (change) => this.setPlan(change),
      number: (id) => numbers.get(id),
    };
  }

  override render(): TemplateResult {
    const t = this.i18n.t;
    const plan = this.plan;
    const fw = this.framework;
    if (!plan || !fw) return html`<p class="notice" lang=${this.i18n.lang}>${t('plan.empty')}</p>`;
    const errors = this.errors ?? [];
    const ctx = { t, errors };
    return html`<div class="plan" dir=${this.inherited.dir} lang=${this.i18n.lang}>
      <h2 id="plan-heading" tabindex="-1">${t('plan.title')}</h2>
      ${errors.length ? this.renderErrors(errors) : nothing}
      <p>${t('plan.intro')}</p>
      ${textField(ctx, 'plan-title', t('plan.planTitle'), plan.title ?? '', 200, (title) =>
        this.setPlan({ title: title || undefined }),
      )}
      ${renderSettings(this.settingsHost, this.settingsOpen, (open) => {
        this.settingsOpen = open;
      })}
      ${renderTabs(
        this.i18n.t,
        this.tab,
        (tab) => {
          this.tab = tab;
        },
        {
          actions: () => this.renderActions(plan, errors),
          budget: () => this.renderBudget(plan),
          timeline: () => this.renderTimeline(plan),
        },
      )}
      ${renderHistory(this.settingsHost)}
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

  private renderActions(plan: ActionPlan, errors: FieldError[]): TemplateResult {
    const sections = this.sections(plan);
    const numbers = this.numbers(plan);
    let rank = 0;
    return html`${this.renderWarnings(plan, numbers)}
    ${
      sections.length
        ? sections.map((s) => this.renderSection(s, s.chosen ? ++rank : 0, numbers, errors))
        : html`<p class="notice">${this.i18n.t('plan.empty')}</p>`
    }`;
  }

  private renderWarnings(plan: ActionPlan, numbers: Map<string, number>): TemplateResult {
    const t = this.i18n.t;
    const warnings = reviewActionPlan(plan);
    if (!warnings.length) return html``;
    const lang = this.i18n.lang;
    const words = (w: Issue): string => {
      const params = { ...w.params };
      // Names instead of ids.
      if (typeof params.id === 'string') params.id = this.name(params.id);
      if (typeof params.pillar === 'string') params.pillar = this.name(params.pillar);
      return describeIssue(lang, { ...w, params });
    };
    return html`<section class="warnings" part="warnings" aria-labelledby="warnings-title">
      <h3 id="warnings-title">${t('plan.warnings.title')}</h3>
      <ul>
        ${warnings.map((w) => {
          const [root, index] = w.path;
          const action =
            root === 'actions' && typeof index === 'number' ? plan.actions[index] : undefined;
          return html`<li>
            ${
              action
                ? t('plan.warnings.action', {
                    n: numbers.get(action.id) ?? Number(index) + 1,
                    detail: words(w),
                  })
                : words(w)
            }
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private renderBudget(plan: ActionPlan): TemplateResult {
    const numbers = this.numbers(plan);
    return renderBudgetSummary(plan, {
      t: this.i18n.t,
      lang: this.i18n.lang,
      name: (id) => this.name(id),
      label: (a) => {
        const n = numbers.get(a.id) ?? 0;
        return a.title
          ? this.i18n.t('plan.budget.actionLabel', { n, title: a.title })
          : this.i18n.t('plan.action', { n });
      },
    });
  }

  private renderTimeline(plan: ActionPlan): TemplateResult {
    const defined = customElements.get(TIMELINE_TAG) !== undefined;
    return html`${
        defined
          ? html`<dtc-plan-timeline
              .plan=${plan}
              .framework=${this.framework}
              locale=${this.inherited.locale}
              dir=${this.inherited.dir}
              @dtc-plan-timeline-select=${(e: CustomEvent<{ actionId: string }>) =>
                this.showAction(plan, e.detail.actionId)}
            ></dtc-plan-timeline>`
          : nothing
      }
      <slot name="timeline">
        ${defined ? nothing : html`<p class="muted">${this.i18n.t('plan.timeline.missing')}</p>`}
      </slot>`;
  }

  /** Goes from the timeline to an action: the Actions tab, its details open and in focus. */
  private showAction(plan: ActionPlan, id: string): void {
    const k = this.key(plan, id);
    if (k === 'a-1') return;
    this.tab = 'actions';
    if (this.opened.has(id)) this.focusAfter = `${k}-details-title`;
    else this.toggleDetails(id, k);
    this.requestUpdate();
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

  /** A one-line summary of what the details panel holds. */
  private detailsSummary(a: PlanAction): string {
    const t = this.i18n.t;
    return t('plan.details.summary', {
      partners: a.partners.length,
      cost: a.cost
        ? money(this.i18n.lang, a.cost.amount, a.cost.currency)
        : t('plan.details.noCost'),
      indicators: a.indicators.length,
      milestones: a.milestones.length,
    });
  }

  private renderAction(a: PlanAction, n: number, errors: FieldError[]): TemplateResult {
    const t = this.i18n.t;
    const fw = this.framework!;
    const k = this.key(this.plan!, a.id);
    const ctx = { t, errors };
    const set =
      (key: 'pillar' | 'outcome' | 'status' | 'targetLevel') =>
      (v: string): void =>
        this.patch(a.id, { [key]: key === 'targetLevel' ? Number(v) : v });
    const horizonError = errors.find((e) => e.id === `${k}-horizon-short`);
    const open = this.opened.has(a.id);
    return html`<li>
      <fieldset class="action" part="action">
        <legend>${t('plan.action', { n })}</legend>
        <div class="essentials">
          ${textField(ctx, `${k}-title`, t('plan.field.title'), a.title, 500, (title) =>
            this.patch(a.id, { title }),
          )}
          ${selectField(
            ctx,
            `${k}-pillar`,
            t('plan.field.pillar'),
            fw.pillars.map((p) => ({ value: p.id, label: this.name(p.id) })),
            a.pillar,
            set('pillar'),
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
                    <span class="muted"
                      >${t('common.inParentheses', { text: t(`plan.horizon.${h}.hint`) })}</span
                    >
                  </label>
                </div>`,
            )}
          </fieldset>
          ${textField(ctx, `${k}-lead`, t('plan.field.lead'), a.lead ?? '', 200, (lead) =>
            this.patch(a.id, { lead }),
          )}
          ${selectField(
            ctx,
            `${k}-targetLevel`,
            t('plan.field.targetLevel'),
            fw.levels.map((l) => ({ value: String(l.value), label: this.levelText(l.value) })),
            String(a.targetLevel),
            set('targetLevel'),
          )}
          ${selectField(
            ctx,
            `${k}-outcome`,
            t('plan.field.outcome'),
            [
              { value: '', label: t('plan.outcome.choose') },
              ...(fw.outcomes ?? []).map((o) => ({
                value: o.id,
                label: this.name(`outcome:${o.id}`),
              })),
            ],
            a.outcome,
            set('outcome'),
          )}
          ${selectField(
            ctx,
            `${k}-status`,
            t('plan.field.status'),
            ACTION_STATUSES.map((s) => ({ value: s, label: t(`plan.status.${s}`) })),
            a.status,
            set('status'),
          )}
        </div>
        <p class="muted summary" id="${k}-summary">${this.detailsSummary(a)}</p>
        <div class="buttons">
          <button
            type="button"
            class="toggle"
            id="${k}-details-toggle"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls="${k}-details"
            aria-describedby="${k}-summary"
            @click=${() => this.toggleDetails(a.id, k)}
          >
            ${t('plan.details.show', { n })}
          </button>
          <button type="button" class="remove" @click=${() => this.removeAction(a)}>
            ${t('plan.remove', { n })}
          </button>
        </div>
        ${open ? renderDetails(this.detailsHost, a, k, n) : nothing}
      </fieldset>
    </li>`;
  }
}
