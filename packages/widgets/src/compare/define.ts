import '../radar-chart/define.js';
import { DtcCompare } from './compare.js';

export { DtcCompare };

if (!customElements.get('dtc-compare')) customElements.define('dtc-compare', DtcCompare);

declare global {
  interface HTMLElementTagNameMap {
    'dtc-compare': DtcCompare;
  }
}
