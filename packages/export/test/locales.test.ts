// The Word and Excel files in every built-in language, read back with readers no one here
// wrote: mammoth (Word's text), JSZip (the XML inside the .docx) and ExcelJS (the workbook).
// The words are compared with the catalogs (`translate`), the layout with the language's
// direction: Arabic files read right to left, the others exactly as before.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { sixPillars } from '@dtc/framework';
import {
  BUILT_IN_LOCALES,
  direction,
  loadLocale,
  text,
  translate,
  useNamespaces,
  type MessageKey,
} from '@dtc/i18n';
import { exportNamespace } from '@dtc/i18n/namespaces/export';
import { planBudget } from '@dtc/schema';
import { planToDocx, planToXlsx, sheetName } from '../src/index.js';
import { frenchPlan, result } from './fixtures.js';

/** A message key left in a file instead of its words. */
const RAW_KEY = /\b(?:export|plan|assessment|common)\.[a-zA-Z][\w-]*/;

/** Words in each language's own script, so that a catalog that did not load shows. */
const SCRIPT: Record<string, RegExp> = {
  ar: /\p{Script=Arabic}/u,
  'zh-Hans': /\p{Script=Han}/u,
  ru: /\p{Script=Cyrillic}/u,
};

const amount = (locale: string, value: number): string =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
const name = (t: Record<string, string>, locale: string): string =>
  text(t, locale, sixPillars.locales);
const unescape = (xml: string): string =>
  xml
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
const headings = (html: string, level: number): string[] =>
  [...html.matchAll(new RegExp(`<h${level}>(.*?)</h${level}>`, 'g'))].map((m) => unescape(m[1]!));

/** The XML parts of a .docx, as JSZip unzips them. */
async function parts(bytes: Uint8Array): Promise<Record<'document' | 'styles', string>> {
  const zip = await JSZip.loadAsync(bytes);
  const read = (path: string): Promise<string> => zip.file(path)!.async('string');
  const [document, styles] = await Promise.all([
    read('word/document.xml'),
    read('word/styles.xml'),
  ]);
  return { document, styles };
}

const ACTION_COLUMNS = [
  'id',
  'action',
  'pillar',
  'priority',
  'horizon',
  'status',
  'lead',
  'owner',
  'partners',
  'targetLevel',
  'outcome',
  'cost',
  'currency',
  'kind',
  'from',
  'to',
  'budgeted',
  'secured',
  'requested',
  'gap',
  'dependsOn',
  'objective',
  'budgetLine',
  'risks',
  'notes',
] as const;
const INDICATOR_COLUMNS = [
  'id',
  'action',
  'indicator',
  'unit',
  'baselineValue',
  'baselineYear',
  'targetValue',
  'targetYear',
  'source',
  'moves',
] as const;
const MILESTONE_COLUMNS = ['id', 'action', 'milestone', 'year', 'quarter', 'done'] as const;

beforeAll(async () => {
  useNamespaces(exportNamespace);
  await Promise.all(BUILT_IN_LOCALES.map((locale) => loadLocale(locale)));
});

