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
  setRespondent,
  complete,
  progress,
  unanswered,
} from './shared/model/response-model.js';
