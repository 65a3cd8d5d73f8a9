import {
  LitElement,
  html,
  nothing,
  svg,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
  type SVGTemplateResult,
  type TemplateResult,
} from 'lit';
import { isolate, useNamespaces, type MessageKey } from '@dtc/i18n';
import { chartsNamespace } from '@dtc/i18n/namespaces/charts';
import { planNamespace } from '@dtc/i18n/namespaces/plan';
import { timelineNamespace } from '@dtc/i18n/namespaces/timeline';
import type { ActionPlan, Framework, Milestone } from '@dtc/schema';
import { LocaleController } from '../shared/controllers/locale-controller.js';
import { WidthController } from '../shared/controllers/width-controller.js';
import { isolatedList } from '../shared/element/bidi.js';
import { isRtl } from '../shared/element/direction.js';
import { emit } from '../shared/element/emit.js';
import { r1, wrap } from '../shared/charts/chart-geometry.js';
import { swatch } from '../shared/charts/chart-legend.js';
import {
  timelineLayout,
  type TimelineBar,
  type TimelineGroupBy,
  type TimelineLayout,
} from './layout.js';
import { PILLAR_COLOURS, styles } from './plan-timeline.styles.js';

/** The detail of `dtc-plan-timeline-select`: the action chosen (Enter, Space or a click). */
export interface PlanTimelineSelectDetail {
  actionId: string;
}

declare global {
  interface HTMLElementEventMap {
    'dtc-plan-timeline-select': CustomEvent<PlanTimelineSelectDetail>;
  }
}

/** Narrowest year column, in CSS pixels: below it the drawing scrolls sideways. */
const YEAR_MIN = 46;
const HEAD = 28;
const GROUP = 28;
const BAR = 16;
const BAR_SAMPLE = 'M2 2h26v8H2Z';

/** A diamond of half-diagonal `s` centred on (x, y). */
const diamond = (x: number, y: number, s: number): string =>
  `M${r1(x)} ${r1(y - s)}L${r1(x + s)} ${r1(y)}L${r1(x)} ${r1(y + s)}L${r1(x - s)} ${r1(y)}Z`;

/**
 * @summary The timeline of an action plan (format 2): each action as a bar over the years it
 * spans, grouped by horizon or by pillar, its milestones marked on their year and quarter
 * (done: a filled diamond; not done: a hollow one), and arrows from each action to those that
 * depend on it. A text summary, a legend and a table alternative (actions × years, milestones,
 * depends on) go with it.
 *
 * A bar spans the years of the action's cost when it has one, else the years of its horizon
 * in the plan period (short: year 1; medium: years 2–3; long: year 4 to the end), drawn with a
 * dashed outline. The year axis runs right to left in a right-to-left page. When the years do
 * not fit the width, the drawing scrolls sideways inside a focusable region.
 *
 * Keyboard: the actions hold one tab stop; arrow keys move between them (Left/Right mirrored
 * right to left), Home and End go to the first and last, Enter or Space selects.
 *
 * @fires {CustomEvent<PlanTimelineSelectDetail>} dtc-plan-timeline-select - An action was chosen (Enter, Space or a click); `detail.actionId` names it.
 *
 * @csspart figure - The figure around everything.
 * @csspart caption - The title.
 * @csspart summary - The generated text summary.
 * @csspart plot - The (scrolling) box around the SVG.
 * @csspart svg - The SVG.
 * @csspart legend - The legend.
 * @csspart toggle - The button that shows or hides the table.
 * @csspart table - The box around the table.
 *
 * @cssprop --dtc-color-pillar-1 - Colour of the bars of the first pillar of the framework (then -2 … -6, in turn).
 * @cssprop --dtc-color-focus - Colour of the focus ring.
 */
export class DtcPlanTimeline extends LitElement {
  static {
    useNamespaces(chartsNamespace, planNamespace, timelineNamespace);
  }

  static override styles: CSSResultGroup = styles;

  static override properties: PropertyDeclarations = {
    plan: { attribute: false },
    framework: { attribute: false },
    locale: {},
    dir: { reflect: true },
    label: {},
    groupBy: { attribute: 'group-by' },
    showTable: { type: Boolean, reflect: true, attribute: 'show-table' },
    print: { type: Boolean, reflect: true },
    active: { state: true },
    width: { state: true },
  };

