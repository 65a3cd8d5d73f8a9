import '@dtc/widgets/priorities';
import '@dtc/widgets/action-plan';
import type { PrioritiesChangeDetail } from '@dtc/widgets/priorities';
import { newActionPlan, type ActionPlan } from '@dtc/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { framework, progress, score } from '../data.js';
import { exportFileName } from '../exchange.js';
import { locale, t } from '../i18n/index.js';
import { PageElement } from '../page.js';
import { href } from '../router.js';
import { currentAssessment, labelOf, now, updateAssessment, type Assessment } from '../storage.js';
import type { PlanFileKind } from '../plan-files.js';
import { PlanFileController } from '../plan-file-controller.js';
import { renderLearnLinks } from '../learn-links.js';
import { guard } from '../ui.js';
import { noAssessment } from './no-assessment.js';

export const tag = 'demo-plan-page';

export function emptyPlan(): ActionPlan {
  return newActionPlan(framework);
}

/** Three priorities, then short-, medium- and long-term actions linked to education outcomes. */
@customElement(tag)
export class PlanPage extends PageElement {
  /** The Word and Excel files of the plan. */
  private readonly planFiles = new PlanFileController(this);
  /** Whether the read-only plan for printing is in the page (loaded on the first Print). */
  @state() private printable = false;

  /**
   * Prints the plan as the report element lays it out, with the results it comes from
   * (read-only tables, print styles), not the editors: the element loads on the first press
   * and stays in the page, shown in print only, so the browser's own Print command gives the
   * same pages afterwards.
   */
  private async print(): Promise<void> {
    if (!this.printable) {
      await import('@dtc/widgets/report');
      this.printable = true;
      await this.updateComplete;
      await this.querySelector('dtc-report')?.updateComplete;
    }
    window.print();
  }

  protected override updated(): void {
    this.toggleAttribute('data-printable', this.printable);
  }

  private files(record: Assessment, plan: ActionPlan): TemplateResult {
    const request = () => ({
      plan,
      result: score(record.response),
      locale: locale(),
      name: exportFileName(labelOf(record)).replace(/\.dtc\.json$/, '-plan'),
      country: record.response.respondent.country,
    });
    const button = (kind: PlanFileKind, label: string) =>
      this.planFiles.button(kind, label, request);
    return html`<section class="no-print plan-files" aria-labelledby="files-title">
      <h2 id="files-title">${t('plan.files.title')}</h2>
      <p class="muted">${t('plan.files.lead')}</p>
      <div class="actions">
        ${button('docx', t('plan.files.word'))} ${button('xlsx', t('plan.files.excel'))}
        <button type="button" class="button secondary" @click=${() => this.print()}>
          ${t('plan.files.print')}
        </button>
      </div>
      ${this.planFiles.renderStatus()}
    </section>`;
  }

  private savePlan(record: Assessment, plan: ActionPlan): void {
    guard(() => updateAssessment(record.id, () => ({ plan: { ...plan, updatedAt: now() } })));
  }

  override render(): TemplateResult {
    const record = currentAssessment();
    if (!record)
      return html`<h1>${t('plan.title')}</h1>
        ${noAssessment()}`;
    const plan = record.plan ?? emptyPlan();
    const result = score(record.response);
    const { answered } = progress(record.response);
    return html`
      <h1>${t('plan.title')}</h1>
      <p class="lead no-print">${t('plan.lead')}</p>
      ${
        answered === 0
          ? html`<div class="alert alert-info">
              <p>${t('results.none')}</p>
              <p><a class="button" href=${href('assess')}>${t('common.noAssessment.start')}</a></p>
            </div>`
          : nothing
      }
      <section aria-labelledby="priorities-title">
        <h2 id="priorities-title">${t('plan.priorities.title')}</h2>
        <dtc-priorities
          class="widget-slot"
          locale=${locale()}
          .framework=${framework}
          .response=${record.response}
          .result=${result}
          .selected=${plan.priorities}
          .pillarPriorities=${plan.pillarPriorities}
          @dtc-priorities-change=${(e: CustomEvent<PrioritiesChangeDetail>) =>
            this.savePlan(record, {
              ...plan,
              priorities: e.detail.priorities,
              pillarPriorities: e.detail.pillarPriorities,
            })}
        ></dtc-priorities>
      </section>
      ${renderLearnLinks('learn-title', 'learn.plan.title', 'learn.plan.lead', plan.priorities)}
      <section aria-labelledby="actions-title">
        <h2 id="actions-title">${t('plan.actions.title')}</h2>
        <p class="muted">${t('plan.horizons')}</p>
        <dtc-action-plan
          class="widget-slot"
          locale=${locale()}
          .framework=${framework}
          .response=${record.response}
          .result=${result}
          .plan=${plan}
          filename=${exportFileName(labelOf(record)).replace(/\.dtc\.json$/, '-plan')}
          @dtc-plan-change=${(e: CustomEvent<{ plan: ActionPlan }>) => this.savePlan(record, e.detail.plan)}
        ></dtc-action-plan>
      </section>
      ${this.files(record, plan)}
      <p class="no-print"><a href=${href('report')}>${t('plan.report')}</a></p>
      ${
        this.printable
          ? html`<dtc-report
              class="report-only plan-print"
              locale=${locale()}
              .framework=${framework}
              .response=${record.response}
              .result=${result}
              .plan=${plan}
              heading=${plan.title || t('plan.title')}
            ></dtc-report>`
          : nothing
      }
    `;
  }
}
