import { assessmentNamespace, describeIssue, issuesNamespace, useNamespaces } from '@dtc/i18n';
import {
  formatPath,
  RESPONDENT_ROLES,
  type Component,
  type Framework,
  type Pillar,
  type RespondentRole,
  type Response,
  type Result,
} from '@dtc/schema';
import { scoreResponse } from '@dtc/scoring';
import {
  html,
  LitElement,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type TemplateResult,
} from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  Autosave,
  storageKeyFor,
  type AutosaveLoad,
  type Drafts,
} from '../shared/model/autosave.js';
import { emit } from '../shared/element/emit.js';
import { FrameworkLoader } from '../shared/controllers/framework-loader.js';
import { LocaleController } from '../shared/controllers/locale-controller.js';
import {
  complete,
  emptyResponse,
  isAnswered,
  pillarsIn,
  roleChosen,
  setAnswer,
  setRespondent,
  unanswered,
} from '../shared/model/response-model.js';
import { controls } from '../shared/styles/controls.styles.js';
import { tokens } from '../shared/styles/tokens.styles.js';
import type { AnswerChangeDetail, DtcRubricQuestion } from '../rubric-question/rubric-question.js';
import { styles } from './assessment.styles.js';

/** Detail of `dtc-response-change`. */
export interface ResponseChangeDetail {
  response: Response;
}
/** Detail of `dtc-section-complete`: the respondent finished the last part of a pillar. */
export interface SectionCompleteDetail {
  pillarId: string;
  response: Response;
}
/** Detail of `dtc-drafts-change`: text typed that is not valid yet, by field (see `drafts`). */
export interface DraftsChangeDetail {
  drafts: Readonly<Record<string, string>>;
}
/** Detail of `dtc-assessment-complete`: the submitted response and its score. */
export interface AssessmentCompleteDetail {
  response: Response;
  result: Result;
}

interface Step {
  pillar: Pillar;
  component: Component;
}
interface FieldError {
  id: string;
  /** The message, in the current language (read at each render). */
  message: () => string;
  focus: () => void;
}
type Note = { kind: 'set-aside'; key: string; reason: string } | { kind: 'unavailable' };

const COUNTRY = /^[A-Z]{3}$/;
const short = (s: string): string => (s.length > 80 ? `${s.slice(0, 77)}…` : s);
/** Whether two responses hold the same data (one is a copy of the other). */
const same = (a: Response, b: Response): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The whole self-assessment: one framework component per step, pillar by pillar, then a
 * review step that lists what is unanswered and asks for the respondent's details, then
 * submit. Answers are saved to `localStorage` on every change (see `storage-key`), so a
 * reload resumes where the respondent left off. Errors (an invalid evidence link, a
 * missing role) appear in a summary at the top that links to each field; unanswered
 * questions are not errors.
 *
 * @summary The six-pillar questionnaire, step by step, with autosave.
 *
 * @fires {CustomEvent<ResponseChangeDetail>} dtc-response-change - On every change to the response.
 * @fires {CustomEvent<SectionCompleteDetail>} dtc-section-complete - The respondent pressed Next on the last part of a pillar.
 * @fires {CustomEvent<DraftsChangeDetail>} dtc-drafts-change - Text typed that is not valid yet changed (see `drafts`): for hosts that store the response themselves.
 * @fires {CustomEvent<AssessmentCompleteDetail>} dtc-assessment-complete - The assessment was submitted; `result` is `scoreResponse(framework, response, { sections })`.
 *
 * @csspart layout - The container of navigation and step.
 * @csspart nav - The navigation (progress by pillar, parts of the current pillar, review).
 * @csspart progress - The `<dtc-progress>` element.
 * @csspart step - The current step.
 * @csspart eyebrow - The pillar name and part number above the step heading.
 * @csspart heading - The step heading (focused after each move).
 * @csspart question - Each `<dtc-rubric-question>` element.
 * @csspart actions - The row of Previous / Next / Submit buttons.
 * @csspart button - Every button; the main one also has `button-primary`.
 * @csspart button-primary - The Next and Submit buttons.
 * @csspart error-summary - The error summary at the top.
 * @csspart status - The storage status message.
 * @csspart field - The respondent detail fields.
 * @csspart load-error - The message shown when `src` cannot be used.
 * @csspart card - Forwarded from each `<dtc-rubric-question>`, as are `card-checked`, `card-label`, `card-text` and `error`.
 * @csspart question-title - The `title` part of each `<dtc-rubric-question>`.
 * @csspart bar - Forwarded from `<dtc-progress>`, as is `bar-fill`.
 *
 * @cssprop --dtc-color-accent - Buttons, links and current markers.
 * @cssprop --dtc-color-on-accent - Text on the main button.
 * @cssprop --dtc-color-danger - Error summary and error text.
 * @cssprop --dtc-color-background - Background of the element.
 * @cssprop --dtc-nav-width - Width of the navigation beside the step (default `16rem`).
 * @cssprop --dtc-font-family - Font.
 */
