import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { feedbackCsv, groupCsv } from '../../csv.js';
import { progress, score } from '../../data.js';
import { t } from '../../i18n/index.js';
import { PageElement } from '../../page.js';
import { clearWorkshop, type Participant } from '../../storage.js';
import { announce, download, focusElement, guard } from '../../ui.js';
import { removeParticipant } from '../../workshop.js';
import { countryName } from './names.js';

/**
 * The participants gathered so far: who they are, how far they got, their overall score;
 * remove one, download the group's scores and feedback, or clear the workshop.
 */
@customElement('demo-workshop-participants')
export class WorkshopParticipants extends PageElement {
  @property({ attribute: false }) participants: readonly Participant[] = [];
  @state() private confirmingClear = false;

  private focusLater(selector: string): void {
    void this.updateComplete.then(() => focusElement(this.querySelector<HTMLElement>(selector)));
  }

  private removeOne(p: Participant): void {
    guard(() => removeParticipant(p.id));
    announce(t('common.saved'));
    this.focusLater('#participants-title');
  }

  private clear(): void {
    guard(() => clearWorkshop());
    this.confirmingClear = false;
    announce(t('workshop.cleared'));
    this.focusLater('#participants-title');
  }

  private row(p: Participant): TemplateResult {
    const { answered, total } = progress(p.response);
    const overall = score(p.response).overall.score;
    const r = p.response.respondent;
    return html`<tr>
      <th scope="row" dir="auto">${p.label}</th>
      <td dir="auto">
        ${r.role === 'other' ? r.roleDetail || t('role.unknown') : t(`role.${r.role}`)}
      </td>
      <td>${r.country ? countryName(r.country) : t('common.country.none')}</td>
      <td class="num">${answered}/${total}</td>
      <td class="num">
        ${overall === null ? t('common.notScored') : t('common.score', { score: overall })}
      </td>
      <td>
        <button class="button danger small" type="button" @click=${() => this.removeOne(p)}>
          ${t('common.remove')}<span class="visually-hidden">: ${p.label}</span>
        </button>
      </td>
    </tr>`;
  }

  override render(): TemplateResult {
    const participants = this.participants;
    return html`<section aria-labelledby="participants-title">
      <h2 id="participants-title" tabindex="-1">${t('workshop.participants.title')}</h2>
      <p class="muted">${t('workshop.participants.count', { count: participants.length })}</p>
      ${participants.length ? this.renderList(participants) : nothing}
    </section>`;
  }

  private renderList(participants: readonly Participant[]): TemplateResult {
    return html`<div
        class="table-wrap"
        role="region"
        aria-labelledby="participants-caption"
        tabindex="0"
      >
        <table id="participants-table">
          <caption id="participants-caption">
            ${t('workshop.participants.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('workshop.col.participant')}</th>
              <th scope="col">${t('common.role')}</th>
              <th scope="col">${t('common.country')}</th>
              <th scope="col" class="num">${t('workshop.col.answered')}</th>
              <th scope="col" class="num">${t('workshop.col.overall')}</th>
              <th scope="col">${t('workshop.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            ${participants.map((p) => this.row(p))}
          </tbody>
        </table>
      </div>
      <div class="actions">
        <button
          class="button secondary"
          type="button"
          @click=${() => download('workshop-scores.csv', groupCsv(participants), 'text/csv;charset=utf-8')}
        >
          ${t('workshop.csv')}
        </button>
        ${
          participants.some((p) => p.feedback)
            ? html`<button
                class="button secondary"
                type="button"
                @click=${() => download('workshop-feedback.csv', feedbackCsv(participants), 'text/csv;charset=utf-8')}
              >
                ${t('workshop.feedbackCsv')}
              </button>`
            : nothing
        }
        <button
          id="clear-workshop"
          class="button danger"
          type="button"
          @click=${() => {
            this.confirmingClear = true;
            this.focusLater('#confirm-clear');
          }}
        >
          ${t('workshop.clear')}
        </button>
      </div>
      ${this.confirmingClear ? this.renderConfirm() : nothing}`;
  }

  private renderConfirm(): TemplateResult {
    return html`<div class="alert alert-warning" role="alert">
      <p>${t('workshop.clear.confirm')}</p>
      <div class="actions">
        <button id="confirm-clear" class="button danger small" type="button" @click=${this.clear}>
          ${t('workshop.clear')}
        </button>
        <button
          class="button secondary small"
          type="button"
          @click=${() => {
            this.confirmingClear = false;
            this.focusLater('#clear-workshop');
          }}
        >
          ${t('common.cancel')}
        </button>
      </div>
    </div>`;
  }
}
