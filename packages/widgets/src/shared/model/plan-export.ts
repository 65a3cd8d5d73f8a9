/**
 * Action plans out and in: JSON (the data, for import back), CSV (RFC 4180, for
 * spreadsheets) and Markdown (for documents). Pure functions: no DOM, same output in a
 * browser, a worker or Node. Words come from `@dtc/i18n` and the framework.
 */
import { planNamespace, text, translate, useNamespaces } from '@dtc/i18n';
import { toCsv } from './csv.js';
import {
  HORIZONS,
  parseActionPlan,
  type ActionPlan,
  type Framework,
  type ParseResult,
  type PlanAction,
} from '@dtc/schema';

// The exports speak the plan's words: put its namespace in use as soon as they are imported,
// so that `loadLocale` brings its translations along.
useNamespaces(planNamespace);

/** What an export needs besides the plan: the framework (for names) and the locale of the words. */
export interface ExportContext {
  framework: Framework;
  locale: string;
}

/** The columns of the CSV export and of the Markdown tables, in order. */
export const PLAN_COLUMNS = [
  'priority',
  'pillar',
  'action',
  'horizon',
  'owner',
  'targetLevel',
  'outcome',
  'notes',
] as const;
export type PlanColumn = (typeof PLAN_COLUMNS)[number];

/** The plan's actions grouped by priority: chosen priorities in order, then any other component with actions. */
export function actionsByPriority(
  plan: ActionPlan,
): { priority: string; chosen: boolean; actions: PlanAction[] }[] {
  const order = (a: PlanAction): number => HORIZONS.indexOf(a.horizon);
  const ids = [
    ...plan.priorities,
    ...plan.actions.map((a) => a.priority).filter((p) => !plan.priorities.includes(p)),
  ];
  return [...new Set(ids)].map((priority) => ({
    priority,
    chosen: plan.priorities.includes(priority),
    // Stable sort: by horizon (short, medium, long), then as entered.
    actions: plan.actions
      .filter((a) => a.priority === priority)
      .sort((a, b) => order(a) - order(b)),
  }));
}

function namer(ctx: ExportContext): (action: PlanAction, column: PlanColumn) => string {
  const { framework, locale } = ctx;
  const tx = (t: Readonly<Record<string, string>> | undefined): string =>
    text(t, locale, framework.locales);
  const names = new Map<string, string>();
  for (const p of framework.pillars) {
    names.set(p.id, tx(p.title));
    for (const c of p.components) names.set(c.id, tx(c.title));
  }
  const outcomes = new Map((framework.outcomes ?? []).map((o) => [o.id, tx(o.title)]));
  return (a, column) => {
    switch (column) {
      case 'priority':
        return names.get(a.priority) ?? a.priority;
      case 'pillar':
        return names.get(a.pillar) ?? a.pillar;
      case 'action':
        return a.title;
      case 'horizon':
        return translate(locale, `plan.horizon.${a.horizon}`);
      case 'owner':
        return a.owner ?? '';
      case 'targetLevel': {
        const level = framework.levels.find((l) => l.value === a.targetLevel);
        return translate(locale, 'common.level', {
          level: a.targetLevel,
          label: level ? tx(level.label) : '',
        });
      }
      case 'outcome':
        return outcomes.get(a.outcome) ?? a.outcome;
      case 'notes':
        return a.notes ?? '';
    }
  };
}

/** The plan as rows of words: a header row, then one row per action in reading order. */
export function planRows(plan: ActionPlan, ctx: ExportContext): string[][] {
  const cell = namer(ctx);
  const header = PLAN_COLUMNS.map((c) => translate(ctx.locale, `plan.column.${c}`));
  const rows = actionsByPriority(plan).flatMap((g) =>
    g.actions.map((a) => PLAN_COLUMNS.map((c) => cell(a, c))),
  );
  return [header, ...rows];
}

/** The plan as CSV (RFC 4180: comma-separated, CRLF line ends, a header row). */
export function planToCsv(plan: ActionPlan, ctx: ExportContext): string {
  return toCsv(planRows(plan, ctx));
}

/** Text made safe for a Markdown table cell or heading: one line, markup characters escaped. */
export function markdownText(value: string): string {
  return value
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`)
    .trim();
}

/** One section of the plan in words: the priority's heading and a row of cells per action. */
export interface PlanSection {
  priority: string;
  /** "Priority 1: Governance", or "No longer a chosen priority: Governance". */
  heading: string;
  chosen: boolean;
  rows: string[][];
}

/** The plan in words for documents: the column headers (without the priority) and one section per priority. */
export function planSections(
  plan: ActionPlan,
  ctx: ExportContext,
): { header: string[]; sections: PlanSection[] } {
  const cell = namer(ctx);
  const columns = PLAN_COLUMNS.filter((c) => c !== 'priority');
  let n = 0;
  return {
    header: columns.map((c) => translate(ctx.locale, `plan.column.${c}`)),
    sections: actionsByPriority(plan).map((g) => {
      const name = cell({ priority: g.priority } as PlanAction, 'priority');
      return {
        priority: g.priority,
        chosen: g.chosen,
        heading: g.chosen
          ? translate(ctx.locale, 'plan.priority', { n: ++n, name })
          : translate(ctx.locale, 'plan.other', { name }),
        rows: g.actions.map((a) => columns.map((c) => cell(a, c))),
      };
    }),
  };
}

/** The plan as a Markdown document: a title, then a table of actions per priority. */
export function planToMarkdown(plan: ActionPlan, ctx: ExportContext): string {
  const { framework, locale } = ctx;
  const t = (
    key: Parameters<typeof translate>[1],
    values?: Record<string, string | number>,
  ): string => translate(locale, key, values);
  const row = (cells: string[]): string => `| ${cells.map(markdownText).join(' | ')} |`;
  const out = [`# ${markdownText(plan.title || t('plan.title'))}`, ''];
  out.push(
    markdownText(
      t('plan.export.framework', {
        name: text(framework.title, locale, framework.locales),
        version: framework.version,
      }),
    ),
  );
  if (plan.updatedAt) {
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(
      new Date(plan.updatedAt),
    );
    out.push('', markdownText(t('plan.export.updated', { date })));
  }
  const { header, sections } = planSections(plan, ctx);
  for (const section of sections) {
    out.push('', `## ${markdownText(section.heading)}`, '');
    if (!section.rows.length) out.push(`_${markdownText(t('plan.noActions'))}_`);
    else out.push(row(header), `|${' --- |'.repeat(header.length)}`, ...section.rows.map(row));
  }
  return `${out.join('\n')}\n`;
}

/**
 * The plan as JSON, the format `planFromJson` (and `parseActionPlan`) reads back. A valid plan
 * is written as the schema reads it (fields in the schema's order, defaults filled in), so
 * that exporting what was imported gives the same text.
 */
export function planToJson(plan: ActionPlan): string {
  const read = parseActionPlan(plan);
  return `${JSON.stringify(read.ok ? read.value : plan, null, 2)}\n`;
}

/** Reads a plan from JSON text, checked against the schema (and the framework when given). */
export function planFromJson(json: string, framework?: Framework): ParseResult<ActionPlan> {
  return parseActionPlan(json, framework);
}
