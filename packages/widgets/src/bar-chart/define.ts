import { DtcBarChart } from './bar-chart.js';

export { DtcBarChart };
export type { BarDatum, BarGroup } from './bar-chart.js';

if (!customElements.get('dtc-bar-chart')) customElements.define('dtc-bar-chart', DtcBarChart);

declare global {
  interface HTMLElementTagNameMap {
    'dtc-bar-chart': DtcBarChart;
  }
}
