import { DtcHeatmap } from './heatmap.js';

export { DtcHeatmap };
export type { HeatmapRow } from './heatmap.js';

if (!customElements.get('dtc-heatmap')) customElements.define('dtc-heatmap', DtcHeatmap);

declare global {
  interface HTMLElementTagNameMap {
    'dtc-heatmap': DtcHeatmap;
  }
}
