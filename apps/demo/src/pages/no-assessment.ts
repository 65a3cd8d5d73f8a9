import { html, type TemplateResult } from 'lit';
import { t } from '../i18n/index.js';
import { href } from '../router.js';

/** What Results, Report and Plan show before any assessment exists. */
export function noAssessment(): TemplateResult {
  return html`<section class="card" aria-labelledby="none-title">
    <h2 id="none-title">${t('common.noAssessment.title')}</h2>
    <p>${t('common.noAssessment.body')}</p>
    <div class="actions">
      <a class="button" href=${href('assess')}>${t('common.noAssessment.start')}</a>
      <a class="button secondary" href=${href('history')}>${t('nav.history')}</a>
    </div>
  </section>`;
}
