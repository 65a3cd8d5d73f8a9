import { useNamespaces, type MessageKey } from '@dtc/i18n';
import { assessmentNamespace } from '@dtc/i18n/namespaces/assessment';
import { groupNamespace } from '@dtc/i18n/namespaces/group';
import type { Consensus, Framework, GroupResult, Response } from '@dtc/schema';
import {
  AGGREGATE_DEFAULTS,
  commonViews,
  UNKNOWN_GROUP,
  type AggregateOptions,
} from '@dtc/scoring';
import {
  html,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type TemplateResult,
} from 'lit';
import { DtcFrameworkElement } from '../shared/element/framework-element.js';
import { emit } from '../shared/element/emit.js';
import { memoLast } from '../shared/controllers/memo.js';
import { ScoringController } from '../shared/controllers/scoring-controller.js';
import {
  groupAxes,
  groupMeans,
  levelMarks,
  type HeatmapData,
  respondentHeatmap,
  respondentScores,
} from '../shared/charts/result-view.js';
import { styles } from './group-results.styles.js';

/** One person in the group: their response and the name the charts show. */
export interface GroupParticipant {
  /** A stable id (used as the chart series id); the position in the list when absent. */
  id?: string | undefined;
  /** The name shown in charts and lists, e.g. "Ministry of education – Senegal". */
  label: string;
  response: Response;
}

/** How the group view splits the participants. */
export type GroupResultsGrouping = 'role' | 'country';

/** The view a user chose: the grouping, and one pillar (`null`: all pillars). */
export interface GroupResultsChangeDetail {
  grouping: GroupResultsGrouping;
  pillar: string | null;
}

/** Defaults of the options of `<dtc-group-results>`. */
export const GROUP_RESULTS_DEFAULTS = {
  /** Points between the highest and lowest group mean that make a divergence (the engine's default). */
  divergenceThreshold: AGGREGATE_DEFAULTS.divergenceThreshold,
  /** Largest standard deviation (points) that counts as a shared view (the engine's default). */
  consensusThreshold: AGGREGATE_DEFAULTS.consensusThreshold,
  /** A shared view with a mean at or above this many points is a common strength; below, a challenge (the engine's default). */
  strengthThreshold: AGGREGATE_DEFAULTS.strengthThreshold,
  /** How many common strengths and how many common challenges to list. */
  listSize: 6,
  /** Up to this many participants also share one radar (beyond, lines are hard to tell apart). */
  overlayMax: 6,
  /**
   * How many participants the radars side by side and the heatmap's columns show at a time;
   * beyond, the view turns pages (Previous, Next, or a range to jump to). A page of radars
   * fills a wide screen a few rows deep; a heatmap column stays wide enough for its number.
   */
  pageSize: 24,
} as const;

/**
 * @summary The group view of a workshop: every participant's radar (together and side by
 * side), a heatmap of every component for every participant with the common strengths and
 * challenges, the mean scores by role or by country, and the components where those groups
 * diverge. All numbers come from `aggregateResponses` in `@dtc/scoring` (through a
 * memoising controller); every chart has a text summary and a data table.
 *
 * Give it `framework` and `participants` (`{ id?, label, response }`), or only `responses`
 * (then named "Participant 1", "Participant 2"…). The user picks the pillars to look at and
 * the grouping with two rows of toggle buttons; each choice fires `dtc-group-results-change`
 * (cancel it to keep the view). A host that keeps the view in its URL sets `filterHref`: the
 * toggles are then links to those URLs (a new tab still opens them), and a plain click
 * changes the view in place.
 *
 * Thresholds are options: `divergence-threshold` (default 25 points, the engine's),
 * `consensus-threshold` (default 10 points, the engine's), `strength-threshold` (default 50),
 * `list-size` (default 6), `overlay-max` (default 6) and `page-size` (default 24).
 *
 * With more participants than `page-size`, the radars side by side and the heatmap show one
 * page of participants at a time, and a row of controls turns the pages (every participant's
 * radar and column is a page away; the numbers of the group are always the whole group's).
 *
 * @fires {CustomEvent<GroupResultsChangeDetail>} dtc-group-results-change - The user chose another
 * grouping or pillar. Detail: `{ grouping, pillar }`. Cancelable: cancelling keeps the view.
 *
 * @csspart notice - The message shown without participants.
 * @csspart filters - Each row of view toggles (pillars, grouping).
 * @csspart pager - The controls that turn the pages of participants (with many participants).
 * @csspart radar - Each radar (`dtc-radar-chart`).
 * @csspart heatmap - The heatmap (`dtc-heatmap`).
 * @csspart lists - The lists of common strengths and challenges.
 * @csspart divergence - The list of components where the groups diverge.
 *
 * @cssprop --dtc-color-accent - Colour of the chosen toggle.
 * @cssprop --dtc-color-surface - Background of each participant's radar card.
 */
