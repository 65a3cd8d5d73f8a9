/**
 * @dtc/export: the files a ministry files, made from an action plan and its results: a Word
 * document (`planToDocx`) and an Excel workbook (`planToXlsx`). They load their large
 * libraries (`docx`, `exceljs`) when first called, so importing this package costs little;
 * hosts still load it on demand, never with the questionnaire.
 */
export { planToDocx, pngSize, DOCX_TYPE } from './docx.js';
export { planToXlsx, sheetName, XLSX_TYPE } from './xlsx.js';
export type { PlanFileInput } from './words.js';
