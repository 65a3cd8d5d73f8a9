import {
  LitElement,
  html,
  nothing,
  svg,
  type PropertyDeclarations,
  type SVGTemplateResult,
  type TemplateResult,
} from 'lit';
import { useNamespaces, type MessageKey } from '@dtc/i18n';
import { chartsNamespace } from '@dtc/i18n/namespaces/charts';
import { bandOf } from './chart-geometry.js';
import { isRtl } from '../element/direction.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { WidthController } from '../controllers/width-controller.js';

/** A canvas to measure a chart's words with (created on first need; none on a server). */
let canvas: CanvasRenderingContext2D | null | undefined;

/** A maturity level on a chart's value scale: where it starts (e.g. 33.3 on 0–100) and its name. */
export interface ChartLevel {
  value: number;
  label: string;
}

/** A named thing on a chart: a pillar axis, a heatmap row or column. */
export interface ChartItem {
  id: string;
  label: string;
}

/** A data point that can take focus: its place for arrow keys, its anchor and its words. */
export interface ChartPoint {
  row: number;
  col: number;
  x: number;
  y: number;
  /** The accessible name; the tooltip shows the same text. */
  text: string;
  /** What to draw (the focus ring follows `.hit`). */
  shape: SVGTemplateResult;
}

export interface ChartPlot {
  width: number;
  height: number;
  body: SVGTemplateResult | SVGTemplateResult[];
  points: ChartPoint[];
}

/**
 * What every chart shares: a caption, a generated summary, an SVG sized by its container
 * (1 viewBox unit = 1 CSS pixel), focusable points with a roving tab stop and arrow keys
 * (mirrored right to left), a tooltip that shows on hover and on focus with the words a
 * screen reader hears, and a data table the user can toggle (always shown in print).
 */
export abstract class DtcChart extends LitElement {
  static {
    useNamespaces(chartsNamespace);
  }

  static override properties: PropertyDeclarations = {
    locale: {},
    label: {},
    levels: { attribute: false },
    max: { type: Number },
    showTable: { type: Boolean, reflect: true, attribute: 'show-table' },
    print: { type: Boolean, reflect: true },
    active: { state: true },
    tip: { state: true },
    width: { state: true },
  };

  /** The locale of the UI words (BCP 47); defaults to the nearest `lang`, then the browser's. */
  declare locale?: string;
  /** The chart's title: its visible caption and accessible name (a default when empty). */
  label = '';
  /** Maturity levels on the value scale: rings, bands and level names of values. */
  levels: ChartLevel[] = [];
  /** The top of the value scale (the bottom is 0). */
  max = 100;
  /** Shows the data table (the toggle button flips it). */
  showTable = false;
  /** Lays the chart out for print, as `@media print` does: table shown, controls hidden. */
  print = false;

  protected readonly i18n = new LocaleController(this);
  /** The point that holds the tab stop. */
  protected active = 0;
  /** The point whose tooltip shows, or −1. */
  protected tip = -1;
  /** Width available to the plot, in CSS pixels. */
  protected width = 480;
  protected points: ChartPoint[] = [];
  /**
   * The chart's font family, read with its width, where the page's style is fresh: read during
   * a render, after the writes of the chart rendered before it, it made the browser compute
   * the page's style again for every chart.
   */
  private fontFamily: string | undefined;
  /** Lays the drawing out again when the space it has changes. */
  protected readonly sizing = new WidthController(
    this,
    () => this.width,
    (width) => (this.width = width),
    () => (this.fontFamily = getComputedStyle(this).fontFamily),
  );

  /** The layout: viewBox size, what to draw, and the focusable points (row-major order). */
  protected abstract plot(rtl: boolean): ChartPlot;
  /** The generated text summary. */
  protected abstract summary(): string;
  /** The rows of the data table alternative (`<thead>`, `<tbody>`s); the base adds the table and its caption. */
  protected abstract table(): TemplateResult;
  /** The default caption when `label` is empty. */
  protected abstract defaultLabel(): string;
  /** An optional legend under the plot. */
  protected legend(): TemplateResult | typeof nothing {
    return nothing;
  }

  protected get rtl(): boolean {
    return isRtl(this, this.i18n);
  }

