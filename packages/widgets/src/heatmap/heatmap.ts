import {
  html,
  nothing,
  svg,
  type CSSResultGroup,
  type PropertyDeclarations,
  type SVGTemplateResult,
  type TemplateResult,
} from 'lit';
import {
  DtcChart,
  type ChartItem,
  type ChartPlot,
  type ChartPoint,
} from '../shared/charts/chart-base.js';
import { markerPath, r1, wrap } from '../shared/charts/chart-geometry.js';
import { swatch } from '../shared/charts/chart-legend.js';
import { isolate } from '@dtc/i18n';
import { styles } from './heatmap.styles.js';

/** A heatmap row: a component (optionally under a group heading, e.g. its pillar). */
export interface HeatmapRow extends ChartItem {
  group?: string | undefined;
}

/**
 * @summary A heatmap of scores: rows × columns (components × roles, or components ×
 * countries), to see common strengths and challenges at a glance and where views diverge.
 * Each cell shows its value as text and is tinted by level; rows flagged as divergent carry
 * a marker and say so. Cells take focus (arrow keys in two dimensions, Home/End, Ctrl+Home/End);
 * a text summary and a data table go with it.
 *
 * Data: `rows` `{ id, label, group? }[]`, `columns` `{ id, label }[]`, `values`
 * `(number | null)[][]` (one array per row, one value per column), `levels`, and
 * `divergent` (ids of rows where views differ, e.g. from `GroupResult.divergence`).
 *
 * @csspart figure - The figure around everything.
 * @csspart caption - The chart's title.
 * @csspart summary - The generated text summary.
 * @csspart plot - The box around the SVG and its tooltip.
 * @csspart svg - The SVG.
 * @csspart tooltip - The tooltip of the hovered or focused cell.
 * @csspart legend - The legend (levels and the divergence marker).
 * @csspart toggle - The button that shows or hides the data table.
 * @csspart table - The box around the data table.
 *
 * @cssprop --dtc-color-level-1 - Tint of cells at the first level (then -2, -3, -4).
 * @cssprop --dtc-color-focus - Colour of the focus ring.
 */
export class DtcHeatmap extends DtcChart {
  static override styles: CSSResultGroup = styles;

  static override properties: PropertyDeclarations = {
    rows: { attribute: false },
    columns: { attribute: false },
    values: { attribute: false },
    divergent: { attribute: false },
  };

  /** The rows, top to bottom: `{ id, label, group? }` (rows of one `group` sit under its heading). */
  rows: HeatmapRow[] = [];
  /** The columns, in reading order: `{ id, label }` (e.g. roles or countries). */
  columns: ChartItem[] = [];
  /** `values[row][column]`, on 0–`max`; `null` where there is no score. */
  values: (number | null)[][] = [];
  /** Ids of rows where views differ (marked, and named in the summary). */
  divergent: string[] = [];

  protected defaultLabel(): string {
    return this.t('charts.heatmap.label');
  }

  private value(r: number, c: number): number | null {
    const v = this.values[r]?.[c];
    return v === undefined || v === null || !Number.isFinite(v) ? null : v;
  }

  private cellName(r: number, c: number): string {
    return this.t('charts.cell', { row: this.rows[r]!.label, column: this.columns[c]!.label });
  }

