/**
 * The workshop's feedback form fields, shared by the Feedback page (feedback kept in this
 * browser) and a room's participant page (feedback kept in the room): a 1-to-5 rating of each
 * aspect, then a comment on the whole.
 */
import { FEEDBACK_ASPECTS, FEEDBACK_LIMITS } from '@dtc/schema';
import { html, type TemplateResult } from 'lit';
import { t } from './i18n/index.js';

export type FeedbackAspect = (typeof FEEDBACK_ASPECTS)[number];

export interface FeedbackFieldsOptions {
  /** Prefix of the fields' ids and radio groups, unique on the page. */
  id: string;
  ratings: Readonly<Partial<Record<FeedbackAspect, number | null>>>;
  comment: string;
  onRate(aspect: FeedbackAspect, rating: number): void;
  onComment(comment: string): void;
}

const SCALE = [1, 2, 3, 4, 5] as const;

export function feedbackFields(o: FeedbackFieldsOptions): TemplateResult {
  return html`${FEEDBACK_ASPECTS.map(
      (aspect) =>
        html`<fieldset aria-describedby="${o.id}-${aspect}-hint">
          <legend>${t(`feedback.${aspect}`)}</legend>
          <p class="hint muted" id="${o.id}-${aspect}-hint">${t(`feedback.${aspect}.hint`)}</p>
          <div class="rating">
            ${SCALE.map(
              (n) =>
                html`<label>
                  <input
                    type="radio"
                    name="${o.id}-${aspect}"
                    value=${n}
                    .checked=${o.ratings[aspect] === n}
                    @change=${() => o.onRate(aspect, n)}
                  />
                  ${t(`feedback.scale.${n}`)}
                </label>`,
            )}
          </div>
        </fieldset>`,
    )}
    <div class="field">
      <label for="${o.id}-comment"
        >${t('feedback.comment')} <span class="hint">${t('common.optional')}</span></label
      >
      <textarea
        id="${o.id}-comment"
        dir="auto"
        maxlength=${FEEDBACK_LIMITS.formComment}
        .value=${o.comment}
        @input=${(e: Event) => o.onComment((e.target as HTMLTextAreaElement).value)}
      ></textarea>
    </div>`;
}