export class DtcAssessment extends LitElement {
  static override styles: CSSResultGroup = [tokens, controls, styles];
  static {
    useNamespaces(assessmentNamespace, issuesNamespace);
  }

  static override properties: PropertyDeclarations = {
    framework: { attribute: false },
    src: {},
    locale: { reflect: true },
    response: { attribute: false },
    storageKey: { attribute: 'storage-key' },
    noAutosave: { type: Boolean, attribute: 'no-autosave' },
    drafts: { attribute: false },
    sections: { converter: (v) => v?.split(/[\s,]+/).filter(Boolean) },
    step: { state: true },
    done: { state: true },
    errors: { state: true },
    note: { state: true },
    announcement: { state: true },
    roleOther: { state: true },
    country: { state: true },
  };

  /** The framework to assess. Takes precedence over `src`. */
  declare framework: Framework | undefined;
  /** URL of a framework JSON file, validated with `parseFramework` from @dtc/schema. */
  declare src: string | undefined;
  /** BCP 47 locale for words and framework text; defaults to the nearest `lang`. */
  declare locale: string | undefined;
  /**
   * The response being filled in. Set it to resume one; it then wins over the saved copy.
   * Read it at any time for the current answers. Setting back a copy of the current
   * response (from `dtc-response-change`) keeps the respondent where they are.
   */
  declare response: Response | undefined;
  /**
   * The localStorage key for autosave; default `dtc-assessment:<framework id>`. Changed
   * later (another respondent signs in), the element resumes what is saved under the new
   * key, or saves the answers so far there when it holds nothing.
   */
  declare storageKey: string | undefined;
  /** Turn autosave off (answers are then kept in memory only). */
  noAutosave = false;
  /** Pillar ids to assess (all when empty); attribute: ids separated by spaces or commas. */
  declare sections: string[] | undefined;

  private step = 0;
  private done = false;
  private errors: FieldError[] = [];
  declare private note: Note | undefined;
  private announcement = '';
  private roleOther = false;
  declare private country: string | undefined;

  private readonly lc = new LocaleController(this);
  private readonly loader = new FrameworkLoader(this);
  private autosave: Autosave | undefined;
  private steps: Step[] = [];
  private active: Framework | undefined;
  private setupKey = '';
  /** The response as this element last set it; anything else was set from outside. */
  private own: Response | undefined;
  /** The language the shown errors were last rendered in. */
  private errorsLang = '';
  /**
   * Text typed that is not valid yet, so not in the response (half a country code, an
   * evidence line that is not a link yet, "Other" without its description), by field. It is
   * autosaved beside the response, so a reload loses it neither. A host that stores the
   * response itself (`no-autosave`) keeps it from `dtc-drafts-change` and gives it back
   * together with `response`.
   */
  drafts: Drafts = {};
  /** The drafts as this element last set them; others were given by the host. */
  private ownDrafts: Drafts | undefined;
  /** The questions whose evidence draft was given back to them. */
  private readonly restored = new WeakSet<Element>();