  /** The plan to show (format 2, as `parseActionPlan` returns it). */
  declare plan: ActionPlan | undefined;
  /** The framework: the pillars' names and order (and their colours, in turn). */
  declare framework: Framework | undefined;
  /** The locale of the UI words (BCP 47); defaults to the nearest `lang`, then the browser's. */
  declare locale?: string;
  /** `rtl` or `ltr`; defaults to the direction of the locale or the page. */
  declare dir: string;
  /** The title: its visible caption and accessible name (a default when empty). */
  label = '';
  /** Groups the actions by `horizon` (the default) or by `pillar`. */
  groupBy: TimelineGroupBy = 'horizon';
  /** Shows the table (the toggle button flips it). */
  showTable = false;
  /** Lays the timeline out for print, as `@media print` does: table shown, button hidden. */
  print = false;

  protected readonly i18n = new LocaleController(this);
  /** The action that holds the tab stop (index in display order). */
  protected active = 0;
  /** Width available, in CSS pixels. */
  protected width = 600;
  private layout: TimelineLayout | undefined;
  /** Lays the drawing out again when the space it has changes. */
  protected readonly sizing = new WidthController(
    this,
    () => this.width,
    (width) => (this.width = width),
  );

  private t(key: MessageKey, values?: Record<string, string | number>): string {
    return this.i18n.t(key, values);
  }

