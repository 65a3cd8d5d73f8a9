import '@dtc/widgets/radar-chart';
import '@dtc/widgets/heatmap';
import { formatNumber } from '@dtc/i18n';
import type { GroupResult, Response } from '@dtc/schema';
import {
  aggregateResponses,
  AGGREGATE_DEFAULTS,
  levelScore,
  scoreResponse,
  UNKNOWN_GROUP,
} from '@dtc/scoring';
import { html, nothing, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ALPHA3_TO_ALPHA2 } from '../countries.js';
import { feedbackCsv, groupCsv } from '../csv.js';
import {
  componentTitle,
  framework,
  pillarById,
  pillarTitle,
  progress,
  score,
  tx,
} from '../data.js';
import { ImportError, parseImport, readImportFile, type ExportedAssessment } from '../exchange.js';
import { filePicker } from '../file-picker.js';
import { renderImportError as importErrorView, otherVersionsText } from '../import-error.js';
import { locale, regionName, t, type MessageKey } from '../i18n/index.js';
import { PageElement } from '../page.js';
import { current as currentLocation, href, replaceParams } from '../router.js';
import { decodeShareCode, ShareCodeError } from '../share.js';
import { clearWorkshop, currentAssessment, getWorkshop, type Participant } from '../storage.js';
import { announce, download, focusElement, guard } from '../ui.js';
import { addParticipants, removeParticipant, type NewParticipant } from '../workshop.js';

export const tag = 'demo-workshop-page';

type Outcome = { kind: 'ok'; text: string } | { kind: 'error'; text: string };

function roleName(key: string): string {
  if (key === UNKNOWN_GROUP) return t('role.unknown');
  return t(`role.${key}` as MessageKey);
}

function countryName(key: string): string {
  if (key === UNKNOWN_GROUP) return t('common.country.none');
  return regionName(ALPHA3_TO_ALPHA2.get(key) ?? key);
}

function participantLabel(item: { label: string; response: Response }, fallback: string): string {
  if (item.label.trim()) return item.label.trim();
  const r = item.response.respondent;
  const parts = [
    r.name,
    r.organisation,
    r.role !== 'other' ? t(`role.${r.role}`) : r.roleDetail,
    r.country && countryName(r.country),
  ];
  return parts.filter(Boolean).join(' – ') || fallback;
}

function fromItems(
  items: ExportedAssessment[],
  source: 'file' | 'code',
  name: string,
): NewParticipant[] {
  return items.map((item) => ({
    response: item.response,
    label: participantLabel(item, name),
    source,
    fileName: source === 'file' ? name : undefined,
    plan: item.plan,
    feedback: item.feedback,
  }));
}

/** Up to this many participants also share one radar (beyond, lines become hard to tell apart). */
const OVERLAY_MAX = 6;

const chartLevels = () =>
  framework.levels.map((l) => ({
    value: levelScore(l.value, framework.levels.length),
    label: tx(l.label),
  }));

/**
 * The facilitator's page: import participants' files or share codes, then see the group —
 * every radar, a heatmap of common strengths and challenges, views by role or country, and
 * where views diverge. Participants' data stays in this browser.
 */
@customElement(tag)
export class WorkshopPage extends PageElement {
  @state() private outcomes: Outcome[] = [];
  @state() private errors: { name: string; error: ImportError }[] = [];
  @state() private confirmingClear = false;
  @state() private over = false;
  @state() private codes = '';

  get pageTitle(): string {
    return t('workshop.title');
  }

  /**
   * A view filter (pillar, grouping) changes the page in place: the facilitator stays where
   * they are on a long page, focus stays on the link. A new tab still opens the link.
   */
  private filter(event: MouseEvent, params: Record<string, string | undefined>): void {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    replaceParams(params);
    this.requestUpdate();
  }

  private get scope(): string {
    const s = currentLocation().params.get('scope');
    return s && pillarById(s) ? s : 'all';
  }

  private get groupBy(): 'role' | 'country' {
    return currentLocation().params.get('by') === 'country' ? 'country' : 'role';
  }

  private async addFiles(files: readonly File[]): Promise<void> {
    const items: NewParticipant[] = [];
    const errors: { name: string; error: ImportError }[] = [];
    for (const file of files) {
      try {
        items.push(...fromItems(await readImportFile(file, framework), 'file', file.name));
      } catch (error) {
        if (error instanceof ImportError) errors.push({ name: file.name, error });
        else throw error;
      }
    }
    this.finishAdd(items, errors, []);
  }

