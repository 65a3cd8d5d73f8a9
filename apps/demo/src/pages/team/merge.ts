import { describeIssue } from '@dtc/i18n';
import {
  formatPath,
  mergePlans,
  readDraftPlan,
  resolveConflict,
  unresolvedConflicts,
  type ActionPlan,
  type Issue,
  type MergeSide,
  type PlanConflict,
  type PlanMerge,
} from '@dtc/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { framework, pillarTitle } from '../../data.js';
import { ImportError, MAX_FILE_BYTES } from '../../exchange.js';
import { filePicker } from '../../file-picker.js';
import { renderImportError } from '../../import-error.js';
import { locale, t } from '../../i18n/index.js';
import { PageElement } from '../../page.js';
import { now, saveTeam, type Team } from '../../storage.js';
import { teamPlan } from '../../teams.js';
import { announce, focusElement, guard } from '../../ui.js';
import { countryName } from '../workshop/names.js';
import { fieldName, valueText } from './values.js';

/** What the conflict is about: the action's title (or id) and the field. */
function conflictTitle(conflict: PlanConflict, merge: PlanMerge): string {
  const field = fieldName(conflict.field);
  if (conflict.scope === 'action') {
    const action = merge.plan.actions.find((a) => a.id === conflict.action);
    return t('team.merge.actionField', { action: action?.title || conflict.action!, field });
  }
  if (conflict.field === 'pillarPriorities') {
    return t('team.merge.planFieldOf', { field, key: pillarTitle(conflict.key!) });
  }
  if (conflict.field === 'team') return t('team.merge.planFieldOf', { field, key: conflict.key! });
  return t('team.merge.planField', { field });
}

/**
 * Merging another laptop's plan of the same country into the team's: every action of both is
 * kept; where the two differ on the same thing, both versions side by side and a person
 * chooses; "apply" writes the merged plan. A plan of another country is refused clearly.
 */
@customElement('demo-team-merge')
export class TeamMerge extends PageElement {
  @property({ attribute: false }) team!: Team;
  @state() private merge: PlanMerge | null = null;
  @state() private choices: Record<string, MergeSide> = {};
  @state() private fileName = '';
  @state() private refused: Issue[] = [];
  @state() private readError: ImportError | null = null;
  @state() private missing = false;
  @state() private applyError: Issue[] | null = null;
  @state() private added = 0;
  /** The other laptop's plan, as read. */
  private theirs: ActionPlan | null = null;

  private focusLater(selector: string): void {
    void this.updateComplete.then(() => focusElement(this.querySelector<HTMLElement>(selector)));
  }

  private reset(): void {
    this.merge = null;
    this.choices = {};
    this.refused = [];
    this.readError = null;
    this.missing = false;
    this.applyError = null;
  }

