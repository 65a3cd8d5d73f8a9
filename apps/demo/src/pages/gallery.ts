import '@dtc/widgets/radar-chart';
import { newActionPlan, type CurrencyTotals } from '@dtc/schema';
import { levelScore } from '@dtc/scoring';
import { html, nothing, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { componentTitle, framework, pillarTitle, tx } from '../data.js';
import { locale, t } from '../i18n/index.js';
import { PageElement } from '../page.js';
import { href } from '../router.js';
import { listTeams, type Team } from '../storage.js';
import {
  formatMoney,
  headlineActions,
  pillarGaps,
  planTotals,
  teamPillarMeans,
  teamPlan,
} from '../teams.js';
import { focusElement } from '../ui.js';
import { countryName } from './workshop/names.js';
import '../gallery.css';

export const tag = 'demo-gallery-page';

const amounts = (totals: readonly CurrencyTotals[], pick: (c: CurrencyTotals) => number): string =>
  totals.map((c) => formatMoney(pick(c), c.currency)).join(' · ');

/** The team's name, with its country's when that says more. */
function teamTitle(team: Team): string {
  const country = team.country ? countryName(team.country) : '';
  return country && country !== team.name
    ? t('gallery.teamOf', { name: team.name, country })
    : team.name;
}

/** `auto` when a title is the team's name alone: a name someone typed takes its own direction. */
const titleDir = (team: Team, title: string): 'auto' | typeof nothing =>
  title === team.name ? 'auto' : nothing;

/**
 * The gallery walk: one poster per country team (its radar, its three priorities, its plan's
 * headline actions and total cost), printable on A3 (one poster a page) and shown as a
 * slideshow for the room; then every team's plan side by side by pillar, with the funding
 * gap per pillar, so partners see where funding is needed.
 */
@customElement(tag)
export class GalleryPage extends PageElement {
  @state() private slide = -1;
  private opener: HTMLElement | null = null;

  private get dialog(): HTMLDialogElement | null {
    return this.querySelector('#slideshow');
  }

  private openShow(event: Event): void {
    this.opener = event.currentTarget as HTMLElement;
    this.slide = 0;
    void this.updateComplete.then(() => {
      this.dialog?.showModal();
      focusElement(this.querySelector<HTMLElement>('#slide-title'));
    });
  }

  private closed(): void {
    this.slide = -1;
    focusElement(this.opener);
  }

  private go(step: number, count: number): void {
    this.slide = (this.slide + step + count) % count;
    void this.updateComplete.then(() =>
      focusElement(this.querySelector<HTMLElement>('#slide-title')),
    );
  }

  private onKey(event: KeyboardEvent, count: number): void {
    const rtl = getComputedStyle(this).direction === 'rtl';
    const next = rtl ? 'ArrowLeft' : 'ArrowRight';
    const previous = rtl ? 'ArrowRight' : 'ArrowLeft';
    if (event.key === next || event.key === 'PageDown') this.go(1, count);
    else if (event.key === previous || event.key === 'PageUp') this.go(-1, count);
    else if (event.key === 'Home') this.go(-this.slide, count);
    else if (event.key === 'End') this.go(count - 1 - this.slide, count);
    else return;
    event.preventDefault();
  }

  private poster(team: Team, idPrefix: string, headingId?: string): TemplateResult {
    const plan = teamPlan(team);
    const totals = planTotals(plan);
    const actions = headlineActions(plan);
    const n = framework.levels.length;
    const title = teamTitle(team);
    return html`<article class="poster" aria-labelledby=${headingId ?? `${idPrefix}-title`}>
      <h2
        id=${headingId ?? `${idPrefix}-title`}
        tabindex=${headingId ? '-1' : nothing}
        dir=${titleDir(team, title)}
      >
        ${title}
      </h2>
      <dtc-radar-chart
        class="poster-radar"
        locale=${locale()}
        label=${t('gallery.radar', { name: team.name })}
        .axes=${framework.pillars.map((p) => ({ id: p.id, label: tx(p.title) }))}
        .levels=${framework.levels.map((l) => ({ value: levelScore(l.value, n), label: tx(l.label) }))}
        .series=${[{ id: team.id, label: team.name, values: teamPillarMeans(team) }]}
      ></dtc-radar-chart>
      <section class="poster-part">
        <h3>${t('gallery.priorities')}</h3>
        ${
          plan.priorities.length
            ? html`<ol>
                ${plan.priorities.map((id) => html`<li>${componentTitle(id)}</li>`)}
              </ol>`
            : html`<p>${t('gallery.noPriorities')}</p>`
        }
      </section>
      <section class="poster-part">
        <h3>${t('gallery.actions')}</h3>
        ${
          actions.length
            ? html`<ul>
                ${actions.map(
                  (a) =>
                    html`<li>
                      <strong dir="auto">${a.title}</strong>
                      <span class="muted">
                        ${pillarTitle(a.pillar)} ·
                        ${t(`gallery.horizon.${a.horizon}`)}${
                          a.cost ? html` · ${formatMoney(a.cost.amount, a.cost.currency)}` : nothing
                        }</span
                      >
                    </li>`,
                )}
              </ul>`
            : html`<p>${t('gallery.noActions')}</p>`
        }
      </section>
      <p class="poster-total">
        <strong>${t('gallery.total')}</strong>
        ${totals.length ? amounts(totals, (c) => c.total) : t('gallery.noCost')}
      </p>
      ${
        totals.some((c) => c.gap > 0)
          ? html`<p class="poster-total">
              <strong>${t('gallery.gap')}</strong> ${amounts(totals, (c) => c.gap)}
            </p>`
          : nothing
      }
    </article>`;
  }

  /** Every team's funding gap in one pillar, per currency (`planBudget` of all their actions). */
  private allGaps(teams: Team[], pillar: string): TemplateResult {
    const all = { ...newActionPlan(framework), actions: teams.flatMap((t) => teamPlan(t).actions) };
    const gaps = pillarGaps(all, pillar).filter((c) => c.gap > 0);
    return gaps.length
      ? html`<p class="gap">${t('gallery.table.gap', { amount: amounts(gaps, (c) => c.gap) })}</p>`
      : html`<span class="muted">${t('gallery.table.noGap')}</span>`;
  }

  private sideBySide(teams: Team[]): TemplateResult {
    return html`<section class="no-print" aria-labelledby="gallery-table-title">
      <h2 id="gallery-table-title">${t('gallery.table.title')}</h2>
      <p class="muted">${t('gallery.table.lead')}</p>
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="gallery-table-title">
        <table class="gallery-table">
          <caption class="visually-hidden">
            ${t('gallery.table.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('gallery.table.pillar')}</th>
              ${teams.map((team) => {
                const title = teamTitle(team);
                return html`<th scope="col" dir=${titleDir(team, title)}>${title}</th>`;
              })}
              <th scope="col">${t('gallery.table.all')}</th>
            </tr>
          </thead>
          <tbody>
            ${framework.pillars.map((pillar) => {
              return html`<tr>
                <th scope="row">${tx(pillar.title)}</th>
                ${teams.map((team) => {
                  const plan = teamPlan(team);
                  const actions = plan.actions.filter(
                    (a) => a.pillar === pillar.id && a.status !== 'dropped',
                  );
                  const gaps = pillarGaps(plan, pillar.id).filter((c) => c.gap > 0);
                  return html`<td>
                    ${
                      actions.length
                        ? html`<ul>
                            ${actions.map((a) => html`<li><bdi>${a.title}</bdi></li>`)}
                          </ul>`
                        : html`<span class="muted">${t('gallery.table.none')}</span>`
                    }
                    ${
                      gaps.length
                        ? html`<p class="gap">
                            ${t('gallery.table.gap', { amount: amounts(gaps, (c) => c.gap) })}
                          </p>`
                        : nothing
                    }
                  </td>`;
                })}
                <td>${this.allGaps(teams, pillar.id)}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  override render(): TemplateResult {
    const teams = listTeams();
    const current = teams[this.slide];
    return html`
      <div class="no-print">
        <h1>${t('gallery.title')}</h1>
        <p class="lead">${t('gallery.lead')}</p>
        ${
          teams.length
            ? html`<div class="actions">
                <button class="button" type="button" @click=${this.openShow}>
                  ${t('gallery.slideshow')}
                </button>
                <button class="button secondary" type="button" @click=${() => window.print()}>
                  ${t('gallery.print')}
                </button>
              </div>`
            : html`<p>${t('gallery.none')} <a href=${href('team')}>${t('gallery.toTeams')}</a></p>`
        }
      </div>
      <div class="posters">${teams.map((team, i) => this.poster(team, `poster-${i}`))}</div>
      ${teams.length ? this.sideBySide(teams) : nothing}
      <dialog
        id="slideshow"
        class="slideshow"
        aria-labelledby="slide-title"
        @close=${this.closed}
        @keydown=${(e: KeyboardEvent) => this.onKey(e, teams.length)}
      >
        ${
          current
            ? html`<div class="slide-bar">
                  <p aria-live="polite">
                    ${t('gallery.slide', { index: this.slide + 1, count: teams.length })}
                  </p>
                  <button
                    class="button secondary"
                    type="button"
                    @click=${() => this.go(-1, teams.length)}
                  >
                    ${t('gallery.previous')}
                  </button>
                  <button
                    class="button secondary"
                    type="button"
                    @click=${() => this.go(1, teams.length)}
                  >
                    ${t('gallery.next')}
                  </button>
                  <button class="button" type="button" @click=${() => this.dialog?.close()}>
                    ${t('gallery.close')}
                  </button>
                </div>
                ${this.poster(current, 'slide', 'slide-title')}
                <p class="muted">${t('gallery.keys')}</p>`
            : nothing
        }
      </dialog>
    `;
  }
}