export class DtcGroupResults extends DtcFrameworkElement {
  static override styles: CSSResultGroup = styles;
  static {
    useNamespaces(groupNamespace, assessmentNamespace);
  }

  static override properties: PropertyDeclarations = {
    participants: { attribute: false },
    responses: { attribute: false },
    grouping: { reflect: true },
    pillar: { reflect: true },
    divergenceThreshold: { type: Number, attribute: 'divergence-threshold' },
    consensusThreshold: { type: Number, attribute: 'consensus-threshold' },
    strengthThreshold: { type: Number, attribute: 'strength-threshold' },
    listSize: { type: Number, attribute: 'list-size' },
    overlayMax: { type: Number, attribute: 'overlay-max' },
    pageSize: { type: Number, attribute: 'page-size' },
    page: { state: true },
    groupLabel: { attribute: false },
    filterHref: { attribute: false },
  };

  /** The people in the group, in the order the charts list them. */
  participants: GroupParticipant[] = [];
  /** Responses without names; used when `participants` is empty. */
  responses: Response[] = [];
  /** Group by respondents' `role` or `country`. */
  grouping: GroupResultsGrouping = 'role';
  /** One pillar's id (its components become the radar axes); empty for all pillars. */
  pillar = '';
  /** Points between group means that make a divergence. */
  divergenceThreshold: number = GROUP_RESULTS_DEFAULTS.divergenceThreshold;
  /** Largest standard deviation (points) of a shared view, a common strength or challenge. */
  consensusThreshold: number = GROUP_RESULTS_DEFAULTS.consensusThreshold;
  /** Mean score from which a shared view is a strength rather than a challenge. */
  strengthThreshold: number = GROUP_RESULTS_DEFAULTS.strengthThreshold;
  /** How many strengths and how many challenges to list. */
  listSize: number = GROUP_RESULTS_DEFAULTS.listSize;
  /** Up to this many participants also share one radar. */
  overlayMax: number = GROUP_RESULTS_DEFAULTS.overlayMax;
  /** How many participants the radars side by side and the heatmap show at a time. */
  pageSize: number = GROUP_RESULTS_DEFAULTS.pageSize;
  /** The page of participants shown (from 0). */
  private page = 0;
  /**
   * Names a group key (a role code, an ISO 3166-1 alpha-3 country code, or `unknown`);
   * return `undefined` to keep the built-in name (the role's name, or the country code).
   */
  declare groupLabel?: (key: string, grouping: GroupResultsGrouping) => string | undefined;
  /** The URL of a view, when the host keeps the view in its URL: toggles become links. */
  declare filterHref?: (view: GroupResultsChangeDetail) => string;

  private readonly scoring = new ScoringController(this);
  private readonly options = memoLast(
    (
      grouping: GroupResultsGrouping,
      pillar: string,
      divergenceThreshold: number,
      consensusThreshold: number,
    ): AggregateOptions => ({
      groupBy: grouping,
      divergenceThreshold,
      consensusThreshold,
      ...(pillar ? { sections: [pillar] } : {}),
    }),
  );
  private readonly people = memoLast(
    (participants: GroupParticipant[], responses: Response[], _lang: string) => {
      const list: GroupParticipant[] = participants.length
        ? participants
        : responses.map((response, i) => ({
            label: this.i18n.t('group.participant', { n: i + 1 }),
            response,
          }));
      return {
        columns: list.map((p, i) => ({ id: p.id ?? `participant-${i + 1}`, label: p.label })),
        responses: list.map((p) => p.response),
      };
    },
  );
  private readonly view = memoLast(
    (
      framework: Framework,
      group: GroupResult,
      columns: { id: string; label: string }[],
      pillar: string,
      _lang: string,
    ) => ({
      levels: levelMarks(framework, this.i18n.text),
      axes: groupAxes(framework, group, pillar || undefined, this.i18n.text),
      heatmap: respondentHeatmap(framework, group, this.i18n.text, columns),
    }),
  );

