/**
 * @dtc/export: the files a ministry files, made from an action plan and its results (Word
 * and Excel). Large libraries: hosts load this package on demand, never with the questionnaire.
 */
export {};