  private get heading(): HTMLElement | null {
    return this.renderRoot.querySelector('#step-heading');
  }
  private get summary(): HTMLElement | null {
    return this.renderRoot.querySelector('#error-summary');
  }

  /** The framework in use: the `framework` property, or the one loaded from `src`. */
  get currentFramework(): Framework | undefined {
    const s = this.loader.state;
    return this.framework ?? (s.status === 'ready' ? s.framework : undefined);
  }

  /**
   * Removes the autosaved copy from this browser, e.g. once the host has stored the submitted
   * response, or on a computer shared by a workshop. The response in memory is kept.
   */
  clearStorage(): void {
    this.autosave?.clear();
  }

  private noteLoad(saved: AutosaveLoad | undefined): void {
    if (saved?.status === 'set-aside') {
      this.note = { kind: 'set-aside', key: saved.backupKey, reason: saved.reason };
    } else if (saved?.status === 'unavailable') this.note = { kind: 'unavailable' };
  }

  protected override willUpdate(): void {
    if (!this.framework) this.loader.load(this.src);
    const fw = this.currentFramework;
    if (!fw) return;
    this.lc.fallbacks = fw.locales;
    const storage = this.noAutosave ? '' : (this.storageKey ?? storageKeyFor(fw.id));
    let drafts: Drafts | undefined;
    const key = `${this.sections?.join()}|${storage}`;
    if (fw !== this.active || key !== this.setupKey) {
      const fresh = fw !== this.active;
      const moved = !fresh && storage !== '' && storage !== this.autosave?.key;
      this.active = fw;
      this.setupKey = key;
      this.steps = pillarsIn(fw, this.sections).flatMap((pillar) =>
        pillar.components.map((component) => ({ pillar, component })),
      );
      this.autosave = storage ? new Autosave(storage) : undefined;
      this.step = Math.min(this.step, this.steps.length);
      if (fresh) {
        this.own = undefined;
        this.note = undefined;
        if (this.response?.framework.id !== fw.id) {
          const saved = this.autosave?.load(fw);
          if (saved?.status === 'restored') {
            this.response = saved.response;
            drafts = this.autosave!.loadDrafts();
          } else {
            this.noteLoad(saved);
            this.response = emptyResponse(fw);
          }
        }
      } else if (moved && this.response) {
        // Another storage key (a sign-in, another respondent on a shared computer): resume
        // what is saved there; when nothing is, the answers so far are saved there.
        const saved = this.autosave!.load(fw);
        if (saved.status === 'restored') {
          this.response = saved.response;
          drafts = this.autosave!.loadDrafts();
        } else {
          this.noteLoad(saved);
          if (saved.status !== 'unavailable' && !this.autosave!.save(this.response)) {
            this.note = { kind: 'unavailable' };
          }
          this.autosave!.saveDrafts(this.drafts);
        }
      }
    }
    // A copy of the response (a host that stores what `dtc-response-change` gives and
    // passes it back): adopted as is, without moving the respondent.
    if (this.response && this.own && this.response !== this.own && same(this.response, this.own)) {
      this.own = this.response;
    }
    // A response set from outside (or just loaded): resume at its first unanswered step.
    if (this.response && this.response !== this.own) {
      const r = (this.own = this.response);
      // Drafts belong to the response they were saved with: those saved beside it, or those
      // the host gave with it; a response from outside comes with none of its own.
      const given = this.drafts !== this.ownDrafts ? this.drafts : undefined;
      this.drafts = this.ownDrafts = drafts ?? given ?? {};
      if (!drafts) this.autosave?.saveDrafts(this.drafts);
      this.country = this.drafts['country'] ?? r.respondent.country;
      this.roleOther =
        (r.respondent.role === 'other' && roleChosen(r.respondent)) ||
        this.drafts['role'] === 'other';
      const first = this.steps.findIndex((s) =>
        s.component.questions.some((q) => !isAnswered(r, q.id)),
      );
      this.step = first < 0 ? this.steps.length : first;
      this.done = false;
      this.errors = [];
    }
  }

