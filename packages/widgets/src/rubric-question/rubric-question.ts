import { useNamespaces } from '@dtc/i18n';
import { assessmentNamespace } from '@dtc/i18n/namespaces/assessment';
import {
  DONT_KNOW,
  isEvidenceUrl,
  NOT_APPLICABLE,
  type AnswerValue,
  type Confidence,
  type Level,
  type Question,
} from '@dtc/schema';
import {
  html,
  LitElement,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type TemplateResult,
} from 'lit';
import { emit } from '../shared/element/emit.js';
import { LocaleController } from '../shared/controllers/locale-controller.js';
import { controls } from '../shared/styles/controls.styles.js';
import { tokens } from '../shared/styles/tokens.styles.js';
import { answerAs, viewOf, type Choice } from './kind-views.js';
import { styles } from './rubric-question.styles.js';

/** Detail of `dtc-answer-change`: the whole answer as it now stands. */
export interface AnswerChangeDetail {
  questionId: string;
  /** `undefined` when nothing is chosen (or the text is empty). */
  value: AnswerValue | undefined;
  comment: string | undefined;
  evidence: string[] | undefined;
  confidence: Confidence | undefined;
  /**
   * The evidence field's text as typed, while it holds lines that are not web links yet
   * (they are not in `evidence`); `undefined` otherwise. Keep it to restore the field.
   */
  evidenceText: string | undefined;
}

const CONFIDENCE = ['low', 'medium', 'high'] as const;
const MAX_LINKS = 20;

/** Attribute `value="3"` is level 3; any other text stays text. */
const valueConverter = {
  fromAttribute: (v: string | null): AnswerValue | undefined =>
    v === null ? undefined : /^[1-7]$/.test(v) ? Number(v) : v,
  toAttribute: (v: AnswerValue | undefined): string | null => (v === undefined ? null : String(v)),
};

/**
 * One question of the framework. A rubric question shows one large selectable card per level,
 * each with the level's label and the question's descriptor; choice and yes/no questions show
 * one card per option; a text question shows a text area. "Not applicable" and "Don't know"
 * are offered where the question allows them. Cards form a radio group: Tab enters it, arrow
 * keys move and select (mirrored in right-to-left), Home/End go to the ends, Space selects.
 * With `extras`, a comment, evidence links and a confidence follow once an answer is chosen.
 *
 * It is a form control: inside a `<form>` it submits `name=value`, honours `required`,
 * resets with the form, and restores its state on back/forward navigation.
 *
 * @summary A framework question as selectable cards; usable alone or in a form.
 *
 * @fires change - The answer's value changed (native-style, from user action).
 * @fires input - The answer's value changed (native-style, from user action).
 * @fires {CustomEvent<AnswerChangeDetail>} dtc-answer-change - The value or an extra changed; `detail` is the whole answer.
 *
 * @csspart question - The fieldset around the question.
 * @csspart title - The question's title (legend).
 * @csspart help - The question's summary and help text.
 * @csspart options - The radio group of cards.
 * @csspart card - Each answer card; the checked one also has `card-checked`.
 * @csspart card-checked - The checked card.
 * @csspart card-label - A card's label (level name or option).
 * @csspart card-text - A card's descriptor.
 * @csspart field - Each text area and select (answer, comment, evidence, confidence).
 * @csspart extras - The comment, evidence and confidence block.
 * @csspart error - An inline error message.
 *
 * @cssprop --dtc-card-min-width - Narrowest a card gets before cards wrap (default `13rem`).
 * @cssprop --dtc-color-accent - Checked card border and mark.
 * @cssprop --dtc-color-accent-soft - Checked card background.
 * @cssprop --dtc-color-surface - Card background.
 * @cssprop --dtc-color-border - Card and field borders.
 * @cssprop --dtc-color-danger - Error text and border.
 * @cssprop --dtc-color-focus - Focus outline.
 * @cssprop --dtc-radius - Corner radius.
 */
