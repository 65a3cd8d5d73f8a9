/**
 * The form as an XLSForm workbook (https://xlsform.org): a `survey` sheet (type, name, a
 * `label::Language (code)` and `hint::…` column per language, required, relevant, constraint),
 * a `choices` sheet (list_name, name, a label column per language) and a `settings` sheet
 * (form_title, form_id, version, default_language). ExcelJS is loaded only when a workbook is
 * written: it is large.
 */
import { constraintOf, type FormDescription, type FormItem } from './form.js';

type Row = Record<string, string>;

/** The three sheets as rows of named cells, in column order: what the workbook holds. */
export function xlsFormSheets(form: FormDescription): {
  survey: { columns: string[]; rows: Row[] };
  choices: { columns: string[]; rows: Row[] };
  settings: { columns: string[]; rows: Row[] };
} {
  const per = (kind: string): string[] => form.languages.map((l) => `${kind}::${l.label}`);
  const texts = (kind: string, text: Readonly<Record<string, string>> | undefined): Row =>
    text
      ? Object.fromEntries(form.languages.map((l) => [`${kind}::${l.label}`, text[l.code] ?? '']))
      : {};

  const survey: Row[] = [];
  const choices: Row[] = [];
  const visit = (item: FormItem): void => {
    if (item.type === 'group') {
      survey.push({ type: 'begin_group', name: item.name, ...texts('label', item.label) });
      item.children.forEach(visit);
      survey.push({ type: 'end_group', name: item.name });
      return;
    }
    const row: Row = {
      type: item.type === 'select_one' ? `select_one ${item.name}` : item.type,
      name: item.name,
      ...texts('label', item.label),
      ...texts('hint', item.hint),
    };
    if (item.required) row.required = 'yes';
    if (item.relevant) row.relevant = `\${${item.relevant.field}} = '${item.relevant.equals}'`;
    const constraint = constraintOf(item);
    if (constraint) row.constraint = constraint;
    survey.push(row);
    for (const choice of item.choices ?? [])
      choices.push({ list_name: item.name, name: choice.name, ...texts('label', choice.label) });
  };
  form.items.forEach(visit);

  return {
    survey: {
      columns: [
        'type',
        'name',
        ...per('label'),
        ...per('hint'),
        'required',
        'relevant',
        'constraint',
      ],
      rows: survey,
    },
    choices: { columns: ['list_name', 'name', ...per('label')], rows: choices },
    settings: {
      columns: ['form_title', 'form_id', 'version', 'default_language'],
      rows: [
        {
          form_title: form.title[form.defaultLanguage.code] ?? form.id,
          form_id: form.id,
          version: form.version,
          default_language: form.defaultLanguage.label,
        },
      ],
    },
  };
}

/** The workbook's bytes. */
export async function writeXlsForm(form: FormDescription): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheets = xlsFormSheets(form);
  for (const [name, sheet] of Object.entries(sheets)) {
    const worksheet = workbook.addWorksheet(name);
    worksheet.columns = sheet.columns.map((header) => ({
      header,
      key: header,
      width: header.startsWith('label') || header.startsWith('hint') ? 40 : 18,
    }));
    worksheet.getRow(1).font = { bold: true };
    worksheet.views = [{ state: 'frozen', ySplit: 1 }];
    for (const row of sheet.rows) worksheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
