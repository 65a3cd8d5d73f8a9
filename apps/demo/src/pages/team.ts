import '@dtc/widgets/group-results';
import '@dtc/widgets/priorities';
import '@dtc/widgets/action-plan';
import type { PrioritiesChangeDetail } from '@dtc/widgets/priorities';
import type { ActionPlan, Result } from '@dtc/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ALPHA3_TO_ALPHA2, COUNTRY_CODES } from '../countries.js';
import { framework, score } from '../data.js';
import type { ImportError } from '../exchange.js';
import { filePicker } from '../file-picker.js';
import { FileImportController } from '../import-progress.js';
import { renderImportError } from '../import-error.js';
import { locale, regionName, t } from '../i18n/index.js';
import { PageElement } from '../page.js';
import { PlanFileController } from '../plan-file-controller.js';
import type { PlanFileKind } from '../plan-files.js';
import { current as currentLocation, href, navigate } from '../router.js';
import {
  deleteTeam,
  getTeam,
  getWorkshop,
  listTeams,
  now,
  saveTeam,
  type Team,
} from '../storage.js';
import { createTeam, teamMembers, teamPlan } from '../teams.js';
import { announce, download, focusElement, guard } from '../ui.js';
import { addParticipants, type NewParticipant } from '../workshop.js';
import '../gallery.css';
import './team/merge.js';
import { countryName, groupName, participantLabel } from './workshop/names.js';

export const tag = 'demo-team-page';

/** Countries sorted by their name in the current language. */
function countryOptions(): { code: string; name: string }[] {
  const collator = new Intl.Collator(locale());
  return COUNTRY_CODES.map((code) => ({
    code,
    name: regionName(ALPHA3_TO_ALPHA2.get(code)!),
  })).sort((a, b) => collator.compare(a.name, b.name));
}

/** A file name from a team's name: letters and digits, the rest as dashes. */
/** How each file is named to the user (the plan page's words). */

const fileStem = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\w-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase() || 'team';

/**
 * A country team: its members picked from the workshop's participants (or imported from
 * their answers files), its group result, the priorities chosen together, one plan written
 * with `<dtc-action-plan>`, another laptop's plan merged in, and the plan exported. Without
 * `?id=`, the list of teams and a form to start one.
 */
@customElement(tag)
export class TeamPage extends PageElement {
  @state() private importErrors: { name: string; error: ImportError }[] = [];
  @state() private newName = '';
  @state() private newCountry = '';
  @state() private nameError = false;
  /** The Word and Excel files of the team's plan. */
  private readonly planFiles = new PlanFileController(this);
  /** Members' files, read in the import worker behind a progress bar and Cancel. */
  private readonly importer = new FileImportController(this, 'team-import');

  private focusLater(selector: string): void {
    void this.updateComplete.then(() => focusElement(this.querySelector<HTMLElement>(selector)));
  }

  private create(event: Event): void {
    event.preventDefault();
    if (!this.newName.trim()) {
      this.nameError = true;
      this.focusLater('#team-name');
      return;
    }
    const team = guard(() => createTeam(this.newName.trim(), this.newCountry));
    if (!team) return;
    this.newName = '';
    this.newCountry = '';
    this.nameError = false;
    navigate(href('team', { id: team.id }));
  }

  private save(team: Team, change: Partial<Team>): void {
    guard(() => saveTeam({ ...team, ...change }));
  }

  private savePlan(team: Team, plan: ActionPlan): void {
    this.save(team, {
      plan: { ...plan, ...(team.country ? { country: team.country } : {}), updatedAt: now() },
    });
  }

  private toggleMember(team: Team, id: string, on: boolean): void {
    const members = on ? [...new Set([...team.members, id])] : team.members.filter((m) => m !== id);
    this.save(team, { members });
  }

