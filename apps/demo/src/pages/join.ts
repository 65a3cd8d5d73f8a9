import '@dtc/widgets/assessment';
import '@dtc/widgets/priorities';
import '@dtc/widgets/action-plan';
import '@dtc/widgets/group-results';
import type { FeedbackChangeDetail, ResponseChangeDetail } from '@dtc/widgets/assessment';
import type { PrioritiesChangeDetail } from '@dtc/widgets/priorities';
import type {
  Live,
  RoomConnection,
  RoomInfo,
  RoomResponseStore,
  Shared,
  Team,
} from '@dtc/rooms/client';
import {
  newActionPlan,
  newFeedback,
  RESPONDENT_ROLES,
  type ActionPlan,
  type FeedbackForm,
  type QuestionFeedback,
  type RespondentRole,
  type Response,
} from '@dtc/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { framework, newResponse, score } from '../data.js';
import { feedbackFields } from '../feedback-fields.js';
import { locale, t } from '../i18n/index.js';
import { PageElement } from '../page.js';
import { href } from '../router.js';
import { roomServer, roomsClient, type RoomsClient } from '../rooms/client.js';
import { planView } from '../rooms/plan-view.js';
import {
  codeOfFragment,
  forgetSession,
  keepSession,
  participantSession,
  type ParticipantSession,
} from '../rooms/session.js';
import { noServer } from '../rooms/no-server.js';
import { ConnectionStatus } from '../rooms/status.js';
import { apiErrorText } from '../rooms/words.js';
import { announce, focusElement } from '../ui.js';
import { groupName } from './workshop/names.js';
import '../gallery.css';
import '../rooms.css';

export const tag = 'demo-join-page';

