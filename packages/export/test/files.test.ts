// The Word and Excel files of an action plan, opened with readers no one here wrote: mammoth
// for Word (text and HTML), ExcelJS for Excel (cells, formulas and their stored values).
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { sixPillars } from '@dtc/framework';
import { text } from '@dtc/i18n';
import { costTotal, planBudget, type ActionPlan } from '@dtc/schema';
import { planToDocx, planToXlsx, pngSize, sheetName } from '../src/index.js';
import { englishPlan, frenchPlan, png, result } from './fixtures.js';

const amount = (locale: string, value: number): string =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
const name = (t: Record<string, string>, locale: string): string =>
  text(t, locale, sixPillars.locales);

async function word(bytes: Uint8Array): Promise<{ html: string; raw: string }> {
  const buffer = Buffer.from(bytes);
  const [html, raw] = await Promise.all([
    mammoth.convertToHtml({ buffer }),
    mammoth.extractRawText({ buffer }),
  ]);
  return { html: html.value, raw: raw.value };
}

async function workbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return book;
}

const headings = (html: string, level: number): string[] =>
  [...html.matchAll(new RegExp(`<h${level}>(.*?)</h${level}>`, 'g'))].map((m) =>
    m[1]!.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&'),
  );

/** The cells a `SUM(A1:B2)` formula adds up, as addresses. */
function sumRange(formula: string): { from: string; to: string } {
  const m = /^SUM\(([A-Z]+\d+):([A-Z]+\d+)\)$/.exec(formula);
  if (!m) throw new Error(`not a SUM over a range: ${formula}`);
  return { from: m[1]!, to: m[2]! };
}

/** Adds up the numbers of a range as Excel would (empty cells count 0, formulas are evaluated). */
function evaluateSum(sheet: ExcelJS.Worksheet, formula: string): number {
  const { from, to } = sumRange(formula);
  const a = sheet.getCell(from);
  const b = sheet.getCell(to);
  let sum = 0;
  for (let r = Number(a.row); r <= Number(b.row); r++) {
    for (let c = Number(a.col); c <= Number(b.col); c++) {
      const v = sheet.getCell(r, c).value;
      if (typeof v === 'number') sum += v;
      else if (v && typeof v === 'object' && 'formula' in v)
        sum += evaluateSum(sheet, String(v.formula));
      else if (v !== null && v !== undefined) throw new Error(`${from}:${to} holds ${String(v)}`);
    }
  }
  return sum;
}

/** The costs sheet, read back: per currency, the action rows and the total row. */
function costBlocks(sheet: ExcelJS.Worksheet, titleOf: (currency: string) => string) {
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row) => rows.push(row));
  const blocks = new Map<
    string,
    { head: ExcelJS.Row; actions: ExcelJS.Row[]; total: ExcelJS.Row }
  >();
  for (let i = 0; i < rows.length; i++) {
    const title = String(rows[i]!.getCell(1).value ?? '');
    const currency = /[A-Z]{3}/.exec(title)?.[0];
    if (!currency || title !== titleOf(currency)) continue;
    const head = rows[i + 1]!;
    const actions: ExcelJS.Row[] = [];
    let j = i + 2;
    while (rows[j] && rows[j]!.getCell(1).value !== head.getCell(1).value && !isTotal(rows[j]!))
      actions.push(rows[j++]!);
    blocks.set(currency, { head, actions, total: rows[j]! });
  }
  return blocks;
}
const isTotal = (row: ExcelJS.Row): boolean =>
  typeof row.getCell(6).value === 'object' && row.getCell(2).value === null;

