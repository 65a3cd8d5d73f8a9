import { html, nothing, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { indexQuestions } from '@dtc/schema';
import { buildExport, exportFileName } from '../exchange.js';
import { feedbackFile, feedbackFileCsv, hasFeedback } from '../feedback-export.js';
import { formatDate, t, type MessageKey } from '../i18n/index.js';
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

const ASPECTS = ['questions', 'methods', 'usefulness'] as const;
type Aspect = (typeof ASPECTS)[number];

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
        ${ASPECTS.map((aspect) => this.rating(aspect, value[aspect]))}
        <div class="field">
          <label for="feedback-comment"
            >${t('feedback.comment')} <span class="hint">${t('common.optional')}</span></label
          >
          <textarea
            id="feedback-comment"
            dir="auto"
            maxlength="5000"
            .value=${value.comment}
            @input=${(e: Event) => this.change({ comment: (e.target as HTMLTextAreaElement).value })}
          ></textarea>
        </div>
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

  private rating(aspect: Aspect, value: number | null): TemplateResult {
    const hint: MessageKey = `feedback.${aspect}.hint`;
    return html`<fieldset aria-describedby="rate-${aspect}-hint">
      <legend>${t(`feedback.${aspect}`)}</legend>
      <p class="hint muted" id="rate-${aspect}-hint">${t(hint)}</p>
      <div class="rating">
        ${[1, 2, 3, 4, 5].map(
          (n) =>
            html`<label>
              <input
                type="radio"
                name="rate-${aspect}"
                value=${n}
                .checked=${value === n}
                @change=${() => this.change({ [aspect]: n } as Partial<Feedback>)}
              />
              ${t(`feedback.scale.${n as 1 | 2 | 3 | 4 | 5}`)}
            </label>`,
        )}
      </div>
    </fieldset>`;
  }
}