type Phase = 'checking' | 'no-server' | 'find' | 'join' | 'room';
type LivePlan = Live<ActionPlan | null> & { set(plan: ActionPlan | null): void };
type LiveFeedback = Live<QuestionFeedback | null> & {
  set(feedback: QuestionFeedback | null): void;
};

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * A participant in a room. First the room's code (from the join link's `#code=`), then the
 * room's title and teams, a name, a team and a role; then, in the room: the questionnaire
 * (answers kept in the room, and on this device while the network is away), the team's plan
 * written together, the feedback form, and what the facilitator shares (the group view and
 * every team's plan for the gallery walk). A reload goes back into the room.
 */
@customElement(tag)
export class JoinPage extends PageElement {
  @state() private phase: Phase = 'checking';
  @state() private code = '';
  @state() private found: { title: string; teams: Team[] } | null = null;
  @state() private error = '';
  @state() private fieldErrors: { code?: string; name?: string; team?: string; role?: string } = {};
  @state() private busy = false;
  @state() private info: RoomInfo | null = null;
  @state() private shared: Shared = {};
  @state() private response: Response | null = null;
  @state() private plan: ActionPlan | null = null;
  @state() private feedback: QuestionFeedback | null = null;
  @state() private feedbackSaved = false;

  private readonly connectionStatus = new ConnectionStatus(this);
  private client: RoomsClient | null = null;
  private session: ParticipantSession | null = null;
  private connection: RoomConnection | null = null;
  private store: RoomResponseStore | null = null;
  private livePlan: LivePlan | null = null;
  private liveFeedback: LiveFeedback | null = null;
  private follows: (() => void)[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.leave();
  }

  private async start(): Promise<void> {
    this.client = await roomsClient();
    const session = participantSession();
    const code = codeOfFragment(location.hash);
    // A session on this device goes back into its room, unless a link to another room was opened.
    if (session && session.server === roomServer() && !code) {
      await this.enter(session);
      return;
    }
    const found = await this.client.findRoomServer(roomServer());
    if (!found) {
      this.phase = 'no-server';
      return;
    }
    this.code = code;
    this.phase = 'find';
    if (code) await this.find();
  }

  // -------------------------------------------------------------------------------------------
  // Finding the room, joining it

  private async find(event?: Event): Promise<void> {
    event?.preventDefault();
    const code = this.code.trim();
    this.fieldErrors = code ? {} : { code: t('join.code.error') };
    this.error = '';
    if (!code) {
      await this.updateComplete;
      focusElement(this.querySelector<HTMLElement>('#join-code'));
      return;
    }
    await this.act(async () => {
      const found = await this.client!.lookupRoom(roomServer(), code);
      this.found = { title: found.title, teams: found.teams };
      this.phase = 'join';
      await this.updateComplete;
      focusElement(this.querySelector<HTMLElement>('#join-room-title'));
    });
  }

  /** Runs a call to the room server: busy meanwhile, its error shown and focused. */
  private async act(run: () => Promise<void>): Promise<void> {
    this.busy = true;
    try {
      await run();
    } catch (error) {
      this.error = apiErrorText(error);
      await this.updateComplete;
      focusElement(this.querySelector<HTMLElement>('#join-error'));
    } finally {
      this.busy = false;
    }
  }

  private async join(event: Event): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const name = String(data.get('name') ?? '').trim();
    const team = String(data.get('team') ?? '');
    const role = String(data.get('role') ?? '');
    this.fieldErrors = {
      ...(name ? {} : { name: t('join.name.error') }),
      ...(team ? {} : { team: t('join.team.error') }),
      ...(role ? {} : { role: t('join.role.error') }),
    };
    this.error = '';
    const first = (['name', 'team', 'role'] as const).find((f) => this.fieldErrors[f]);
    if (first) {
      await this.updateComplete;
      focusElement(
        this.querySelector<HTMLElement>(first === 'team' ? '#join-team input' : `#join-${first}`),
      );
      return;
    }
    await this.act(async () => {
      const { session } = await this.client!.joinRoom(roomServer(), {
        code: this.code.trim(),
        name,
        team,
      });
      if (session.role !== 'participant') return;
      const kept: ParticipantSession = { ...session, name, respondentRole: role };
      keepSession(kept);
      // The code was for joining: the address no longer needs it.
      history.replaceState(null, '', href('join'));
      await this.enter(kept);
      announce(t('join.joined', { title: this.info?.title ?? this.found?.title ?? '' }));
      await this.updateComplete;
      focusElement(this.querySelector<HTMLElement>('#join-heading'));
    });
  }

  // -------------------------------------------------------------------------------------------
  // In the room

  private async enter(session: ParticipantSession): Promise<void> {
    this.session = session;
    const connection = (this.connection = new this.client!.RoomConnection(session));
    this.connectionStatus.follow(connection);
    const room = connection.room();
    this.follows.push(
      room.subscribe(({ info, shared }) => {
        this.info = info;
        this.shared = shared;
      }),
    );
    const store = connection.responseStore();
    const plan = (this.livePlan = connection.plan());
    const feedback = (this.liveFeedback = connection.feedback());
    this.follows.push(
      plan.subscribe((value) => {
        // What this page wrote comes back the same; a change from another member is taken.
        if (!same(value, this.plan)) this.plan = value;
      }),
      feedback.subscribe((value) => {
        if (!same(value, this.feedback)) this.feedback = value;
      }),
    );
    const loaded = await store.load(framework);
    if (loaded.status === 'restored') this.response = loaded.response;
    else if (loaded.status === 'empty') {
      const role = (RESPONDENT_ROLES as readonly string[]).includes(session.respondentRole)
        ? (session.respondentRole as RespondentRole)
        : 'other';
      const response = newResponse({ role, name: session.name });
      store.save({ response, drafts: {} });
      this.response = response;
    }
    await Promise.all([room.ready, plan.ready, feedback.ready]);
    const { info, shared } = room.get();
    this.info = info;
    this.shared = shared;
    this.plan = plan.get();
    this.feedback = feedback.get();
    this.store = store;
    this.phase = 'room';
  }

  private leave(): void {
    for (const stop of this.follows.splice(0)) stop();
    this.connectionStatus.follow(null);
    this.connection?.destroy();
    this.connection = null;
    this.store = null;
    this.livePlan = null;
    this.liveFeedback = null;
  }

  /** Leaves the room on this device: the answers stay in the room, the page asks for a code again. */
  private async leaveRoom(): Promise<void> {
    this.leave();
    forgetSession('participant');
    this.session = null;
    this.found = null;
    this.code = '';
    this.response = null;
    this.plan = null;
    this.feedback = null;
    this.info = null;
    this.shared = {};
    this.phase = 'find';
    announce(t('join.left'));
    await this.updateComplete;
    focusElement(this.querySelector<HTMLElement>('h1'));
  }

  private get currentPlan(): ActionPlan {
    return this.plan ?? newActionPlan(framework);
  }

  private setPlan(plan: ActionPlan): void {
    this.plan = plan;
    this.livePlan?.set(plan);
  }

  private onPriorities(event: CustomEvent<PrioritiesChangeDetail>): void {
    this.setPlan({
      ...this.currentPlan,
      priorities: event.detail.priorities,
      pillarPriorities: event.detail.pillarPriorities,
    });
  }

  private onQuestionFeedback(event: CustomEvent<FeedbackChangeDetail>): void {
    const form = this.feedback?.form;
    this.setFeedback({ ...event.detail.feedback, ...(form ? { form } : {}) });
  }

  private setFeedback(feedback: QuestionFeedback): void {
    this.feedback = feedback;
    this.liveFeedback?.set(feedback);
  }

  /** A change to the feedback form, stored at once. */
  private changeForm(patch: Partial<FeedbackForm>): void {
    const base = this.feedback ?? newFeedback(framework, this.response?.id);
    const form: FeedbackForm = { ...base.form, ...patch, at: new Date().toISOString() };
    if (form.comment !== undefined && !form.comment.trim()) delete form.comment;
    this.setFeedback({ ...base, form });
    this.feedbackSaved = false;
  }

  private saveForm(event: Event): void {
    event.preventDefault();
    this.changeForm({});
    this.feedbackSaved = true;
    announce(t('join.feedback.saved'));
  }

  // -------------------------------------------------------------------------------------------
  // Rendering

  override render(): TemplateResult {
    switch (this.phase) {
      case 'checking':
        return html`<h1>${t('join.title')}</h1>
          <p class="loading">${t('room.checking')}</p>`;
      case 'no-server':
        return html`<h1>${t('join.title')}</h1>
          ${noServer()}`;
      case 'find':
        return this.renderFind();
      case 'join':
        return this.renderJoin();
      case 'room':
        return this.renderRoom();
    }
  }

  private renderError(): TemplateResult | typeof nothing {
    return this.error
      ? html`<div class="alert alert-error" id="join-error" tabindex="-1" role="alert">
          <p>${this.error}</p>
        </div>`
      : nothing;
  }

  private renderFind(): TemplateResult {
    const e = this.fieldErrors.code;
    return html`<h1>${t('join.title')}</h1>
      <p class="lead">${t('join.lead')}</p>
      ${this.renderError()}
      <form class="card" @submit=${this.find} novalidate>
        <div class="field">
          <label for="join-code">${t('join.code')}</label>
          <span class="hint" id="join-code-hint">${t('join.code.hint')}</span>
          ${e ? html`<p class="error-text" id="join-code-error">${e}</p>` : nothing}
          <input
            id="join-code"
            name="code"
            dir="ltr"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            maxlength="40"
            aria-required="true"
            aria-invalid=${e ? 'true' : 'false'}
            aria-describedby=${e ? 'join-code-hint join-code-error' : 'join-code-hint'}
            .value=${this.code}
            @input=${(ev: Event) => (this.code = (ev.target as HTMLInputElement).value)}
          />
        </div>
        <div class="actions">
          <button class="button" type="submit" ?disabled=${this.busy}>${t('join.find')}</button>
        </div>
      </form>
      <p><a href=${href('workshop')}>${t('room.toWorkshop')}</a></p>`;
  }

  private renderJoin(): TemplateResult {
    const found = this.found!;
    const e = this.fieldErrors;
    return html`<h1>${t('join.title')}</h1>
      ${this.renderError()}
      <form class="card" @submit=${this.join} novalidate aria-labelledby="join-room-title">
        <h2 id="join-room-title" tabindex="-1" dir="auto">${found.title}</h2>
        <p>${t('join.found')}</p>
        <div class="field">
          <label for="join-name">${t('join.name')}</label>
          <span class="hint" id="join-name-hint">${t('join.name.hint')}</span>
          ${e.name ? html`<p class="error-text" id="join-name-error">${e.name}</p>` : nothing}
          <input
            id="join-name"
            name="name"
            dir="auto"
            maxlength="200"
            autocomplete="name"
            aria-required="true"
            aria-invalid=${e.name ? 'true' : 'false'}
            aria-describedby=${e.name ? 'join-name-hint join-name-error' : 'join-name-hint'}
          />
        </div>
        <fieldset
          class="room-teams"
          id="join-team"
          aria-describedby=${e.team ? 'join-team-error' : nothing}
        >
          <legend>${t('join.team')}</legend>
          ${e.team ? html`<p class="error-text" id="join-team-error">${e.team}</p>` : nothing}
          ${found.teams.map(
            (team) =>
              html`<label
                ><input type="radio" name="team" value=${team.id} required />
                <span dir="auto">${team.name}</span></label
              >`,
          )}
        </fieldset>
        <div class="field">
          <label for="join-role">${t('assess.field.role')}</label>
          ${e.role ? html`<p class="error-text" id="join-role-error">${e.role}</p>` : nothing}
          <select
            id="join-role"
            name="role"
            aria-required="true"
            aria-invalid=${e.role ? 'true' : 'false'}
            aria-describedby=${e.role ? 'join-role-error' : nothing}
          >
            <option value="">${t('join.role.choose')}</option>
            ${RESPONDENT_ROLES.map((role) => html`<option value=${role}>${t(`role.${role}`)}</option>`)}
          </select>
        </div>
        <div class="actions">
          <button class="button" type="submit" ?disabled=${this.busy}>${t('join.submit')}</button>
          <button
            class="button secondary"
            type="button"
            @click=${() => {
              this.phase = 'find';
              this.error = '';
            }}
          >
            ${t('join.otherCode')}
          </button>
        </div>
      </form>`;
  }

  private renderRoom(): TemplateResult {
    const session = this.session!;
    const teams = this.info?.teams ?? [];
    const team = teams.find((x) => x.id === session.team)?.name ?? '';
    return html`<h1 id="join-heading" tabindex="-1" dir="auto">
        ${this.info?.title || t('join.title')}
      </h1>
      <p class="lead">${t('join.room.lead', { name: session.name, team })}</p>
      ${this.connectionStatus.render()}
      ${
        this.info?.closed
          ? html`<div class="alert alert-info"><p>${t('join.closed')}</p></div>`
          : nothing
      }
      <nav aria-label=${t('join.parts')}>
        <ul>
          <li><a href="#answers-title">${t('join.answers.title')}</a></li>
          <li><a href="#team-plan-title">${t('join.plan.title', { team })}</a></li>
          <li><a href="#room-feedback-title">${t('join.feedback.title')}</a></li>
          <li><a href="#shared-title">${t('join.shared.title')}</a></li>
        </ul>
      </nav>
      <section aria-labelledby="answers-title">
        <h2 id="answers-title" tabindex="-1">${t('join.answers.title')}</h2>
        <p>${t('join.answers.lead')}</p>
        ${
          this.store
            ? html`<dtc-assessment
                class="widget-slot"
                no-respondent
                feedback
                locale=${locale()}
                .framework=${framework}
                .store=${this.store}
                .questionFeedback=${this.feedback ?? undefined}
                @dtc-response-change=${(e: CustomEvent<ResponseChangeDetail>) =>
                  (this.response = e.detail.response)}
                @dtc-feedback-change=${this.onQuestionFeedback}
              ></dtc-assessment>`
            : nothing
        }
      </section>
      ${this.renderPlan(team)} ${this.renderFeedback()} ${this.renderShared(teams)}
      <section class="card" aria-labelledby="leave-title">
        <h2 id="leave-title">${t('join.leave.title')}</h2>
        <p>${t('join.leave.lead')}</p>
        <div class="actions">
          <button class="button secondary" type="button" @click=${this.leaveRoom}>
            ${t('join.leave')}
          </button>
        </div>
      </section>`;
  }

  private renderPlan(team: string): TemplateResult {
    const plan = this.currentPlan;
    const result = this.response ? score(this.response) : undefined;
    return html`<section aria-labelledby="team-plan-title">
      <h2 id="team-plan-title" tabindex="-1">${t('join.plan.title', { team })}</h2>
      <p>${t('join.plan.lead')}</p>
      <h3>${t('plan.priorities.title')}</h3>
      <dtc-priorities
        class="widget-slot"
        locale=${locale()}
        .framework=${framework}
        .response=${this.response ?? undefined}
        .result=${result}
        .selected=${plan.priorities}
        .pillarPriorities=${plan.pillarPriorities}
        @dtc-priorities-change=${this.onPriorities}
      ></dtc-priorities>
      <h3>${t('plan.actions.title')}</h3>
      <dtc-action-plan
        class="widget-slot"
        id="room-plan"
        locale=${locale()}
        editor-name=${this.session?.name ?? ''}
        .framework=${framework}
        .response=${this.response ?? undefined}
        .result=${result}
        .plan=${plan}
        @dtc-plan-change=${(e: CustomEvent<{ plan: ActionPlan }>) => this.setPlan(e.detail.plan)}
      ></dtc-action-plan>
    </section>`;
  }

  private renderFeedback(): TemplateResult {
    const form = this.feedback?.form ?? {};
    return html`<section aria-labelledby="room-feedback-title">
      <h2 id="room-feedback-title" tabindex="-1">${t('join.feedback.title')}</h2>
      <p>${t('join.feedback.lead')}</p>
      <form @submit=${this.saveForm} class="prose">
        ${feedbackFields({
          id: 'room-feedback',
          ratings: form,
          comment: form.comment ?? '',
          onRate: (aspect, n) => this.changeForm({ [aspect]: n }),
          onComment: (comment) => this.changeForm({ comment }),
        })}
        <div class="actions">
          <button class="button" type="submit">${t('feedback.save')}</button>
        </div>
      </form>
      ${
        this.feedbackSaved
          ? html`<div class="alert alert-success"><p>${t('join.feedback.saved')}</p></div>`
          : nothing
      }
    </section>`;
  }

  private renderShared(teams: readonly Team[]): TemplateResult {
    const { group, plans } = this.shared;
    return html`<section aria-labelledby="shared-title">
      <h2 id="shared-title" tabindex="-1">${t('join.shared.title')}</h2>
      ${
        group === undefined && plans === undefined ? html`<p>${t('join.shared.none')}</p>` : nothing
      }
      ${
        group !== undefined
          ? html`<h3>${t('join.shared.group')}</h3>
              <dtc-group-results
                class="widget-slot"
                id="shared-group"
                locale=${locale()}
                .framework=${framework}
                .responses=${group}
                .groupLabel=${groupName}
              ></dtc-group-results>`
          : nothing
      }
      ${
        plans !== undefined
          ? html`<h3>${t('join.shared.plans')}</h3>
              <div class="posters" id="shared-plans">
                ${teams.map((team) =>
                  planView(`shared-${team.id}`, team.name, plans[team.id] ?? null),
                )}
              </div>`
          : nothing
      }
    </section>`;
  }
}