  protected plot(rtl: boolean): ChartPlot {
    const W = Math.max(280, this.width);
    const n = Math.max(1, this.columns.length);
    const labelWidth = Math.max(110, Math.min(W * 0.34, 240));
    const colWidth = (W - labelWidth) / n;
    const X = (x: number): number => r1(rtl ? W - x : x);
    const colX = (c: number): number => labelWidth + c * colWidth;
    // Column names may be people's (a group's participants): each line keeps its own direction.
    const heads = this.columns.map((col) =>
      wrap(col.label, Math.max(6, Math.floor(colWidth / 7.6))),
    );
    const top = Math.max(1, ...heads.map((h) => h.length)) * 14 + 8;
    const body: SVGTemplateResult[] = heads.map(
      (lines, c) =>
        svg`<text class="strong" text-anchor="middle">${lines.map(
          (line, k) =>
            svg`<tspan x=${X(colX(c) + colWidth / 2)} y=${top - 8 - (lines.length - 1 - k) * 14}>${isolate(line)}</tspan>`,
        )}</text>`,
    );
    const points: ChartPoint[] = [];
    const flagged = new Set(this.divergent);
    let y = top;
    let group: string | undefined;
    this.rows.forEach((row, r) => {
      if (row.group && row.group !== group) {
        body.push(
          svg`<text class="strong" x=${X(2)} y=${r1(y + 18)} text-anchor="start">${row.group}</text>`,
        );
        y += 26;
      }
      group = row.group;
      const divergent = flagged.has(row.id);
      const lines = wrap(row.label, Math.floor((labelWidth - (divergent ? 22 : 8)) / 6.6), 2);
      const h = Math.max(32, lines.length * 14 + 10);
      const indent = divergent ? 20 : 2;
      if (divergent)
        body.push(svg`<path class="flag" d=${markerPath(3, X(9), y + h / 2, 5)}></path>`);
      body.push(
        svg`<text text-anchor="start">${lines.map(
          (line, k) =>
            svg`<tspan x=${X(indent)} y=${r1(y + h / 2 + 4 - (lines.length - 1) * 7 + k * 14)}>${line}</tspan>`,
        )}</text>`,
      );
      this.columns.forEach((_, c) => {
        const v = this.value(r, c);
        const x = X(rtl ? colX(c + 1) : colX(c));
        const name = this.cellName(r, c);
        const value = this.valueText(v);
        points.push({
          row: r,
          col: c,
          x: r1(x + colWidth / 2),
          y: r1(y + 4),
          text: divergent
            ? this.t('charts.point.divergent', { name, value })
            : this.t('charts.point', { name, value }),
          shape: svg`<rect class="cell ${v === null ? 'empty' : this.levelClass(v)}" x=${r1(x + 1)} y=${r1(y + 1)} width=${r1(colWidth - 2)} height=${h - 2}></rect><rect class="hit" x=${r1(x + 2.5)} y=${r1(y + 2.5)} width=${r1(colWidth - 5)} height=${h - 5}></rect><text class=${v === null ? 'muted' : 'value'} x=${r1(x + colWidth / 2)} y=${r1(y + h / 2 + 4)} text-anchor="middle">${v === null ? '–' : this.i18n.score(v)}</text>`,
        });
      });
      if (divergent) {
        body.push(
          svg`<rect class="divergent" x=${X(rtl ? W : labelWidth)} y=${r1(y + 0.5)} width=${r1(W - labelWidth)} height=${h - 1}></rect>`,
        );
      }
      y += h;
    });
    return { width: W, height: r1(y + 2), body, points };
  }

  protected summary(): string {
    const cells = this.rows.flatMap((_, r) =>
      this.columns.map((_, c) => ({ name: this.cellName(r, c), value: this.value(r, c) })),
    );
    if (!cells.some((c) => c.value !== null)) return this.t('charts.summary.empty');
    const scored = cells.filter((c) => c.value !== null);
    const flagged = this.rows
      .filter((row) => this.divergent.includes(row.id))
      .map((row) => row.label);
    return [
      this.extremes(scored),
      flagged.length ? this.t('charts.summary.divergent', { names: this.list(flagged) }) : '',
    ]
      .filter(Boolean)
      .join(' ');
  }

  protected override legend(): TemplateResult | typeof nothing {
    if (!this.levels.length && !this.divergent.length) return nothing;
    return html`<ul class="legend" part="legend" aria-label=${this.t('charts.legend')}>
      ${this.levels.map((l) => html`<li>${swatch(`cell-sample ${this.levelClass(l.value)}`)}${l.label}</li>`)}
      ${
        this.divergent.length
          ? html`<li>
              ${swatch('flag-sample', markerPath(3, 15, 6, 5))}${this.t('charts.legend.divergent')}
            </li>`
          : nothing
      }
    </ul>`;
  }

  protected table(): TemplateResult {
    let group: string | undefined;
    return html`<thead>
        <tr>
          <th scope="col">${this.t('charts.table.component')}</th>
          ${this.columns.map((c) => html`<th scope="col" dir="auto">${c.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${this.rows.map((row, r) => {
          const heading =
            row.group && row.group !== group
              ? html`<tr>
                  <th scope="rowgroup" colspan=${this.columns.length + 1} class="group">
                    ${row.group}
                  </th>
                </tr>`
              : nothing;
          group = row.group;
          return html`${heading}
            <tr>
              <th scope="row">
                ${row.label}${
                  this.divergent.includes(row.id)
                    ? html` <span class="flag-text"
                        >${this.t('common.inParentheses', { text: this.t('charts.legend.divergent') })}</span
                      >`
                    : nothing
                }
              </th>
              ${this.columns.map((_, c) => html`<td>${this.valueText(this.value(r, c))}</td>`)}
            </tr>`;
        })}
      </tbody> `;
  }
}
