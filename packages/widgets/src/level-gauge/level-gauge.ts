import {
  html,
  svg,
  type CSSResultGroup,
  type PropertyDeclarations,
  type TemplateResult,
} from 'lit';
import { DtcChart, type ChartPlot } from '../shared/charts/chart-base.js';
import { arcPath, r1 } from '../shared/charts/chart-geometry.js';
import { styles } from './level-gauge.styles.js';

/**
 * @summary A half-circle gauge of one score with its maturity level: the level bands along
 * the arc, the score as a thick arc in its level's colour, and the number and level name
 * written in the middle (not colour alone). A text summary and a data table go with it.
 * Filled from the left; from the right in right-to-left layouts.
 *
 * Data: `value` (0–`max`, or `null` when not scored), `levels` `{ value, label }[]`.
 *
 * @csspart figure - The figure around everything.
 * @csspart caption - The gauge's title.
 * @csspart summary - The generated text summary.
 * @csspart plot - The box around the SVG.
 * @csspart svg - The SVG.
 * @csspart toggle - The button that shows or hides the data table.
 * @csspart table - The box around the data table.
 *
 * @cssprop --dtc-color-level-1 - Colour of the first level (then -2, -3, -4).
 */
export class DtcLevelGauge extends DtcChart {
  static override styles: CSSResultGroup = styles;

  static override properties: PropertyDeclarations = {
    value: { type: Number },
  };

  /** The score to show, or `null` when there is none. */
  value: number | null = null;

  protected defaultLabel(): string {
    return this.t('charts.gauge.label');
  }

  private get score(): number | null {
    const v = this.value;
    return v === null || v === undefined || !Number.isFinite(v) ? null : v;
  }

  protected plot(rtl: boolean): ChartPlot {
    const size = Math.max(180, Math.min(this.width, 280));
    const R = size / 2 - 18;
    const cx = size / 2;
    const cy = R + 18;
    // From the left (π) over the top to the right (2π); mirrored right to left.
    const angle = (v: number): number => {
      const t = Math.min(Math.max(v / this.max, 0), 1) * Math.PI;
      return rtl ? 2 * Math.PI - t : Math.PI + t;
    };
    const arc = (a: number, b: number, r = R): string => arcPath(cx, cy, r, angle(a), angle(b));
    const v = this.score;
    const bands = this.levels.flatMap((l, i) => {
      const end = this.levels[i + 1]?.value ?? this.max;
      return end > l.value
        ? [
            svg`<path class="band-arc ${this.levelClass(l.value)}" d=${arc(l.value, end, R + 14)}></path>`,
          ]
        : [];
    });
    const level = v === null ? undefined : this.levelOf(v);
    const [mx, my] =
      v === null ? [0, 0] : [cx + R * Math.cos(angle(v)), cy + R * Math.sin(angle(v))];
    const body = [
      svg`<path class="track" d=${arc(0, this.max)}></path>`,
      ...bands,
      ...(v === null
        ? []
        : [
            svg`<path class="value-arc ${this.levelClass(v)}" d=${arc(0, v)}></path>`,
            svg`<circle class="needle" cx=${r1(mx)} cy=${r1(my)} r="9"></circle>`,
          ]),
      svg`<text class="big" x=${cx} y=${r1(cy - 14)} text-anchor="middle">${v === null ? '–' : this.i18n.score(v)}</text>`,
      svg`<text class="level" x=${cx} y=${r1(cy + 10)} text-anchor="middle">${level?.label ?? (v === null ? this.t('common.notScored') : '')}</text>`,
    ];
    return { width: size, height: r1(cy + 18), body, points: [] };
  }

  protected summary(): string {
    const v = this.score;
    if (v === null) return this.t('charts.summary.empty');
    const level = this.levelOf(v);
    return level
      ? this.t('charts.summary.gauge', { value: v, max: this.max, level: level.label })
      : this.t('charts.summary.one', { name: this.label || this.defaultLabel(), value: v });
  }

  protected table(): TemplateResult {
    return html`<tbody>
      <tr>
        <th scope="row">${this.t('charts.table.score')}</th>
        <td>${this.valueText(this.score)}</td>
      </tr>
    </tbody> `;
  }
}
