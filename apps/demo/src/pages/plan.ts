import '@dtc/widgets/priorities';
import '@dtc/widgets/action-plan';
import type { PrioritiesChangeDetail } from '@dtc/widgets/priorities';
import { newActionPlan, type ActionPlan } from '@dtc/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { customElement } from 'lit/decorators.js';
import { framework, progress, score } from '../data.js';
import { exportFileName } from '../exchange.js';
import { locale, t } from '../i18n/index.js';
import { PageElement } from '../page.js';
import { href } from '../router.js';
import { currentAssessment, labelOf, now, updateAssessment, type Assessment } from '../storage.js';
import { guard } from '../ui.js';
import { noAssessment } from './no-assessment.js';

export const tag = 'demo-plan-page';

export function emptyPlan(): ActionPlan {
  return newActionPlan(framework);
}

/** Three priorities, then short-, medium- and long-term actions linked to education outcomes. */
@customElement(tag)
export class PlanPage extends PageElement {
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
      <p class="lead">${t('plan.lead')}</p>
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
      <p class="no-print"><a href=${href('report')}>${t('plan.report')}</a></p>
    `;
  }
}
