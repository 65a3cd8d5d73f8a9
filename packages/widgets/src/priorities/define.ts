import { DtcPriorities, type PrioritiesChangeDetail } from './priorities.js';

export { DtcPriorities, type PrioritiesChangeDetail };

if (!customElements.get('dtc-priorities')) customElements.define('dtc-priorities', DtcPriorities);

declare global {
  interface HTMLElementTagNameMap {
    'dtc-priorities': DtcPriorities;
  }
  interface HTMLElementEventMap {
    'dtc-priorities-change': CustomEvent<PrioritiesChangeDetail>;
  }
}