  private async onFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this.reset();
    this.fileName = file.name;
    let value: unknown;
    try {
      if (file.size > MAX_FILE_BYTES) throw new ImportError('too-large');
      value = JSON.parse((await file.text()).replace(/^\uFEFF/, '')) as unknown;
    } catch (error) {
      this.readError = error instanceof ImportError ? error : new ImportError('invalid-json');
      this.focusLater('#merge-outcome');
      return;
    }
    const read = readDraftPlan(value, framework);
    if (!read.ok) {
      this.readError = new ImportError('invalid', read.issues);
      this.focusLater('#merge-outcome');
      return;
    }
    const mine = teamPlan(this.team);
    const merged = mergePlans(mine, read.plan);
    if (!merged.ok) {
      this.refused = merged.issues;
      this.focusLater('#merge-outcome');
      return;
    }
    const ids = new Set(mine.actions.map((a) => a.id));
    this.added = read.plan.actions.filter((a) => !ids.has(a.id)).length;
    this.theirs = read.plan;
    this.merge = merged.value;
    announce(
      t('team.merge.ready', { added: this.added, conflicts: merged.value.conflicts.length }),
    );
    this.focusLater('#merge-outcome');
  }

  private apply(event: Event): void {
    event.preventDefault();
    if (!this.merge) return;
    let merge = this.merge;
    for (const [id, side] of Object.entries(this.choices)) merge = resolveConflict(merge, id, side);
    if (unresolvedConflicts(merge).length) {
      this.missing = true;
      this.focusLater('#merge-missing');
      return;
    }
    const at = now();
    const plan: ActionPlan = {
      ...merge.plan,
      updatedAt: at,
      history: [
        ...merge.plan.history,
        { at, by: '', change: 'merged', detail: this.fileName.slice(0, 500) },
      ],
    };
    // Two laptops' choices together may not hold (dependencies in a cycle): say so, keep the merge.
    const check = readDraftPlan(plan, framework);
    if (!check.ok) {
      this.applyError = check.issues;
      this.focusLater('#merge-apply-error');
      return;
    }
    this.applyError = null;
    if (!guard(() => saveTeam({ ...this.team, plan }))) return;
    this.reset();
    announce(t('team.merge.applied'));
    this.focusLater('#team-merge-title');
  }

  /** The currency of the action a conflict is on, on one side (for its funding lines). */
  private currencyOf(conflict: PlanConflict, side: MergeSide): string | undefined {
    const plan = side === 'a' ? teamPlan(this.team) : this.theirs;
    return plan?.actions.find((a) => a.id === conflict.action)?.cost?.currency ?? plan?.currency;
  }

  private renderConflict(conflict: PlanConflict, merge: PlanMerge, index: number): TemplateResult {
    const name = `conflict-${index}`;
    const side = (which: MergeSide) => {
      const id = `${name}-${which}`;
      return html`<div class="merge-side">
        <input
          type="radio"
          id=${id}
          name=${name}
          value=${which}
          .checked=${this.choices[conflict.id] === which}
          @change=${() => {
            this.choices = { ...this.choices, [conflict.id]: which };
            this.missing = false;
          }}
        />
        <label for=${id}>
          <span class="merge-label"
            >${t(which === 'a' ? 'team.merge.mine' : 'team.merge.theirs')}</span
          >
          <span class="merge-value" dir="auto"
            >${valueText(conflict, conflict[which], this.currencyOf(conflict, which))}</span
          >
        </label>
      </div>`;
    };
    return html`<fieldset class="merge-conflict">
      <legend>${conflictTitle(conflict, merge)}</legend>
      <div class="merge-sides">${side('a')} ${side('b')}</div>
    </fieldset>`;
  }

  private renderOutcome(): TemplateResult | typeof nothing {
    if (this.readError) return renderImportError(this.readError, this.fileName);
    if (this.refused.length) {
      return html`<div class="alert alert-error" role="alert">
        <h3>${t('team.merge.refused')}</h3>
        <ul>
          ${this.refused.map(
            (issue) =>
              html`<li>
                ${
                  issue.code === 'different-country'
                    ? t('team.merge.differentCountry', {
                        mine: countryName(String(issue.params?.a)),
                        theirs: countryName(String(issue.params?.b)),
                      })
                    : t('team.merge.differentFramework')
                }
              </li>`,
          )}
        </ul>
      </div>`;
    }
    const merge = this.merge;
    if (!merge) return nothing;
    return html`<form @submit=${this.apply} novalidate>
      <p>${t('team.merge.summary', { added: this.added, conflicts: merge.conflicts.length })}</p>
      ${
        this.missing
          ? html`<p class="alert alert-error" id="merge-missing" tabindex="-1" role="alert">
              ${t('team.merge.missing', { count: unresolvedConflicts(this.resolved(merge)).length })}
            </p>`
          : nothing
      }
      <div id="merge-apply-error" tabindex="-1">
        ${
          this.applyError
            ? html`<div class="alert alert-error" role="alert">
                <h3>${t('team.merge.cannotApply')}</h3>
                <ul>
                  ${this.applyError.map(
                    (issue) =>
                      html`<li>
                        <code dir="ltr">${formatPath(issue.path)}</code>:
                        ${describeIssue(locale(), issue)}
                      </li>`,
                  )}
                </ul>
              </div>`
            : nothing
        }
      </div>
      ${merge.conflicts.map((c, i) => this.renderConflict(c, merge, i))}
      <div class="actions">
        <button class="button" type="submit">${t('team.merge.apply')}</button>
        <button class="button secondary" type="button" @click=${() => this.reset()}>
          ${t('team.merge.cancel')}
        </button>
      </div>
    </form>`;
  }

  private resolved(merge: PlanMerge): PlanMerge {
    return Object.entries(this.choices).reduce(
      (m, [id, side]) => resolveConflict(m, id, side),
      merge,
    );
  }

  override render(): TemplateResult {
    return html`<section class="card no-print" aria-labelledby="team-merge-title">
      <h2 id="team-merge-title" tabindex="-1">${t('team.merge.title')}</h2>
      <p class="muted">${t('team.merge.lead')}</p>
      ${filePicker({
        id: 'team-merge-file',
        label: t('team.merge.file'),
        hint: t('team.merge.fileHint'),
        button: t('team.merge.button'),
        onChange: (e) => void this.onFile(e),
      })}
      <div id="merge-outcome" tabindex="-1">${this.renderOutcome()}</div>
    </section>`;
  }
}
