import {
  html,
  nothing,
  svg,
  type CSSResultGroup,
  type PropertyDeclarations,
  type TemplateResult,
} from 'lit';
import {
  DtcChart,
  type ChartItem,
  type ChartPlot,
  type ChartPoint,
} from '../shared/charts/chart-base.js';
import {
  anchor,
  DASHES,
  linePath,
  markerPath,
  polar,
  r1,
  scale,
  wrap,
} from '../shared/charts/chart-geometry.js';
import { legendSample } from '../shared/charts/chart-legend.js';
import { styles } from './radar-chart.styles.js';

/** The width of a character of an axis name (12 px system font), on average, in px. */
const CHAR = 6.4;
/** One line on the radar: a value (0–`max`, or `null` when not scored) per axis, in axis order. */
export interface RadarSeries {
  id: string;
  label: string;
  values: readonly (number | null)[];
}

/**
 * @summary A radar (spider) chart: the pillars as axes, the maturity levels as rings, one
 * or several series (before and after a deep dive, roles, countries). Each series has its own
 * colour, dash pattern and marker shape; points take focus with arrow keys and say their
 * value; a text summary and a data table go with it.
 *
 * Data: `axes` `{ id, label }[]`, `series` `{ id, label, values: (number | null)[] }[]`
 * (values on 0–`max`, in axis order), `levels` `{ value, label }[]` (where each level starts
 * on the scale, e.g. 0, 33.3, 66.7, 100).
 *
 * Keyboard: Tab reaches one point; ←/→ move along the axes (mirrored right to left), ↑/↓
 * between series, Home/End to the first/last axis, Ctrl+Home/End to the first/last point.
 *
 * @csspart figure - The figure around everything.
 * @csspart caption - The chart's title.
 * @csspart summary - The generated text summary.
 * @csspart plot - The box around the SVG and its tooltip.
 * @csspart svg - The SVG.
 * @csspart tooltip - The tooltip of the hovered or focused point.
 * @csspart legend - The legend (with several series).
 * @csspart toggle - The button that shows or hides the data table.
 * @csspart table - The box around the data table.
 *
 * @cssprop --dtc-color-series-1 - Colour of the first series (then -2, -3, -4).
 * @cssprop --dtc-color-border - Colour of rings and axes.
 * @cssprop --dtc-color-focus - Colour of the focus ring.
 * @cssprop --dtc-color-tooltip-background - Tooltip background.
 * @cssprop --dtc-color-tooltip-text - Tooltip text.
 */
export class DtcRadarChart extends DtcChart {
  static override styles: CSSResultGroup = styles;

  static override properties: PropertyDeclarations = {
    axes: { attribute: false },
    series: { attribute: false },
  };

  /** The axes, in order, clockwise from the top (counter-clockwise right to left). */
  axes: ChartItem[] = [];
  /** The series to draw, each with one value per axis. */
  series: RadarSeries[] = [];

  protected defaultLabel(): string {
    return this.t('charts.radar.label');
  }

