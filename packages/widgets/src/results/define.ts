import '../bar-chart/define.js';
import '../level-gauge/define.js';
import '../radar-chart/define.js';
import { DtcResults } from './results.js';

export { DtcResults };

if (!customElements.get('dtc-results')) customElements.define('dtc-results', DtcResults);

declare global {
  interface HTMLElementTagNameMap {
    'dtc-results': DtcResults;
  }
}