  /**
   * The width of `text` in the chart's font at `size` px and `weight`, in CSS pixels; without a
   * canvas (on a server), `text.length` times an average character width.
   */
  protected measure(text: string, size = 12, weight = 400, char = 6.4): number {
    canvas ??=
      typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    if (!canvas) return text.length * char;
    this.fontFamily ??= getComputedStyle(this).fontFamily;
    canvas.font = `${weight} ${size}px ${this.fontFamily}`;
    return canvas.measureText(text).width;
  }

  /** The words for a value: `67 (Established)`, or "Not scored". */
  protected valueText(value: number | null | undefined): string {
    if (value === null || value === undefined || !Number.isFinite(value))
      return this.t('common.notScored');
    const level = this.levelOf(value);
    return level
      ? this.t('charts.value.level', { value, level: level.label })
      : this.t('charts.value', { value });
  }

  protected levelOf(value: number): ChartLevel | undefined {
    const levels = this.levels;
    return levels.length
      ? levels[
          bandOf(
            value,
            levels.map((l) => l.value),
          )
        ]
      : undefined;
  }

  /** The level colour class (`lv1`…`lv4`) of a value, or the first series colour without levels. */
  protected levelClass(value: number | null): string {
    const n = this.levels.length;
    if (value === null || !n) return 's0';
    // Four level colours: other scales map onto them proportionally.
    const band = bandOf(
      value,
      this.levels.map((l) => l.value),
    );
    return `lv${n < 2 ? 1 : 1 + Math.round((band * 3) / (n - 1))}`;
  }

  /**
   * "Strongest: A (70); weakest: B (20)." over named values, with ties listed together, a
   * note of what is not scored, and a message when nothing is scored or all are equal.
   */
  protected extremes(items: readonly { name: string; value: number | null }[]): string {
    const { t } = this.i18n;
    const scored = items.filter(
      (i): i is { name: string; value: number } => i.value !== null && Number.isFinite(i.value),
    );
    const missing = items.filter((i) => !scored.includes(i as { name: string; value: number }));
    if (!scored.length) return t('charts.summary.empty');
    const rounded = scored.map((i) => Math.round(i.value));
    const high = Math.max(...rounded);
    const low = Math.min(...rounded);
    const names = (v: number): string =>
      this.list(scored.filter((_, k) => rounded[k] === v).map((i) => i.name));
    let out =
      scored.length === 1
        ? t('charts.summary.one', { name: scored[0]!.name, value: high })
        : high === low
          ? t('charts.summary.even', { count: scored.length, value: high })
          : t('charts.summary.extremes', {
              strongest: names(high),
              high,
              weakest: names(low),
              low,
            });
    if (missing.length)
      out += ` ${t('charts.summary.missing', { names: this.list(missing.map((m) => m.name)) })}`;
    return out;
  }

  protected list(names: string[]): string {
    return new Intl.ListFormat(this.i18n.lang, { type: 'conjunction' }).format(names);
  }

  protected t(key: MessageKey, values?: Record<string, string | number>): string {
    return this.i18n.t(key, values);
  }

