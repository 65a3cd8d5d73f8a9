/**
 * @dtc/i18n: UI message catalogs (English is the contract, French complete), locale
 * negotiation, text direction, number formatting and framework-text lookup. Pure: no DOM.
 */
export { en } from './catalogs/en/index.js';
export type {
  Catalog,
  MessageKey,
  CommonMessages,
  AssessmentMessages,
  ResultsMessages,
  ChartsMessages,
  PlanMessages,
  IssuesMessages,
  GroupMessages,
  TimelineMessages,
  ExportMessages,
} from './catalogs/en/index.js';
export {
  commonNamespace,
  assessmentNamespace,
  resultsNamespace,
  chartsNamespace,
  planNamespace,
  issuesNamespace,
  groupNamespace,
  timelineNamespace,
  exportNamespace,
  type Namespace,
} from './namespaces.js';
export { formatMessage, placeholders, MessageSyntaxError, type MessageValues } from './format.js';
export { canonicalLocale, localeChain, negotiateLocale, direction } from './locale.js';
export { formatNumber, formatPercent, formatScore, formatDelta } from './number.js';
export { text, textLocale, type LocalizedText } from './text.js';
export {
  availableLocales,
  isLocaleLoaded,
  registerLocale,
  loadLocale,
  onLocalesChange,
  translate,
  createTranslator,
  useNamespaces,
  type PartialCatalog,
  type Translator,
} from './registry.js';
export { describeIssue, issueKey, type IssueLike } from './issues.js';
