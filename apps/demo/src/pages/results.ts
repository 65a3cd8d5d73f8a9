import '@dtc/widgets/results';
import { html, nothing, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { scoresCsv } from '../csv.js';
import { framework, progress, score } from '../data.js';
import { buildExport, exportFileName } from '../exchange.js';
import { locale, t } from '../i18n/index.js';
import { PageElement } from '../page.js';
import { href, siteRoot } from '../router.js';
import { encodeShareCode, MAX_SHARE_BYTES, ShareCodeError, shareLink } from '../share.js';
import { sizeText } from '../import-progress.js';
import { deepDiveOf, renderDeepDive } from '../deep-dive.js';
import { renderLearnLinks } from '../learn-links.js';
import { currentAssessment, labelOf, saveAssessment, type Assessment } from '../storage.js';
import { announce, copyText, download, focusElement, guard } from '../ui.js';
import { noAssessment } from './no-assessment.js';

export const tag = 'demo-results-page';

/** Scores, levels, coverage, balance and priorities of the current assessment. */
@customElement(tag)
export class ResultsPage extends PageElement {
  @state() private link = '';
  @state() private shareFailed = false;
  /** The assessment is past the share codes' cap: a file carries it instead. */
  @state() private shareTooLarge = false;

  private downloadCsv(record: Assessment): void {
    const name = exportFileName(labelOf(record)).replace(/\.dtc\.json$/, '-scores.csv');
    download(name, scoresCsv(score(record.response)), 'text/csv;charset=utf-8');
    announce(t('results.exported', { name }));
  }

  private exportFile(record: Assessment): void {
    const name = exportFileName(labelOf(record));
    download(name, JSON.stringify(buildExport([record]), null, 2), 'application/json');
    announce(t('results.exported', { name }));
  }

  private async share(record: Assessment): Promise<void> {
    try {
      const code = await encodeShareCode(record.response);
      this.link = shareLink(siteRoot(), code);
      this.shareFailed = false;
    } catch (error) {
      this.shareFailed = true;
      this.shareTooLarge = error instanceof ShareCodeError && error.code === 'too-large';
    }
    await this.updateComplete;
    focusElement(
      this.querySelector<HTMLElement>(this.shareFailed ? '#share-error' : '#share-link'),
    );
  }

  /** Hides the message about the earlier version for good; focus goes back to the page's heading. */
  private dismissMigration(record: Assessment): void {
    if (!record.migration) return;
    const migration = { ...record.migration, bannerDismissed: true };
    if (!guard(() => saveAssessment({ ...record, migration }, { touch: false }))) return;
    this.requestUpdate();
    void this.updateComplete.then(() => focusElement(this.querySelector<HTMLElement>('h1')));
  }

  /**
   * A short message while the answers carried from the framework's earlier version have not
   * been looked at: what needs the visitor, and the way to the questionnaire that lists it.
   */
  private renderMigration(record: Assessment): TemplateResult | typeof nothing {
    const m = record.migration;
    if (!m || m.bannerDismissed) return nothing;
    return html`<section class="alert alert-info no-print" aria-labelledby="migrated-title">
      <h2 id="migrated-title">${t('results.migrated.title', { to: m.report.to.version })}</h2>
      <p>
        ${t('results.migrated.body', {
          from: m.report.from.version,
          check: m.report.review.length,
          unanswered: m.report.unanswered.length,
        })}
      </p>
      <div class="actions">
        <a class="button small" href=${href('assess', { section: 'all' })}
          >${t('results.migrated.open')}</a
        >
        <button
          class="button secondary small"
          type="button"
          @click=${() => this.dismissMigration(record)}
        >
          ${t('results.migrated.dismiss')}
        </button>
      </div>
    </section>`;
  }

  override render(): TemplateResult {
    const record = currentAssessment();
    if (!record)
      return html`<h1>${t('results.title')}</h1>
        ${noAssessment()}`;
    const label = labelOf(record) || t('common.untitled');
    const { answered } = progress(record.response);
    return html`
      <h1>${t('results.title')}</h1>
      <p class="lead">${t('results.lead', { label })}</p>
      ${this.renderMigration(record)}
      ${
        answered === 0
          ? html`<div class="alert alert-info">
              <p>${t('results.none')}</p>
              <p><a class="button" href=${href('assess')}>${t('common.noAssessment.start')}</a></p>
            </div>`
          : html`<dtc-results
              class="widget-slot"
              locale=${locale()}
              .framework=${framework}
              .response=${record.response}
              .result=${score(record.response)}
            ></dtc-results>`
      }
      ${renderDeepDive(deepDiveOf(record))}
      ${
        answered === 0
          ? nothing
          : renderLearnLinks(
              'learn-title',
              'learn.results.title',
              'learn.results.lead',
              score(record.response)
                .priorities.filter((p) => p.reasons.includes('low-level'))
                .map((p) => p.componentId),
            )
      }
      <section class="card no-print" aria-labelledby="use-title">
        <h2 id="use-title">${t('results.actions')}</h2>
        <div class="actions">
          <a class="button" href=${href('report')}>${t('results.report')}</a>
          <a class="button secondary" href=${href('plan')}>${t('results.plan')}</a>
          <button class="button secondary" type="button" @click=${() => this.downloadCsv(record)}>
            ${t('results.csv')}
          </button>
          <button class="button secondary" type="button" @click=${() => this.exportFile(record)}>
            ${t('results.export')}
          </button>
          <button class="button secondary" type="button" @click=${() => void this.share(record)}>
            ${t('results.share')}
          </button>
        </div>
        ${
          this.shareFailed
            ? html`<p class="error-text" id="share-error" tabindex="-1">
                ${
                  this.shareTooLarge
                    ? t('share.tooLarge', { size: sizeText(MAX_SHARE_BYTES) })
                    : t('results.share.error')
                }
              </p>`
            : nothing
        }
        ${
          this.link
            ? html`<div class="field wide">
                <label for="share-link">${t('results.share.label')}</label>
                <span class="hint" id="share-link-hint">${t('results.share.hint')}</span>
                <input
                  id="share-link"
                  readonly
                  dir="ltr"
                  .value=${this.link}
                  aria-describedby="share-link-hint"
                  @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
                />
                <div class="actions">
                  <button
                    class="button secondary small"
                    type="button"
                    @click=${async () =>
                      announce(
                        (await copyText(this.link)) ? t('common.copied') : t('common.copyFailed'),
                      )}
                  >
                    ${t('common.copy')}
                  </button>
                </div>
              </div>`
            : nothing
        }
      </section>
    `;
  }
}
