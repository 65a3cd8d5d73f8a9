import {
  describeIssue,
  isLocaleLoaded,
  issuesNamespace,
  loadLocale,
  useNamespaces,
} from '@dtc/i18n';
import { assessmentNamespace } from '@dtc/i18n/namespaces/assessment';
import {
  formatPath,
  issueCount,
  RESPONDENT_ROLES,
  type Framework,
  type QuestionFeedback,
  type Response,
} from '@dtc/schema';
import type { MigrationReport } from '@dtc/scoring';
import {
  html,
  isServer,
  LitElement,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type TemplateResult,
} from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { LocalStorageStore } from '../shared/model/local-storage-store.js';
import { storageKeyFor, type Drafts, type ResponseStore } from '../shared/model/store.js';
import { emit } from '../shared/element/emit.js';
import { FrameworkLoader } from '../shared/controllers/framework-loader.js';
import { LocaleController } from '../shared/controllers/locale-controller.js';
import { isAnswered, pillarsIn, roleChosen, unanswered } from '../shared/model/response-model.js';
import { controls } from '../shared/styles/controls.styles.js';
import { tokens } from '../shared/styles/tokens.styles.js';
import type { AnswerChangeDetail, DtcRubricQuestion } from '../rubric-question/rubric-question.js';
import type { QuestionFeedbackChangeDetail } from '../question-feedback/question-feedback.js';
import { AssessmentController, type Predecessor, type Step } from './assessment-controller.js';
import { feedbackPanel, loadFeedbackPanel } from './lazy-feedback.js';
import { loadNotice, noticeModule } from './lazy-migration.js';
import { styles } from './assessment.styles.js';

export type {
  AssessmentCompleteDetail,
  MigrationProblem,
  Predecessor,
  ResponseChangeDetail,
  SectionCompleteDetail,
} from './assessment-controller.js';
export type { MigrationReport } from '@dtc/scoring';

interface FieldError {
  id: string;
  /** The message, in the current language (read at each render). */
  message: () => string;
  focus: () => void;
}

/** What `dtc-feedback-change` carries: the whole feedback on the questions, as it is now. */
export interface FeedbackChangeDetail {
  feedback: QuestionFeedback;
}

/** What `dtc-migration-dismiss` carries: the report whose notice the respondent hid. */
export interface MigrationDismissDetail {
  migration: MigrationReport;
}

const short = (s: string): string => (s.length > 80 ? `${s.slice(0, 77)}…` : s);

