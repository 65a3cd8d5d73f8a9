import { DtcRadarChart } from './radar-chart.js';

export { DtcRadarChart };
export type { RadarSeries } from './radar-chart.js';

if (!customElements.get('dtc-radar-chart')) customElements.define('dtc-radar-chart', DtcRadarChart);

declare global {
  interface HTMLElementTagNameMap {
    'dtc-radar-chart': DtcRadarChart;
  }
}
