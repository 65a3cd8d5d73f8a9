import { html, nothing, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { indexQuestions } from '@dtc/schema';
import { buildExport, exportFileName } from '../exchange.js';
import { feedbackFile, feedbackFileCsv, hasFeedback } from '../feedback-export.js';
import { feedbackFields } from '../feedback-fields.js';
import { formatDate, t } from '../i18n/index.js';
import { framework, newResponse, tx } from '../data.js';
import { PageElement } from '../page.js';
import {
  createAssessment,
  currentAssessment,
  labelOf,
  now,
  updateAssessment,
  type Feedback,
} from '../storage.js';
import { announce, download, guard } from '../ui.js';

export const tag = 'demo-feedback-page';

/** Participants rate the questions, the method and the usefulness; saved with the assessment. */
@customElement(tag)
export class FeedbackPage extends PageElement {
  @state() private savedMessage = false;

  private get value(): Feedback {
    return (
      currentAssessment()?.feedback ?? {
        questions: null,
        methods: null,
        usefulness: null,
        comment: '',
        updatedAt: '',
      }
    );
  }

  /** Every change is stored at once, so nothing is lost on a reload; Save confirms. */
  private change(patch: Partial<Feedback>): boolean {
    const feedback: Feedback = { ...this.value, ...patch, updatedAt: now() };
    const done = guard(() => {
      // Feedback belongs to an assessment: start an empty one if there is none yet.
      const record = currentAssessment() ?? createAssessment(newResponse({ role: 'other' }));
      return updateAssessment(record.id, () => ({ feedback }));
    });
    this.savedMessage = false;
    return !!done;
  }

  private save(event: Event): void {
    event.preventDefault();
    if (!this.change({ comment: this.value.comment.trim() })) return;
    this.savedMessage = true;
    announce(t('feedback.saved'));
  }

  /** The feedback on the questions and the form's answers, as CSV or as a `dtc.feedback` file. */
  private exportFeedback(kind: 'csv' | 'json'): void {
    const record = currentAssessment();
    if (!hasFeedback(record)) return;
    const name = exportFileName(labelOf(record!) || 'feedback').replace(
      '.dtc.json',
      `-feedback.${kind}`,
    );
    if (kind === 'csv') download(name, feedbackFileCsv(record!), 'text/csv;charset=utf-8');
    else download(name, JSON.stringify(feedbackFile(record!), null, 2) + '\n', 'application/json');
  }

  private exportFile(): void {
    const record = currentAssessment();
    if (!record) return;
    download(
      exportFileName(labelOf(record)),
      JSON.stringify(buildExport([record]), null, 2),
      'application/json',
    );
  }

  override render(): TemplateResult {
    const record = currentAssessment();
    const value = this.value;
    return html`
      <h1>${t('feedback.title')}</h1>
      <p class="lead">${t('feedback.lead')}</p>
      ${record ? html`<p>${t('feedback.for', { label: labelOf(record) || t('common.untitled') })}</p>` : nothing}
      <form @submit=${this.save} class="prose">
        ${feedbackFields({
          id: 'feedback',
          ratings: value,
          comment: value.comment,
          onRate: (aspect, n) => this.change({ [aspect]: n }),
          onComment: (comment) => this.change({ comment }),
        })}
        <div class="actions">
          <button class="button" type="submit">${t('feedback.save')}</button>
        </div>
      </form>
      ${
        this.savedMessage
          ? html`<div class="alert alert-success" id="feedback-saved">
              <p>${t('feedback.saved')}</p>
            </div>`
          : nothing
      }
      ${
        record?.feedback
          ? html`<p class="muted">
              ${t('feedback.lastSaved', { date: formatDate(record.feedback.updatedAt) })}
            </p>`
          : nothing
      }
      ${this.renderQuestionFeedback()}
      ${
        record && hasFeedback(record)
          ? html`<section aria-labelledby="feedback-downloads-title">
              <h2 id="feedback-downloads-title">${t('feedback.downloads.title')}</h2>
              <p>${t('feedback.downloads.intro')}</p>
              <div class="actions">
                <button
                  class="button secondary"
                  type="button"
                  @click=${() => this.exportFeedback('csv')}
                >
                  ${t('feedback.csv')}
                </button>
                <button
                  class="button secondary"
                  type="button"
                  @click=${() => this.exportFeedback('json')}
                >
                  ${t('feedback.json')}
                </button>
                <button class="button secondary" type="button" @click=${this.exportFile}>
                  ${t('feedback.export')}
                </button>
              </div>
            </section>`
          : nothing
      }
    `;
  }

  /** The questions the visitor gave feedback on in the questionnaire, by title. */
  private renderQuestionFeedback(): TemplateResult {
    const items = currentAssessment()?.questionFeedback?.items ?? [];
    const questions = indexQuestions(framework);
    return html`<section aria-labelledby="feedback-questions-title">
      <h2 id="feedback-questions-title">${t('feedback.onQuestions.title')}</h2>
      <p>${t('feedback.onQuestions.count', { count: items.length })}</p>
      ${
        items.length
          ? html`<ul id="feedback-questions">
              ${items.map((i) => html`<li>${tx(questions.get(i.question)?.question.title) || i.question}</li>`)}
            </ul>`
          : nothing
      }
    </section>`;
  }
}
