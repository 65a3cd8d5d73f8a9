import '@dtc/widgets/group-results';
import type { RoomConnection, RoomInfo, RoomStatus, RosterEntry, Shared } from '@dtc/rooms/client';
import type { ActionPlan, QuestionFeedback, Response } from '@dtc/schema';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { framework, newResponse, progress } from '../data.js';
import { exportFileName } from '../exchange.js';
import { formatDate, languageName, locale, t } from '../i18n/index.js';
import { PageElement } from '../page.js';
import { href } from '../router.js';
import { roomServer, roomsClient, type RoomsClient } from '../rooms/client.js';
import { roomExport } from '../rooms/export.js';
import { planView } from '../rooms/plan-view.js';
import { encodeQr, qrPath } from '../rooms/qr.js';
import {
  adminLink,
  facilitatorSession,
  forgetSession,
  joinLink,
  keepSession,
  sessionOfAdminFragment,
  type FacilitatorSession,
} from '../rooms/session.js';
import { noServer } from '../rooms/no-server.js';
import { ConnectionStatus } from '../rooms/status.js';
import { apiErrorText } from '../rooms/words.js';
import { announce, copyText, download, focusElement } from '../ui.js';
import { groupName } from './workshop/names.js';
import '../gallery.css';
import '../rooms.css';

export const tag = 'demo-room-page';

type Phase = 'checking' | 'no-server' | 'open' | 'room' | 'gone';
type Answers = { response: Response | null; feedback: QuestionFeedback | null };

/** Addresses only this computer reaches: a join link on one of them works on no other device. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** How long the shared view waits for more changes before it is written again (ms). */
const SHARE_DELAY = 800;

let empty: Response | null = null;
/** A response with no answer, to count the questions of someone who answered nothing yet. */
const nothingYet = (): Response => (empty ??= newResponse({ role: 'other' }));

/** A response as the group view shares it: without the participant's name or label. */
function anonymous(response: Response): Response {
  const { name: _name, ...respondent } = response.respondent;
  const { label: _label, ...rest } = response;
  return { ...rest, respondent };
}

/**
 * The facilitator's room. Without a room: a form to open one (title, teams), in the page's
 * language and with the framework the site uses. With one: its code in large type and as a QR
 * code of the join link, the secret admin link, who joined and how far they got, the group
 * view live, sharing the group view and the plans with participants (the gallery walk), each
 * team's plan, and the room's export, close, new code and delete.
 */
@customElement(tag)
export class RoomPage extends PageElement {
  @state() private phase: Phase = 'checking';
  @state() private openKeyNeeded = false;
  @state() private error = '';
  @state() private fieldErrors: { title?: string; teams?: string } = {};
  @state() private busy = false;
  @state() private confirming: 'delete' | null = null;
  @state() private notice = '';
  @state() private info: RoomInfo | null = null;
  @state() private shared: Shared = {};
  @state() private roster: Record<string, RosterEntry> = {};
  @state() private answers = new Map<string, Answers>();
  @state() private plans = new Map<string, ActionPlan | null>();
  @state() private status: RoomStatus | null = null;