  private setDraft(field: string, text: string | undefined): void {
    if (this.drafts[field] === text) return;
    const { [field]: _old, ...rest } = this.drafts;
    this.drafts = this.ownDrafts = text === undefined ? rest : { ...rest, [field]: text };
    this.autosave?.saveDrafts(this.drafts);
    emit(this, 'dtc-drafts-change', { drafts: this.drafts });
  }

  protected override updated(): void {
    // Questions just rendered get back the evidence text they held before a reload.
    for (const q of this.renderRoot.querySelectorAll<DtcRubricQuestion>('dtc-rubric-question')) {
      if (this.restored.has(q)) continue;
      this.restored.add(q);
      const draft = this.drafts[`evidence:${q.question?.id}`];
      if (draft !== undefined) q.evidenceText = draft;
    }
    // A question's error message comes from the question, which switches language in its
    // own update, after this one: once the questions have, render the errors again.
    if (this.errors.length && this.errorsLang !== this.lc.lang) {
      this.errorsLang = this.lc.lang;
      const questions = this.renderRoot.querySelectorAll<DtcRubricQuestion>('dtc-rubric-question');
      void Promise.all([...questions].map((q) => q.updateComplete)).then(() =>
        this.requestUpdate(),
      );
    }
  }

  private commit(next: Response): void {
    if (next === this.response) return;
    this.response = this.own = next;
    if (this.autosave) {
      const saved = this.autosave.save(next);
      if (!saved) this.note = { kind: 'unavailable' };
      else if (this.note?.kind === 'unavailable') this.note = undefined;
    }
    emit(this, 'dtc-response-change', { response: next });
  }

  private onAnswer(e: CustomEvent<AnswerChangeDetail>): void {
    e.stopPropagation();
    const { questionId, evidenceText, ...patch } = e.detail;
    this.setDraft(`evidence:${questionId}`, evidenceText);
    this.commit(setAnswer(this.response!, questionId, patch));
  }

  /**
   * Collects the errors of the current question step (invalid evidence links) or, with
   * `review`, of the respondent details; shows them in the summary and returns false.
   */
  private check(review = false): boolean {
    const errors: FieldError[] = [];
    if (!review) {
      for (const q of this.renderRoot.querySelectorAll<DtcRubricQuestion>('dtc-rubric-question')) {
        if (!q.checkValidity()) {
          errors.push({
            id: `q-${q.question!.id}`,
            message: () =>
              this.lc.t('assessment.error.field', {
                field: this.lc.text(q.question!.title),
                message: q.validationMessage,
              }),
            focus: () => q.focusField('evidence'),
          });
        }
      }
    } else {
      const r = this.response!.respondent;
      const field = (id: string, key: 'role' | 'roleDetail' | 'country'): FieldError => ({
        id,
        message: () => this.lc.t(`assessment.error.${key}`),
        focus: () => this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus(),
      });
      if (!roleChosen(r))
        errors.push(this.roleOther ? field('role-detail', 'roleDetail') : field('role', 'role'));
      if (this.country && !COUNTRY.test(this.country)) errors.push(field('country', 'country'));
    }
    this.errors = errors;
    this.errorsLang = this.lc.lang;
    if (errors.length) void this.updateComplete.then(() => this.summary?.focus());
    return !errors.length;
  }

  /** Moves to step `index` (the review is `steps.length`), focusing its heading. */
  private async go(index: number): Promise<void> {
    if (this.step < this.steps.length && !this.done && !this.check()) return;
    const from = this.steps[this.step];
    if (from && index === this.step + 1 && this.steps[index]?.pillar !== from.pillar) {
      emit(this, 'dtc-section-complete', { pillarId: from.pillar.id, response: this.response! });
    }
    this.step = index;
    this.done = false;
    this.errors = [];
    const to = this.steps[index];
    this.announcement = this.lc.t('assessment.announce.step', {
      current: index + 1,
      total: this.steps.length + 1,
      title: to ? this.lc.text(to.component.title) : this.lc.t('assessment.review.title'),
    });
    await this.updateComplete;
    this.heading?.focus();
  }

