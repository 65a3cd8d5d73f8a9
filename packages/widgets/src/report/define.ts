import '../results/define.js';
import { DtcReport } from './report.js';

export { DtcReport };

if (!customElements.get('dtc-report')) customElements.define('dtc-report', DtcReport);

declare global {
  interface HTMLElementTagNameMap {
    'dtc-report': DtcReport;
  }
}
