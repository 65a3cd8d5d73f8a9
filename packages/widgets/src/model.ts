/**
 * `@dtc/widgets/model`: the data helpers the elements use, without any element. Import
 * them where nothing should be registered or rendered: a page's own code, a worker, Node.
 */
export {
  planToCsv,
  planToJson,
  planToMarkdown,
  planFromJson,
  type ExportContext,
} from './shared/model/plan-export.js';
export { toCsv, csvField, type CsvCell } from './shared/model/csv.js';
export { groupHeatmap, respondentHeatmap, type HeatmapData } from './shared/charts/result-view.js';
export {
  emptyResponse,
  setAnswer,
  startRound,
  mergeResponses,
  setRespondent,
  roleChosen,
  complete,
  isAnswered,
  progress,
  pillarsIn,
  unanswered,
  type AnswerPatch,
  type PillarProgress,
} from './shared/model/response-model.js';
export {
  storageKeyFor,
  parseStoredResponse,
  readDrafts,
  restoreResponse,
  setAsideReason,
  type Drafts,
  type ResponseStore,
  type StoredResponse,
  type StoreLoad,
} from './shared/model/store.js';
export { LocalStorageStore } from './shared/model/local-storage-store.js';
// The class only: `idb` itself is loaded when an IndexedDbStore first opens its database.
export { IndexedDbStore } from './shared/model/indexeddb-store.js';