  private async submit(): Promise<void> {
    if (!this.check(true)) return;
    const fw = this.active!;
    const response = complete(this.response!);
    this.commit(response);
    const pillars = pillarsIn(fw, this.sections);
    const result = scoreResponse(fw, response, {
      sections: pillars.length < fw.pillars.length ? pillars.map((p) => p.id) : undefined,
    });
    this.done = true;
    this.announcement = this.lc.t('assessment.done.title');
    emit(this, 'dtc-assessment-complete', { response, result });
    await this.updateComplete;
    this.heading?.focus();
  }

  override render(): TemplateResult {
    const fw = this.currentFramework;
    const { t } = this.lc;
    const load = this.loader.state;
    if (!fw || !this.response) {
      if (load.status !== 'error') {
        return html`<p role="status">${load.status === 'loading' ? t('common.loading') : ''}</p>`;
      }
      const issues = load.issues;
      return html`<div part="load-error" class="load-error" role="alert">
        <h2>${t('common.error.title')}</h2>
        <p>
          ${
            load.kind === 'fetch'
              ? t('common.error.fetch', { url: short(load.src), detail: load.detail })
              : t('assessment.error.invalidFramework', { url: short(load.src) })
          }
        </p>
        ${
          issues.length
            ? html`<ul>
                ${issues
                  .slice(0, 5)
                  .map(
                    (i) =>
                      html`<li>
                        ${t('common.error.issue', { path: formatPath(i.path), message: describeIssue(this.lc.lang, i) })}
                      </li>`,
                  )}
              </ul>`
            : nothing
        }
        ${
          issues.length > 5
            ? html`<p>${t('common.error.moreIssues', { count: issues.length - 5 })}</p>`
            : nothing
        }
      </div>`;
    }
    const current = this.steps[this.step];
    const note = this.note;
    const noteText =
      note?.kind === 'set-aside'
        ? t('assessment.storage.setAside', { key: note.key, reason: note.reason })
        : note
          ? t('assessment.storage.unavailable')
          : '';
    return html`<div
      part="layout"
      class="layout"
      lang=${this.lc.lang}
      dir=${this.locale ? this.lc.dir : nothing}
    >
      <div class="visually-hidden" role="status">${this.announcement}</div>
      <div part="status" class=${noteText ? 'status' : ''} role="status">${noteText}</div>
      ${this.errors.length ? this.renderErrors() : nothing}
      <div class="columns">
        ${this.renderNav(fw, current)}
        <section part="step" class="step" aria-labelledby="step-heading">
          ${this.done ? this.renderDone() : current ? this.renderStep(fw, current) : this.renderReview(fw)}
        </section>
      </div>
    </div>`;
  }

  private renderErrors(): TemplateResult {
    return html`<div
      part="error-summary"
      class="error-summary"
      id="error-summary"
      tabindex="-1"
      aria-labelledby="error-title"
    >
      <div role="alert">
        <h2 id="error-title">${this.lc.t('assessment.error.title')}</h2>
        <ul>
          ${this.errors.map(
            (e) =>
              html`<li>
                <a
                  href="#${e.id}"
                  @click=${(ev: Event) => {
                    ev.preventDefault();
                    e.focus();
                  }}
                  >${e.message()}</a
                >
              </li>`,
          )}
        </ul>
      </div>
    </div>`;
  }

