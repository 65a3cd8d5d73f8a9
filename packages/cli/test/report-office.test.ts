// `dtc report --format docx|xlsx`: the files of `@dtc/export`, as the demo's plan page makes
// them, read back with readers no one here wrote: mammoth for Word, ExcelJS for Excel.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { planToDocx, planToXlsx, sheetName } from '@dtc/export';
import { sixPillars } from '@dtc/framework';
import { BUILT_IN_LOCALES, loadLocale, text, translate, useNamespaces } from '@dtc/i18n';
import { exportNamespace } from '@dtc/i18n/namespaces/export';
import { newActionPlan } from '@dtc/schema';
import { dtc, fixture, plan, result } from './report-helpers.js';

const name = (t: Record<string, string>, locale: string): string =>
  text(t, locale, sixPillars.locales);

async function wordText(bytes: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}

async function workbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return book;
}

/** Every cell of a workbook as text, sheet by sheet. */
function cells(book: ExcelJS.Workbook): Map<string, string[]> {
  const out = new Map<string, string[]>();
  book.eachSheet((sheet) => {
    const values: string[] = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        values.push(
          v && typeof v === 'object' && 'result' in v ? String(v.result) : String(cell.text),
        );
      }),
    );
    out.set(sheet.name, values);
  });
  return out;
}

const withPlan = (format: string, locale = 'en'): string[] => [
  'report',
  fixture('plan.json'),
  '--response',
  fixture('response.json'),
  '--format',
  format,
  '--locale',
  locale,
];

beforeAll(async () => {
  useNamespaces(exportNamespace);
  await Promise.all(BUILT_IN_LOCALES.map((l) => loadLocale(l)));
});

describe('dtc report --format docx', () => {
  it('writes the plan with its scores, as @dtc/export makes it for the demo', async () => {
    const ran = await dtc(withPlan('docx'));
    expect(ran.err).toBe('');
    expect(ran.code).toBe(0);
    expect(ran.bytes.subarray(0, 2).toString()).toBe('PK'); // a zip, piped to standard output
    const raw = await wordText(ran.bytes);
    expect(raw).toContain(plan.title!);
    expect(raw).toContain('Country: Senegal');
    for (const action of plan.actions) expect(raw).toContain(action.title);
    for (const p of sixPillars.pillars) expect(raw).toContain(name(p.title, 'en'));
    // The same text as the library gives for the input the demo builds (no radar picture:
    // Node has no canvas to draw it).
    const same = await planToDocx({
      plan,
      framework: sixPillars,
      locale: 'en',
      result,
      countryName: 'Senegal',
    });
    expect(raw).toBe(await wordText(same));
  });

  it('writes a response alone with an empty plan, as the plan page starts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dtc-report-'));
    const file = join(dir, 'report.docx');
    const ran = await dtc(['report', fixture('response.json'), '-f', 'docx', '-o', file]);
    expect(ran.code).toBe(0);
    expect(ran.out).toBe('');
    const raw = await wordText(readFileSync(file));
    const same = await planToDocx({
      plan: newActionPlan(sixPillars),
      framework: sixPillars,
      locale: 'en',
      result,
      countryName: 'Senegal',
    });
    expect(raw).toBe(await wordText(same));
    expect(raw).toContain(translate('en', 'export.document.title'));
  });

  it('writes a plan without --response, with a note that the scores are missing', async () => {
    const ran = await dtc(['report', fixture('plan.json'), '-f', 'docx']);
    expect(ran.code).toBe(0);
    expect(ran.err).toBe(
      'dtc: note: no --response given: the file has the plan without its scores summary.\n',
    );
    const raw = await wordText(ran.bytes);
    expect(raw).toBe(
      await wordText(
        await planToDocx({ plan, framework: sixPillars, locale: 'en', countryName: 'Senegal' }),
      ),
    );
  });

  for (const locale of BUILT_IN_LOCALES) {
    it(`${locale}: the file's words and the framework's texts in the language`, async () => {
      const ran = await dtc(withPlan('docx', locale));
      expect(ran.code).toBe(0);
      const raw = await wordText(ran.bytes);
      expect(raw).toContain(translate(locale, 'export.scores.title'));
      for (const p of sixPillars.pillars) expect(raw).toContain(name(p.title, locale));
    });
  }
});

describe('dtc report --format xlsx', () => {
  it('writes the workbook of the plan and its scores, as @dtc/export makes it', async () => {
    const ran = await dtc(withPlan('xlsx'));
    expect(ran.code).toBe(0);
    const book = cells(await workbook(ran.bytes));
    const same = cells(
      await workbook(
        await planToXlsx({
          plan,
          framework: sixPillars,
          locale: 'en',
          result,
          countryName: 'Senegal',
        }),
      ),
    );
    expect([...book.keys()]).toEqual([...same.keys()]);
    expect(book).toEqual(same);
    const all = [...book.values()].flat();
    for (const action of plan.actions) expect(all).toContain(action.title);
  });

  for (const locale of BUILT_IN_LOCALES) {
    it(`${locale}: sheets named in the language, the actions' pillars named in it`, async () => {
      const ran = await dtc(withPlan('xlsx', locale));
      expect(ran.code).toBe(0);
      const book = await workbook(ran.bytes);
      const names = book.worksheets.map((s) => s.name);
      expect(names).toContain(sheetName(translate(locale, 'export.sheet.actions')));
      const all = [...cells(book).values()].flat().join('\n');
      for (const action of plan.actions) {
        const pillar = sixPillars.pillars.find((p) => p.id === action.pillar)!;
        expect(all).toContain(name(pillar.title, locale));
      }
    });
  }
});