  private readonly connectionStatus = new ConnectionStatus(this);
  private client: RoomsClient | null = null;
  private session: FacilitatorSession | null = null;
  private connection: RoomConnection | null = null;
  private follows: (() => void)[] = [];
  private shareTimer: ReturnType<typeof setTimeout> | undefined;

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
    // An admin link: its token opens the room on this device, then leaves the address bar.
    const fromLink = sessionOfAdminFragment(location.hash, roomServer());
    if (fromLink) {
      keepSession(fromLink);
      history.replaceState(null, '', href('room'));
    }
    // A room open on this device goes on, even with the network away.
    const session = fromLink ?? facilitatorSession();
    if (session && session.server === roomServer()) {
      await this.enter(session);
      return;
    }
    await this.askOpen();
  }

  /** The form to open a room, when a room server serves this site. */
  private async askOpen(): Promise<void> {
    const found = await this.client!.findRoomServer(roomServer());
    this.openKeyNeeded = found?.openKey ?? false;
    this.phase = found ? 'open' : 'no-server';
  }

  /** Connects to the room and follows everything in it. */
  private async enter(session: FacilitatorSession): Promise<void> {
    const client = this.client!;
    this.session = session;
    try {
      this.status = await client.roomStatus(session);
    } catch (error) {
      if ((error as { code?: string }).code === 'room-not-found') {
        this.phase = 'gone';
        return;
      }
      // Offline: the room is still on this device; its code shows when the server answers.
      this.error = apiErrorText(error);
    }
    const connection = (this.connection = new client.RoomConnection(session));
    this.connectionStatus.follow(connection);
    const room = connection.room();
    const roster = connection.roster();
    const onRoom = ({ info, shared }: { info: RoomInfo | null; shared: Shared }): void => {
      this.info = info;
      this.shared = shared;
      for (const team of info?.teams ?? []) this.followPlan(team.id);
    };
    const onRoster = (entries: Record<string, RosterEntry>): void => {
      this.roster = entries;
      for (const id of Object.keys(entries)) this.followParticipant(id);
      this.changed();
    };
    this.follows.push(room.subscribe(onRoom), roster.subscribe(onRoster));
    this.phase = 'room';
    await Promise.all([room.ready, roster.ready]);
    onRoom(room.get());
    onRoster(roster.get());
    if (!this.status) this.status = await client.roomStatus(session).catch(() => null);
  }

  private readonly followed = new Set<string>();

  private followParticipant(id: string): void {
    if (this.followed.has(`p:${id}`) || !this.connection) return;
    this.followed.add(`p:${id}`);
    const live = this.connection.participant(id);
    const set = (value: Answers): void => {
      this.answers = new Map(this.answers).set(id, value);
      this.changed();
    };
    this.follows.push(live.subscribe(set));
    void live.ready.then(() => set(live.get()));
  }

  private followPlan(team: string): void {
    if (this.followed.has(`t:${team}`) || !this.connection) return;
    this.followed.add(`t:${team}`);
    const live = this.connection.plan(team);
    const set = (value: ActionPlan | null): void => {
      this.plans = new Map(this.plans).set(team, value);
      this.changed();
    };
    this.follows.push(live.subscribe(set));
    void live.ready.then(() => set(live.get()));
  }

  private leave(): void {
    clearTimeout(this.shareTimer);
    for (const stop of this.follows.splice(0)) stop();
    this.followed.clear();
    this.connectionStatus.follow(null);
    this.connection?.destroy();
    this.connection = null;
  }

  /** Something in the room changed: what is shared follows (a moment later, once). */
  private changed(): void {
    if (this.shared.group === undefined && this.shared.plans === undefined) return;
    clearTimeout(this.shareTimer);
    this.shareTimer = setTimeout(
      () => this.share(this.shared.group !== undefined, this.shared.plans !== undefined),
      SHARE_DELAY,
    );
  }

  private responses(): { id: string; label: string; response: Response }[] {
    return Object.entries(this.roster).flatMap(([id, entry]) => {
      const response = this.answers.get(id)?.response;
      return response ? [{ id, label: entry.name, response }] : [];
    });
  }

  private sharedPlans(): Record<string, ActionPlan> {
    const out: Record<string, ActionPlan> = {};
    for (const [team, plan] of this.plans) if (plan) out[team] = plan;
    return out;
  }

  /** Writes what participants see: the group's answers without names, every team's plan. */
  private share(group: boolean, plans: boolean): void {
    if (!this.connection) return;
    this.connection.share({
      group: group ? this.responses().map((p) => anonymous(p.response)) : undefined,
      plans: plans ? this.sharedPlans() : undefined,
    });
  }

  private toggleShare(part: 'group' | 'plans'): void {
    const group = this.shared.group !== undefined;
    const plans = this.shared.plans !== undefined;
    const next = {
      group: part === 'group' ? !group : group,
      plans: part === 'plans' ? !plans : plans,
    };
    this.share(next.group, next.plans);
    announce(
      t(
        part === 'group'
          ? next.group
            ? 'room.share.group.on'
            : 'room.share.group.off'
          : next.plans
            ? 'room.share.plans.on'
            : 'room.share.plans.off',
      ),
    );
  }

  // -------------------------------------------------------------------------------------------
  // Opening a room

  private async open(event: Event): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const title = String(data.get('title') ?? '').trim();
    const teams = String(data.get('teams') ?? '')
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter(Boolean);
    this.fieldErrors = {
      ...(title ? {} : { title: t('room.open.title.error') }),
      ...(teams.length ? {} : { teams: t('room.open.teams.error') }),
    };
    if (this.fieldErrors.title || this.fieldErrors.teams) {
      await this.updateComplete;
      focusElement(
        this.querySelector<HTMLElement>(this.fieldErrors.title ? '#room-title' : '#room-teams'),
      );
      return;
    }
    this.busy = true;
    this.error = '';
    try {
      const openKey = String(data.get('key') ?? '').trim();
      const { opened, session } = await this.client!.openRoom(
        roomServer(),
        {
          title,
          teams,
          framework: { id: framework.id, version: framework.version },
          locale: locale(),
        },
        openKey ? { openKey } : {},
      );
      const kept = session as FacilitatorSession;
      keepSession(kept);
      announce(t('room.opened', { title: opened.title }));
      await this.enter(kept);
      await this.updateComplete;
      focusElement(this.querySelector<HTMLElement>('#room-heading'));
    } catch (error) {
      this.error = apiErrorText(error);
      await this.updateComplete;
      focusElement(this.querySelector<HTMLElement>('#room-error'));
    } finally {
      this.busy = false;
    }
  }

  // -------------------------------------------------------------------------------------------
  // The facilitator's actions

  private async act(run: () => Promise<void>): Promise<void> {
    this.busy = true;
    this.error = '';
    try {
      await run();
    } catch (error) {
      this.error = apiErrorText(error);
      await this.updateComplete;
      focusElement(this.querySelector<HTMLElement>('#room-error'));
    } finally {
      this.busy = false;
    }
  }

  private newCode(): Promise<void> {
    return this.act(async () => {
      const next = await this.client!.newRoomCode(this.session!);
      if (this.status) this.status = { ...this.status, ...next };
      announce(t('room.code.renewed', { code: next.code }));
    });
  }

  private close(): Promise<void> {
    return this.act(async () => {
      await this.client!.closeRoom(this.session!);
      if (this.status) this.status = { ...this.status, closed: true };
      announce(t('room.closed'));
    });
  }

  private delete(): Promise<void> {
    return this.act(async () => {
      await this.client!.deleteRoom(this.session!);
      // The server has nothing left of the room; this device's copies go too.
      await this.connection?.forget();
      this.phase = 'checking';
      this.leave();
      forgetSession('facilitator');
      this.session = null;
      this.confirming = null;
      this.resetRoom();
      await this.askOpen();
      this.notice = t('room.deleted');
      await this.updateComplete;
      focusElement(this.querySelector<HTMLElement>('#room-notice'));
    });
  }

  /** Leaves the room on this device only (the room goes on; the admin link opens it again). */
  private async forgetHere(): Promise<void> {
    this.phase = 'checking';
    this.leave();
    forgetSession('facilitator');
    this.session = null;
    this.resetRoom();
    await this.askOpen();
    await this.updateComplete;
    focusElement(this.querySelector<HTMLElement>('h1'));
  }

  private resetRoom(): void {
    this.info = null;
    this.shared = {};
    this.roster = {};
    this.answers = new Map();
    this.plans = new Map();
    this.status = null;
    this.error = '';
  }

  private exportRoom(): void {
    const teams = this.info?.teams ?? [];
    const { file, unfinished } = roomExport(
      {
        teams,
        roster: this.roster,
        participants: Object.fromEntries(this.answers),
        plans: Object.fromEntries(this.plans),
      },
      (name, team) => t('room.export.label', { name, team }),
    );
    download(
      exportFileName(this.info?.title || 'room'),
      JSON.stringify(file, null, 2),
      'application/json',
    );
    this.notice = [
      t('room.export.done', { count: file.assessments.length }),
      ...unfinished.map((u) =>
        t('room.export.unfinished', { team: u.team.name, count: u.actions }),
      ),
    ].join(' ');
    announce(this.notice);
  }

  private async copy(text: string): Promise<void> {
    const ok = await copyText(text);
    announce(t(ok ? 'common.copied' : 'common.copyFailed'));
  }

  // -------------------------------------------------------------------------------------------
  // Rendering

  override render(): TemplateResult {
    switch (this.phase) {
      case 'checking':
        return html`<h1>${t('room.title')}</h1>
          <p class="loading">${t('room.checking')}</p>`;
      case 'no-server':
        return html`<h1>${t('room.title')}</h1>
          ${noServer()}`;
      case 'gone':
        return html`<h1>${t('room.title')}</h1>
          <div class="alert alert-warning"><p>${t('room.gone')}</p></div>
          <div class="actions">
            <button class="button" type="button" @click=${this.forgetHere}>
              ${t('room.gone.forget')}
            </button>
          </div>`;
      case 'open':
        return this.renderOpen();
      case 'room':
        return this.renderRoom();
    }
  }

  private renderOpen(): TemplateResult {
    const e = this.fieldErrors;
    return html`<h1>${t('room.title')}</h1>
      <p class="lead">${t('room.open.lead')}</p>
      ${this.notice ? html`<div class="alert alert-success" id="room-notice" tabindex="-1"><p>${this.notice}</p></div>` : nothing}
      ${this.renderError()}
      <form class="card" @submit=${this.open} novalidate aria-labelledby="open-title">
        <h2 id="open-title">${t('room.open.title')}</h2>
        <div class="field">
          <label for="room-title">${t('room.open.name')}</label>
          ${e.title ? html`<p class="error-text" id="room-title-error">${e.title}</p>` : nothing}
          <input
            id="room-title"
            name="title"
            dir="auto"
            maxlength="200"
            aria-required="true"
            aria-invalid=${e.title ? 'true' : 'false'}
            aria-describedby=${e.title ? 'room-title-error' : nothing}
          />
        </div>
        <div class="field">
          <label for="room-teams">${t('room.open.teams')}</label>
          <span class="hint" id="room-teams-hint">${t('room.open.teams.hint')}</span>
          ${e.teams ? html`<p class="error-text" id="room-teams-error">${e.teams}</p>` : nothing}
          <textarea
            id="room-teams"
            name="teams"
            dir="auto"
            rows="4"
            aria-required="true"
            aria-invalid=${e.teams ? 'true' : 'false'}
            aria-describedby=${e.teams ? 'room-teams-hint room-teams-error' : 'room-teams-hint'}
          ></textarea>
        </div>
        ${
          this.openKeyNeeded
            ? html`<div class="field">
                <label for="room-key">${t('room.open.key')}</label>
                <span class="hint" id="room-key-hint">${t('room.open.key.hint')}</span>
                <input
                  id="room-key"
                  name="key"
                  type="password"
                  autocomplete="off"
                  aria-describedby="room-key-hint"
                />
              </div>`
            : nothing
        }
        <p class="muted">${t('room.open.framework', { language: languageName(locale()) })}</p>
        <div class="actions">
          <button class="button" type="submit" ?disabled=${this.busy}>
            ${t('room.open.submit')}
          </button>
        </div>
      </form>
      <p><a href=${href('workshop')}>${t('room.toWorkshop')}</a></p>`;
  }

  private renderError(): TemplateResult | typeof nothing {
    return this.error
      ? html`<div class="alert alert-error" id="room-error" tabindex="-1" role="alert">
          <p>${this.error}</p>
        </div>`
      : nothing;
  }

  private renderRoom(): TemplateResult {
    const title = this.info?.title ?? this.status?.title ?? '';
    return html`<h1 id="room-heading" tabindex="-1" dir="auto">${title || t('room.title')}</h1>
      <p class="lead">${t('room.lead')}</p>
      ${this.connectionStatus.render()} ${this.renderError()}
      ${this.notice ? html`<div class="alert alert-success" id="room-notice" tabindex="-1"><p>${this.notice}</p></div>` : nothing}
      ${this.status?.closed || this.info?.closed ? html`<div class="alert alert-info"><p>${t('room.closed')}</p></div>` : nothing}
      ${this.renderJoin()} ${this.renderAdmin()} ${this.renderRoster()} ${this.renderGroup()}
      ${this.renderPlans()} ${this.renderManage()}`;
  }

  private renderJoin(): TemplateResult {
    const code = this.status?.code;
    if (!code)
      return html`<section class="card" aria-labelledby="join-title">
        <h2 id="join-title">${t('room.code.title')}</h2>
        <p>${t('room.code.unknown')}</p>
      </section>`;
    const link = joinLink(code);
    const qr = encodeQr(link);
    const side = qr.size + 8;
    return html`<section class="card room-join" aria-labelledby="join-title">
      <h2 id="join-title">${t('room.code.title')}</h2>
      <div class="room-join-parts">
        <div>
          <p>${t('room.code.lead')}</p>
          <p class="room-code" id="room-code" dir="ltr" aria-describedby="room-code-expiry">
            ${code}
          </p>
          <p class="muted" id="room-code-expiry">
            ${t('room.code.expires', { date: formatDate(this.status!.codeExpiresAt) })}
          </p>
          <p>${t('room.code.link')}</p>
          <p class="room-link" dir="ltr"><a href=${link} id="room-join-link">${link}</a></p>
          ${
            LOCAL_HOSTS.has(location.hostname)
              ? html`<div class="alert alert-warning" id="room-local-only">
                  <p>${t('room.code.localOnly')}</p>
                </div>`
              : nothing
          }
          <div class="actions">
            <button class="button secondary" type="button" @click=${() => this.copy(link)}>
              ${t('room.code.copy')}
            </button>
            <button
              class="button secondary"
              type="button"
              ?disabled=${this.busy}
              @click=${this.newCode}
            >
              ${t('room.code.new')}
            </button>
          </div>
        </div>
        <figure class="room-qr">
          <svg
            viewBox="0 0 ${side} ${side}"
            role="img"
            aria-labelledby="room-qr-caption"
            shape-rendering="crispEdges"
          >
            ${svg`<rect width=${side} height=${side} fill="#fff"></rect><path d=${qrPath(qr)} fill="#000"></path>`}
          </svg>
          <figcaption id="room-qr-caption">${t('room.qr.caption', { code })}</figcaption>
        </figure>
      </div>
    </section>`;
  }

  private renderAdmin(): TemplateResult {
    const link = adminLink(this.session!);
    return html`<section class="card" aria-labelledby="admin-title">
      <h2 id="admin-title">${t('room.admin.title')}</h2>
      <div class="alert alert-warning">
        <p id="room-admin-warning">${t('room.admin.warning')}</p>
      </div>
      <div class="field">
        <label for="room-admin-link">${t('room.admin.link')}</label>
        <input
          id="room-admin-link"
          dir="ltr"
          readonly
          .value=${link}
          aria-describedby="room-admin-warning"
          @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
        />
      </div>
      <div class="actions">
        <button class="button secondary" type="button" @click=${() => this.copy(link)}>
          ${t('room.admin.copy')}
        </button>
      </div>
    </section>`;
  }

  private renderRoster(): TemplateResult {
    const teams = new Map((this.info?.teams ?? []).map((team) => [team.id, team.name]));
    const entries = Object.entries(this.roster).sort(([, a], [, b]) =>
      a.joinedAt.localeCompare(b.joinedAt),
    );
    return html`<section aria-labelledby="roster-title">
      <h2 id="roster-title">${t('room.roster.title')}</h2>
      <p class="muted">${t('room.roster.count', { count: entries.length })}</p>
      ${
        entries.length
          ? html`<div
              class="table-wrap"
              role="region"
              aria-labelledby="roster-caption"
              tabindex="0"
            >
              <table id="room-roster">
                <caption id="roster-caption">
                  ${t('room.roster.caption')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t('room.roster.name')}</th>
                    <th scope="col">${t('room.roster.team')}</th>
                    <th scope="col">${t('room.roster.answered')}</th>
                    <th scope="col">${t('room.roster.feedback')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${entries.map(([id, entry]) => {
                    const answers = this.answers.get(id);
                    const { answered, total } = progress(answers?.response ?? nothingYet());
                    return html`<tr>
                      <th scope="row" dir="auto">${entry.name}</th>
                      <td dir="auto">${teams.get(entry.team) ?? entry.team}</td>
                      <td class="num">${t('room.roster.progress', { answered, total })}</td>
                      <td>
                        ${answers?.feedback ? t('room.roster.feedback.yes') : t('room.roster.feedback.no')}
                      </td>
                    </tr>`;
                  })}
                </tbody>
              </table>
            </div>`
          : html`<p>${t('room.roster.none')}</p>`
      }
    </section>`;
  }

  private renderGroup(): TemplateResult {
    const sharing = this.shared.group !== undefined;
    return html`<section aria-labelledby="group-title">
      <h2 id="group-title">${t('room.group.title')}</h2>
      <p>${t(sharing ? 'room.share.group.state.on' : 'room.share.group.state.off')}</p>
      <div class="actions">
        <button
          class="button secondary"
          type="button"
          id="room-share-group"
          aria-pressed=${sharing ? 'true' : 'false'}
          @click=${() => this.toggleShare('group')}
        >
          ${t('room.share.group')}
        </button>
      </div>
      <dtc-group-results
        class="widget-slot"
        id="room-group"
        locale=${locale()}
        .framework=${framework}
        .participants=${this.responses()}
        .groupLabel=${groupName}
      ></dtc-group-results>
    </section>`;
  }

  private renderPlans(): TemplateResult {
    const teams = this.info?.teams ?? [];
    const sharing = this.shared.plans !== undefined;
    return html`<section aria-labelledby="plans-title">
      <h2 id="plans-title">${t('room.plans.title')}</h2>
      <p>${t(sharing ? 'room.share.plans.state.on' : 'room.share.plans.state.off')}</p>
      <div class="actions">
        <button
          class="button secondary"
          type="button"
          id="room-share-plans"
          aria-pressed=${sharing ? 'true' : 'false'}
          @click=${() => this.toggleShare('plans')}
        >
          ${t('room.share.plans')}
        </button>
      </div>
      <div class="posters">
        ${teams.map((team) => planView(`plan-${team.id}`, team.name, this.plans.get(team.id) ?? null))}
      </div>
    </section>`;
  }

  private renderManage(): TemplateResult {
    const closed = !!(this.status?.closed || this.info?.closed);
    return html`<section class="card" aria-labelledby="manage-title">
      <h2 id="manage-title">${t('room.manage.title')}</h2>
      <p>${t('room.export.lead')}</p>
      <div class="actions">
        <button class="button" type="button" @click=${this.exportRoom}>${t('room.export')}</button>
      </div>
      <p>${t('room.close.lead')}</p>
      <div class="actions">
        <button
          class="button secondary"
          type="button"
          ?disabled=${this.busy || closed}
          @click=${this.close}
        >
          ${t('room.close')}
        </button>
        <button class="button secondary" type="button" @click=${this.forgetHere}>
          ${t('room.forget')}
        </button>
      </div>
      <p>${t('room.delete.lead')}</p>
      ${
        this.confirming === 'delete'
          ? html`<div
              class="alert alert-warning"
              role="group"
              aria-labelledby="room-delete-question"
            >
              <p id="room-delete-question">${t('room.delete.confirm')}</p>
              <div class="actions">
                <button
                  class="button danger"
                  type="button"
                  id="room-delete-confirm"
                  ?disabled=${this.busy}
                  @click=${this.delete}
                >
                  ${t('room.delete.yes')}
                </button>
                <button class="button secondary" type="button" @click=${this.cancelDelete}>
                  ${t('common.cancel')}
                </button>
              </div>
            </div>`
          : html`<div class="actions">
              <button class="button danger" type="button" id="room-delete" @click=${this.askDelete}>
                ${t('room.delete')}
              </button>
            </div>`
      }
    </section>`;
  }

  private async askDelete(): Promise<void> {
    this.confirming = 'delete';
    await this.updateComplete;
    focusElement(this.querySelector<HTMLElement>('#room-delete-question'));
  }

  private async cancelDelete(): Promise<void> {
    this.confirming = null;
    await this.updateComplete;
    focusElement(this.querySelector<HTMLElement>('#room-delete'));
  }
}