  private async addCodes(event: Event): Promise<void> {
    event.preventDefault();
    const lines = this.codes.split(/\r?\n/).map((l) => l.trim());
    const items: NewParticipant[] = [];
    const problems: Outcome[] = [];
    const errors: { name: string; error: ImportError }[] = [];
    for (const [i, line] of lines.entries()) {
      if (!line) continue;
      const name = t('workshop.codeLine', { line: i + 1 });
      try {
        items.push(...fromItems(parseImport(await decodeShareCode(line), framework), 'code', name));
      } catch (error) {
        if (error instanceof ShareCodeError) {
          problems.push({
            kind: 'error',
            text: t('workshop.problem', { name, message: t(`share.error.${error.code}`) }),
          });
        } else if (error instanceof ImportError) errors.push({ name, error });
        else throw error;
      }
    }
    if (this.finishAdd(items, errors, problems))
      this.codes = problems.length || errors.length ? this.codes : '';
  }

  private addMine(): void {
    const record = currentAssessment();
    if (!record) return;
    this.finishAdd(
      [
        {
          response: record.response,
          label: record.response.label || t('common.untitled'),
          source: 'file',
          feedback: record.feedback,
          plan: record.plan,
        },
      ],
      [],
      [],
    );
  }

  private finishAdd(
    items: NewParticipant[],
    errors: { name: string; error: ImportError }[],
    problems: Outcome[],
  ): boolean {
    const result = guard(() => addParticipants(items));
    if (!result) return false;
    this.errors = errors;
    this.outcomes = [
      { kind: 'ok', text: t('workshop.added', { count: result.added.length }) },
      ...(result.updated.length
        ? [{ kind: 'ok', text: t('workshop.updated', { count: result.updated.length }) } as Outcome]
        : []),
      ...[otherVersionsText([...result.added, ...result.updated].map((p) => p.response))]
        .filter(Boolean)
        .map((text): Outcome => ({ kind: 'ok', text })),
      ...result.duplicates.map((d): Outcome => ({
        kind: 'error',
        text: t('workshop.duplicate', { name: d.label }),
      })),
      ...problems,
    ];
    announce(this.outcomes.map((o) => o.text).join(' '));
    void this.updateComplete.then(() =>
      focusElement(this.querySelector<HTMLElement>('#add-outcome')),
    );
    return true;
  }

  private onFiles(event: Event): void {
    const input = event.target as HTMLInputElement;
    void this.addFiles([...(input.files ?? [])]).then(() => (input.value = ''));
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this.over = false;
    void this.addFiles([...(event.dataTransfer?.files ?? [])]);
  }

  private removeOne(p: Participant): void {
    guard(() => removeParticipant(p.id));
    announce(t('common.saved'));
    void this.updateComplete.then(() =>
      focusElement(this.querySelector<HTMLElement>('#participants-title')),
    );
  }

  private clear(): void {
    guard(() => clearWorkshop());
    this.confirmingClear = false;
    announce(t('workshop.cleared'));
    void this.updateComplete.then(() =>
      focusElement(this.querySelector<HTMLElement>('#participants-title')),
    );
  }

  override render(): TemplateResult {
    const participants = getWorkshop().participants;
    return html`
      <h1>${t('workshop.title')}</h1>
      <p class="lead">${t('workshop.lead')}</p>
      <div class="alert alert-info"><p>${t('workshop.privacy')}</p></div>
      ${this.renderAdd()} ${this.renderParticipants(participants)}
      ${participants.length ? this.renderGroup(participants) : html`<p class="muted">${t('workshop.empty')}</p>`}
    `;
  }

