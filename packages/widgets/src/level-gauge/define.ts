import { DtcLevelGauge } from './level-gauge.js';

export { DtcLevelGauge };

if (!customElements.get('dtc-level-gauge')) customElements.define('dtc-level-gauge', DtcLevelGauge);

declare global {
  interface HTMLElementTagNameMap {
    'dtc-level-gauge': DtcLevelGauge;
  }
}