  /** The heatmap data of the participants `from` (included) to `to` (excluded). */
  private readonly heatmapPage = memoLast(
    (heatmap: HeatmapData, from: number, to: number): HeatmapData =>
      from === 0 && to >= heatmap.columns.length
        ? heatmap
        : {
            ...heatmap,
            columns: heatmap.columns.slice(from, to),
            values: heatmap.values.map((row) => row.slice(from, to)),
          },
  );

  /** The participants shown: the page (clamped to the last one), and its first and end index. */
  private pageOf(total: number): {
    page: number;
    pages: number;
    size: number;
    from: number;
    to: number;
  } {
    const size = Math.max(1, Math.floor(this.pageSize) || GROUP_RESULTS_DEFAULTS.pageSize);
    const pages = Math.max(1, Math.ceil(total / size));
    const page = Math.min(Math.max(0, this.page), pages - 1);
    return { page, pages, size, from: page * size, to: Math.min(total, (page + 1) * size) };
  }

  /** The pillar shown: `pillar` when the framework has it, else all (''). */
  private get shownPillar(): string {
    return this.framework?.pillars.some((p) => p.id === this.pillar) ? this.pillar : '';
  }

  /** The group view shown (`aggregateResponses`), or `null` without framework or participants. */
  get currentGroup(): GroupResult | null {
    const pillar = this.shownPillar;
    const { responses } = this.people(this.participants, this.responses, this.i18n.lang);
    return this.scoring.aggregate(
      this.framework,
      responses,
      this.options(this.grouping, pillar, this.divergenceThreshold, this.consensusThreshold),
    );
  }

  private groupName(key: string): string {
    const own = this.groupLabel?.(key, this.grouping);
    if (own !== undefined) return own;
    if (key === UNKNOWN_GROUP) return this.i18n.t(`group.unknown.${this.grouping}`);
    return this.grouping === 'role' ? this.i18n.t(`assessment.role.${key}` as MessageKey) : key;
  }

