import '../heatmap/define.js';
import '../radar-chart/define.js';
import {
  DtcGroupResults,
  GROUP_RESULTS_DEFAULTS,
  type GroupParticipant,
  type GroupResultsChangeDetail,
  type GroupResultsGrouping,
} from './group-results.js';

export {
  DtcGroupResults,
  GROUP_RESULTS_DEFAULTS,
  type GroupParticipant,
  type GroupResultsChangeDetail,
  type GroupResultsGrouping,
};

if (!customElements.get('dtc-group-results')) {
  customElements.define('dtc-group-results', DtcGroupResults);
}

declare global {
  interface HTMLElementTagNameMap {
    'dtc-group-results': DtcGroupResults;
  }
  interface HTMLElementEventMap {
    'dtc-group-results-change': CustomEvent<GroupResultsChangeDetail>;
  }
}