function expectTotalsOfBudget(
  sheet: ExcelJS.Worksheet,
  plan: ActionPlan,
  titleOf: (currency: string) => string,
): void {
  const budget = planBudget(plan);
  const blocks = costBlocks(sheet, titleOf);
  const costed = budget.currencies.filter((t) => t.actions > 0);
  expect([...blocks.keys()]).toEqual(costed.map((t) => t.currency));
  for (const totals of costed) {
    const { head, actions, total } = blocks.get(totals.currency)!;
    expect(actions.map((r) => r.getCell(1).value)).toEqual(
      plan.actions
        .filter((a) => a.status !== 'dropped' && a.cost?.currency === totals.currency)
        .map((a) => a.id),
    );
    const headValues = (head.values as unknown[]).slice(1);
    const yearColumns = headValues
      .map((v, i) => ({ v, col: i + 1 }))
      .filter(({ v }) => typeof v === 'number');
    const totalColumn = headValues.length;
    // Each action: a SUM over its own year cells, worth what the action costs.
    for (const row of actions) {
      const action = plan.actions.find((a) => a.id === row.getCell(1).value)!;
      const cell = row.getCell(totalColumn);
      expect(cell.formula).toBe(
        `SUM(${row.getCell(yearColumns[0]!.col).address}:${row.getCell(totalColumn - 1).address})`,
      );
      expect(cell.result).toBe(costTotal(action.cost!));
      expect(evaluateSum(sheet, cell.formula)).toBeCloseTo(costTotal(action.cost!), 6);
    }
    // Each year: a SUM over every action's cell of that year, worth planBudget's figure.
    for (const { v: year, col } of yearColumns) {
      const cell = total.getCell(col);
      const { from, to } = sumRange(cell.formula);
      expect(sheet.getCell(from).row).toBe(actions[0]!.number);
      expect(sheet.getCell(to).row).toBe(actions.at(-1)!.number);
      expect(sheet.getCell(from).col).toBe(col);
      expect(sheet.getCell(to).col).toBe(col);
      expect(cell.result).toBe(totals.byYear.get(year as number) ?? 0);
      expect(evaluateSum(sheet, cell.formula)).toBeCloseTo(
        totals.byYear.get(year as number) ?? 0,
        6,
      );
    }
    const grand = total.getCell(totalColumn);
    expect(grand.result).toBe(totals.total);
    expect(evaluateSum(sheet, grand.formula)).toBeCloseTo(totals.total, 6);
  }
}