  private renderNav(fw: Framework, current: Step | undefined): TemplateResult {
    const { t, text } = this.lc;
    const review = !current && !this.done;
    return html`<nav part="nav" class="nav" aria-label=${t('assessment.nav.label')}>
      <dtc-progress
        part="progress"
        exportparts="bar, bar-fill"
        navigable
        .framework=${fw}
        .response=${this.response}
        .sections=${this.sections}
        current=${current?.pillar.id ?? ''}
        locale=${this.lc.lang}
        @dtc-progress-select=${(e: CustomEvent<{ pillarId: string }>) => {
          e.stopPropagation();
          void this.go(this.steps.findIndex((s) => s.pillar.id === e.detail.pillarId));
        }}
      ></dtc-progress>
      ${
        current
          ? html`<h2 class="nav-title" id="parts">
                ${t('assessment.nav.components', { pillar: text(current.pillar.title) })}
              </h2>
              <ol class="parts" aria-labelledby="parts">
                ${this.steps.map((s, i) =>
                  s.pillar === current.pillar
                    ? html`<li>
                        <button
                          type="button"
                          part="button"
                          class="link"
                          aria-current=${i === this.step && !this.done ? 'step' : nothing}
                          @click=${() => this.go(i)}
                        >
                          ${text(s.component.title)}
                        </button>
                      </li>`
                    : nothing,
                )}
              </ol>`
          : nothing
      }
      <button
        type="button"
        part="button"
        class="link review-link"
        aria-current=${review ? 'step' : nothing}
        @click=${() => this.go(this.steps.length)}
      >
        ${t('assessment.nav.review')}
      </button>
    </nav>`;
  }

  private renderStep(fw: Framework, s: Step): TemplateResult {
    const { t, text } = this.lc;
    const parts = s.pillar.components;
    const answers = this.response!.answers;
    return html`<p part="eyebrow" class="eyebrow">
        ${t('assessment.step.eyebrow', {
          pillar: text(s.pillar.title),
          current: parts.indexOf(s.component) + 1,
          total: parts.length,
        })}
      </p>
      <h2 part="heading" id="step-heading" tabindex="-1">${text(s.component.title)}</h2>
      <p class="summary">${text(s.component.summary)}</p>
      <div class="questions" @dtc-answer-change=${this.onAnswer}>
        ${repeat(
          s.component.questions,
          (q) => q.id,
          (q) => {
            const a = answers[q.id];
            return html`<dtc-rubric-question
              part="question"
              exportparts="card, card-checked, card-label, card-text, title: question-title, error"
              id="q-${q.id}"
              extras
              .question=${q}
              .levels=${fw.levels}
              .value=${a?.value}
              .comment=${a?.comment}
              .evidence=${a?.evidence}
              .confidence=${a?.confidence}
              locale=${this.lc.lang}
            ></dtc-rubric-question>`;
          },
        )}
      </div>
      <div part="actions" class="actions">
        ${
          this.step > 0
            ? html`<button type="button" part="button" @click=${() => this.go(this.step - 1)}>
                ${t('assessment.step.previous')}
              </button>`
            : nothing
        }
        <button
          type="button"
          part="button button-primary"
          class="primary"
          @click=${() => this.go(this.step + 1)}
        >
          ${this.step + 1 < this.steps.length ? t('assessment.step.next') : t('assessment.nav.review')}
        </button>
      </div>`;
  }