  private renderAdd(): TemplateResult {
    return html`<section class="card" aria-labelledby="add-title">
      <h2 id="add-title">${t('workshop.add.title')}</h2>
      <div class="two-col">
        <div
          class=${this.over ? 'dropzone over' : 'dropzone'}
          @dragover=${(e: DragEvent) => {
            e.preventDefault();
            this.over = true;
          }}
          @dragleave=${() => (this.over = false)}
          @drop=${this.onDrop}
        >
          ${filePicker({
            id: 'workshop-files',
            label: t('workshop.files.label'),
            hint: t('workshop.files.hint'),
            button: t('workshop.files.button'),
            multiple: true,
            onChange: (e) => this.onFiles(e),
          })}
        </div>
        <form @submit=${this.addCodes}>
          <div class="field">
            <label for="workshop-codes">${t('workshop.codes.label')}</label>
            <span class="hint" id="workshop-codes-hint">${t('workshop.codes.hint')}</span>
            <textarea
              id="workshop-codes"
              aria-describedby="workshop-codes-hint"
              spellcheck="false"
              .value=${this.codes}
              @input=${(e: Event) => (this.codes = (e.target as HTMLTextAreaElement).value)}
            ></textarea>
          </div>
          <button class="button secondary" type="submit">${t('workshop.codes.add')}</button>
        </form>
      </div>
      ${
        currentAssessment()
          ? html`<div class="actions">
              <button class="button secondary" type="button" @click=${this.addMine}>
                ${t('workshop.fromMine')}
              </button>
            </div>`
          : nothing
      }
      <div id="add-outcome" tabindex="-1">
        ${
          this.outcomes.length
            ? html`<ul
                class="alert ${this.outcomes.some((o) => o.kind === 'error') ? 'alert-warning' : 'alert-success'}"
              >
                ${this.outcomes.map((o) => html`<li>${o.text}</li>`)}
              </ul>`
            : nothing
        }
        ${this.errors.map((e) => html`${importErrorView(e.error, e.name)}`)}
      </div>
    </section>`;
  }

