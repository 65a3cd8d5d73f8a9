import {
  html,
  nothing,
  svg,
  type CSSResultGroup,
  type PropertyDeclarations,
  type SVGTemplateResult,
  type TemplateResult,
} from 'lit';
import { DtcChart, type ChartPlot, type ChartPoint } from '../shared/charts/chart-base.js';
import { r1, scale, wrap } from '../shared/charts/chart-geometry.js';
import { swatch } from '../shared/charts/chart-legend.js';
import { styles } from './bar-chart.styles.js';

/** One bar: a value on 0–`max` (`null`: not scored) and an optional target. */
export interface BarDatum {
  id: string;
  label: string;
  value: number | null;
  /** A target value for this bar (overrides the chart's `target`). */
  target?: number | null | undefined;
}

/** A group of bars under a heading (components under their pillar). */
export interface BarGroup {
  id: string;
  label: string;
  bars: BarDatum[];
}

/**
 * @summary A horizontal bar chart: components grouped by pillar, each bar against the
 * maturity-level bands, with its value and level in words at its end and an optional
 * target marker. Bars take focus (↑/↓ or ←/→, Home/End); a text summary and a data table
 * go with it.
 *
 * Data: `groups` `{ id, label, bars: { id, label, value, target? }[] }[]`, `levels`
 * `{ value, label }[]` (where each level starts on the scale), `target` (for every bar).
 *
 * @csspart figure - The figure around everything.
 * @csspart caption - The chart's title.
 * @csspart summary - The generated text summary.
 * @csspart plot - The box around the SVG and its tooltip.
 * @csspart svg - The SVG.
 * @csspart tooltip - The tooltip of the hovered or focused bar.
 * @csspart legend - The legend (levels and target).
 * @csspart toggle - The button that shows or hides the data table.
 * @csspart table - The box around the data table.
 *
 * @cssprop --dtc-color-level-1 - Colour of bars at the first level (then -2, -3, -4).
 * @cssprop --dtc-color-surface - Shade of every other level band.
 * @cssprop --dtc-color-focus - Colour of the focus ring.
 */
export class DtcBarChart extends DtcChart {
  static override styles: CSSResultGroup = styles;

  static override properties: PropertyDeclarations = {
    groups: { attribute: false },
    target: { type: Number },
  };

  /** The bars, in groups. */
  groups: BarGroup[] = [];
  /** A target value marked on every bar (a bar's own `target` wins). */
  target: number | null = null;

  protected defaultLabel(): string {
    return this.t('charts.bar.label');
  }

  private targetOf(bar: BarDatum): number | null {
    const t = bar.target === undefined ? this.target : bar.target;
    return t === null || !Number.isFinite(t) ? null : t;
  }

