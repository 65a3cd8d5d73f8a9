import { DtcPlanTimeline } from './plan-timeline.js';

export { DtcPlanTimeline };
export type { PlanTimelineSelectDetail } from './plan-timeline.js';
export type { TimelineGroupBy } from './layout.js';

if (!customElements.get('dtc-plan-timeline'))
  customElements.define('dtc-plan-timeline', DtcPlanTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'dtc-plan-timeline': DtcPlanTimeline;
  }
}