describe.each(BUILT_IN_LOCALES)('the files in %s', (locale) => {
  const rtl = direction(locale) === 'rtl';
  const t = (key: MessageKey, values?: Record<string, string | number>): string =>
    translate(locale, key, values);
  const input = { plan: frenchPlan, framework: sixPillars, locale, result };

  it(`writes the Word document in the language${rtl ? ', right to left' : ''}`, async () => {
    const bytes = await planToDocx(input);
    const buffer = Buffer.from(bytes);
    const [{ value: html }, { value: raw }] = await Promise.all([
      mammoth.convertToHtml({ buffer }),
      mammoth.extractRawText({ buffer }),
    ]);
    expect(raw).not.toMatch(RAW_KEY);
    if (SCRIPT[locale]) expect(raw).toMatch(SCRIPT[locale]);
    expect(raw).toContain(t('export.document.country', { country: 'SEN' }));
    expect(headings(html, 1)).toEqual(
      (
        [
          'export.scores.title',
          'export.team.title',
          'export.priorities.title',
          'export.byPillar.title',
          'export.byHorizon.title',
          'export.costs.title',
          'export.indicators.title',
          'export.milestones.title',
        ] as const
      ).map((key) => t(key)),
    );
    expect(headings(html, 2)).toEqual(
      expect.arrayContaining([
        ...sixPillars.pillars.map((p) => name(p.title, locale)),
        t('export.costs.currency', { currency: 'XOF' }),
        t('export.costs.currency', { currency: 'EUR' }),
      ]),
    );
    // Totals as planBudget gives them, grouped the language's way, beside the catalog's word.
    for (const totals of planBudget(frenchPlan).currencies.filter((c) => c.actions > 0)) {
      expect(html).toContain(
        `<td><p>${t('export.column.total')}</p></td><td><p>${amount(locale, totals.total)}</p></td>`,
      );
    }
    // An amount with its currency within words comes from the catalog's message too.
    expect(raw).toContain(t('export.money', { amount: amount(locale, 100_000), currency: 'EUR' }));

    const { document, styles } = await parts(bytes);
    const paragraphs = document.match(/<w:p>.*?<\/w:p>/g) ?? [];
    const runs = document.match(/<w:r>.*?<\/w:r>/g) ?? [];
    const tables = document.match(/<w:tblPr>.*?<\/w:tblPr>/g) ?? [];
    expect(paragraphs.length).toBeGreaterThan(50);
    expect(tables.length).toBeGreaterThan(5);
    const language = /<w:lang [^>]*>/.exec(styles)?.[0] ?? '';
    expect(language).toContain(`w:val="${locale}"`);
    if (rtl) {
      // Every paragraph right to left, every run of right-to-left text, every table mirrored,
      // and the language of the complex-script text given.
      for (const p of paragraphs) expect(p).toMatch(/<w:pPr>(?:(?!<\/w:pPr>).)*<w:bidi\/>/);
      for (const r of runs) expect(r).toMatch(/<w:rPr>(?:(?!<\/w:rPr>).)*<w:rtl\/>/);
      for (const tbl of tables) expect(tbl).toContain('<w:bidiVisual/>');
      expect(language).toMatch(/w:bidi="ar(?:-[A-Z]{2})?"/);
    } else {
      expect(document).not.toMatch(/<w:bidi\/>|<w:rtl\/>|<w:bidiVisual\/>/);
      expect(language).not.toContain('w:bidi=');
    }
    // Chinese text has its East Asian language; others have none.
    if (locale.startsWith('zh')) expect(language).toContain('w:eastAsia="zh-CN"');
    else expect(language).not.toContain('w:eastAsia=');
    // Cells align to the start or the end of the line, which a right-to-left paragraph mirrors.
    expect(document).not.toMatch(/<w:jc w:val="(?:left|right)"\/>/);
    // No font forced on Arabic or Chinese text: Word takes its theme's for each script.
    expect(`${document}${styles}`).not.toMatch(/<w:rFonts[^>]*\bw:(?:cs|eastAsia)="/);
  });

  it(`writes the Excel workbook in the language${rtl ? ', sheets right to left' : ''}`, async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await planToXlsx(input)) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(
      (
        [
          'export.sheet.actions',
          'export.sheet.costs',
          'export.sheet.indicators',
          'export.sheet.milestones',
        ] as const
      ).map((key) => sheetName(t(key))),
    );
    const [actions, costs, indicators, milestones] = book.worksheets as [
      ExcelJS.Worksheet,
      ExcelJS.Worksheet,
      ExcelJS.Worksheet,
      ExcelJS.Worksheet,
    ];
    const headerRow = (sheet: ExcelJS.Worksheet): unknown[] =>
      (sheet.getRow(1).values as unknown[]).slice(1);
    const columns = (keys: readonly string[]): string[] =>
      keys.map((c) => t(`export.column.${c}` as MessageKey));
    expect(headerRow(actions)).toEqual(columns(ACTION_COLUMNS));
    expect(headerRow(indicators)).toEqual(columns(INDICATOR_COLUMNS));
    expect(headerRow(milestones)).toEqual(columns(MILESTONE_COLUMNS));
    expect(costs.getCell('A1').value).toBe(t('export.costs.formulas'));
    expect(actions.getCell('C2').value).toBe(
      name(sixPillars.pillars.find((p) => p.id === frenchPlan.actions[0]!.pillar)!.title, locale),
    );

    for (const sheet of book.worksheets) {
      // Right to left in Arabic only; the header stays frozen. (ExcelJS reads a sheet without
      // views as `null`.)
      const [view] = (sheet.views as ExcelJS.WorksheetView[] | null) ?? [];
      expect(Boolean(view?.rightToLeft)).toBe(rtl);
      if (sheet !== costs) expect(view).toMatchObject({ state: 'frozen', ySplit: 1 });
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          // No cell pinned to a side: alignment follows the sheet's direction.
          expect(['left', 'right']).not.toContain(cell.alignment?.horizontal);
          if (typeof cell.value === 'string') expect(cell.value).not.toMatch(RAW_KEY);
        }),
      );
    }
    if (SCRIPT[locale]) expect(String(headerRow(actions)[1])).toMatch(SCRIPT[locale]);
  });
});
