import '@dtc/widgets/report';
import { html, type TemplateResult } from 'lit';
import { customElement } from 'lit/decorators.js';
import { framework, score } from '../data.js';
import { locale, t } from '../i18n/index.js';
import { PageElement } from '../page.js';
import { href } from '../router.js';
import { currentAssessment, labelOf } from '../storage.js';
import { noAssessment } from './no-assessment.js';

export const tag = 'demo-report-page';

/**
 * The printable report of the current assessment: results, priorities and plan. The report
 * element brings the page's h1 (the assessment's name) and its own print button.
 */
@customElement(tag)
export class ReportPage extends PageElement {
  override render(): TemplateResult {
    const record = currentAssessment();
    if (!record)
      return html`<h1>${t('report.title')}</h1>
        ${noAssessment()}`;
    const label = labelOf(record) || t('common.untitled');
    return html`
      <div class="no-print">
        <p class="lead">${t('report.lead', { label })}</p>
        <p><a href=${href('results')}>${t('report.back')}</a></p>
      </div>
      <dtc-report
        class="widget-slot"
        locale=${locale()}
        .framework=${framework}
        .response=${record.response}
        .result=${score(record.response)}
        .plan=${record.plan}
        heading=${label}
      ></dtc-report>
    `;
  }
}