  private renderReview(fw: Framework): TemplateResult {
    const { t, text } = this.lc;
    const r = this.response!;
    const error = (id: string): string => this.errors.find((e) => e.id === id)?.message() ?? '';
    const role = this.roleOther ? 'other' : roleChosen(r.respondent) ? r.respondent.role : '';
    const field = (
      id: string,
      label: string,
      value: string,
      onInput: (v: string) => void,
      hint?: string,
    ): TemplateResult => {
      const message = error(id);
      const described = [hint && `${id}-hint`, message && `${id}-error`].filter(Boolean).join(' ');
      return html`<div class="field">
        <label for=${id}>${label}</label>
        ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
        ${message ? html`<p class="error" id="${id}-error">${message}</p>` : nothing}
        <input
          part="field"
          id=${id}
          class=${message ? 'invalid' : ''}
          maxlength="200"
          aria-invalid=${message ? 'true' : 'false'}
          aria-describedby=${described || nothing}
          .value=${value}
          @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
        />
      </div>`;
    };
    const roleError = error('role');
    return html`<h2 part="heading" id="step-heading" tabindex="-1">
        ${t('assessment.review.title')}
      </h2>
      <p>${t('assessment.review.intro')}</p>
      ${pillarsIn(fw, this.sections).map((pillar) => {
        const missing = unanswered(pillar, r);
        return html`<h3>${text(pillar.title)}</h3>
          <p>${t('assessment.review.unanswered', { count: missing.length })}</p>
          ${
            missing.length
              ? html`<ul class="missing">
                  ${missing.map((q) => {
                    const i = this.steps.findIndex((s) => s.component.questions.includes(q));
                    return html`<li>
                      <button type="button" part="button" class="link" @click=${() => this.go(i)}>
                        ${text(q.title)}
                      </button>
                    </li>`;
                  })}
                </ul>`
              : nothing
          }`;
      })}
      <fieldset class="respondent">
        <legend><h3>${t('assessment.respondent.title')}</h3></legend>
        <div class="field">
          <label for="role">${t('assessment.respondent.role')}</label>
          ${roleError ? html`<p class="error" id="role-error">${roleError}</p>` : nothing}
          <select
            part="field"
            id="role"
            class=${roleError ? 'invalid' : ''}
            aria-invalid=${roleError ? 'true' : 'false'}
            aria-describedby=${roleError ? 'role-error' : nothing}
            @change=${(e: Event) => this.setRole((e.target as HTMLSelectElement).value)}
          >
            <option value="" ?selected=${!role}>${t('assessment.respondent.roleChoose')}</option>
            ${RESPONDENT_ROLES.map(
              (id) =>
                html`<option value=${id} ?selected=${role === id}>
                  ${t(`assessment.role.${id}`)}
                </option>`,
            )}
          </select>
        </div>
        ${
          role === 'other'
            ? field(
                'role-detail',
                t('assessment.respondent.roleDetail'),
                r.respondent.roleDetail ?? '',
                (v) =>
                  this.commit(
                    setRespondent(this.response!, { roleDetail: v.trim() ? v : undefined }),
                  ),
              )
            : nothing
        }
        ${field(
          'organisation',
          t('assessment.respondent.organisation'),
          r.respondent.organisation ?? '',
          (v) =>
            this.commit(setRespondent(this.response!, { organisation: v.trim() ? v : undefined })),
        )}
        ${field(
          'country',
          t('assessment.respondent.country'),
          this.country ?? '',
          (v) => {
            const code = v.trim().toUpperCase();
            this.country = code || undefined;
            this.setDraft('country', code && !COUNTRY.test(code) ? code : undefined);
            if (!code || COUNTRY.test(code)) {
              this.commit(setRespondent(this.response!, { country: code || undefined }));
            }
          },
          t('assessment.respondent.countryHint'),
        )}
      </fieldset>
      <div part="actions" class="actions">
        ${
          this.steps.length
            ? html`<button type="button" part="button" @click=${() => this.go(this.step - 1)}>
                ${t('assessment.step.previous')}
              </button>`
            : nothing
        }
        <button type="button" part="button button-primary" class="primary" @click=${this.submit}>
          ${t('assessment.submit')}
        </button>
      </div>`;
  }

  private setRole(value: string): void {
    this.roleOther = value === 'other';
    this.setDraft('role', this.roleOther ? 'other' : undefined);
    const role = (value || 'other') as RespondentRole;
    const detail = value === 'other' ? this.response!.respondent.roleDetail : undefined;
    this.commit(setRespondent(this.response!, { role, roleDetail: detail }));
  }

  private renderDone(): TemplateResult {
    const { t } = this.lc;
    const r = this.response!;
    const questions = pillarsIn(this.active!, this.sections).flatMap((p) =>
      p.components.flatMap((c) => c.questions),
    );
    return html`<h2 part="heading" id="step-heading" tabindex="-1">
        ${t('assessment.done.title')}
      </h2>
      <p>
        ${t('assessment.done.body', {
          answered: questions.filter((q) => isAnswered(r, q.id)).length,
          total: questions.length,
        })}
      </p>
      <div part="actions" class="actions">
        <button type="button" part="button" @click=${() => this.go(0)}>
          ${t('assessment.done.revise')}
        </button>
      </div>`;
  }
}