  /** The first render waits for the width in the page, from the frame's own layout (`firstWidth`). */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) {
      const width = await this.sizing.first();
      if (width > 0) this.width = width;
    }
    super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('plan') || changed.has('groupBy') || changed.has('framework')) {
      this.layout = this.plan
        ? timelineLayout(this.plan, {
            groupBy: this.groupBy === 'pillar' ? 'pillar' : 'horizon',
            pillars: this.framework?.pillars.map((p) => p.id) ?? [],
            fallbackYear: new Date().getFullYear(),
          })
        : undefined;
      // The tab stop stays on an action that is still there.
      this.active = Math.min(this.active, Math.max(0, (this.layout?.bars.length ?? 0) - 1));
    }
  }

  /** The name of a group: a horizon, or a pillar from the framework (its id if unknown). */
  private groupName(key: string): string {
    if (this.groupBy === 'pillar') return this.pillarName(key);
    return this.t(`plan.horizon.${key}` as MessageKey);
  }

  private pillarName(id: string): string {
    const pillar = this.framework?.pillars.find((p) => p.id === id);
    return pillar ? this.i18n.text(pillar.title) : id;
  }

  /** A pillar's place in the framework (unknown pillars last). */
  private pillarOrder(id: string): number {
    const i = this.framework?.pillars.findIndex((p) => p.id === id) ?? -1;
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  }

  /** `p0`…`p5`: the colour of a pillar, in framework order, in turn (unknown pillars: `p0`). */
  private pillarClass(id: string): string {
    const i = this.pillarOrder(id);
    return `p${i === Number.MAX_SAFE_INTEGER ? 0 : i % PILLAR_COLOURS}`;
  }

  private years(from: number, to: number): string {
    return from === to
      ? this.t('timeline.years.one', { year: String(from) })
      : this.t('timeline.years.span', { from: String(from), to: String(to) });
  }

  private milestoneText(m: Milestone): string {
    const when = this.t('timeline.when', { quarter: String(m.quarter), year: String(m.year) });
    return this.t(m.done ? 'timeline.milestone.done' : 'timeline.milestone.notDone', {
      what: m.what,
      when,
    });
  }

  private titleOf(id: string): string {
    return this.plan?.actions.find((a) => a.id === id)?.title ?? id;
  }

  private list(names: string[]): string {
    return new Intl.ListFormat(this.i18n.lang, { type: 'conjunction' }).format(names);
  }

  /** The accessible name of an action: title, years, group, milestones, dependencies. */
  private barText(bar: TimelineBar): string {
    const { action } = bar;
    const other = this.groupBy === 'pillar' ? action.horizon : action.pillar;
    const group =
      this.groupBy === 'pillar'
        ? this.t(`plan.horizon.${other}` as MessageKey)
        : this.pillarName(other);
    const parts = [
      this.t(bar.source === 'cost' ? 'timeline.action' : 'timeline.action.fromHorizon', {
        title: action.title,
        years: this.years(bar.from, bar.to),
        group,
      }),
    ];
    if (bar.milestones.length)
      parts.push(
        this.t('timeline.action.milestones', {
          count: bar.milestones.length,
          done: bar.milestones.filter((m) => m.done).length,
          list: this.list(bar.milestones.map((m) => this.milestoneText(m))),
        }),
      );
    if (bar.dependsOn.length)
      parts.push(
        this.t('timeline.action.dependsOn', {
          names: this.list(bar.dependsOn.map((d) => this.titleOf(d))),
        }),
      );
    return parts.join(' ');
  }

  private summary(): string {
    const layout = this.layout;
    if (!layout || !layout.bars.length) return this.t('timeline.summary.empty');
    const milestones = layout.bars.flatMap((b) => b.milestones);
    return this.t('timeline.summary', {
      actions: layout.bars.length,
      from: String(layout.period.from),
      to: String(layout.period.to),
      dependencies: layout.arrows.length,
      milestones: milestones.length,
      done: milestones.filter((m) => m.done).length,
    });
  }

  /** The drawing: year axis, group headings, one focusable row per action, arrows. */
  private draw(layout: TimelineLayout, rtl: boolean) {
    const n = layout.years.length;
    const labelWidth = Math.max(120, Math.min(this.width * 0.32, 220));
    const W = Math.max(this.width, r1(labelWidth + n * YEAR_MIN + 8));
    const yearWidth = (W - labelWidth - 8) / n;
    const first = layout.years[0]!;
    const X = (x: number): number => r1(rtl ? W - x : x);
    /** Where a (fractional) year starts, before mirroring. */
    const at = (year: number): number => labelWidth + (year - first) * yearWidth;
    const body: SVGTemplateResult[] = [];
    const rows: SVGTemplateResult[] = [];
    const centres = new Map<string, { y: number; from: number; to: number }>();

    let y = HEAD;
    layout.groups.forEach((group) => {
      body.push(
        svg`<text class="strong group" x=${X(2)} y=${r1(y + 19)} text-anchor="start">${this.groupName(group.key)}</text>`,
      );
      y += GROUP;
      for (const bar of group.bars) {
        const i = layout.bars.indexOf(bar);
        const lines = wrap(bar.action.title, Math.max(10, Math.floor((labelWidth - 12) / 6.6)), 2);
        const h = Math.max(40, lines.length * 14 + 14);
        const mid = y + h / 2;
        const x0 = at(bar.from);
        const x1 = at(bar.to + 1);
        centres.set(bar.action.id, { y: mid, from: x0, to: x1 });
        const marks = bar.milestones.map((m) => {
          const x = at(m.year + (m.quarter - 0.5) / 4);
          // No <title> inside: a server renders SVG templates as HTML, where <title> is text only.
          // The milestone's words are in the action's accessible name and in the table.
          return svg`<path class="milestone ${m.done ? 'done' : 'todo'}" d=${diamond(X(x), mid, 6.5)}></path>`;
        });
        // The title is drawn beside its action, not in it: the action's accessible name says
        // more than the visible (possibly shortened) title. Each line is isolated: a user's
        // title keeps its own direction in a drawing of the other.
        body.push(
          svg`<text text-anchor="start">${lines.map(
            (line, k) =>
              svg`<tspan x=${X(8)} y=${r1(mid + 4 - (lines.length - 1) * 7 + k * 14)}>${isolate(line)}</tspan>`,
          )}</text>`,
        );
        rows.push(
          svg`<g class="act" data-i=${i} data-id=${bar.action.id} role="button" tabindex=${i === this.active ? 0 : -1} aria-label=${this.barText(bar)}><rect class="hit" x="1.5" y=${r1(y + 1.5)} width=${r1(W - 3)} height=${h - 3} rx="4"></rect><rect class="bar ${bar.source} ${this.pillarClass(bar.action.pillar)}" x=${Math.min(X(x0), X(x1)) + 1} y=${r1(mid - BAR / 2)} width=${r1(Math.abs(x1 - x0) - 2)} height=${BAR} rx="3"></rect>${marks}</g>`,
        );
        y += h;
      }
    });
    const bottom = y + 4;

    // The axis: a band over the years outside the plan period, a line between years, the years.
    const grid: SVGTemplateResult[] = layout.years.map((year) => {
      const x0 = at(year);
      const outside = year < layout.period.from || year > layout.period.to;
      return svg`${outside ? svg`<rect class="band" x=${Math.min(X(x0), X(x0 + yearWidth))} y=${HEAD - 4} width=${r1(yearWidth)} height=${r1(bottom - HEAD + 4)}></rect>` : nothing}<line class="grid faint" x1=${X(x0)} x2=${X(x0)} y1=${HEAD - 4} y2=${r1(bottom)}></line><text class="strong year" x=${X(x0 + yearWidth / 2)} y="18" text-anchor="middle">${year}</text>`;
    });
    grid.push(
      svg`<line class="grid faint" x1=${X(at(first + n))} x2=${X(at(first + n))} y1=${HEAD - 4} y2=${r1(bottom)}></line>`,
    );

    // Dependencies: from the end of the action needed first to the start of the one that needs it.
    const arrows = layout.arrows.map(({ from, to }) => {
      const a = centres.get(from)!;
      const b = centres.get(to)!;
      const start = a.to;
      const end = b.from;
      let d: string;
      if (end - start >= 14) {
        const mx = start + Math.min(10, (end - start) / 2);
        d = `M${X(start)} ${r1(a.y)}H${X(mx)}V${r1(b.y)}H${X(end - 6)}`;
      } else {
        // The dependent starts before the other ends: around, between the rows.
        const gap = b.y > a.y ? b.y - 20 : b.y + 20;
        d = `M${X(start)} ${r1(a.y)}H${X(start + 6)}V${r1(gap)}H${X(end - 10)}V${r1(b.y)}H${X(end - 6)}`;
      }
      // The head touches the start of the dependent's bar (drawn 1 px inside its year).
      const tip = X(end + 1);
      const back = X(end - 6);
      return svg`<g class="dep" data-from=${from} data-to=${to}><path class="dep-line" d=${d}></path><path class="dep-head" d=${`M${tip} ${r1(b.y)}L${back} ${r1(b.y - 4.5)}L${back} ${r1(b.y + 4.5)}Z`}></path></g>`;
    });

    return {
      width: W,
      height: r1(bottom + 2),
      body: [...grid, ...body, ...rows, ...arrows],
      scrolls: W > this.width + 0.5,
    };
  }

  /** Right to left: the `dir` property (reflected only after render), else `isRtl`. */
  private get rtl(): boolean {
    return this.dir === 'rtl' || this.dir === 'ltr' ? this.dir === 'rtl' : isRtl(this, this.i18n);
  }

  override render(): TemplateResult {
    const rtl = this.rtl;
    const layout = this.layout;
    const caption = this.label || this.t('timeline.label');
    const count = layout?.bars.length ?? 0;
    const drawing = layout && count ? this.draw(layout, rtl) : undefined;
    return html`<figure part="figure" dir=${rtl ? 'rtl' : 'ltr'} lang=${this.i18n.lang}>
      <figcaption part="caption" id="caption">${caption}</figcaption>
      <p part="summary" class="summary" id="summary">${this.summary()}</p>
      <div class="sizer"></div>
      ${
        drawing
          ? html`<div
                class="plot"
                part="plot"
                role=${drawing.scrolls ? 'region' : nothing}
                tabindex=${drawing.scrolls ? 0 : nothing}
                aria-label=${drawing.scrolls ? this.t('timeline.scroll') : nothing}
              >
                <svg
                  part="svg"
                  width=${drawing.width}
                  height=${drawing.height}
                  viewBox="0 0 ${drawing.width} ${drawing.height}"
                  tabindex="-1"
                  role="group"
                  aria-labelledby="caption summary"
                  @keydown=${this.onKey}
                  @focusin=${this.onFocus}
                  @click=${this.onClick}
                >
                  ${drawing.body}
                </svg>
              </div>
              ${this.legend(layout!)}`
          : nothing
      }
      <button
        class="toggle"
        part="toggle"
        type="button"
        aria-expanded=${this.showTable ? 'true' : 'false'}
        aria-controls="table"
        @click=${this.toggle}
      >
        ${this.t(this.showTable ? 'charts.hideTable' : 'charts.showTable')}
      </button>
      <div
        class="table"
        part="table"
        id="table"
        ?hidden=${!this.showTable}
        role="region"
        tabindex=${this.showTable ? 0 : -1}
        aria-label=${caption}
      >
        <table>
          <caption class="visually-hidden">
            ${caption}
          </caption>
          ${layout ? this.table(layout) : nothing}
        </table>
      </div>
    </figure>`;
  }

  private legend(layout: TimelineLayout): TemplateResult {
    const sources = new Set(layout.bars.map((b) => b.source));
    const milestones = layout.bars.flatMap((b) => b.milestones);
    const pillars = [...new Set(layout.bars.map((b) => b.action.pillar))].sort(
      (a, b) => this.pillarOrder(a) - this.pillarOrder(b),
    );
    return html`<ul class="legend" part="legend" aria-label=${this.t('charts.legend')}>
      ${pillars.map(
        (id) =>
          html`<li>
            ${swatch(`bar cost ${this.pillarClass(id)}`, BAR_SAMPLE)}${this.pillarName(id)}
          </li>`,
      )}
      ${sources.has('cost') ? html`<li>${swatch('bar cost neutral', BAR_SAMPLE)}${this.t('timeline.legend.cost')}</li>` : nothing}
      ${
        sources.has('horizon')
          ? html`<li>
              ${swatch('bar horizon neutral', BAR_SAMPLE)}${this.t('timeline.legend.horizon')}
            </li>`
          : nothing
      }
      ${
        milestones.some((m) => m.done)
          ? html`<li>
              ${swatch('milestone done', diamond(15, 6, 5))}${this.t('timeline.legend.done')}
            </li>`
          : nothing
      }
      ${
        milestones.some((m) => !m.done)
          ? html`<li>
              ${swatch('milestone todo', diamond(15, 6, 5))}${this.t('timeline.legend.notDone')}
            </li>`
          : nothing
      }
      ${
        layout.arrows.length
          ? html`<li>
              ${swatch('dep-sample', 'M2 6H22M28 6L21 2V10Z')}${this.t('timeline.legend.dependency')}
            </li>`
          : nothing
      }
    </ul>`;
  }

  private table(layout: TimelineLayout): TemplateResult {
    const { years } = layout;
    const t = this.i18n.t;
    return html`<thead>
        <tr>
          <th scope="col">${t('timeline.table.action')}</th>
          ${years.map((y) => html`<th scope="col" class="num">${y}</th>`)}
          <th scope="col">${t('timeline.table.milestones')}</th>
          <th scope="col">${t('timeline.table.dependsOn')}</th>
        </tr>
      </thead>
      ${layout.groups.map(
        (group) =>
          html`<tbody>
            <tr>
              <th scope="rowgroup" colspan=${years.length + 3} class="group">
                ${this.groupName(group.key)}
              </th>
            </tr>
            ${group.bars.map(
              (bar) =>
                html`<tr>
                  <th scope="row" dir="auto">${bar.action.title}</th>
                  ${years.map((y) =>
                    y >= bar.from && y <= bar.to
                      ? html`<td class="in">
                          <span aria-hidden="true">■</span
                          ><span class="visually-hidden">${t('timeline.table.inYear')}</span>
                        </td>`
                      : html`<td></td>`,
                  )}
                  <td>
                    ${
                      bar.milestones.length
                        ? html`<ul class="cell-list">
                            ${bar.milestones.map((m) => html`<li>${this.milestoneText(m)}</li>`)}
                          </ul>`
                        : t('timeline.table.none')
                    }
                  </td>
                  <td>
                    ${
                      bar.dependsOn.length
                        ? isolatedList(
                            this.i18n.lang,
                            bar.dependsOn.map((d) => this.titleOf(d)),
                          )
                        : t('timeline.table.none')
                    }
                  </td>
                </tr>`,
            )}
          </tbody>`,
      )}`;
  }

  private toggle(): void {
    this.showTable = !this.showTable;
  }

  private indexOf(e: Event): number {
    const g = (e.target as Element).closest?.('.act');
    return g ? Number(g.getAttribute('data-i')) : -1;
  }

  private onFocus(e: FocusEvent): void {
    const i = this.indexOf(e);
    if (i >= 0) this.active = i;
  }

  private select(i: number): void {
    const bar = this.layout?.bars[i];
    if (bar) emit(this, 'dtc-plan-timeline-select', { actionId: bar.action.id });
  }

  private onClick(e: MouseEvent): void {
    const i = this.indexOf(e);
    if (i < 0) return;
    this.active = i;
    this.select(i);
  }

  private onKey(e: KeyboardEvent): void {
    const count = this.layout?.bars.length ?? 0;
    if (!count) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.select(this.active);
      return;
    }
    const rtl = this.rtl;
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    const moves: Record<string, number> = {
      ArrowDown: this.active + 1,
      [forward]: this.active + 1,
      ArrowUp: this.active - 1,
      [back]: this.active - 1,
      Home: 0,
      End: count - 1,
    };
    const next = moves[e.key];
    if (next === undefined) return;
    e.preventDefault();
    if (next < 0 || next >= count) return;
    this.active = next;
    void this.updateComplete.then(() =>
      (this.renderRoot.querySelector(`.act[data-i="${next}"]`) as SVGElement | null)?.focus(),
    );
  }
}