/**
 * The whole self-assessment: one framework component per step, pillar by pillar, then a
 * review step that lists what is unanswered and asks for the respondent's details, then
 * submit. The response lives in a store (`store`; by default `localStorage`, see
 * `storage-key`) written on every change, so a reload resumes where the respondent left
 * off, and a change made in another tab is merged in (the newest answer to each question
 * wins; the other is kept in the history). Errors (an invalid evidence link, a missing
 * role) appear in a summary at the top that links to each field; unanswered questions are
 * not errors.
 *
 * The role is required where it is asked: on the review step, before Submit; a host that
 * asks it itself (before the questionnaire) sets `no-respondent`, and the element then
 * neither asks nor requires it.
 *
 * A response made with an earlier version of the framework (given as `response`, or found in
 * the store) is carried to the framework's version when the host passes that version and its
 * mapping in `predecessors`: the element calls `migrateResponse` (loaded only then), saves
 * the result through its store like any change, and keeps the answers as they were in the
 * response's `migrations`. A notice then lists the answers to check, the questions that need
 * a new answer and the earlier answers with no place, each question a button that goes to
 * it; `migration` shows the same notice for a response the host carried itself. Without a
 * way to carry it, the element says so instead of the questionnaire, and saves nothing.
 *
 * State and transitions live in `AssessmentController` (load, answer, validate, store,
 * migrate, submit, score); this element renders them.
 *
 * @summary The six-pillar questionnaire, step by step, with autosave.
 *
 * @fires {CustomEvent<ResponseChangeDetail>} dtc-response-change - The one change event: on every change to the response or to its drafts (text typed that is not valid yet), made here (`source: 'respondent'`), arrived from the store (`source: 'store'`, another tab), or carried from an earlier version of the framework (`source: 'migration'`, with the report in `migration`). Not fired for a response the host sets, unless the element carries it.
 * @fires {CustomEvent<SectionCompleteDetail>} dtc-section-complete - The respondent pressed Next (or chose a later step) on the last part of a pillar, and the step had no errors.
 * @fires {CustomEvent<FeedbackChangeDetail>} dtc-feedback-change - With `feedback`: the respondent changed their feedback on a question (`questionFeedback` is the whole feedback, in format `dtc.feedback`).
 * @fires {CustomEvent<MigrationDismissDetail>} dtc-migration-dismiss - The respondent hid the notice about a response carried from an earlier version (`migration` is then unset).
 * @fires {CustomEvent<AssessmentCompleteDetail>} dtc-assessment-complete - The respondent pressed Submit on the review step and nothing stopped it (with `no-respondent`, nothing can); `result` is `scoreResponse(framework, response, { sections })`. Fires again on each later Submit.
 *
 * @csspart layout - The container of navigation and step.
 * @csspart nav - The navigation (progress by pillar, parts of the current pillar, review).
 * @csspart progress - The `<dtc-progress>` element.
 * @csspart step - The current step.
 * @csspart eyebrow - The pillar name and part number above the step heading.
 * @csspart heading - The step heading (focused after each move).
 * @csspart question - Each `<dtc-rubric-question>` element.
 * @csspart feedback - With `feedback`, each `<dtc-question-feedback>` element.
 * @csspart actions - The row of Previous / Next / Submit buttons.
 * @csspart button - Every button; the main one also has `button-primary`.
 * @csspart button-primary - The Next and Submit buttons.
 * @csspart error-summary - The error summary at the top.
 * @csspart status - The storage status message.
 * @csspart field - The respondent detail fields.
 * @csspart load-error - The message shown when `src` cannot be used, or when a response made with another version of the framework cannot be carried to it.
 * @csspart migration-notice - The notice about a response carried from an earlier version of the framework.
 * @csspart texts-error - The notice shown when the texts of the page's language (`texts-src`) cannot be used.
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
    useNamespaces(assessmentNamespace);
  }

  static override properties: PropertyDeclarations = {
    framework: { attribute: false },
    src: {},
    textsSrc: { attribute: 'texts-src' },
    locale: { reflect: true },
    response: { attribute: false, noAccessor: true },
    drafts: { attribute: false, noAccessor: true },
    store: { attribute: false },
    storageKey: { attribute: 'storage-key' },
    noAutosave: { type: Boolean, attribute: 'no-autosave' },
    noRespondent: { type: Boolean, attribute: 'no-respondent' },
    sections: { converter: (v) => v?.split(/[\s,]+/).filter(Boolean) },
    feedback: { type: Boolean },
    questionFeedback: { attribute: false },
    predecessors: { attribute: false },
    migration: { attribute: false },
    errors: { state: true },
    announcement: { state: true },
  };

  /** The framework to assess. Takes precedence over `src`. */
  declare framework: Framework | undefined;
  /** URL of a framework JSON file, validated with `parseFramework` from `@dtc/schema`. */
  declare src: string | undefined;
  /**
   * For a framework in the split form (`src` is the base): the URL of its texts files, with
   * `{locale}` where the locale goes, e.g. `six-pillars.{locale}.json`. Only the texts of
   * the page's locale are fetched, when the base does not hold that locale itself; if they
   * cannot be used, the base's language is shown with a notice and no answer is lost.
   */
  declare textsSrc: string | undefined;
  /** BCP 47 locale for words and framework text; defaults to the nearest `lang`. */
  declare locale: string | undefined;
  /**
   * Where the response is kept: any {@link ResponseStore} (`load`, `save`, `subscribe`,
   * `clear`), e.g. an `IndexedDbStore` or the host's own. Default: a `LocalStorageStore`
   * under `storage-key` (none with `no-autosave`). Changed later (another respondent signs
   * in), the element resumes what the new store holds, or saves the answers so far there
   * when it holds nothing.
   */
  declare store: ResponseStore | undefined;
  /**
   * The localStorage key of the default store; default `dtc-assessment:<framework id>`.
   * Ignored when `store` is set.
   */
  declare storageKey: string | undefined;
  /** Turn the default store off (answers are then kept in memory only, unless `store` is set). */
  noAutosave = false;
  /** The host asks the respondent's details itself: the review step neither asks nor requires them. */
  noRespondent = false;
  /** Pillar ids to assess (all when empty); attribute: ids separated by spaces or commas. */
  declare sections: string[] | undefined;
  /**
   * Offer "Feedback on this question" under each question: unclear, not relevant, something
   * missing, and a comment, reported with `dtc-feedback-change`. Its code loads only when on.
   */
  feedback = false;
  /**
   * The feedback on the questions (format `dtc.feedback`, see `parseFeedback` in
   * `@dtc/schema`): set it to restore feedback given earlier; read it at any time. Created
   * with the first change when not set, naming the framework and the response's `id`.
   */
  declare questionFeedback: QuestionFeedback | undefined;
  /**
   * Earlier versions of the framework, each with the mapping of its questions onto the
   * current version: `{ framework, mapping }`, the mapping as `parseFrameworkMapping(input,
   * framework, current)` from `@dtc/schema` returns it. A response made with one of them is
   * carried to the current version (`migrateResponse`, loaded then), saved through the store,
   * and described in a notice. Hosts pass them; the element never loads a framework version
   * itself.
   */
  declare predecessors: readonly Predecessor[] | undefined;
  /**
   * What became of the answers of a response carried from an earlier version
   * (`MigrationReport` from `migrateResponse` in `@dtc/scoring`): set it to show the notice for
   * a response the host carried itself (give `predecessors` too, for the earlier questions'
   * titles and the notes of the mapping). Set by the element when it carries one; unset when
   * the respondent hides the notice.
   */
  declare migration: MigrationReport | undefined;

  private errors: FieldError[] = [];
  private announcement = '';

  private readonly lc = new LocaleController(this);
  private readonly loader = new FrameworkLoader(this);
  private readonly lifecycle = new AssessmentController(this, {
    change: (detail) => emit(this, 'dtc-response-change', detail),
    sectionComplete: (detail) => emit(this, 'dtc-section-complete', detail),
    complete: (detail) => emit(this, 'dtc-assessment-complete', detail),
    migrated: (report) => {
      this.migration = report;
    },
  });
  /** Whether the notice's words are loaded (its module comes when first needed). */
  private noticeReady = false;
  private noticePending: Promise<void> | undefined;
  /** Whether the notice's live region is in the page, so a notice put in it is announced. */
  private liveRegion = false;
  /** The default store, kept while its key stays the same. */
  private defaultStore: LocalStorageStore | undefined;
  /** Hydrating a server render: the store is read after the first update, which must match it. */
  private storeDeferred = false;
  /** The language the shown errors were last rendered in. */
  private errorsLang = '';
  /** The questions whose evidence draft was given back to them. */
  private readonly restored = new WeakSet<Element>();

  /**
   * The response being filled in. Setting it gives an initial value (to resume one; it wins
   * over what the store holds) and moves to its first unanswered step; from then on the
   * element keeps it, reporting every change with `dtc-response-change`. Read it at any time
   * for the current answers. A response made with another version of the framework is held
   * back (this reads `undefined`) until it is carried to this version (see `predecessors`).
   */
  get response(): Response | undefined {
    return this.lifecycle.response;
  }
  set response(value: Response | undefined) {
    this.lifecycle.adopt(value, {});
    this.errors = [];
  }

  /**
   * Text typed that is not valid yet, so not in the response (half a country code, an
   * evidence line that is not a link yet, "Other" without its description), by field. The
   * store keeps it beside the response, so a reload loses it neither; a host that keeps the
   * response itself gets it in `dtc-response-change` and may give it back after `response`.
   */
  get drafts(): Drafts {
    return this.lifecycle.drafts;
  }
  set drafts(value: Drafts) {
    this.lifecycle.adoptDrafts(value);
  }

  private get heading(): HTMLElement | null {
    return this.renderRoot.querySelector('#step-heading');
  }
  private get summary(): HTMLElement | null {
    return this.renderRoot.querySelector('#error-summary');
  }

  /** The framework in use: the `framework` property, or the one loaded from `src`. */
  get currentFramework(): Framework | undefined {
    return this.framework ?? this.loader.framework;
  }

  /**
   * Removes the stored copy (e.g. once the host has stored the submitted response, or on a
   * computer shared by a workshop). The response in memory is kept.
   */
  clearStorage(): void {
    void this.lifecycle.clearStorage();
  }

  /**
   * Closes a round: the answers as they stand are kept in the response's history under
   * `label` (e.g. "before deep dive"), once, and later changes start the next round (see
   * `startRound` in `@dtc/widgets/model`). Fires `dtc-response-change`; a label already used
   * changes nothing.
   */
  startRound(label: string): void {
    this.lifecycle.startRound(label);
  }

  private storeFor(fw: Framework): ResponseStore | undefined {
    if (this.store) return this.store;
    // A server has no browser storage: it renders the empty response the browser starts from.
    if (this.noAutosave || isServer) return undefined;
    const key = this.storageKey ?? storageKeyFor(fw.id);
    if (this.defaultStore?.key !== key) this.defaultStore = new LocalStorageStore(key);
    return this.defaultStore;
  }

  /** Also waits for a submit that is loading the scoring engine, and the render after it. */
  /** Also waits for a response being carried from an earlier version, and for the notice. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.lifecycle.pendingSubmit?.catch(() => null);
    await this.lifecycle.pendingCarry;
    const done = await super.getUpdateComplete();
    if (!this.noticePending) return done;
    await this.noticePending;
    return super.getUpdateComplete();
  }

  protected override willUpdate(): void {
    if (this.feedback && !isServer) loadFeedbackPanel().catch(() => {});
    // A server renders the loading state: the browser fetches `src` once the page is there.
    if (!this.framework && !isServer) {
      this.loader.load(this.src);
      this.loader.localize(this.textsSrc, this.lc.requestedLocale);
    }
    const fw = this.currentFramework;
    if (!fw) return;
    this.lc.fallbacks = fw.locales;
    this.lifecycle.setPredecessors(this.predecessors ?? []);
    const { step, response } = this.lifecycle;
    this.lifecycle.askRespondent = !this.noRespondent;
    // The server rendered the empty response (it has no browser storage): hydrate that, then
    // take what the store holds in the next update, as a store changed later is taken.
    this.storeDeferred =
      !isServer &&
      !this.hasUpdated &&
      !this.response &&
      !!this.renderRoot?.querySelector(':not(style)');
    const store = this.storeDeferred ? undefined : this.storeFor(fw);
    this.lifecycle.configure(fw, this.sections, store);
    if (this.lifecycle.response !== response || this.lifecycle.step !== step) this.errors = [];
  }

  protected override updated(): void {
    if (this.storeDeferred) this.requestUpdate();
    if ((this.migration || this.lifecycle.problem) && !isServer) this.prepareNotice();
    // The notice goes into its live region only once the region is in the page, so that
    // screen readers announce it (politely) without focus moving to it.
    const live = !!this.renderRoot.querySelector('.migration-live');
    if (live !== this.liveRegion) {
      this.liveRegion = live;
      // A second render, which only this render's result can call for.
      if (live && this.migration && this.noticeReady)
        void this.updateComplete.then(() => this.requestUpdate());
    }
    // The words of data issues are loaded the first time an error shows them.
    const { state, texts } = this.loader;
    if (!this.framework && (state.status === 'error' || texts.status === 'error')) {
      useNamespaces(issuesNamespace);
      if (!isLocaleLoaded(this.lc.lang)) loadLocale(this.lc.lang).catch(() => {});
    }
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

  /** Loads the notice's module and its words in the current language, once. */
  private prepareNotice(): void {
    if (this.noticeReady || this.noticePending) return;
    this.noticePending = loadNotice()
      .then((m) => m.prepare(this.lc.requestedLocale))
      .then(
        () => {
          this.noticeReady = true;
          this.requestUpdate();
        },
        () => {
          // Not loaded (offline): the next update tries again.
        },
      )
      .finally(() => {
        this.noticePending = undefined;
      });
  }

  /** The words and language the notice borrows. */
  private get noticeContext() {
    return { lang: this.lc.lang, t: this.lc.t, text: this.lc.text, formatPath };
  }

  /** The notice about a response carried from an earlier version, once it can be announced. */
  private renderNotice(fw: Framework): TemplateResult | typeof nothing {
    const report = this.migration;
    const notice = noticeModule();
    if (!report || !notice || !this.noticeReady || !this.liveRegion) return nothing;
    if (report.to.id !== fw.id || report.to.version !== fw.version) return nothing;
    const predecessor = this.predecessors?.find(
      (p) => p.framework.id === report.from.id && p.framework.version === report.from.version,
    );
    return notice.renderNotice({
      ...this.noticeContext,
      report,
      framework: fw,
      predecessor,
      shows: (id) => this.stepOf(id) >= 0,
      goTo: (id) => void this.goToQuestion(id),
      dismiss: () => void this.dismissNotice(),
    });
  }

  /** The step that shows question `id`; -1 when the questionnaire does not (other sections). */
  private stepOf(id: string): number {
    return this.lifecycle.steps.findIndex((s) => s.component.questions.some((q) => q.id === id));
  }

  /** Moves to the step of question `id` and focuses the question. */
  private async goToQuestion(id: string): Promise<void> {
    const index = this.stepOf(id);
    if (index < 0) return;
    await this.go(index);
    if (this.lifecycle.step !== index || this.lifecycle.done) return;
    const question = this.renderRoot.querySelector<DtcRubricQuestion>(`#q-${CSS.escape(id)}`);
    if (!question) return;
    await question.updateComplete;
    question.scrollIntoView?.({ block: 'center' });
    question.focus();
  }

  /** Hides the notice, tells the host, and leaves focus on the step's heading. */
  private async dismissNotice(): Promise<void> {
    const migration = this.migration;
    if (!migration) return;
    this.migration = undefined;
    emit(this, 'dtc-migration-dismiss', { migration });
    await this.updateComplete;
    this.heading?.focus();
  }

  private onAnswer(e: CustomEvent<AnswerChangeDetail>): void {
    e.stopPropagation();
    const { questionId, evidenceText, ...patch } = e.detail;
    this.lifecycle.answer(questionId, patch, evidenceText);
  }

  private onFeedback(e: CustomEvent<QuestionFeedbackChangeDetail>): void {
    e.stopPropagation();
    const edit = feedbackPanel();
    const fw = this.currentFramework;
    if (!edit || !fw) return;
    const { questionId, kinds, comment } = e.detail;
    const base = this.questionFeedback ?? edit.newFeedback(fw, this.response?.id);
    const at = new Date().toISOString();
    this.questionFeedback = edit.setFeedbackItem(base, questionId, { kinds, comment }, at);
    emit(this, 'dtc-feedback-change', { feedback: this.questionFeedback });
  }

  /**
   * Shows `errors` in the summary (focusing it) and returns whether there were none.
   */
  private show(errors: FieldError[]): boolean {
    this.errors = errors;
    this.errorsLang = this.lc.lang;
    if (errors.length) void this.updateComplete.then(() => this.summary?.focus());
    return !errors.length;
  }

  /** The errors of the current question step: evidence links that are not valid. */
  private stepErrors(): FieldError[] {
    const errors: FieldError[] = [];
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
    return errors;
  }

  /** The errors of the respondent's details, as the controller finds them. */
  private respondentErrors(): FieldError[] {
    const ids = { role: 'role', roleDetail: 'role-detail', country: 'country' } as const;
    return this.lifecycle.respondentProblems().map((key) => ({
      id: ids[key],
      message: () => this.lc.t(`assessment.error.${key}`),
      focus: () => this.renderRoot.querySelector<HTMLElement>(`#${ids[key]}`)?.focus(),
    }));
  }

  /** Moves to step `index` (the review is `steps.length`), focusing its heading. */
  private async go(index: number): Promise<void> {
    const { steps, step, done } = this.lifecycle;
    if (step < steps.length && !done && !this.show(this.stepErrors())) return;
    this.lifecycle.moveTo(index);
    this.errors = [];
    const to = steps[index];
    this.announcement = this.lc.t('assessment.announce.step', {
      current: index + 1,
      total: steps.length + 1,
      title: to ? this.lc.text(to.component.title) : this.lc.t('assessment.review.title'),
    });
    await this.updateComplete;
    this.heading?.focus();
  }

  private async submit(): Promise<void> {
    if (!this.show(this.respondentErrors())) return;
    if (!(await this.lifecycle.submit())) return;
    this.announcement = this.lc.t('assessment.done.title');
    await this.updateComplete;
    this.heading?.focus();
  }

  override render(): TemplateResult {
    const fw = this.currentFramework;
    const { t } = this.lc;
    const load = this.loader.state;
    if (!fw || !this.response) {
      const problem = this.lifecycle.problem;
      if (fw && problem) {
        const notice = noticeModule();
        return notice && this.noticeReady
          ? notice.renderBlocked(this.noticeContext, problem)
          : html`<p role="status"></p>`;
      }
      if (load.status !== 'error') {
        const busy =
          !!this.lifecycle.pendingCarry ||
          load.status === 'loading' ||
          this.loader.texts.status === 'loading' ||
          (isServer && !!this.src);
        return html`<p role="status">${busy ? t('common.loading') : ''}</p>`;
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
          issueCount(issues) > 5
            ? html`<p>${t('common.error.moreIssues', { count: issueCount(issues) - 5 })}</p>`
            : nothing
        }
      </div>`;
    }
    const current = this.lifecycle.steps[this.lifecycle.step];
    const noteText = this.storageNote(fw);
    return html`<div
      part="layout"
      class="layout"
      lang=${this.lc.lang}
      dir=${this.locale ? this.lc.dir : nothing}
    >
      <div class="visually-hidden" role="status">${this.announcement}</div>
      <div part="status" class=${noteText ? 'status' : ''} role="status">${noteText}</div>
      <div class="migration-live" aria-live="polite">${this.renderNotice(fw)}</div>
      ${this.renderTextsError(fw)} ${this.errors.length ? this.renderErrors() : nothing}
      <div class="columns">
        ${this.renderNav(fw, current)}
        <section part="step" class="step" aria-labelledby="step-heading">
          ${this.lifecycle.done ? this.renderDone() : current ? this.renderStep(fw, current) : this.renderReview(fw)}
        </section>
      </div>
    </div>`;
  }

  /** What the storage status says: data set aside, answers left out, or nothing saved. */
  private storageNote(fw: Framework): string {
    const { t, text, lang } = this.lc;
    const note = this.lifecycle.note;
    if (!note) return '';
    if (note.kind === 'set-aside') {
      return t('assessment.storage.setAside', { key: note.key, reason: note.reason });
    }
    if (note.kind === 'partial') {
      const titles = new Map(
        fw.pillars.flatMap((p) =>
          p.components.flatMap((c) => c.questions.map((q) => [q.id, text(q.title)] as const)),
        ),
      );
      const questions = new Intl.ListFormat(lang, { type: 'conjunction' }).format(
        note.questions.map((id) => titles.get(id) ?? id),
      );
      const count = note.questions.length;
      return t('assessment.storage.partial', { count, questions, key: note.key });
    }
    return t('assessment.storage.unavailable');
  }

  /** The notice shown when the texts of the page's language could not be used. */
  private renderTextsError(fw: Framework): TemplateResult | typeof nothing {
    const texts = this.loader.texts;
    if (this.framework || texts.status !== 'error') return nothing;
    const source = fw.locales[0] ?? 'en';
    let language = source;
    try {
      language = new Intl.DisplayNames([this.lc.lang], { type: 'language' }).of(source) ?? source;
    } catch {
      // An engine without display names: the tag itself.
    }
    const detail =
      texts.kind === 'fetch'
        ? texts.detail
        : describeIssue(this.lc.lang, texts.issues[0] ?? { code: 'other' });
    return html`<p part="texts-error" class="status" role="status">
      ${this.lc.t('assessment.error.texts', { url: short(texts.url), detail, language })}
    </p>`;
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
    const review = !current && !this.lifecycle.done;
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
          void this.go(this.lifecycle.steps.findIndex((s) => s.pillar.id === e.detail.pillarId));
        }}
      ></dtc-progress>
      ${
        current
          ? html`<h2 class="nav-title" id="parts">
                ${t('assessment.nav.components', { pillar: text(current.pillar.title) })}
              </h2>
              <ol class="parts" aria-labelledby="parts">
                ${this.lifecycle.steps.map((s, i) =>
                  s.pillar === current.pillar
                    ? html`<li>
                        <button
                          type="button"
                          part="button"
                          class="link"
                          aria-current=${i === this.lifecycle.step && !this.lifecycle.done ? 'step' : nothing}
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
        @click=${() => this.go(this.lifecycle.steps.length)}
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
      <div
        class="questions"
        @dtc-answer-change=${this.onAnswer}
        @dtc-question-feedback-change=${this.onFeedback}
      >
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
              ></dtc-rubric-question>
              ${
                this.feedback
                  ? html`<dtc-question-feedback
                      part="feedback"
                      question-id=${q.id}
                      label=${text(q.title)}
                      locale=${this.lc.lang}
                      .value=${this.questionFeedback?.items.find((i) => i.question === q.id)}
                    ></dtc-question-feedback>`
                  : nothing
              }`;
          },
        )}
      </div>
      <div part="actions" class="actions">
        ${
          this.lifecycle.step > 0
            ? html`<button
                type="button"
                part="button"
                @click=${() => this.go(this.lifecycle.step - 1)}
              >
                ${t('assessment.step.previous')}
              </button>`
            : nothing
        }
        <button
          type="button"
          part="button button-primary"
          class="primary"
          @click=${() => this.go(this.lifecycle.step + 1)}
        >
          ${this.lifecycle.step + 1 < this.lifecycle.steps.length ? t('assessment.step.next') : t('assessment.nav.review')}
        </button>
      </div>`;
  }

  private renderReview(fw: Framework): TemplateResult {
    const { t, text } = this.lc;
    const r = this.response!;
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
                    const i = this.lifecycle.steps.findIndex((s) =>
                      s.component.questions.includes(q),
                    );
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
      ${this.noRespondent ? nothing : this.renderRespondent()}
      <div part="actions" class="actions">
        ${
          this.lifecycle.steps.length
            ? html`<button
                type="button"
                part="button"
                @click=${() => this.go(this.lifecycle.step - 1)}
              >
                ${t('assessment.step.previous')}
              </button>`
            : nothing
        }
        <button type="button" part="button button-primary" class="primary" @click=${this.submit}>
          ${t('assessment.submit')}
        </button>
      </div>`;
  }

  private field(
    id: string,
    label: string,
    value: string,
    onInput: (v: string) => void,
    hint?: string,
  ): TemplateResult {
    const message = this.errors.find((e) => e.id === id)?.message() ?? '';
    const described = [hint && `${id}-hint`, message && `${id}-error`].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      ${message ? html`<p class="error" id="${id}-error">${message}</p>` : nothing}
      <input
        part="field"
        id=${id}
        class=${message ? 'invalid' : ''}
        dir="auto"
        maxlength="200"
        aria-invalid=${message ? 'true' : 'false'}
        aria-describedby=${described || nothing}
        .value=${value}
        @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
      />
    </div>`;
  }

  private renderRespondent(): TemplateResult {
    const { t } = this.lc;
    const r = this.response!;
    const role = this.lifecycle.roleOther
      ? 'other'
      : roleChosen(r.respondent)
        ? r.respondent.role
        : '';
    const roleError = this.errors.find((e) => e.id === 'role')?.message() ?? '';
    return html`<fieldset class="respondent">
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
          @change=${(e: Event) => this.lifecycle.chooseRole((e.target as HTMLSelectElement).value)}
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
          ? this.field(
              'role-detail',
              t('assessment.respondent.roleDetail'),
              r.respondent.roleDetail ?? '',
              (v) => this.lifecycle.setRespondent({ roleDetail: v.trim() ? v : undefined }),
            )
          : nothing
      }
      ${this.field(
        'organisation',
        t('assessment.respondent.organisation'),
        r.respondent.organisation ?? '',
        (v) => this.lifecycle.setRespondent({ organisation: v.trim() ? v : undefined }),
      )}
      ${this.field(
        'country',
        t('assessment.respondent.country'),
        this.lifecycle.country ?? '',
        (v) => this.lifecycle.typeCountry(v),
        t('assessment.respondent.countryHint'),
      )}
    </fieldset>`;
  }

  private renderDone(): TemplateResult {
    const { t } = this.lc;
    const r = this.response!;
    const questions = pillarsIn(this.lifecycle.framework!, this.sections).flatMap((p) =>
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