  private async importAnswers(team: Team, event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    // The input forgets the choice at once: choosing the same files again starts a new import.
    input.value = '';
    if (this.importer.busy) return;
    this.importErrors = [];
    const read = await this.importer.run(files);
    if (!read) return;
    const errors: { name: string; error: ImportError }[] = [];
    const items: NewParticipant[] = [];
    for (const outcome of read) {
      if ('error' in outcome) {
        errors.push({ name: outcome.name, error: outcome.error });
        continue;
      }
      for (const item of outcome.items) {
        items.push({
          response: item.response,
          label: participantLabel(item, outcome.name),
          source: 'file' as const,
          fileName: outcome.name,
          plan: item.plan,
          feedback: item.feedback,
        });
      }
    }
    this.importErrors = errors;
    const result = guard(() => addParticipants(items));
    if (!result) return;
    // Files already in the workshop join the team as well: matched by their response.
    const fingerprints = new Set(items.map((i) => JSON.stringify(i.response)));
    const known = getWorkshop()
      .participants.filter((p) => fingerprints.has(JSON.stringify(p.response)))
      .map((p) => p.id);
    const ids = [...result.added, ...result.updated].map((p) => p.id).concat(known);
    const fresh = getTeam(team.id) ?? team;
    this.save(fresh, { members: [...new Set([...fresh.members, ...ids])] });
    announce(t('team.members.imported', { count: new Set(ids).size }));
    if (errors.length) this.focusLater('#team-import-errors');
  }

  private exportPlan(team: Team): void {
    const plan = teamPlan(team);
    download(
      `${fileStem(team.name)}-plan.json`,
      `${JSON.stringify(plan, null, 2)}\n`,
      'application/json',
    );
    announce(t('team.exported'));
  }

  /** The Word and Excel buttons (with a result to draw from), and what became of the last file. */
  private renderFiles(team: Team, result: Result | undefined): TemplateResult | typeof nothing {
    if (!result) return nothing;
    const request = () => ({
      plan: teamPlan(team),
      result,
      locale: locale(),
      name: `${fileStem(team.name)}-plan`,
      country: team.country || undefined,
    });
    const button = (kind: PlanFileKind, label: string) =>
      this.planFiles.button(kind, label, request);
    return html`${button('docx', t('team.export.word'))} ${button('xlsx', t('team.export.excel'))}`;
  }

  private removeTeam(team: Team): void {
    guard(() => deleteTeam(team.id));
    navigate(href('team'));
  }

  override render(): TemplateResult {
    const team = getTeam(currentLocation().params.get('id'));
    return team ? this.renderTeam(team) : this.renderList();
  }

  private renderList(): TemplateResult {
    const teams = listTeams();
    const countries = countryOptions();
    return html`
      <h1>${t('team.list.title')}</h1>
      <p class="lead">${t('team.list.lead')}</p>
      ${
        teams.length
          ? html`<ul class="team-list">
              ${teams.map(
                (team) =>
                  html`<li>
                    <a href=${href('team', { id: team.id })} dir="auto">${team.name}</a>
                    ${
                      team.country
                        ? html`<span class="muted"
                            >${t('common.inParentheses', { text: countryName(team.country) })}</span
                          >`
                        : nothing
                    }
                  </li>`,
              )}
            </ul>`
          : html`<p>${t('team.list.none')}</p>`
      }
      <form class="card" @submit=${this.create} novalidate aria-labelledby="team-new-title">
        <h2 id="team-new-title">${t('team.new.title')}</h2>
        <div class="field">
          <label for="team-name">${t('team.field.name')}</label>
          ${this.nameError ? html`<span class="error-text" id="team-name-error">${t('team.field.name.error')}</span>` : nothing}
          <input
            id="team-name"
            type="text"
            dir="auto"
            autocomplete="off"
            aria-invalid=${this.nameError ? 'true' : 'false'}
            aria-describedby=${this.nameError ? 'team-name-error' : nothing}
            .value=${this.newName}
            @input=${(e: Event) => (this.newName = (e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="team-country">${t('team.field.country')}</label>
          <select
            id="team-country"
            @change=${(e: Event) => (this.newCountry = (e.target as HTMLSelectElement).value)}
          >
            <option value="" ?selected=${!this.newCountry}>
              ${t('assess.field.country.none')}
            </option>
            ${countries.map(
              (c) =>
                html`<option value=${c.code} ?selected=${c.code === this.newCountry}>
                  ${c.name}
                </option>`,
            )}
          </select>
        </div>
        <button class="button" type="submit">${t('team.new.submit')}</button>
      </form>
      <p>
        <a href=${href('gallery')}>${t('team.toGallery')}</a> ·
        <a href=${href('workshop')}>${t('team.toWorkshop')}</a>
      </p>
    `;
  }