export class DtcRubricQuestion extends LitElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };
  static override styles: CSSResultGroup = [tokens, controls, styles];
  static {
    useNamespaces(assessmentNamespace);
  }

  static override properties: PropertyDeclarations = {
    question: { attribute: false },
    levels: { attribute: false },
    value: { converter: valueConverter },
    name: { reflect: true },
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    locale: { reflect: true },
    extras: { type: Boolean },
    comment: {},
    evidence: { attribute: false },
    confidence: {},
    evidenceText: { attribute: false },
    showErrors: { state: true },
    formDisabled: { state: true },
  };

  /** The question to show (any kind of the framework's questions). */
  declare question: Question | undefined;
  /** The framework's levels, for the level labels on rubric cards. */
  levels: readonly Level[] = [];
  /** The answer: a level number, an option id, `yes`/`no`, text, `na` or `dont-know`. */
  declare value: AnswerValue | undefined;
  /** The form field name. */
  name = '';
  /** Whether the form needs an answer. */
  required = false;
  /** Whether the control is disabled. A disabled `<fieldset>` around it disables it too, without changing this. */
  disabled = false;
  /** BCP 47 locale for UI words and framework text; defaults to the nearest `lang`. */
  declare locale: string | undefined;
  /** Show the comment, evidence links and confidence fields once an answer is chosen. */
  extras = false;
  /** A comment on the answer. */
  declare comment: string | undefined;
  /** Evidence links (http or https). */
  declare evidence: string[] | undefined;
  /** How confident the respondent is in the answer. */
  declare confidence: Confidence | undefined;

  /**
   * The evidence field's text as typed, while it holds lines that are not web links yet;
   * set it to restore such text (e.g. after a reload).
   */
  declare evidenceText: string | undefined;
  private showErrors = false;
  /** Set by the form (a disabled fieldset), apart from the element's own `disabled`. */
  private formDisabled = false;

  private readonly lc = new LocaleController(this);
  private readonly internals = this.attachInternals();

  constructor() {
    super();
    // A form's submission or checkValidity() found this control invalid: show why, inline.
    this.addEventListener('invalid', () => (this.showErrors = true));
  }

  /** The form this control belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  /** The control's validity state, as for a native form control. */
  get validity(): ValidityState {
    return this.internals.validity;
  }
  /** Why the control is invalid (empty when valid), as for a native form control. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  /** Checks validity; when invalid, fires `invalid` and shows the inline error (evidence links). */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  /** Checks validity and, when invalid, shows the inline error and lets the browser report it. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** Moves focus to the answer (the checked or first card) or to the evidence field. */
  focusField(field: 'answer' | 'evidence' = 'answer'): void {
    const target =
      field === 'evidence'
        ? this.renderRoot.querySelector<HTMLElement>('#evidence')
        : this.renderRoot.querySelector<HTMLElement>('[role=radio][tabindex="0"], #answer');
    target?.focus();
  }

  /** Focuses the answer (the checked or first card, or the answer field) rather than the host. */
  override focus(options?: FocusOptions): void {
    const target = this.renderRoot.querySelector<HTMLElement>(
      '[role=radio][tabindex="0"], #answer',
    );
    if (target) target.focus(options);
    else super.focus(options);
  }

  /** Called by the browser when its form resets: back to the `value` attribute, errors hidden. */
  formResetCallback(): void {
    this.value = valueConverter.fromAttribute(this.getAttribute('value'));
    this.comment = this.evidence = this.confidence = this.evidenceText = undefined;
    this.showErrors = false;
  }

  /** Called by the browser to restore the value after navigation or autofill. */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = this.coerce(valueConverter.fromAttribute(state));
  }

  /** The browser's view: disabled by the attribute or by a disabled `<fieldset>` around it. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** Whether the control takes no input now (its own `disabled`, or its fieldset's). */
  private get inactive(): boolean {
    return this.disabled || this.formDisabled;
  }

  private coerce(value: AnswerValue | undefined): AnswerValue | undefined {
    return this.question ? answerAs(this.question, value) : value;
  }

  /** The cards: the choices of the question's kind, then "not applicable" and "don't know". */
  private get options(): Choice[] {
    const q = this.question;
    if (!q) return [];
    const { t, text } = this.lc;
    const options = viewOf(q).choices(q, { t, text, levels: this.levels });
    if (q.allowNotApplicable)
      options.push({ value: NOT_APPLICABLE, label: t('assessment.answer.na') });
    if (q.allowDontKnow) options.push({ value: DONT_KNOW, label: t('assessment.answer.dontKnow') });
    return options;
  }

  /** Lines of the evidence text that are not http(s) links, and whether there are too many. */
  private get linkProblem(): string {
    const lines = this.lines;
    const bad = lines.filter((l) => !isEvidenceUrl(l));
    if (bad.length) return this.lc.t('assessment.error.evidence', { count: bad.length });
    if (lines.length > MAX_LINKS)
      return this.lc.t('assessment.error.tooManyLinks', { max: MAX_LINKS });
    return '';
  }

  private get lines(): string[] {
    const raw = this.evidenceText ?? (this.evidence ?? []).join('\n');
    return raw
      .split(/\s*\n\s*/)
      .map((l) => l.trim())
      .filter(Boolean);
  }

  /** The message for an invalid evidence field, or `''`. */
  get evidenceError(): string {
    return this.value === undefined ? '' : this.linkProblem;
  }

  protected override willUpdate(): void {
    this.value = this.coerce(this.value);
  }

  protected override updated(): void {
    const v = this.value;
    this.internals.setFormValue(
      v === undefined ? null : String(v),
      v === undefined ? null : String(v),
    );
    const anchor = this.renderRoot.querySelector<HTMLElement>(
      '[role=radio][tabindex="0"], #answer, #evidence',
    );
    const links = this.evidenceError;
    if (this.required && (v === undefined || v === '')) {
      this.internals.setValidity(
        { valueMissing: true },
        this.lc.t('assessment.error.required'),
        anchor ?? undefined,
      );
    } else if (links) {
      this.internals.setValidity(
        { typeMismatch: true },
        links,
        this.renderRoot.querySelector<HTMLElement>('#evidence') ?? undefined,
      );
    } else {
      this.internals.setValidity({});
    }
  }

  private notify(valueChanged: boolean): void {
    if (valueChanged) {
      this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      this.dispatchEvent(new Event('change', { bubbles: true }));
    }
    emit(this, 'dtc-answer-change', {
      questionId: this.question?.id ?? '',
      value: this.value,
      comment: this.comment || undefined,
      evidence: this.evidence?.length ? [...this.evidence] : undefined,
      confidence: this.confidence,
      evidenceText:
        this.evidenceText !== undefined && this.linkProblem ? this.evidenceText : undefined,
    });
  }

  private choose(value: AnswerValue | undefined): void {
    if (this.inactive || value === this.value) return;
    this.value = value;
    this.notify(true);
  }

  private onKeyDown(e: KeyboardEvent): void {
    const cards = [...this.renderRoot.querySelectorAll<HTMLElement>('[role=radio]')];
    const i = cards.indexOf(e.target as HTMLElement);
    if (i < 0 || this.inactive) return;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const step: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      ArrowRight: rtl ? -1 : 1,
      ArrowLeft: rtl ? 1 : -1,
    };
    let next: number;
    if (e.key in step) next = (i + step[e.key]! + cards.length) % cards.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = cards.length - 1;
    else if (e.key === ' ') next = i;
    else {
      if (e.key === 'Enter') this.internals.form?.requestSubmit();
      return;
    }
    e.preventDefault();
    cards[next]!.focus();
    this.choose(this.options[next]!.value);
  }

  override render(): TemplateResult {
    const q = this.question;
    if (!q) return html``;
    const { t, text } = this.lc;
    const summary = text(q.summary);
    const help = text(q.help);
    const missing = this.showErrors && this.required && (this.value ?? '') === '';
    const described =
      [missing && 'answer-error', summary && 'summary', help && 'help'].filter(Boolean).join(' ') ||
      nothing;
    const options = this.options;
    const checked = options.findIndex((o) => o.value === this.value);
    const error = this.showErrors ? this.evidenceError : '';
    return html`
      <fieldset part="question" ?disabled=${this.inactive}>
        <legend part="title" id="title">${text(q.title)}</legend>
        ${summary ? html`<p part="help" id="summary">${summary}</p>` : nothing}
        ${help ? html`<p part="help" class="help" id="help">${help}</p>` : nothing}
        ${
          missing
            ? html`<p part="error" class="error" id="answer-error">
                <span class="visually-hidden">${t('assessment.error.prefix')}</span>
                ${t('assessment.error.required')}
              </p>`
            : nothing
        }
        ${
          viewOf(q).field?.(q, {
            value: this.value,
            required: this.required,
            disabled: this.inactive,
            invalid: missing,
            describedBy: described,
            onInput: (value) => {
              this.value = value;
              this.notify(false);
              this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
            },
            onChange: () => this.dispatchEvent(new Event('change', { bubbles: true })),
          }) ?? nothing
        }
        ${
          options.length
            ? html`<div
                part="options"
                class="options"
                role="radiogroup"
                aria-labelledby="title"
                aria-describedby=${described}
                aria-required=${this.required ? 'true' : nothing}
                aria-invalid=${missing ? 'true' : nothing}
                aria-disabled=${this.inactive ? 'true' : nothing}
              >
                ${options.map((o, i) => {
                  const on = i === checked;
                  return html`<div
                    role="radio"
                    part=${on ? 'card card-checked' : 'card'}
                    class="card"
                    aria-checked=${on ? 'true' : 'false'}
                    tabindex=${this.inactive ? -1 : on || (checked < 0 && i === 0) ? 0 : -1}
                    @click=${() => this.choose(o.value)}
                    @keydown=${this.onKeyDown}
                  >
                    <span class="mark" aria-hidden="true"></span>
                    <span part="card-label" class="label">${o.label}</span>
                    ${o.text ? html`<span part="card-text" class="text">${o.text}</span>` : nothing}
                  </div>`;
                })}
              </div>`
            : nothing
        }
        ${this.extras && this.value !== undefined ? this.renderExtras(t, error) : nothing}
      </fieldset>
    `;
  }

  private renderExtras(t: LocaleController['t'], error: string): TemplateResult {
    return html`<div part="extras" class="extras">
      <label for="comment">${t('assessment.extras.comment')}</label>
      <textarea
        part="field"
        id="comment"
        rows="2"
        dir="auto"
        maxlength="5000"
        ?disabled=${this.inactive}
        .value=${this.comment ?? ''}
        @input=${(e: Event) => {
          e.stopPropagation();
          this.comment = (e.target as HTMLTextAreaElement).value;
          this.notify(false);
        }}
      ></textarea>
      <label for="evidence">${t('assessment.extras.evidence')}</label>
      <p class="hint" id="evidence-hint">${t('assessment.extras.evidenceHint')}</p>
      ${
        error
          ? html`<p part="error" class="error" id="evidence-error">
              <span class="visually-hidden">${t('assessment.error.prefix')}</span> ${error}
            </p>`
          : nothing
      }
      <textarea
        part="field"
        id="evidence"
        rows="2"
        dir="ltr"
        class=${error ? 'invalid' : ''}
        aria-describedby=${error ? 'evidence-error evidence-hint' : 'evidence-hint'}
        aria-invalid=${error ? 'true' : 'false'}
        ?disabled=${this.inactive}
        .value=${this.evidenceText ?? (this.evidence ?? []).join('\n')}
        @input=${(e: Event) => {
          e.stopPropagation();
          this.evidenceText = (e.target as HTMLTextAreaElement).value;
          const lines = this.lines;
          this.evidence = lines.filter((l) => isEvidenceUrl(l)).slice(0, MAX_LINKS);
          this.notify(false);
        }}
      ></textarea>
      <label for="confidence">${t('assessment.extras.confidence')}</label>
      <select
        part="field"
        id="confidence"
        ?disabled=${this.inactive}
        @change=${(e: Event) => {
          this.confidence = ((e.target as HTMLSelectElement).value || undefined) as
            Confidence | undefined;
          this.notify(false);
        }}
      >
        <option value="" ?selected=${!this.confidence}>${t('assessment.confidence.none')}</option>
        ${CONFIDENCE.map(
          (c) =>
            html`<option value=${c} ?selected=${this.confidence === c}>
              ${t(`assessment.confidence.${c}`)}
            </option>`,
        )}
      </select>
    </div>`;
  }
}