  /**
   * The first render waits for the chart's width in the page, so the first layout already
   * fits; the width comes from the layout the browser does for the frame anyway (see
   * `firstWidth`), never from a layout of its own. A layout the server drew (declarative
   * shadow DOM) is hydrated as it is: the observer resizes it next.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated && !this.renderRoot.querySelector('.sizer')) {
      const width = await this.sizing.first();
      if (width > 0) this.width = width;
    }
    super.scheduleUpdate();
  }

  override render(): TemplateResult {
    const rtl = this.rtl;
    const { width, height, body, points } = this.plot(rtl);
    this.points = points;
    const active = Math.min(this.active, points.length - 1);
    const tip = points[this.tip];
    const caption = this.label || this.defaultLabel();
    return html`<figure part="figure" dir=${rtl ? 'rtl' : 'ltr'} lang=${this.i18n.lang}>
      <figcaption part="caption" id="caption" dir=${this.label ? 'auto' : nothing}>
        ${caption}
      </figcaption>
      <p part="summary" class="summary" id="summary">${this.summary()}</p>
      <div class="plot" part="plot">
        <div class="sizer"></div>
        <div class="canvas">
          <svg
            part="svg"
            width=${width}
            height=${height}
            viewBox="0 0 ${width} ${height}"
            tabindex="-1"
            role=${points.length ? 'group' : 'img'}
            aria-labelledby="caption summary"
            @keydown=${this.onKey}
            @focusin=${this.onFocus}
            @focusout=${this.onBlur}
            @pointerover=${this.onHover}
            @pointerleave=${this.onLeave}
          >
            ${body}
            ${points.map(
              (p, i) =>
                svg`<g class="pt" data-i=${i} role="img" tabindex=${i === active ? 0 : -1} aria-label=${p.text}>${p.shape}</g>`,
            )}
          </svg>
          ${
            tip
              ? html`<div
                  class="tip"
                  part="tooltip"
                  aria-hidden="true"
                  .style=${`left:${(tip.x / width) * 100}%;top:${(tip.y / height) * 100}%`}
                >
                  ${tip.text}
                </div>`
              : nothing
          }
        </div>
      </div>
      ${this.legend()}
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
      <div class="table" part="table" id="table" ?hidden=${!this.showTable}>
        <table>
          <caption class="visually-hidden">
            ${caption}
          </caption>
          ${this.table()}
        </table>
      </div>
    </figure>`;
  }

  private toggle(): void {
    this.showTable = !this.showTable;
  }

  private indexOf(e: Event): number {
    const g = (e.target as Element).closest?.('.pt');
    return g ? Number(g.getAttribute('data-i')) : -1;
  }

  private onFocus(e: FocusEvent): void {
    const i = this.indexOf(e);
    if (i >= 0) this.active = this.tip = i;
  }

  private onBlur(): void {
    this.tip = -1;
  }

  private onHover(e: PointerEvent): void {
    const i = this.indexOf(e);
    if (i >= 0) this.tip = i;
  }

  private onLeave(): void {
    const focused = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    this.tip = focused ? this.indexOf({ target: focused } as unknown as Event) : -1;
  }

  private onKey(e: KeyboardEvent): void {
    // Escape hides the tooltip (it may cover other points); focus stays on the point.
    if (e.key === 'Escape') {
      this.tip = -1;
      return;
    }
    const pts = this.points;
    const cur = pts[this.active];
    if (!cur) return;
    const single = (k: 'row' | 'col'): boolean => pts.every((p) => p[k] === cur[k]);
    const list = single('col');
    let key = e.key;
    if (this.rtl && (key === 'ArrowLeft' || key === 'ArrowRight'))
      key = key === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
    // A list (one column or one row) moves with either pair of arrows.
    if (list && (key === 'ArrowLeft' || key === 'ArrowRight'))
      key = key === 'ArrowLeft' ? 'ArrowUp' : 'ArrowDown';
    if (single('row') && (key === 'ArrowUp' || key === 'ArrowDown'))
      key = key === 'ArrowUp' ? 'ArrowLeft' : 'ArrowRight';
    const pick = (ok: (p: ChartPoint) => boolean, by: (p: ChartPoint) => number): number => {
      let best = -1;
      let score = Infinity;
      pts.forEach((p, i) => {
        if (ok(p) && by(p) < score) [best, score] = [i, by(p)];
      });
      return best;
    };
    const row = (p: ChartPoint): boolean => p.row === cur.row;
    const near = (p: ChartPoint): number => Math.abs(p.col - cur.col);
    const moves: Record<string, () => number> = {
      ArrowRight: () =>
        pick(
          (p) => row(p) && p.col > cur.col,
          (p) => p.col,
        ),
      ArrowLeft: () =>
        pick(
          (p) => row(p) && p.col < cur.col,
          (p) => -p.col,
        ),
      ArrowDown: () =>
        pick(
          (p) => p.row > cur.row,
          (p) => p.row * 1e4 + near(p),
        ),
      ArrowUp: () =>
        pick(
          (p) => p.row < cur.row,
          (p) => -p.row * 1e4 + near(p),
        ),
      // In a list (one column), Home and End go to its ends; in a grid, to the row's ends.
      Home: () => (e.ctrlKey || list ? 0 : pick(row, (p) => p.col)),
      End: () => (e.ctrlKey || list ? pts.length - 1 : pick(row, (p) => -p.col)),
    };
    const move = moves[key];
    if (!move) return;
    e.preventDefault();
    const next = move();
    if (next < 0) return;
    this.active = this.tip = next;
    void this.updateComplete.then(() =>
      (this.renderRoot.querySelector(`.pt[data-i="${next}"]`) as SVGElement | null)?.focus(),
    );
  }
}