  private choose(event: Event, view: GroupResultsChangeDetail): void {
    if (event instanceof MouseEvent) {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
        return;
      }
    }
    event.preventDefault();
    if (view.grouping === this.grouping && (view.pillar ?? '') === this.pillar) return;
    if (!emit(this, 'dtc-group-results-change', view, { cancelable: true })) return;
    this.grouping = view.grouping;
    this.pillar = view.pillar ?? '';
  }

  /** One toggle of a filter row: a link when the host gives URLs, else a pressed button. */
  private toggle(view: GroupResultsChangeDetail, chosen: boolean, label: string): TemplateResult {
    const href = this.filterHref?.(view);
    return html`<li>
      ${
        href === undefined
          ? html`<button
              type="button"
              aria-pressed=${chosen ? 'true' : 'false'}
              @click=${(e: Event) => this.choose(e, view)}
            >
              ${label}
            </button>`
          : html`<a
              href=${href}
              aria-current=${chosen ? 'true' : nothing}
              @click=${(e: Event) => this.choose(e, view)}
              >${label}</a
            >`
      }
    </li>`;
  }

  override render(): TemplateResult {
    const t = this.i18n.t;
    const fw = this.framework;
    const group = this.currentGroup;
    const { dir } = this.inherited;
    if (!fw || !group) {
      return html`<div class="group" dir=${dir} lang=${this.i18n.lang}>
        <p class="notice" part="notice">${t('group.empty')}</p>
      </div>`;
    }
    const pillar = this.shownPillar;
    const { columns } = this.people(this.participants, this.responses, this.i18n.lang);
    const view = this.view(fw, group, columns, pillar, this.i18n.lang);
    const shown = this.pageOf(columns.length);
    return html`<div class="group" dir=${dir} lang=${this.i18n.lang}>
      <nav aria-labelledby="scope-title">
        <h2 id="scope-title">${t('group.scope.label')}</h2>
        <ul class="filters" part="filters">
          ${this.toggle({ grouping: this.grouping, pillar: null }, !pillar, t('group.scope.all'))}
          ${fw.pillars.map((p) =>
            this.toggle(
              { grouping: this.grouping, pillar: p.id },
              pillar === p.id,
              this.name(p.id),
            ),
          )}
        </ul>
      </nav>
      ${this.renderPager(shown, columns.length)}
      ${this.renderRadars(group, columns, view, pillar, shown)}
      ${this.renderHeatmap(group, view, shown)} ${this.renderGroups(group, view, pillar)}
      ${this.renderDivergence(group)}
    </div>`;
  }

  /** Turns to page `page` of participants (focus stays on the control used). */
  private turn(page: number): void {
    this.page = page;
  }

  /** The controls that turn the pages of participants, when there is more than one page. */
  private renderPager(
    shown: ReturnType<DtcGroupResults['pageOf']>,
    total: number,
  ): TemplateResult | typeof nothing {
    if (shown.pages < 2) return nothing;
    const t = this.i18n.t;
    const range = (page: number): string =>
      t('group.pages.range', {
        from: page * shown.size + 1,
        to: Math.min(total, (page + 1) * shown.size),
      });
    const step = (page: number, label: string): TemplateResult => {
      const off = page < 0 || page >= shown.pages;
      return html`<button
        type="button"
        aria-disabled=${off ? 'true' : 'false'}
        @click=${() => {
          if (!off) this.turn(page);
        }}
      >
        ${label}
      </button>`;
    };
    return html`<nav class="pager" part="pager" aria-label=${t('group.pages.label')}>
        ${step(shown.page - 1, t('group.pages.previous'))}
        <label>
          <span>${t('group.pages.choose')}</span>
          <select
            .value=${String(shown.page)}
            @change=${(e: Event) => this.turn(Number((e.target as HTMLSelectElement).value))}
          >
            ${Array.from(
              { length: shown.pages },
              (_, i) => html`<option value=${i} ?selected=${i === shown.page}>${range(i)}</option>`,
            )}
          </select>
        </label>
        ${step(shown.page + 1, t('group.pages.next'))}
      </nav>
      <p class="pager-status" role="status">
        ${t('group.pages.status', { from: shown.from + 1, to: shown.to, total })}
      </p>`;
  }

  private renderRadars(
    group: GroupResult,
    columns: { id: string; label: string }[],
    view: ReturnType<DtcGroupResults['view']>,
    pillar: string,
    shown: ReturnType<DtcGroupResults['pageOf']>,
  ): TemplateResult {
    const t = this.i18n.t;
    const { dir, locale } = this.inherited;
    const overlay = columns.length <= this.overlayMax;
    const seriesOf = (i: number) => ({
      ...columns[i]!,
      values: respondentScores(group, i, pillar || undefined),
    });
    const series = overlay ? columns.map((_, i) => seriesOf(i)) : [];
    const cards = Array.from({ length: shown.to - shown.from }, (_, k) =>
      overlay ? series[shown.from + k]! : seriesOf(shown.from + k),
    );
    return html`<section aria-labelledby="radars-title">
      <h2 id="radars-title">${t('group.radars.title')}</h2>
      <p>${t('group.radars.intro')}</p>
      ${
        overlay
          ? html`<dtc-radar-chart
              id="radar-all"
              part="radar"
              dir=${dir}
              locale=${locale}
              label=${t('group.radars.overlay')}
              .axes=${view.axes}
              .levels=${view.levels}
              .series=${series}
            ></dtc-radar-chart>`
          : nothing
      }
      <ul class="chart-grid">
        ${cards.map(
          (s) =>
            html`<li class="card">
              <dtc-radar-chart
                part="radar"
                dir=${dir}
                locale=${locale}
                label=${s.label}
                .axes=${view.axes}
                .levels=${view.levels}
                .series=${[s]}
              ></dtc-radar-chart>
            </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderHeatmap(
    group: GroupResult,
    view: ReturnType<DtcGroupResults['view']>,
    shown: ReturnType<DtcGroupResults['pageOf']>,
  ): TemplateResult {
    const heatmap = this.heatmapPage(view.heatmap, shown.from, shown.to);
    const t = this.i18n.t;
    const { dir, locale } = this.inherited;
    const { strengths, challenges } = commonViews(group, {
      threshold: this.strengthThreshold,
      size: this.listSize,
    });
    const list = (items: readonly Consensus[]) =>
      items.length
        ? html`<ul>
            ${items.map(
              (c) =>
                html`<li>
                  ${t('group.component.mean', {
                    component: this.name(c.componentId),
                    pillar: this.name(c.pillarId),
                    mean: c.mean,
                  })}
                </li>`,
            )}
          </ul>`
        : html`<p class="muted">${t('group.none')}</p>`;
    return html`<section aria-labelledby="heatmap-title">
      <h2 id="heatmap-title">${t('group.heatmap.title')}</h2>
      <p>${t('group.heatmap.intro')}</p>
      <dtc-heatmap
        part="heatmap"
        dir=${dir}
        locale=${locale}
        label=${t('group.heatmap.title')}
        .levels=${view.levels}
        .rows=${heatmap.rows}
        .columns=${heatmap.columns}
        .values=${heatmap.values}
        .divergent=${heatmap.divergent}
      ></dtc-heatmap>
      <div class="two-col" part="lists">
        <div>
          <h3>${t('group.strengths')}</h3>
          ${list(strengths)}
        </div>
        <div>
          <h3>${t('group.challenges')}</h3>
          ${list(challenges)}
        </div>
      </div>
    </section>`;
  }

  private renderGroups(
    group: GroupResult,
    view: ReturnType<DtcGroupResults['view']>,
    pillar: string,
  ): TemplateResult {
    const t = this.i18n.t;
    const { dir, locale } = this.inherited;
    const by = t(`group.groups.${this.grouping}`);
    return html`<section aria-labelledby="groups-title">
      <h2 id="groups-title">${t('group.groups.title')}</h2>
      <nav aria-label=${t('group.groups.by')}>
        <ul class="filters" part="filters">
          ${(['role', 'country'] as const).map((key) =>
            this.toggle(
              { grouping: key, pillar: pillar || null },
              this.grouping === key,
              t('group.groups.byValue', { group: t(`group.groups.${key}`) }),
            ),
          )}
        </ul>
      </nav>
      <dtc-radar-chart
        part="radar"
        dir=${dir}
        locale=${locale}
        label=${t('group.groups.caption', { by: by.toLocaleLowerCase(this.i18n.lang) })}
        .axes=${view.axes}
        .levels=${view.levels}
        .series=${group.groups.map((g) => ({
          id: g.key,
          label: t('group.groups.item', { name: this.groupName(g.key), n: g.n }),
          values: groupMeans(g.result, pillar || undefined),
        }))}
      ></dtc-radar-chart>
    </section>`;
  }

  private renderDivergence(group: GroupResult): TemplateResult {
    const t = this.i18n.t;
    return html`<section aria-labelledby="divergence-title">
      <h2 id="divergence-title">${t('group.divergence.title')}</h2>
      <p>${t('group.divergence.intro', { threshold: this.divergenceThreshold })}</p>
      ${
        group.divergence.length
          ? html`<ul part="divergence">
              ${group.divergence.map(
                (d) =>
                  html`<li>
                    ${t('group.divergence.item', {
                      component: this.name(d.componentId),
                      pillar: this.name(d.pillarId),
                      high: this.groupName(d.highGroup),
                      highScore: d.highMean,
                      low: this.groupName(d.lowGroup),
                      lowScore: d.lowMean,
                    })}
                  </li>`,
              )}
            </ul>`
          : html`<p class="muted">${t('group.divergence.none')}</p>`
      }
    </section>`;
  }
}