  protected plot(rtl: boolean): ChartPlot {
    const size = Math.max(260, Math.min(this.width, 560));
    const n = this.axes.length;
    const labelWidth = Math.max(70, Math.min(size * 0.22, 120));
    const R = Math.max(40, size / 2 - labelWidth - 6);
    // A word is never broken: when a line of an axis name reaches past the edge (on a phone),
    // the drawing widens on both sides by as much and the browser scales it to fit, rather
    // than cutting the line. Lines are measured in the chart's font: a Chinese name has no
    // space to wrap at, and its characters are about twice as wide as Latin letters.
    const names = this.axes.map((a) => wrap(a.label, Math.floor(labelWidth / CHAR)));
    const pad = Math.max(
      0,
      ...names.map((lines, i) => {
        const [x] = polar(size / 2, 0, R + 12, i, n, false);
        const dx = Math.abs(x - size / 2) < 1 ? 0 : x > size / 2 ? 1 : -1;
        const w = Math.max(0, ...lines.map((line) => this.measure(line, 12, 400, CHAR)));
        return Math.ceil(dx === 0 ? w / 2 - size / 2 : dx > 0 ? x + w - size : w - x);
      }),
    );
    const cx = size / 2 + pad;
    const cy = R + 54;
    const radius = (v: number): number => scale(v, 0, this.max, 0, R);
    const at = (r: number, i: number): [number, number] => polar(cx, cy, r, i, n, rtl);
    const ring = (r: number): string =>
      linePath(
        this.axes.map((_, i) => at(r, i)),
        true,
      );
    const rings = this.levels.filter((l) => l.value > 0 && l.value <= this.max);
    const outer = rings.some((l) => l.value >= this.max) ? [] : [this.max];
    const body = [
      ...[...rings.map((l) => l.value), ...outer].map(
        (v) => svg`<path class="grid" d=${ring(radius(v))}></path>`,
      ),
      ...this.axes.map((_, i) => {
        const [x, y] = at(R, i);
        return svg`<line class="grid faint" x1=${cx} y1=${cy} x2=${x} y2=${y}></line>`;
      }),
      // Ring names on the edge between the first two axes (mirrored right to left: they run
      // away from the first axis), with a halo to stay legible.
      ...(n > 1
        ? rings.map((l) => {
            const [x0, y0] = at(radius(l.value), 0);
            const [x1, y1] = at(radius(l.value), 1);
            return svg`<text class="muted halo" x=${r1((x0 + x1) / 2 + (rtl ? -4 : 4))} y=${r1((y0 + y1) / 2)} text-anchor=${anchor(rtl ? -1 : 1, rtl)}>${l.label}</text>`;
          })
        : []),
      ...this.axes.map((_, i) => {
        const [x, y] = at(R + 12, i);
        const lines = names[i]!;
        const dx = Math.abs(x - cx) < 1 ? 0 : x > cx ? 1 : -1;
        const top = y < cy - 1 && dx === 0;
        const y0 = top
          ? y - (lines.length - 1) * 14
          : dx === 0
            ? y + 10
            : y - (lines.length - 1) * 7 + 4;
        return svg`<text class="axis" text-anchor=${anchor(dx, rtl)}>${lines.map(
          (line, k) => svg`<tspan x=${x} y=${r1(y0 + k * 14)}>${line}</tspan>`,
        )}</text>`;
      }),
    ];
    const points: ChartPoint[] = [];
    this.series.forEach((s, si) => {
      const cls = `s${si % 4}`;
      const xy = this.axes.map((_, i) => {
        const v = s.values[i];
        return v === null || v === undefined || !Number.isFinite(v) ? null : at(radius(v), i);
      });
      body.push(
        svg`<path class="line ${cls}" d=${linePath(xy, true)} stroke-dasharray=${DASHES[si % 4] || nothing}></path>`,
      );
      xy.forEach((p, i) => {
        const v = s.values[i];
        if (!p || v === null || v === undefined) return;
        const name = this.axes[i]!.label;
        const value = this.valueText(v);
        const text =
          this.series.length > 1
            ? this.t('charts.point.series', { series: s.label, name, value })
            : this.t('charts.point', { name, value });
        // One series: label each point with its value, outside the point (inside near the rim).
        const r = radius(v);
        const [lx, ly] = at(r < R - 24 ? r + 14 : r - 14, i);
        points.push({
          row: si,
          col: i,
          x: p[0],
          y: p[1],
          text,
          shape: svg`<circle class="hit" cx=${p[0]} cy=${p[1]} r="12"></circle><path class="mark ${cls}" d=${markerPath(si, p[0], p[1])}></path>${
            this.series.length === 1
              ? svg`<text class="value halo" x=${lx} y=${r1(ly + 4)} text-anchor="middle">${this.i18n.score(v)}</text>`
              : nothing
          }`,
        });
      });
    });
    return { width: size + 2 * pad, height: r1(cy + R + 54), body, points };
  }

  protected summary(): string {
    const one = (s: RadarSeries): string =>
      this.extremes(this.axes.map((a, i) => ({ name: a.label, value: s.values[i] ?? null })));
    if (!this.series.length) return this.t('charts.summary.empty');
    if (this.series.length === 1) return one(this.series[0]!);
    return this.series
      .map((s) => this.t('charts.summary.series', { series: s.label, summary: one(s) }))
      .join(' ');
  }

  protected override legend(): TemplateResult | typeof nothing {
    if (this.series.length < 2) return nothing;
    return html`<ul class="legend" part="legend" aria-label=${this.t('charts.legend')}>
      ${this.series.map((s, i) => html`<li>${legendSample(i)}<bdi>${s.label}</bdi></li>`)}
    </ul>`;
  }

  protected table(): TemplateResult {
    return html`<thead>
        <tr>
          <th scope="col">${this.t('charts.table.pillar')}</th>
          ${this.series.map((s) => html`<th scope="col" dir="auto">${s.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${this.axes.map(
          (a, i) =>
            html`<tr>
              <th scope="row">${a.label}</th>
              ${this.series.map((s) => html`<td>${this.valueText(s.values[i])}</td>`)}
            </tr>`,
        )}
      </tbody> `;
  }
}
