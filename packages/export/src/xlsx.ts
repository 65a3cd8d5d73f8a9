/**
 * The plan as an Excel workbook (.xlsx), written with ExcelJS: a sheet of actions, one of
 * costs by year whose totals are formulas (a finance officer changes a figure and the totals
 * follow), one of indicators and one of milestones. ExcelJS is loaded when the first
 * workbook is made, not when this module is imported.
 */
import {
  actionFunding,
  costByYear,
  costTotal,
  planBudget,
  yearsOf,
  type ActionPlan,
  type CurrencyTotals,
} from '@dtc/schema';
import type { MessageKey } from '@dtc/i18n';
import { loadWords, type PlanFileInput, type Words } from './words.js';
import type * as ExcelModule from 'exceljs';

/** The MIME type of a .xlsx file. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** How amounts show: whole numbers, grouped (the reader's Excel applies its own separators). */
const AMOUNT_FORMAT = '#,##0';

type Worksheet = ExcelModule.Worksheet;
type Value = string | number | null;

/** ExcelJS is a CommonJS module: Node gives it as `default`, bundlers as the namespace or `default`. */
async function loadExcel(): Promise<typeof ExcelModule> {
  const module = (await import('exceljs')) as typeof ExcelModule & { default?: typeof ExcelModule };
  return module.default ?? module;
}

/** A sheet name Excel accepts: at most 31 characters, none of `: \ / ? * [ ]`. */
export function sheetName(name: string): string {
  return (
    name
      .replace(/[:\\/?*[\]]/g, ' ')
      .slice(0, 31)
      .trim() || 'Sheet'
  );
}

/**
 * The plan as an Excel workbook, in `input.locale` (sheet names, headers and words). The
 * computed values of the formulas are those of `planBudget` of `@dtc/schema`, so a reader
 * that does not recalculate shows the same figures. Resolves to the bytes of the .xlsx file.
 */
export async function planToXlsx(input: PlanFileInput): Promise<Uint8Array<ArrayBuffer>> {
  const [ExcelJS, w] = await Promise.all([loadExcel(), loadWords(input)]);
  const { plan } = input;
  const workbook = new ExcelJS.Workbook();
  workbook.title = w.title(plan);
  workbook.created = plan.updatedAt ? new Date(plan.updatedAt) : new Date(0);
  workbook.modified = workbook.created;
  // Excel recomputes every formula on opening, whatever values were stored.
  workbook.calcProperties.fullCalcOnLoad = true;

  actionsSheet(workbook.addWorksheet(sheetName(w.t('export.sheet.actions'))), plan, w);
  costsSheet(workbook.addWorksheet(sheetName(w.t('export.sheet.costs'))), plan, w);
  indicatorsSheet(workbook.addWorksheet(sheetName(w.t('export.sheet.indicators'))), plan, w);
  milestonesSheet(workbook.addWorksheet(sheetName(w.t('export.sheet.milestones'))), plan, w);
  if (w.dir === 'rtl') for (const sheet of workbook.worksheets) rightToLeft(sheet);

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer) as Uint8Array<ArrayBuffer>;
}

/**
 * Opens a sheet right to left (Arabic): column A on the right, the columns running leftwards.
 * No cell is aligned to a fixed side: with Excel's general alignment, text starts on the right
 * and numbers end on the left, as in any right-to-left sheet, and each cell's reading order
 * follows its own text (an id or a French title keeps its own order).
 */
function rightToLeft(sheet: Worksheet): void {
  const views = sheet.views.length ? sheet.views : [{}];
  sheet.views = views.map((view) => ({ ...view, rightToLeft: true }));
}

