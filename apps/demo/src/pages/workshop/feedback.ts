import { formatNumber } from '@dtc/i18n';
import { html, nothing, type TemplateResult } from 'lit';
import { withFeedback, workshopFeedbackCsv, workshopFeedbackJson } from '../../feedback-export.js';
import { locale, t } from '../../i18n/index.js';
import type { Participant } from '../../storage.js';
import { download } from '../../ui.js';

const ASPECTS = ['questions', 'methods', 'usefulness'] as const;

/**
 * What participants said about the questions, the methods and the workshop (the demo's own
 * feedback form, not part of a response): the mean rating of each aspect; how many gave
 * feedback on single questions; all of it to download for the organisers (JSON and CSV).
 */
export function renderFeedback(participants: readonly Participant[]): TemplateResult {
  const rated = participants.filter((p) => p.feedback);
  return html`<section aria-labelledby="wfeedback-title">
    <h2 id="wfeedback-title">${t('workshop.feedback.title')}</h2>
    ${
      rated.length
        ? html`<ul>
            ${ASPECTS.map((aspect) => {
              const values = rated
                .map((p) => p.feedback![aspect])
                .filter((v): v is number => typeof v === 'number');
              if (!values.length) return nothing;
              const mean = values.reduce((a, b) => a + b, 0) / values.length;
              return html`<li>
                ${t('workshop.feedback.mean', {
                  aspect: t(`feedback.${aspect}`),
                  mean: formatNumber(locale(), mean, { maximumFractionDigits: 1 }),
                  count: values.length,
                })}
              </li>`;
            })}
          </ul>`
        : withFeedback(participants).length
          ? nothing
          : html`<p class="muted">${t('workshop.feedback.none')}</p>`
    }
    ${renderDownloads(participants)}
  </section>`;
}

function renderDownloads(participants: readonly Participant[]): TemplateResult | typeof nothing {
  const given = withFeedback(participants);
  if (!given.length) return nothing;
  const onQuestions = given.filter((p) => p.questionFeedback?.items.length).length;
  return html`<p>${t('workshop.feedback.onQuestions', { count: onQuestions })}</p>
    <div class="actions">
      <button
        class="button secondary"
        type="button"
        @click=${() =>
          download(
            'workshop-feedback.json',
            workshopFeedbackJson(participants),
            'application/json',
          )}
      >
        ${t('workshop.feedback.json')}
      </button>
      <button
        class="button secondary"
        type="button"
        @click=${() =>
          download(
            'workshop-feedback-questions.csv',
            workshopFeedbackCsv(participants),
            'text/csv;charset=utf-8',
          )}
      >
        ${t('workshop.feedback.csv')}
      </button>
    </div>`;
}