  protected plot(rtl: boolean): ChartPlot {
    const W = Math.max(260, this.width);
    // Room at the end for the longest "67 (Established)", measured in its font (bold): on a
    // narrow screen, up to 60 % of the width, so that no language's level name is cut off.
    const longest = Math.max(
      0,
      ...this.bars.map((b) => this.measure(this.valueText(b.value), 12, 600, 7)),
    );
    const valueWidth = Math.min(W * 0.6, Math.max(48, Math.ceil(longest) + 14));
    const x0 = 2;
    const x1 = W - valueWidth;
    const X = (x: number): number => r1(rtl ? W - x : x);
    const at = (v: number): number => scale(v, 0, this.max, x0, x1);
    const rect = (a: number, b: number, y: number, h: number, cls: string): SVGTemplateResult =>
      svg`<rect class=${cls} x=${Math.min(X(a), X(b))} y=${r1(y)} width=${r1(Math.abs(b - a))} height=${h}></rect>`;
    const ticks = this.levels.filter((l) => l.value >= 0 && l.value <= this.max);
    // The level names over their bands: the first from the start, the last (at the top of the
    // scale) to the end, the others centred, but all inside the chart; a name that would touch
    // the one before it goes on the next row down (measured: names are longer in some languages).
    const rowEnds: number[] = [];
    const names = ticks.map((l, i) => {
      const x = at(l.value);
      const w = this.measure(l.label, 11, 400, 6);
      const edge = i === 0 ? 'start' : i === ticks.length - 1 && l.value >= this.max ? 'end' : '';
      const from = Math.min(
        Math.max(edge === 'start' ? x : edge === 'end' ? x - w : x - w / 2, 0),
        W - w,
      );
      let row = rowEnds.findIndex((end) => from >= end + 8);
      if (row < 0) row = rowEnds.push(0) - 1;
      rowEnds[row] = from + w;
      return { centre: from + w / 2, y: 13 + 15 * row };
    });
    const top = ticks.length ? 20 + 14 * (rowEnds.length - 1) : 4;
    const chars = Math.max(20, Math.floor(W / 6.6));
    // A name in at most two lines, each as wide as the chart at most (measured: letters are
    // wider in some languages than the 6.6 px the first try counts on).
    const fit = (label: string): string[] => {
      for (let n = chars; ; n--) {
        const lines = wrap(label, n, 2);
        if (n <= 20 || lines.every((l) => this.measure(l, 12, 400, 6.6) <= W - x0)) return lines;
      }
    };
    const layer: SVGTemplateResult[] = [];
    const points: ChartPoint[] = [];
    let y = top;
    let row = 0;
    for (const group of this.groups) {
      layer.push(
        svg`<text class="strong" x=${X(x0)} y=${r1(y + 18)} text-anchor="start">${group.label}</text>`,
      );
      y += 26;
      for (const bar of group.bars) {
        const lines = fit(bar.label);
        const start = y;
        const labels = lines.map(
          (line, k) =>
            svg`<text x=${X(x0)} y=${r1(y + 12 + k * 15)} text-anchor="start">${line}</text>`,
        );
        y += lines.length * 15 + 3;
        const v = bar.value;
        const scored = v !== null && Number.isFinite(v);
        const target = this.targetOf(bar);
        const value = this.valueText(v);
        const name = bar.label;
        points.push({
          row: row++,
          col: 0,
          x: X(scored ? at(v) : x0),
          y: r1(y),
          text:
            target === null
              ? this.t('charts.point', { name, value })
              : this.t('charts.point.target', { name, value, target }),
          shape: svg`${rect(0, W, start - 3, r1(y - start + 20), 'hit')}${labels}${
            scored ? rect(x0, at(v), y, 14, `bar ${this.levelClass(v)}`) : nothing
          }${
            target === null
              ? nothing
              : svg`<path class="target" d="M${X(at(target))} ${r1(y - 4)}V${r1(y + 18)}"></path>`
          }<text class=${scored ? 'value' : 'muted'} x=${X(x1 + 8)} y=${r1(y + 11)} text-anchor="start">${value}</text>`,
        });
        y += 26;
      }
      y += 4;
    }
    const bottom = y;
    const bands = ticks.flatMap((l, i) => {
      const next = ticks[i + 1]?.value ?? this.max;
      const x = at(l.value);
      const name = names[i]!;
      return [
        ...(i % 2 === 0 && next > l.value
          ? [rect(x, at(next), top, r1(bottom - top), 'band')]
          : []),
        svg`<path class="grid faint" d="M${X(x)} ${top}V${r1(bottom)}" stroke-dasharray="3 3"></path>`,
        svg`<text class="muted" x=${X(name.centre)} y=${name.y} text-anchor="middle">${l.label}</text>`,
      ];
    });
    return { width: W, height: r1(bottom), body: [...bands, ...layer], points };
  }

  private get bars(): BarDatum[] {
    return this.groups.flatMap((g) => g.bars);
  }

  protected summary(): string {
    return this.extremes(this.bars.map((b) => ({ name: b.label, value: b.value })));
  }

  protected override legend(): TemplateResult | typeof nothing {
    const targets = this.bars.some((b) => this.targetOf(b) !== null);
    if (!targets) return nothing;
    return html`<ul class="legend" part="legend" aria-label=${this.t('charts.legend')}>
      <li>${swatch('target-sample', 'M15 0V12')}${this.t('charts.legend.target')}</li>
    </ul>`;
  }

  protected table(): TemplateResult {
    const targets = this.bars.some((b) => this.targetOf(b) !== null);
    return html`<thead>
        <tr>
          <th scope="col">${this.t('charts.table.component')}</th>
          <th scope="col">${this.t('charts.table.score')}</th>
          ${targets ? html`<th scope="col">${this.t('charts.table.target')}</th>` : nothing}
        </tr>
      </thead>
      ${this.groups.map(
        (g) =>
          html`<tbody>
            <tr>
              <th scope="rowgroup" colspan=${targets ? 3 : 2} class="group">${g.label}</th>
            </tr>
            ${g.bars.map((b) => {
              const target = this.targetOf(b);
              return html`<tr>
                <th scope="row">${b.label}</th>
                <td>${this.valueText(b.value)}</td>
                ${targets ? html`<td>${target === null ? '' : this.i18n.score(target)}</td>` : nothing}
              </tr>`;
            })}
          </tbody>`,
      )} `;
  }
}