describe('planToDocx', () => {
  it('writes the English plan with real headings, every action, the scores and the radar', async () => {
    const bytes = await planToDocx({
      plan: englishPlan,
      framework: sixPillars,
      locale: 'en',
      result,
      radarPng: png(600, 500),
      countryName: 'Senegal',
    });
    const { html, raw } = await word(bytes);
    expect(raw).toContain(englishPlan.title);
    expect(raw).toContain('Country: Senegal');
    expect(raw).toContain('Plan period: 2026–2029');
    expect(headings(html, 1)).toEqual([
      'Scores summary',
      'Country team',
      'Priorities',
      'The plan by pillar',
      'The plan by horizon',
      'Costs and funding',
      'Indicators',
      'Milestones',
    ]);
    const pillars = sixPillars.pillars.map((p) => name(p.title, 'en'));
    expect(headings(html, 2)).toEqual(
      expect.arrayContaining([
        ...pillars,
        'Short term',
        'Medium term',
        'Long term',
        'Costs in XOF',
      ]),
    );
    expect(headings(html, 3)).toEqual(
      expect.arrayContaining(englishPlan.actions.map((a) => a.title)),
    );
    // Scores: overall and per pillar, as the result gives them.
    expect(html).toContain(
      `<td><p>Overall</p></td><td><p>${Math.round(result.overall.score!)}</p></td>`,
    );
    for (const p of result.pillars) {
      const pillar = sixPillars.pillars.find((x) => x.id === p.id)!;
      expect(html).toContain(
        `<td><p>${name(pillar.title, 'en')}</p></td><td><p>${Math.round(p.score!)}</p></td>`,
      );
    }
    // The radar, scaled to the page, with its text alternative.
    expect(html).toMatch(
      /<img alt="Radar chart of the scores of the six pillars" src="data:image\/png;base64,[^"]+"/,
    );
    // The three priorities in order.
    englishPlan.priorities.forEach((id, i) => {
      const component = sixPillars.pillars.flatMap((p) => p.components).find((c) => c.id === id)!;
      expect(raw).toContain(`Priority ${i + 1}: ${name(component.title, 'en')}`);
    });
    // Totals: planBudget's, never summed again here.
    const [xof] = planBudget(englishPlan).currencies;
    expect(xof!.currency).toBe('XOF');
    expect(html).toContain(`<td><p>Total</p></td><td><p>${amount('en', xof!.total)}</p></td>`);
    for (const [year, value] of xof!.byYear)
      expect(html).toContain(`<td><p>${year}</p></td><td><p>${amount('en', value)}</p></td>`);
    expect(html).toContain(`<td><p>Funding gap</p></td><td><p>${amount('en', xof!.gap)}</p></td>`);
    expect(html).toContain(`<td><p>Secured</p></td><td><p>${amount('en', xof!.secured)}</p></td>`);
    // Indicators and milestones of every action.
    for (const a of englishPlan.actions) {
      for (const i of a.indicators) expect(raw).toContain(i.name);
      for (const m of a.milestones) expect(raw).toContain(m.what);
    }
  });

  it('writes a French plan in French, amounts grouped the French way, per currency', async () => {
    const bytes = await planToDocx({ plan: frenchPlan, framework: sixPillars, locale: 'fr' });
    const { html, raw } = await word(bytes);
    expect(raw).toContain('Plan national pour le numérique éducatif 2026–2029');
    expect(raw).toContain('Pays\u202f: SEN');
    expect(headings(html, 1)).toEqual([
      'Équipe pays',
      'Priorités',
      'Le plan par pilier',
      'Le plan par horizon',
      'Coûts et financement',
      'Indicateurs',
      'Jalons',
    ]);
    expect(headings(html, 2)).toEqual(
      expect.arrayContaining([
        'Connectivité et infrastructure',
        'Moyen terme',
        'Coûts en XOF',
        'Coûts en EUR',
      ]),
    );
    const budget = planBudget(frenchPlan);
    const xof = budget.currencies.find((t) => t.currency === 'XOF')!;
    const eur = budget.currencies.find((t) => t.currency === 'EUR')!;
    expect(amount('fr', xof.total)).toBe('3\u202f600\u202f000\u202f000');
    expect(html).toContain(`<td><p>Total</p></td><td><p>${amount('fr', xof.total)}</p></td>`);
    expect(html).toContain(`<td><p>Total</p></td><td><p>${amount('fr', eur.total)}</p></td>`);
    expect(html).toContain(
      `<td><p>Besoin de financement</p></td><td><p>${amount('fr', xof.gap)}</p></td>`,
    );
    expect(raw).toContain('Fonds de service universel\u202f: 50\u00a0% du coût (acquis)');
    // Two funding lines, separated the French way by the catalog's separator.
    expect(raw).toMatch(/\(acquis\)\u202f; Partenaire technique et financier\u202f: /);
    expect(raw).toContain('Financement mixte\u202f: 100\u202f000 EUR (demandé)');
    expect(raw).toContain('État\u202f: En cours');
    expect(raw).toContain('T4 2027');
    expect(raw).toContain('Écoles raccordées');
    expect(raw).toContain('18 en 2026');
    expect(raw).not.toMatch(/\bexport\.[a-z]/); // no key left untranslated
  });

  it('reads the size of a PNG and leaves out an image that is not one', async () => {
    expect(pngSize(png(12, 34))).toEqual({ width: 12, height: 34 });
    expect(pngSize(new Uint8Array([1, 2, 3]))).toBeNull();
    const bytes = await planToDocx({
      plan: englishPlan,
      framework: sixPillars,
      locale: 'en',
      radarPng: new Uint8Array(40),
    });
    expect((await word(bytes)).html).not.toContain('<img');
  });
});

