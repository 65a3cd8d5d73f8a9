import '@dtc/widgets/assessment';
import { RESPONDENT_ROLES, type Respondent, type RespondentRole, type Response } from '@dtc/schema';
import type {
  DtcAssessment,
  FeedbackChangeDetail,
  MigrationDismissDetail,
  Predecessor,
  ResponseChangeDetail,
} from '@dtc/widgets/assessment';
import { roleChosen } from '@dtc/widgets/model';
import { html, nothing, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import { COUNTRY_CODES, ALPHA3_TO_ALPHA2 } from '../countries.js';
import { framework, newResponse, pillarById, progress, tx, WORKSHOP_ORDER } from '../data.js';
import { locale, regionName, t } from '../i18n/index.js';
import { isEarlier, loadEarlier } from '../migration.js';
import { PageElement } from '../page.js';
import { current as currentLocation, href, replaceParams } from '../router.js';
import { deepDiveOf, renderDeepDive } from '../deep-dive.js';
import { uniqueRoundLabel } from '../rounds.js';
import {
  createAssessment,
  currentAssessment,
  labelOf,
  noteResponse,
  responseStore,
  saveAssessment,
  updateAssessment,
  type Assessment,
} from '../storage.js';
import { announce, focusElement, guard } from '../ui.js';

export const tag = 'demo-assess-page';

interface Details {
  label: string;
  role: RespondentRole | '';
  roleDetail: string;
  organisation: string;
  country: string;
}

/** The detail that is missing: the role, or the description of "other". */
type DetailsError = 'role' | 'roleDetail';

function detailsOf(record: Assessment | undefined): Details {
  const r = record?.response.respondent;
  return {
    label: record ? labelOf(record) : '',
    role: r && roleChosen(r) ? r.role : '',
    roleDetail: r?.roleDetail ?? '',
    organisation: r?.organisation ?? '',
    country: r?.country ?? '',
  };
}

function respondentFrom(d: Details, base?: Respondent): Respondent {
  const out: Respondent = { ...base, role: d.role || 'other' };
  const set = (key: 'roleDetail' | 'organisation' | 'country', value: string) => {
    if (value.trim()) out[key] = value.trim();
    else delete out[key];
  };
  set('roleDetail', d.role === 'other' ? d.roleDetail : '');
  set('organisation', d.organisation);
  set('country', d.country);
  return out;
}

/** Countries sorted by their name in the current language. */
function countryOptions(): { code: string; name: string }[] {
  const collator = new Intl.Collator(locale());
  return COUNTRY_CODES.map((code) => ({
    code,
    name: regionName(ALPHA3_TO_ALPHA2.get(code)!),
  })).sort((a, b) => collator.compare(a.name, b.name));
}

/** The questionnaire: all pillars, or one at a time; resumes where the user left off. */
@customElement(tag)
export class AssessPage extends PageElement {
  @state() private editing = false;
  @state() private completed = false;
  @state() private sectionDone: string | null = null;
  @state() private revisionNote = '';
  /** The respondent detail the start or details form is missing (the role is required there). */
  @state() private detailsError: DetailsError | null = null;
  /**
   * The framework's earlier version with its mapping, for the questionnaire's notice (the
   * earlier questions' titles, the notes of the mapping), loaded only when the assessment
   * has a notice to show; `[]` once tried without success (the notice shows without them).
   */
  @state() private predecessors: Predecessor[] | undefined;

  /** The pillar chosen in the URL (`?section=<pillar id>` or `all`), else where the user was. */
  private get section(): string {
    const record = currentAssessment();
    const asked = currentLocation().params.get('section') ?? currentLocation().params.get('pillar');
    if (asked === 'all' || pillarById(asked)) return asked!;
    return record?.section && pillarById(record.section) ? record.section : 'all';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const record = currentAssessment();
    const section = this.section;
    if (record && record.section !== section) {
      guard(() => saveAssessment({ ...record, section }, { touch: false }));
    }
    replaceParams({ section: section === 'all' ? undefined : section, pillar: undefined });
    if (this.starting && !record) replaceParams({ new: undefined });
  }

  /** The report of a response carried from the earlier version, while its notice is not hidden. */
  private notice(record: Assessment) {
    const m = record.migration;
    return m && !m.noticeDismissed ? m.report : undefined;
  }

  /**
   * Loads the earlier version when the questionnaire needs it: for the notice, or for a
   * response still stored as it was made (the questionnaire then carries it itself).
   */
  private needEarlier(record: Assessment): void {
    if (this.predecessors || !(this.notice(record) || isEarlier(record.response.framework))) return;
    loadEarlier().then(
      (earlier) => (this.predecessors = [earlier]),
      () => (this.predecessors = []),
    );
  }

  override render(): TemplateResult {
    const record = currentAssessment();
    if (record) this.needEarlier(record);
    return html`
      <h1>${t('assess.title')}</h1>
      <p class="lead">${t('assess.lead')}</p>
      ${
        record && !this.starting
          ? record.readOnly
            ? this.renderReadOnly()
            : this.renderAssessment(record)
          : this.renderStart(!!record)
      }
    `;
  }

  /**
   * An assessment a newer version of this site wrote: it is not opened in the questionnaire
   * (whose store would set it aside), and nothing of it is written.
   */
  private renderReadOnly(): TemplateResult {
    return html`<div class="alert alert-info">
      <p>${t('assess.readOnly')}</p>
      <p><a href=${href('results')}>${t('nav.results')}</a></p>
    </div>`;
  }

  /** `?new=1`: show the start form even though assessments exist. */
  private get starting(): boolean {
    return currentLocation().params.get('new') === '1';
  }

  private renderStart(cancel: boolean): TemplateResult {
    return html`<section class="card" aria-labelledby="start-title">
      <h2 id="start-title">${t('assess.start.title')}</h2>
      <p>${t('assess.start.intro')}</p>
      <form @submit=${this.start}>
        ${this.detailsFields(detailsOf(undefined))}
        <div class="actions">
          <button class="button" type="submit">${t('assess.start.submit')}</button>
          ${
            cancel
              ? html`<a class="button secondary" href=${href('assess')}>${t('common.cancel')}</a>`
              : nothing
          }
        </div>
      </form>
    </section>`;
  }

  private detailsFields(d: Details): TemplateResult {
    return html`
      <div class="field">
        <label for="d-label"
          >${t('assess.field.label')} <span class="hint">${t('common.optional')}</span></label
        >
        <span class="hint" id="d-label-hint">${t('assess.field.label.hint')}</span>
        <input
          id="d-label"
          name="label"
          dir="auto"
          maxlength="200"
          aria-describedby="d-label-hint"
          .value=${d.label}
        />
      </div>
      <div class="field-row">
        <div class="field">
          <label for="d-role">${t('assess.field.role')}</label>
          ${this.errorText('role')}
          <select
            id="d-role"
            name="role"
            aria-required="true"
            aria-invalid=${this.detailsError === 'role' ? 'true' : 'false'}
            aria-describedby=${this.detailsError === 'role' ? 'd-role-error' : nothing}
            @change=${(e: Event) => {
              const other = (e.target as HTMLSelectElement).value === 'other';
              this.querySelector<HTMLElement>('#d-role-detail-field')?.toggleAttribute(
                'hidden',
                !other,
              );
            }}
          >
            <option value="" ?selected=${!d.role}>—</option>
            ${RESPONDENT_ROLES.map(
              (role) =>
                html`<option value=${role} ?selected=${d.role === role}>
                  ${t(`role.${role}`)}
                </option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="d-country"
            >${t('assess.field.country')} <span class="hint">${t('common.optional')}</span></label
          >
          <select id="d-country" name="country">
            <option value="" ?selected=${!d.country}>${t('assess.field.country.none')}</option>
            ${repeat(
              countryOptions(),
              // Keyed by code: a language switch re-sorts the options, and each option must
              // keep its value, or the one selected would silently become another country.
              (c) => c.code,
              (c) =>
                html`<option value=${c.code} ?selected=${d.country === c.code}>${c.name}</option>`,
            )}
          </select>
        </div>
      </div>
      <div class="field" id="d-role-detail-field" ?hidden=${d.role !== 'other'}>
        <label for="d-role-detail">${t('assess.field.roleDetail')}</label>
        ${this.errorText('roleDetail')}
        <input
          id="d-role-detail"
          name="roleDetail"
          dir="auto"
          maxlength="200"
          aria-invalid=${this.detailsError === 'roleDetail' ? 'true' : 'false'}
          aria-describedby=${this.detailsError === 'roleDetail' ? 'd-role-detail-error' : nothing}
          .value=${d.roleDetail}
        />
      </div>
      <div class="field">
        <label for="d-org"
          >${t('assess.field.organisation')}
          <span class="hint">${t('common.optional')}</span></label
        >
        <input id="d-org" name="organisation" dir="auto" maxlength="200" .value=${d.organisation} />
      </div>
    `;
  }

  private errorText(field: DetailsError): TemplateResult | typeof nothing {
    const id = field === 'role' ? 'd-role' : 'd-role-detail';
    return this.detailsError === field
      ? html`<span class="error-text" id="${id}-error">${t(`assess.error.${field}`)}</span>`
      : nothing;
  }

  /**
   * The role is asked here, once, and required here: without it the form shows why, focuses
   * the field and returns false. (The questionnaire then neither asks nor requires it.)
   */
  private checkDetails(d: Details): boolean {
    const error: DetailsError | null = !d.role
      ? 'role'
      : d.role === 'other' && !d.roleDetail.trim()
        ? 'roleDetail'
        : null;
    this.detailsError = error;
    if (error) {
      announce(t(`assess.error.${error}`));
      void this.updateComplete.then(() =>
        focusElement(
          this.querySelector<HTMLElement>(error === 'role' ? '#d-role' : '#d-role-detail'),
        ),
      );
    }
    return !error;
  }

  private readForm(form: HTMLFormElement): Details {
    const data = new FormData(form);
    const get = (key: string) => String(data.get(key) ?? '');
    return {
      label: get('label').trim(),
      role: get('role') as RespondentRole | '',
      roleDetail: get('roleDetail'),
      organisation: get('organisation'),
      country: get('country'),
    };
  }

  private start(event: Event): void {
    event.preventDefault();
    const d = this.readForm(event.target as HTMLFormElement);
    if (!this.checkDetails(d)) return;
    const section = this.section;
    const record = guard(() =>
      createAssessment(newResponse(respondentFrom(d), d.label), { section }),
    );
    if (!record) return;
    replaceParams({ new: undefined });
    this.requestUpdate();
    void this.updateComplete.then(() => {
      announce(t('common.saved'));
      focusElement(this.querySelector<HTMLElement>('#current-title'));
    });
  }

  private saveDetails(event: Event): void {
    event.preventDefault();
    const record = currentAssessment();
    if (!record) return;
    const d = this.readForm(event.target as HTMLFormElement);
    if (!this.checkDetails(d)) return;
    const response: Response = {
      ...(this.questionnaire?.response ?? record.response),
      label: d.label,
      respondent: respondentFrom(d, record.response.respondent),
      updatedAt: new Date().toISOString(),
    };
    if (guard(() => updateAssessment(record.id, () => ({ response })))) {
      // The questionnaire holds the response: it takes the new details (and saves them).
      if (this.questionnaire) this.questionnaire.response = response;
      this.editing = false;
      announce(t('assess.details.saved'));
      void this.updateComplete.then(() =>
        focusElement(this.querySelector<HTMLElement>('#edit-details')),
      );
    }
  }

  /** The questionnaire on this page, which keeps the response in the assessment's store. */
  private get questionnaire(): DtcAssessment | null {
    return this.querySelector('dtc-assessment');
  }

  private onResponseChange(event: CustomEvent<ResponseChangeDetail>): void {
    const record = currentAssessment();
    if (!record) return;
    noteResponse(record.id, event.detail.response);
    // The questionnaire carried the response itself: keep its report for the notice and banner.
    const report = event.detail.migration;
    if (report)
      guard(() =>
        saveAssessment(
          { ...record, response: event.detail.response, migration: { report } },
          { touch: false },
        ),
      );
  }

  /** The visitor hid the notice about the earlier version: it stays hidden. */
  private onMigrationDismiss(event: CustomEvent<MigrationDismissDetail>): void {
    const record = currentAssessment();
    const report = event.detail.migration;
    if (!record) return;
    const migration = { ...record.migration, report, noticeDismissed: true };
    guard(() => saveAssessment({ ...record, migration }, { touch: false }));
  }

  /** Feedback on a question: kept with the assessment at once, so a reload keeps it. */
  private onFeedbackChange(event: CustomEvent<FeedbackChangeDetail>): void {
    const record = currentAssessment();
    if (!record) return;
    const questionFeedback = { ...event.detail.feedback, assessment: record.id };
    guard(() => updateAssessment(record.id, () => ({ questionFeedback })));
  }

  private onSectionComplete(event: CustomEvent<{ pillarId: string }>): void {
    this.sectionDone = event.detail.pillarId;
    announce(
      t('assess.section.complete', { pillar: tx(pillarById(event.detail.pillarId)?.title) }),
    );
  }

  /** Submitted: the answers as submitted are kept as a round, to compare with later. */
  private onComplete(event: CustomEvent<{ response: Response }>): void {
    const el = event.target as DtcAssessment;
    el.startRound(uniqueRoundLabel(event.detail.response, t('assess.revision.completed')));
    this.completed = true;
  }

  /** Keeps the answers as they stand as a round (a revision), through the questionnaire. */
  private saveRevision(event: Event): void {
    event.preventDefault();
    const el = this.questionnaire;
    if (!el?.response) return;
    const note = uniqueRoundLabel(
      el.response,
      this.revisionNote.trim() || t('assess.revision.default'),
    );
    el.startRound(note);
    this.revisionNote = '';
    announce(t('assess.revision.saved', { note }));
  }

  private renderAssessment(record: Assessment): TemplateResult {
    const section = this.section;
    const { answered, total } = progress(record.response);
    const role = record.response.respondent;
    // A role in the respondent's own words is isolated: typed in any language.
    const roleText =
      role.role !== 'other'
        ? t(`role.${role.role}`)
        : role.roleDetail
          ? html`<bdi>${role.roleDetail}</bdi>`
          : t('role.unknown');
    // The round's note takes its own direction once typed; empty, the page's (a dir=auto field
    // with nothing in it is left to right, and so would be its placeholder in the page's words).
    const noteDir = this.revisionNote ? 'auto' : nothing;
    const nextInWorkshop = this.sectionDone
      ? WORKSHOP_ORDER[WORKSHOP_ORDER.indexOf(this.sectionDone) + 1]
      : undefined;
    return html`
      <section class="card" aria-labelledby="current-title">
        <h2 id="current-title" dir="auto">${labelOf(record) || t('common.untitled')}</h2>
        <ul class="meta">
          <li>${roleText}</li>
          ${
            role.country
              ? html`<li>${regionName(ALPHA3_TO_ALPHA2.get(role.country) ?? role.country)}</li>`
              : nothing
          }
          <li>${t('common.answered', { answered, total })}</li>
          <li>${record.response.completedAt ? t('common.completed') : t('common.inProgress')}</li>
        </ul>
        <div class="progress-bar" aria-hidden="true">
          <span .style=${`width: ${total ? (100 * answered) / total : 0}%`}></span>
        </div>
        ${
          this.editing
            ? html`<form
                class="details"
                @submit=${this.saveDetails}
                aria-label=${t('assess.details.edit')}
              >
                ${this.detailsFields(detailsOf(record))}
                <div class="actions">
                  <button class="button" type="submit">${t('assess.details.save')}</button>
                  <button
                    class="button secondary"
                    type="button"
                    @click=${() => {
                      this.editing = false;
                      this.detailsError = null;
                      void this.updateComplete.then(() =>
                        focusElement(this.querySelector<HTMLElement>('#edit-details')),
                      );
                    }}
                  >
                    ${t('common.cancel')}
                  </button>
                </div>
              </form>`
            : html`<div class="actions">
                <button
                  id="edit-details"
                  class="button secondary small"
                  type="button"
                  @click=${() => {
                    this.editing = true;
                    this.detailsError = null;
                    void this.updateComplete.then(() =>
                      focusElement(this.querySelector<HTMLElement>('#d-label')),
                    );
                  }}
                >
                  ${t('assess.details.edit')}
                </button>
                <a class="button secondary small" href=${href('assess', { new: '1' })}
                  >${t('assess.new')}</a
                >
                <a class="button secondary small" href=${href('results')}
                  >${t('assess.viewResults')}</a
                >
              </div>`
        }
      </section>

      <nav aria-labelledby="sections-label">
        <h2 id="sections-label">${t('assess.sections.label')}</h2>
        <ul class="segmented">
          <li>
            <a
              href=${href('assess', { section: 'all' })}
              aria-current=${section === 'all' ? 'true' : nothing}
              >${t('assess.sections.all')}</a
            >
          </li>
          ${framework.pillars.map((p) => {
            const pp = progress(record.response, p.id);
            return html`<li>
              <a
                href=${href('assess', { section: p.id })}
                aria-current=${section === p.id ? 'true' : nothing}
                >${tx(p.title)}
                <span class="visually-hidden"
                  >${t('common.inParentheses', { text: t('common.answered', pp) })}</span
                ></a
              >
            </li>`;
          })}
        </ul>
        <p class="muted">${t('assess.sections.workshop')}</p>
      </nav>

      ${(() => {
        const dive = deepDiveOf(record);
        return dive?.pillar.id === section ? renderDeepDive(dive) : nothing;
      })()}

      <div aria-live="polite">
        ${
          this.completed
            ? html`<div class="alert alert-success">
                <h2>${t('assess.complete.title')}</h2>
                <p>${t('assess.complete.body')}</p>
                <p><a class="button" href=${href('results')}>${t('assess.complete.results')}</a></p>
              </div>`
            : this.sectionDone && section !== 'all'
              ? html`<div class="alert alert-info">
                  <p>
                    ${t('assess.section.complete', { pillar: tx(pillarById(this.sectionDone)?.title) })}
                  </p>
                  ${
                    nextInWorkshop
                      ? html`<p>
                          <a href=${href('assess', { section: nextInWorkshop })}
                            >${t('assess.section.next', { pillar: tx(pillarById(nextInWorkshop)?.title) })}</a
                          >
                        </p>`
                      : nothing
                  }
                </div>`
              : nothing
        }
      </div>

      ${keyed(
        `${record.id}|${section}`,
        html`<dtc-assessment
          class="widget-slot"
          no-respondent
          feedback
          locale=${locale()}
          .framework=${framework}
          .store=${responseStore(record.id)}
          .questionFeedback=${record.questionFeedback}
          .predecessors=${this.predecessors}
          .migration=${this.predecessors ? this.notice(record) : undefined}
          .sections=${section === 'all' ? undefined : [section]}
          @dtc-response-change=${this.onResponseChange}
          @dtc-section-complete=${this.onSectionComplete}
          @dtc-feedback-change=${this.onFeedbackChange}
          @dtc-migration-dismiss=${this.onMigrationDismiss}
          @dtc-assessment-complete=${this.onComplete}
        ></dtc-assessment>`,
      )}

      <section class="card no-print" aria-labelledby="revision-title">
        <h2 id="revision-title">${t('assess.revision.title')}</h2>
        <p>${t('assess.revision.intro')}</p>
        <form @submit=${this.saveRevision}>
          <div class="field">
            <label for="revision-note">${t('assess.revision.note')}</label>
            <input
              id="revision-note"
              dir=${noteDir}
              maxlength="200"
              placeholder=${t('assess.revision.default')}
              .value=${this.revisionNote}
              @input=${(e: Event) => (this.revisionNote = (e.target as HTMLInputElement).value)}
            />
          </div>
          <button class="button secondary" type="submit">${t('assess.revision.save')}</button>
        </form>
      </section>
    `;
  }
}