  private renderTeam(team: Team): TemplateResult {
    const participants = getWorkshop().participants;
    const members = teamMembers(team);
    const plan = teamPlan(team);
    // The priorities are ranked from the first member's result (scoring has no team ranking).
    const result = members[0] ? score(members[0].response) : undefined;
    return html`
      <p class="no-print"><a href=${href('team')}>${t('team.back')}</a></p>
      <h1>${t('team.title', { name: team.name })}</h1>
      <p class="lead">${t('team.lead')}</p>
      <section class="card" aria-labelledby="team-details-title">
        <h2 id="team-details-title">${t('team.details.title')}</h2>
        <div class="field">
          <label for="team-country">${t('team.field.country')}</label>
          <select
            id="team-country"
            @change=${(e: Event) => {
              const country = (e.target as HTMLSelectElement).value;
              this.save(team, {
                country,
                ...(team.plan ? { plan: { ...team.plan, ...(country ? { country } : {}) } } : {}),
              });
            }}
          >
            <option value="" ?selected=${!team.country}>${t('assess.field.country.none')}</option>
            ${countryOptions().map(
              (c) =>
                html`<option value=${c.code} ?selected=${c.code === team.country}>
                  ${c.name}
                </option>`,
            )}
          </select>
        </div>
      </section>

      <section class="card" aria-labelledby="team-members-title">
        <h2 id="team-members-title">${t('team.members.title')}</h2>
        ${
          participants.length
            ? html`<fieldset class="team-members">
                <legend>${t('team.members.legend')}</legend>
                ${participants.map(
                  (p) =>
                    html`<div class="check">
                      <input
                        type="checkbox"
                        id="member-${p.id}"
                        .checked=${team.members.includes(p.id)}
                        @change=${(e: Event) =>
                          this.toggleMember(team, p.id, (e.target as HTMLInputElement).checked)}
                      />
                      <label for="member-${p.id}" dir="auto">${p.label}</label>
                    </div>`,
                )}
              </fieldset>`
            : html`<p>${t('team.members.none')}</p>`
        }
        ${filePicker({
          id: 'team-answers',
          label: t('team.members.import'),
          hint: t('team.members.importHint'),
          button: t('workshop.files.button'),
          multiple: true,
          disabled: this.importer.busy,
          onChange: (e) => void this.importAnswers(team, e),
        })}
        ${this.importer.render()}
        <div id="team-import-errors" tabindex="-1">
          ${this.importErrors.map((e) => renderImportError(e.error, e.name))}
        </div>
        <p class="muted" id="team-count">${t('team.members.count', { count: members.length })}</p>
      </section>

      <section aria-labelledby="team-result-title">
        <h2 id="team-result-title">${t('team.result.title')}</h2>
        <dtc-group-results
          class="widget-slot"
          locale=${locale()}
          .framework=${framework}
          .participants=${members}
          .groupLabel=${groupName}
        ></dtc-group-results>
      </section>

      <section aria-labelledby="team-priorities-title">
        <h2 id="team-priorities-title">${t('team.priorities.title')}</h2>
        <p class="muted">${t('team.priorities.hint')}</p>
        ${
          result
            ? html`<dtc-priorities
                class="widget-slot"
                locale=${locale()}
                .framework=${framework}
                .result=${result}
                .selected=${plan.priorities}
                .pillarPriorities=${plan.pillarPriorities}
                @dtc-priorities-change=${(e: CustomEvent<PrioritiesChangeDetail>) =>
                  this.savePlan(team, {
                    ...plan,
                    priorities: e.detail.priorities,
                    pillarPriorities: e.detail.pillarPriorities,
                  })}
              ></dtc-priorities>`
            : html`<p>${t('team.priorities.noMembers')}</p>`
        }
      </section>

      <section aria-labelledby="team-plan-title">
        <h2 id="team-plan-title">${t('team.plan.title')}</h2>
        <dtc-action-plan
          class="widget-slot"
          locale=${locale()}
          .framework=${framework}
          .plan=${plan}
          .result=${result}
          filename=${`${fileStem(team.name)}-plan`}
          @dtc-plan-change=${(e: CustomEvent<{ plan: ActionPlan }>) => this.savePlan(team, e.detail.plan)}
        ></dtc-action-plan>
      </section>

      <demo-team-merge .team=${team}></demo-team-merge>

      <section class="card no-print" aria-labelledby="team-export-title">
        <h2 id="team-export-title">${t('team.export.title')}</h2>
        <div class="actions">
          <button class="button" type="button" @click=${() => this.exportPlan(team)}>
            ${t('team.export.json')}
          </button>
          ${this.renderFiles(team, result)}
          <a class="button secondary" href=${href('gallery')}>${t('team.toGallery')}</a>
          <button class="button danger" type="button" @click=${() => this.removeTeam(team)}>
            ${t('team.delete')}
          </button>
        </div>
        ${this.planFiles.renderStatus()}
      </section>
    `;
  }
}