describe('planToXlsx', () => {
  it('writes four English sheets: actions, costs with SUM formulas, indicators, milestones', async () => {
    const book = await workbook(
      await planToXlsx({ plan: englishPlan, framework: sixPillars, locale: 'en' }),
    );
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Actions',
      'Costs by year',
      'Indicators',
      'Milestones',
    ]);
    const actions = book.getWorksheet('Actions')!;
    expect((actions.getRow(1).values as unknown[]).slice(1, 6)).toEqual([
      'Id',
      'Action',
      'Pillar',
      'Priority',
      'Horizon',
    ]);
    expect(actions.rowCount).toBe(englishPlan.actions.length + 1);
    englishPlan.actions.forEach((a, i) => {
      const row = actions.getRow(i + 2);
      expect(row.getCell(1).value).toBe(a.id);
      expect(row.getCell(2).value).toBe(a.title);
      expect(row.getCell(12).value).toBe(a.cost ? costTotal(a.cost) : null);
    });

    expectTotalsOfBudget(book.getWorksheet('Costs by year')!, englishPlan, (c) => `Costs in ${c}`);

    const indicators = book.getWorksheet('Indicators')!;
    const all = englishPlan.actions.flatMap((a) => a.indicators.map((i) => [a.id, i.name]));
    expect(indicators.rowCount).toBe(all.length + 1);
    all.forEach(([id, indicator], i) => {
      expect(indicators.getRow(i + 2).getCell(1).value).toBe(id);
      expect(indicators.getRow(i + 2).getCell(3).value).toBe(indicator);
    });
    const milestones = book.getWorksheet('Milestones')!;
    expect(milestones.rowCount).toBe(englishPlan.actions.flatMap((a) => a.milestones).length + 1);
    expect(milestones.getRow(1).getCell(3).value).toBe('Milestone');
  });

  it('writes a French workbook with one block of formulas per currency', async () => {
    const book = await workbook(
      await planToXlsx({ plan: frenchPlan, framework: sixPillars, locale: 'fr' }),
    );
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Actions',
      'Coûts par année',
      'Indicateurs',
      'Jalons',
    ]);
    const actions = book.getWorksheet('Actions')!;
    expect(actions.getRow(1).getCell(6).value).toBe('État');
    expect(actions.getRow(2).getCell(6).value).toBe('En cours');
    expect(actions.getRow(2).getCell(5).value).toBe('Moyen terme');
    expect(actions.getRow(2).getCell(20).value).toBe(800_000_000); // the funding gap
    expectTotalsOfBudget(book.getWorksheet('Coûts par année')!, frenchPlan, (c) => `Coûts en ${c}`);
    expect(book.getWorksheet('Jalons')!.getRow(2).getCell(3).value).toBe(
      'Cartographie des écoles publiée',
    );
    expect(book.getWorksheet('Indicateurs')!.getRow(3).getCell(3).value).toBe('Enseignants formés');
  });

  it('leaves dropped actions out of the totals and lists the actions with no cost', async () => {
    const [first, second, ...rest] = englishPlan.actions;
    const plan: ActionPlan = {
      ...englishPlan,
      actions: [
        { ...first!, status: 'dropped' },
        { ...second!, id: 'no-cost', title: 'Write the data-sharing agreement', cost: undefined },
        ...rest,
      ],
    };
    const budget = planBudget(plan);
    expect(budget.uncosted).toEqual(['no-cost']);
    const book = await workbook(await planToXlsx({ plan, framework: sixPillars, locale: 'en' }));
    // Every action in the actions sheet; only the counted ones in the costs sheet.
    expect(book.getWorksheet('Actions')!.rowCount).toBe(plan.actions.length + 1);
    expectTotalsOfBudget(book.getWorksheet('Costs by year')!, plan, (c) => `Costs in ${c}`);
    const { raw } = await word(await planToDocx({ plan, framework: sixPillars, locale: 'en' }));
    expect(raw).toContain('Actions with no cost yet: Write the data-sharing agreement');
    expect(raw).toContain('Status: Dropped');
    expect(raw).toContain(amount('en', budget.currencies[0]!.total));
  });

  it('keeps sheet names within what Excel accepts', () => {
    expect(sheetName('Costs: 2026/2027 [draft]?')).toBe('Costs  2026 2027  draft');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
  });
});
