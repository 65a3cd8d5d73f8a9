import { useNamespaces } from '@dtc/i18n';
import { assessmentNamespace } from '@dtc/i18n/namespaces/assessment';
import { FEEDBACK_KINDS, FEEDBACK_LIMITS, type FeedbackItem, type FeedbackKind } from '@dtc/schema';
import {
  html,
  LitElement,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { emit } from '../shared/element/emit.js';
import { LocaleController } from '../shared/controllers/locale-controller.js';
import { controls } from '../shared/styles/controls.styles.js';
import { tokens } from '../shared/styles/tokens.styles.js';
import { styles } from './question-feedback.styles.js';

/** What `dtc-question-feedback-change` carries: the question and what is said about it now. */
export interface QuestionFeedbackChangeDetail {
  questionId: string;
  kinds: FeedbackKind[];
  /** The comment as typed ('' for none). */
  comment: string;
}

/** The same feedback, whatever the order of its kinds or the spaces around its comment. */
const same = (a: { kinds: readonly string[]; comment: string }, b: typeof a): boolean =>
  a.comment.trim() === b.comment.trim() &&
  FEEDBACK_KINDS.every((k) => a.kinds.includes(k) === b.kinds.includes(k));

/**
 * Feedback on one question, behind a small disclosure: is it unclear, not relevant here, or is
 * something missing, with a comment. `<dtc-assessment feedback>` places one under each question
 * (and loads this module only then); a host may place it on its own too.
 *
 * @summary "Feedback on this question": three checkboxes and a comment, in a disclosure.
 *
 * @fires {CustomEvent<QuestionFeedbackChangeDetail>} dtc-question-feedback-change - A box was ticked or unticked, or the comment changed.
 *
 * @csspart disclosure - The `<details>` element.
 * @csspart summary - Its summary ("Feedback on this question").
 * @csspart panel - What opens: the checkboxes and the comment.
 * @csspart field - The comment's text area.
 *
 * @cssprop --dtc-color-accent - The summary and the ticked boxes.
 */
export class DtcQuestionFeedback extends LitElement {
  static override styles: CSSResultGroup = [tokens, controls, styles];
  static {
    useNamespaces(assessmentNamespace);
  }

  static override properties: PropertyDeclarations = {
    questionId: { attribute: 'question-id' },
    label: {},
    value: { attribute: false },
    locale: { reflect: true },
    open: { type: Boolean, reflect: true },
    kinds: { state: true },
    comment: { state: true },
  };

  /** The id of the question the feedback is about (in `dtc-question-feedback-change`). */
  declare questionId: string | undefined;
  /** The question's title, as the reader sees it: screen readers hear it with the summary. */
  declare label: string | undefined;
  /** The feedback given so far on this question, to restore it (e.g. after a reload). */
  declare value: Pick<FeedbackItem, 'kinds' | 'comment'> | undefined;
  /** BCP 47 locale for words; defaults to the nearest `lang`. */
  declare locale: string | undefined;
  /** Whether the disclosure is open. */
  open = false;

  private kinds: FeedbackKind[] = [];
  private comment = '';
  private readonly lc = new LocaleController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('value')) return;
    // Given from outside: taken unless it says what is shown already (the echo of a change
    // made here), so that text being typed is never reset under the cursor.
    const given = { kinds: [...(this.value?.kinds ?? [])], comment: this.value?.comment ?? '' };
    if (!same(given, { kinds: this.kinds, comment: this.comment })) {
      this.kinds = given.kinds;
      this.comment = given.comment;
    }
  }

  private change(patch: Partial<Pick<QuestionFeedbackChangeDetail, 'kinds' | 'comment'>>): void {
    if (patch.kinds) this.kinds = FEEDBACK_KINDS.filter((k) => patch.kinds!.includes(k));
    if (patch.comment !== undefined) this.comment = patch.comment;
    emit(this, 'dtc-question-feedback-change', {
      questionId: this.questionId ?? '',
      kinds: [...this.kinds],
      comment: this.comment,
    });
  }

  private toggleKind(kind: FeedbackKind, on: boolean): void {
    this.change({ kinds: on ? [...this.kinds, kind] : this.kinds.filter((k) => k !== kind) });
  }

  override render(): TemplateResult {
    const { t } = this.lc;
    const given = this.kinds.length > 0 || this.comment.trim() !== '';
    return html`<details
      part="disclosure"
      lang=${this.lc.lang}
      .open=${this.open}
      @toggle=${(e: Event) => (this.open = (e.target as HTMLDetailsElement).open)}
    >
      <summary part="summary">
        ${t('assessment.feedback.summary', { given: given ? 'yes' : 'no' })}${
          this.label
            ? html`<span class="visually-hidden"
                >${t('assessment.feedback.about', { question: this.label })}</span
              >`
            : ''
        }
      </summary>
      <div part="panel" class="panel">
        <fieldset aria-describedby="hint">
          <legend>${t('assessment.feedback.legend')}</legend>
          <p class="hint" id="hint">${t('assessment.feedback.hint')}</p>
          ${FEEDBACK_KINDS.map(
            (kind) =>
              html`<label class="check">
                <input
                  type="checkbox"
                  name="kind"
                  value=${kind}
                  .checked=${this.kinds.includes(kind)}
                  @change=${(e: Event) =>
                    this.toggleKind(kind, (e.target as HTMLInputElement).checked)}
                />
                ${t(`assessment.feedback.kind.${kind}`)}
              </label>`,
          )}
        </fieldset>
        <div>
          <label for="comment">${t('assessment.feedback.comment')}</label>
          <textarea
            part="field"
            id="comment"
            rows="3"
            dir="auto"
            maxlength=${FEEDBACK_LIMITS.comment}
            .value=${this.comment}
            @input=${(e: Event) => this.change({ comment: (e.target as HTMLTextAreaElement).value })}
          ></textarea>
        </div>
      </div>
    </details>`;
  }
}
