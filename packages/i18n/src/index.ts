/**
 * @dtc/i18n: UI message catalogs (English is the contract, complete in the six UN languages), locale
 * negotiation, text direction, number formatting and framework-text lookup. Pure: no DOM.
 */
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
  LearnMessages,
} from './catalogs/en/index.js';
// The other namespaces are subpaths (`@dtc/i18n/namespaces/<name>`), and the whole English
// catalog is `@dtc/i18n/en`: see namespaces.ts for why they are not re-exported here.
export { commonNamespace, issuesNamespace, type Namespace } from './namespaces.js';
export {
  formatMessage,
  placeholders,
  pluralCases,
  textRuns,
  isolate,
  MessageSyntaxError,
  type MessageValues,
} from './format.js';
export {
  canonicalLocale,
  localeChain,
  negotiateLocale,
  direction,
  scriptSubstitute,
} from './locale.js';
export {
  BUILT_IN_LOCALES,
  LOCALE_INFO,
  type BuiltInLocale,
  type LocaleInfo,
  type Provenance,
} from './locales.js';
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
export { frenchTypographyIssues, typographyIssues } from './typography.js';
