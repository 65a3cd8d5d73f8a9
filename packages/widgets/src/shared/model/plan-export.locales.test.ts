// The plan's CSV and Markdown in every built-in language, the CSV read back with a parser no
// one here wrote (@fast-csv/parse, the one ExcelJS reads CSV with). In Node only: that parser
// works on Node streams (see the node project in vitest.config.ts).
import { readFileSync } from 'node:fs';
import { parseString } from '@fast-csv/parse';
import { sixPillars } from '@dtc/framework';
import { BUILT_IN_LOCALES, loadLocale, text, translate } from '@dtc/i18n';
import { actionFunding, parseActionPlan, planBudget, type ActionPlan } from '@dtc/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { PLAN_COLUMNS, PLAN_DETAIL_COLUMNS, planToCsv, planToMarkdown } from './plan-export.js';

/** docs/examples/action-plan.json: six actions over the six pillars, costs and funding in XOF. */
const plan: ActionPlan = (() => {
  const json = readFileSync(
    new URL('../../../../../docs/examples/action-plan.json', import.meta.url),
  );
  const read = parseActionPlan(JSON.parse(json.toString('utf8')), sixPillars);
  if (!read.ok) throw new Error(`the example plan does not parse: ${JSON.stringify(read.issues)}`);
  return read.value;
})();

/** The rows of a CSV text, as @fast-csv/parse reads them (RFC 4180, quoted line breaks). */
function readCsv(csv: string): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const rows: string[][] = [];
    parseString<string[], string[]>(csv, { strictColumnHandling: true })
      .on('data', (row: string[]) => rows.push(row))
      .on('data-invalid', (row: unknown) => reject(new Error(`a row of another width: ${row}`)))
      .on('error', reject)
      .on('end', () => resolve(rows));
  });
}

/** A message key left in the output instead of its words. */
const RAW_KEY = /\b(?:plan|export|assessment|common|results)\.[a-zA-Z][\w-]*/;

/** Words in each language's own script, so that a catalog that did not load shows. */
const SCRIPT: Record<string, RegExp> = {
  ar: /\p{Script=Arabic}/u,
  'zh-Hans': /\p{Script=Han}/u,
  ru: /\p{Script=Cyrillic}/u,
};

const name = (t: Readonly<Record<string, string>>, locale: string): string =>
  text(t, locale, sixPillars.locales);
/** An amount as `Intl` writes it in the language (documents). */
const amount = (locale: string, value: number): string =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);

beforeAll(async () => {
  await Promise.all(BUILT_IN_LOCALES.map((locale) => loadLocale(locale)));
});

describe.each(BUILT_IN_LOCALES)('the plan in %s', (locale) => {
  const ctx = { framework: sixPillars, locale };
  const columns = [...PLAN_COLUMNS, ...PLAN_DETAIL_COLUMNS];
  // Read when a test runs, once the catalogs are loaded.
  const headers = (): string[] => columns.map((c) => translate(locale, `plan.column.${c}`));

  it('writes a CSV with the language’s headers that a CSV parser reads back', async () => {
    const csv = planToCsv(plan, ctx);
    const rows = await readCsv(csv);
    const header = headers();
    expect(rows[0]).toEqual(header);
    header.forEach((h, i) => {
      expect(h).not.toBe('');
      // "ID" may stay in Latin letters (Russian writes it so).
      if (SCRIPT[locale] && columns[i] !== 'id') expect(h).toMatch(SCRIPT[locale]);
    });
    expect(rows).toHaveLength(plan.actions.length + 1);
    for (const row of rows) expect(row).toHaveLength(header.length);
    expect(csv).not.toMatch(RAW_KEY);

    const byId = new Map(rows.slice(1).map((r) => [r[columns.indexOf('id')]!, r]));
    expect([...byId.keys()].sort()).toEqual(plan.actions.map((a) => a.id).sort());
    for (const a of plan.actions) {
      const row = byId.get(a.id)!;
      const cell = (c: (typeof columns)[number]): string => row[columns.indexOf(c)]!;
      // Names in the language, from the framework.
      const pillar = sixPillars.pillars.find((p) => p.id === a.pillar)!;
      expect(cell('pillar')).toBe(name(pillar.title, locale));
      expect(cell('horizon')).toBe(translate(locale, `plan.horizon.${a.horizon}`));
      expect(cell('status')).toBe(translate(locale, `plan.status.${a.status}`));
      // Amounts: bare numbers a spreadsheet reads in any language, as planBudget counts them.
      const f = actionFunding(a)!;
      expect(Number(cell('cost'))).toBe(a.cost!.amount);
      expect(Number(cell('totalCost'))).toBe(f.total);
      expect([cell('secured'), cell('requested'), cell('gap')].map(Number)).toEqual([
        f.secured,
        f.requested,
        f.gap,
      ]);
      // Within words, the language's numbers and separator.
      for (const line of a.funding) {
        if (line.amount !== undefined)
          expect(cell('funding')).toContain(amount(locale, line.amount));
      }
      if (a.funding.length > 1)
        expect(cell('funding')).toContain(translate(locale, 'plan.export.separator'));
    }
  });

  it('writes Markdown with the language’s words and numbers', () => {
    const md = planToMarkdown(plan, ctx);
    const header = headers();
    expect(md).not.toMatch(RAW_KEY);
    expect(md.split('\n')[0]).toBe(`# ${plan.title}`);
    const component = (id: string): string =>
      name(sixPillars.pillars.flatMap((p) => p.components).find((c) => c.id === id)!.title, locale);
    plan.priorities.forEach((id, i) => {
      expect(md).toContain(
        `## ${translate(locale, 'plan.priority', { n: i + 1, name: component(id) })}\n`,
      );
    });
    // The table header: every column but the priority, in the language.
    expect(md).toContain(`| ${header.slice(1, PLAN_COLUMNS.length).join(' | ')} |`);
    // The budget: each year's cost and the totals, grouped the language's way.
    const [xof] = planBudget(plan).currencies;
    expect(md).toContain(`### ${translate(locale, 'plan.budget.currency', { currency: 'XOF' })}`);
    for (const [year, value] of xof!.byYear)
      expect(md).toContain(`| ${year} | ${amount(locale, value)} |`);
    expect(md).toContain(
      `| ${translate(locale, 'plan.budget.total')} | ${amount(locale, xof!.total)} |`,
    );
    expect(md).toContain(
      `| ${[xof!.secured, xof!.requested, xof!.gap].map((v) => amount(locale, v)).join(' | ')} |`,
    );
    // Each action's details: label and value joined by the language's message.
    const first = plan.actions[0]!;
    const label = translate(locale, 'plan.column.cost');
    expect(md).toContain(
      `- ${translate(locale, 'plan.export.field', { label, value: amount(locale, first.cost!.amount) })}\n`,
    );
    if (SCRIPT[locale]) expect(md).toMatch(SCRIPT[locale]);
  });
});
