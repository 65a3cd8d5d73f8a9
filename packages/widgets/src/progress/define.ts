import { DtcProgress, type ProgressSelectDetail } from './progress.js';

export { DtcProgress, type ProgressSelectDetail };

if (!customElements.get('dtc-progress')) {
  customElements.define('dtc-progress', DtcProgress);
}

declare global {
  interface HTMLElementTagNameMap {
    'dtc-progress': DtcProgress;
  }
  interface HTMLElementEventMap {
    'dtc-progress-select': CustomEvent<ProgressSelectDetail>;
  }
}