  private renderParticipants(participants: readonly Participant[]): TemplateResult {
    return html`<section aria-labelledby="participants-title">
      <h2 id="participants-title" tabindex="-1">${t('workshop.participants.title')}</h2>
      <p class="muted">${t('workshop.participants.count', { count: participants.length })}</p>
      ${
        participants.length
          ? html`<div
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
                    ${participants.map((p) => {
                      const { answered, total } = progress(p.response);
                      const overall = score(p.response).overall.score;
                      const r = p.response.respondent;
                      return html`<tr>
                        <th scope="row">${p.label}</th>
                        <td>
                          ${r.role === 'other' ? r.roleDetail || t('role.unknown') : t(`role.${r.role}`)}
                        </td>
                        <td>${r.country ? countryName(r.country) : t('common.country.none')}</td>
                        <td class="num">${answered}/${total}</td>
                        <td class="num">
                          ${overall === null ? t('common.notScored') : t('common.score', { score: overall })}
                        </td>
                        <td>
                          <button
                            class="button danger small"
                            type="button"
                            @click=${() => this.removeOne(p)}
                          >
                            ${t('common.remove')}<span class="visually-hidden">: ${p.label}</span>
                          </button>
                        </td>
                      </tr>`;
                    })}
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
                    void this.updateComplete.then(() =>
                      focusElement(this.querySelector<HTMLElement>('#confirm-clear')),
                    );
                  }}
                >
                  ${t('workshop.clear')}
                </button>
              </div>
              ${
                this.confirmingClear
                  ? html`<div class="alert alert-warning" role="alert">
                      <p>${t('workshop.clear.confirm')}</p>
                      <div class="actions">
                        <button
                          id="confirm-clear"
                          class="button danger small"
                          type="button"
                          @click=${this.clear}
                        >
                          ${t('workshop.clear')}
                        </button>
                        <button
                          class="button secondary small"
                          type="button"
                          @click=${() => {
                            this.confirmingClear = false;
                            void this.updateComplete.then(() =>
                              focusElement(this.querySelector<HTMLElement>('#clear-workshop')),
                            );
                          }}
                        >
                          ${t('common.cancel')}
                        </button>
                      </div>
                    </div>`
                  : nothing
              }`
          : nothing
      }
    </section>`;
  }

  private renderGroup(participants: readonly Participant[]): TemplateResult {
    const scope = this.scope;
    const sections = scope === 'all' ? undefined : [scope];
    const responses = participants.map((p) => p.response);
    const by = this.groupBy;
    const group = aggregateResponses(framework, responses, { groupBy: by, sections });
    const results = responses.map((r) => scoreResponse(framework, r, { sections }));
    const pillar = pillarById(scope);
    // One pillar: its components are the axes; all pillars: the pillars are.
    const axes = pillar
      ? pillar.components.map((c) => ({ id: c.id, label: tx(c.title) }))
      : framework.pillars.map((p) => ({ id: p.id, label: tx(p.title) }));
    const valuesOf = (result: (typeof results)[number]) =>
      pillar
        ? (result.pillars.find((p) => p.id === pillar.id)?.components.map((c) => c.score) ?? [])
        : result.pillars.map((p) => p.score);
    const levels = chartLevels();
    return html`
      <nav aria-labelledby="scope-title">
        <h2 id="scope-title">${t('workshop.scope.label')}</h2>
        <ul class="segmented">
          <li>
            <a
              href=${href('workshop', { scope: undefined, by })}
              @click=${(e: MouseEvent) => this.filter(e, { scope: undefined })}
              aria-current=${scope === 'all' ? 'true' : nothing}
              >${t('workshop.scope.all')}</a
            >
          </li>
          ${framework.pillars.map(
            (p) =>
              html`<li>
                <a
                  href=${href('workshop', { scope: p.id, by })}
                  @click=${(e: MouseEvent) => this.filter(e, { scope: p.id })}
                  aria-current=${scope === p.id ? 'true' : nothing}
                  >${tx(p.title)}</a
                >
              </li>`,
          )}
        </ul>
      </nav>

      <section aria-labelledby="radars-title">
        <h2 id="radars-title">${t('workshop.radars.title')}</h2>
        <p>${t('workshop.radars.intro')}</p>
        ${
          participants.length <= OVERLAY_MAX
            ? html`<dtc-radar-chart
                class="widget-slot"
                id="radar-all"
                locale=${locale()}
                label=${t('workshop.radars.overlay')}
                .axes=${axes}
                .levels=${levels}
                .series=${participants.map((p, i) => ({ id: p.id, label: p.label, values: valuesOf(results[i]!) }))}
              ></dtc-radar-chart>`
            : nothing
        }
        <ul class="chart-grid">
          ${participants.map(
            (p, i) =>
              html`<li class="card">
                <dtc-radar-chart
                  locale=${locale()}
                  label=${p.label}
                  .axes=${axes}
                  .levels=${levels}
                  .series=${[{ id: p.id, label: p.label, values: valuesOf(results[i]!) }]}
                ></dtc-radar-chart>
              </li>`,
          )}
        </ul>
      </section>

      ${this.renderHeatmap(participants, group, pillar?.id)}
      ${this.renderGroups(group, axes, pillar?.id)} ${this.renderDivergence(group)}
      ${this.renderFeedback(participants)}
    `;
  }

  private renderHeatmap(
    participants: readonly Participant[],
    group: GroupResult,
    pillarId: string | undefined,
  ): TemplateResult {
    const strengths = group.consensus.filter((c) => c.mean >= 50).sort((a, b) => b.mean - a.mean);
    const challenges = group.consensus.filter((c) => c.mean < 50).sort((a, b) => a.mean - b.mean);
    const line = (c: { componentId: string; pillarId: string; mean: number }) =>
      html`<li>
        ${t('workshop.component.mean', {
          component: componentTitle(c.componentId),
          pillar: pillarTitle(c.pillarId),
          mean: t('common.score', { score: c.mean }),
        })}
      </li>`;
    const components = group.pillars.flatMap((p) => p.components);
    return html`<section aria-labelledby="heatmap-title">
      <h2 id="heatmap-title">${t('workshop.heatmap.title')}</h2>
      <p>${t('workshop.heatmap.intro')}</p>
      <dtc-heatmap
        class="widget-slot"
        locale=${locale()}
        label=${t('workshop.heatmap.title')}
        .levels=${chartLevels()}
        .rows=${components.map((c) => ({ id: c.id, label: componentTitle(c.id), group: pillarTitle(c.pillarId) }))}
        .columns=${participants.map((p) => ({ id: p.id, label: p.label }))}
        .values=${components.map((c) => participants.map((_, i) => c.scores[i] ?? null))}
        .divergent=${group.divergence.map((d) => d.componentId)}
        data-scope=${pillarId ?? 'all'}
      ></dtc-heatmap>
      <div class="two-col">
        <div>
          <h3>${t('workshop.strengths')}</h3>
          ${
            strengths.length
              ? html`<ul>
                  ${strengths.slice(0, 6).map(line)}
                </ul>`
              : html`<p class="muted">${t('workshop.none')}</p>`
          }
        </div>
        <div>
          <h3>${t('workshop.challenges')}</h3>
          ${
            challenges.length
              ? html`<ul>
                  ${challenges.slice(0, 6).map(line)}
                </ul>`
              : html`<p class="muted">${t('workshop.none')}</p>`
          }
        </div>
      </div>
    </section>`;
  }

  private renderGroups(
    group: GroupResult,
    axes: { id: string; label: string }[],
    pillarId: string | undefined,
  ): TemplateResult {
    const by = this.groupBy;
    const name = by === 'role' ? roleName : countryName;
    const byWord = by === 'role' ? t('workshop.groups.role') : t('workshop.groups.country');
    const valuesOf = (g: GroupResult['groups'][number]) =>
      pillarId
        ? (g.result.pillars.find((p) => p.id === pillarId)?.components.map((c) => c.mean) ?? [])
        : g.result.pillars.map((p) => p.mean);
    return html`<section aria-labelledby="groups-title">
      <h2 id="groups-title">${t('workshop.groups.title')}</h2>
      <nav aria-label=${t('workshop.groups.by')}>
        <ul class="segmented">
          ${(['role', 'country'] as const).map(
            (key) =>
              html`<li>
                <a
                  href=${href('workshop', { scope: this.scope === 'all' ? undefined : this.scope, by: key })}
                  @click=${(e: MouseEvent) => this.filter(e, { by: key })}
                  aria-current=${by === key ? 'true' : nothing}
                  >${t('workshop.groups.by')}: ${t(`workshop.groups.${key}`)}</a
                >
              </li>`,
          )}
        </ul>
      </nav>
      <dtc-radar-chart
        class="widget-slot"
        locale=${locale()}
        label=${t('workshop.groups.caption', { by: byWord.toLocaleLowerCase(locale()) })}
        .axes=${axes}
        .levels=${chartLevels()}
        .series=${group.groups.map((g) => ({ id: g.key, label: `${name(g.key)} (${g.n})`, values: valuesOf(g) }))}
      ></dtc-radar-chart>
    </section>`;
  }

  private renderDivergence(group: GroupResult): TemplateResult {
    const name = this.groupBy === 'role' ? roleName : countryName;
    const fmt = (n: number) => formatNumber(locale(), n, { maximumFractionDigits: 0 });
    return html`<section aria-labelledby="divergence-title">
      <h2 id="divergence-title">${t('workshop.divergence.title')}</h2>
      <p>
        ${t('workshop.divergence.intro', { threshold: AGGREGATE_DEFAULTS.divergenceThreshold })}
      </p>
      ${
        group.divergence.length
          ? html`<ul>
              ${group.divergence.map(
                (d) =>
                  html`<li>
                    ${t('workshop.divergence.item', {
                      component: componentTitle(d.componentId),
                      pillar: pillarTitle(d.pillarId),
                      high: name(d.highGroup),
                      highScore: fmt(d.highMean),
                      low: name(d.lowGroup),
                      lowScore: fmt(d.lowMean),
                    })}
                  </li>`,
              )}
            </ul>`
          : html`<p class="muted">${t('workshop.divergence.none')}</p>`
      }
    </section>`;
  }

  private renderFeedback(participants: readonly Participant[]): TemplateResult {
    const aspects = ['questions', 'methods', 'usefulness'] as const;
    const rated = participants.filter((p) => p.feedback);
    return html`<section aria-labelledby="wfeedback-title">
      <h2 id="wfeedback-title">${t('workshop.feedback.title')}</h2>
      ${
        rated.length
          ? html`<ul>
              ${aspects.map((aspect) => {
                const values = rated
                  .map((p) => p.feedback![aspect])
                  .filter((v): v is number => typeof v === 'number');
                if (!values.length) return nothing;
                const mean = values.reduce((a, b) => a + b, 0) / values.length;
                return html`<li>
                  ${t('workshop.feedback.mean', {
                    aspect: t(`feedback.${aspect}`),
                    mean: formatNumber(locale(), mean, { maximumFractionDigits: 1 }),
                    count: values.length,
                  })}
                </li>`;
              })}
            </ul>`
          : html`<p class="muted">${t('workshop.feedback.none')}</p>`
      }
    </section>`;
  }
}