/** Writes a bold header row with frozen panes, widths and an auto-filter over the columns. */
function header(sheet: Worksheet, w: Words, columns: [MessageKey, number][]): void {
  sheet.columns = columns.map(([key, width]) => ({ header: w.t(key), width }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

function actionsSheet(sheet: Worksheet, plan: ActionPlan, w: Words): void {
  header(sheet, w, [
    ['export.column.id', 14],
    ['export.column.action', 48],
    ['export.column.pillar', 28],
    ['export.column.priority', 28],
    ['export.column.horizon', 14],
    ['export.column.status', 14],
    ['export.column.lead', 28],
    ['export.column.owner', 20],
    ['export.column.partners', 36],
    ['export.column.targetLevel', 20],
    ['export.column.outcome', 20],
    ['export.column.cost', 16],
    ['export.column.currency', 10],
    ['export.column.kind', 18],
    ['export.column.from', 8],
    ['export.column.to', 8],
    ['export.column.budgeted', 12],
    ['export.column.secured', 16],
    ['export.column.requested', 16],
    ['export.column.gap', 16],
    ['export.column.dependsOn', 20],
    ['export.column.objective', 32],
    ['export.column.budgetLine', 28],
    ['export.column.risks', 32],
    ['export.column.notes', 32],
  ]);
  for (const a of plan.actions) {
    const f = actionFunding(a);
    const row = sheet.addRow([
      a.id,
      a.title,
      w.pillar(a.pillar),
      w.component(a.priority),
      w.horizon(a.horizon),
      w.status(a.status),
      a.lead ?? '',
      a.owner,
      w.list(
        a.partners.map((p) =>
          w.t('export.action.partner', { name: p.name, role: w.t(`export.partnerRole.${p.role}`) }),
        ),
      ),
      w.level(a.targetLevel),
      w.outcome(a.outcome),
      a.cost ? costTotal(a.cost) : null,
      a.cost?.currency ?? '',
      a.cost ? w.kind(a.cost.kind) : '',
      a.cost?.years.from ?? null,
      a.cost?.years.to ?? null,
      a.cost ? w.yesNo(a.cost.budgeted) : '',
      f?.secured ?? null,
      f?.requested ?? null,
      f?.gap ?? null,
      w.list(a.dependsOn),
      a.alignment?.objective ?? '',
      a.alignment?.budgetLine ?? '',
      a.risks ?? '',
      a.notes ?? '',
    ] satisfies Value[]);
    for (const column of [12, 18, 19, 20]) row.getCell(column).numFmt = AMOUNT_FORMAT;
  }
}

/**
 * One block per currency: a row per costed action with its cost in each year, a total
 * column and a total row, all totals `SUM` formulas over the year cells.
 */
function costsSheet(sheet: Worksheet, plan: ActionPlan, w: Words): void {
  const budget = planBudget(plan);
  sheet.getColumn(1).width = 14;
  sheet.getColumn(2).width = 48;
  sheet.getColumn(3).width = 28;
  sheet.getColumn(4).width = 14;
  sheet.getColumn(5).width = 18;
  sheet.addRow([w.t('export.costs.formulas')]);
  // The plan's own currency is listed even with no cost in it: such a block would be empty.
  const currencies = budget.currencies.filter((t) => t.actions > 0);
  if (!currencies.length) {
    sheet.addRow([w.t('export.costs.none')]);
    return;
  }
  for (const totals of currencies) {
    sheet.addRow([]);
    currencyBlock(sheet, plan, w, totals);
  }
}

/** The first column of the years in the costs sheet (after id, action, pillar, horizon, kind). */
const FIRST_YEAR_COLUMN = 6;

function currencyBlock(sheet: Worksheet, plan: ActionPlan, w: Words, totals: CurrencyTotals): void {
  const { currency } = totals;
  // Every year of the plan's period and every year a cost falls in, in order.
  const years = [
    ...new Set([...(plan.period ? yearsOf(plan.period) : []), ...totals.byYear.keys()]),
  ].sort((a, b) => a - b);
  const totalColumn = FIRST_YEAR_COLUMN + years.length;
  const title = sheet.addRow([w.t('export.costs.currency', { currency })]);
  title.font = { bold: true, size: 13 };
  const head = sheet.addRow([
    w.t('export.column.id'),
    w.t('export.column.action'),
    w.t('export.column.pillar'),
    w.t('export.column.horizon'),
    w.t('export.column.kind'),
    ...years,
    w.t('export.column.total'),
  ]);
  head.font = { bold: true };
  for (let c = FIRST_YEAR_COLUMN; c <= totalColumn; c++) sheet.getColumn(c).width ??= 16;

  // The actions `planBudget` counts in this currency: not dropped, with a cost in it.
  const actions = plan.actions.filter(
    (a) => a.status !== 'dropped' && a.cost?.currency === currency,
  );
  const first = head.number + 1;
  for (const a of actions) {
    const byYear = costByYear(a.cost!);
    const row = sheet.addRow([
      a.id,
      a.title,
      w.pillar(a.pillar),
      w.horizon(a.horizon),
      w.kind(a.cost!.kind),
      ...years.map((y) => byYear.get(y) ?? null),
    ]);
    const from = row.getCell(FIRST_YEAR_COLUMN).address;
    const to = row.getCell(totalColumn - 1).address;
    row.getCell(totalColumn).value = { formula: `SUM(${from}:${to})`, result: costTotal(a.cost!) };
    for (let c = FIRST_YEAR_COLUMN; c <= totalColumn; c++) row.getCell(c).numFmt = AMOUNT_FORMAT;
  }
  const last = head.number + actions.length;
  const total = sheet.addRow([w.t('export.column.total')]);
  total.font = { bold: true };
  for (let c = FIRST_YEAR_COLUMN; c <= totalColumn; c++) {
    const column = sheet.getColumn(c).letter;
    const year = years[c - FIRST_YEAR_COLUMN];
    const cell = total.getCell(c);
    cell.value = {
      formula: `SUM(${column}${first}:${column}${last})`,
      result: year === undefined ? totals.total : (totals.byYear.get(year) ?? 0),
    };
    cell.numFmt = AMOUNT_FORMAT;
  }
}

function indicatorsSheet(sheet: Worksheet, plan: ActionPlan, w: Words): void {
  header(sheet, w, [
    ['export.column.id', 14],
    ['export.column.action', 40],
    ['export.column.indicator', 40],
    ['export.column.unit', 16],
    ['export.column.baselineValue', 12],
    ['export.column.baselineYear', 12],
    ['export.column.targetValue', 12],
    ['export.column.targetYear', 12],
    ['export.column.source', 28],
    ['export.column.moves', 32],
  ]);
  for (const a of plan.actions) {
    for (const i of a.indicators) {
      sheet.addRow([
        a.id,
        a.title,
        i.name,
        i.unit,
        i.baseline?.value ?? null,
        i.baseline?.year ?? null,
        i.target?.value ?? null,
        i.target?.year ?? null,
        i.source ?? '',
        w.moves(i),
      ] satisfies Value[]);
    }
  }
}

function milestonesSheet(sheet: Worksheet, plan: ActionPlan, w: Words): void {
  header(sheet, w, [
    ['export.column.id', 14],
    ['export.column.action', 40],
    ['export.column.milestone', 48],
    ['export.column.year', 8],
    ['export.column.quarter', 10],
    ['export.column.done', 8],
  ]);
  const rows = plan.actions
    .flatMap((a) => a.milestones.map((m) => ({ a, m })))
    .sort((x, y) => x.m.year - y.m.year || x.m.quarter - y.m.quarter);
  for (const { a, m } of rows) {
    sheet.addRow([a.id, a.title, m.what, m.year, m.quarter, w.yesNo(m.done)] satisfies Value[]);
  }
}
