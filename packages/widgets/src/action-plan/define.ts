import '../plan-timeline/define.js';
import { DtcActionPlan, type PlanChangeDetail, type PlanExportDetail } from './action-plan.js';

export { DtcActionPlan, type PlanChangeDetail, type PlanExportDetail };
export { emptyPlan, type PlanExportFormat } from './action-plan.js';

if (!customElements.get('dtc-action-plan')) customElements.define('dtc-action-plan', DtcActionPlan);

declare global {
  interface HTMLElementTagNameMap {
    'dtc-action-plan': DtcActionPlan;
  }
  interface HTMLElementEventMap {
    'dtc-plan-change': CustomEvent<PlanChangeDetail>;
    'dtc-plan-export': CustomEvent<PlanExportDetail>;
  }
}
