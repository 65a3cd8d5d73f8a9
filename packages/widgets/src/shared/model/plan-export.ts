/**
 * Action plans out and in: JSON (the data, for import back), CSV (RFC 4180, for
 * spreadsheets) and Markdown (for documents). Pure functions: no DOM, same output in a
 * browser, a worker or Node. Words come from `@dtc/i18n` and the framework.
 */
import { formatNumber, text, translate, useNamespaces } from '@dtc/i18n';
import { assessmentNamespace } from '@dtc/i18n/namespaces/assessment';
import { planNamespace } from '@dtc/i18n/namespaces/plan';
import { toCsv } from './csv.js';
import {
  HORIZONS,
  actionFunding,
  planBudget,
  parseActionPlan,
  type ActionPlan,
  type Framework,
  type ParseResult,
  type PlanAction,
} from '@dtc/schema';

// The exports speak the plan's words: put its namespace in use as soon as they are imported,
// so that `loadLocale` brings its translations along.
useNamespaces(planNamespace, assessmentNamespace);

/** What an export needs besides the plan: the framework (for names) and the locale of the words. */
export interface ExportContext {
  framework: Framework;
  locale: string;
}

/** The columns of the Markdown and report tables (an action's essentials), in order. */
export const PLAN_COLUMNS = [
  'priority',
  'pillar',
  'action',
  'horizon',
  'lead',
  'owner',
  'status',
  'targetLevel',
  'outcome',
  'notes',
] as const;

/** The further columns of the CSV export: everything else of an action (plan format 2). */
export const PLAN_DETAIL_COLUMNS = [
  'id',
  'partners',
  'cost',
  'currency',
  'costKind',
  'years',
  'budgeted',
  'totalCost',
  'secured',
  'requested',
  'gap',
  'funding',
  'indicators',
  'milestones',
  'dependsOn',
  'objective',
  'budgetLine',
  'risks',
] as const;
export type PlanColumn = (typeof PLAN_COLUMNS)[number] | (typeof PLAN_DETAIL_COLUMNS)[number];

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

/** An amount in the language's digits and grouping: `1,200` in English, `1 200` in French. */
const localNumber = (locale: string, n: number): string =>
  formatNumber(locale, n, { maximumFractionDigits: 2 });

/**
 * The words of each cell of an action. With `plainNumbers` (CSV), the columns of amounts hold
 * the bare number (`1200`) that a spreadsheet reads as a number in any language; otherwise
 * (documents) they are written the language's way. Numbers within words are always the
 * language's.
 */
function namer(
  ctx: ExportContext,
  plainNumbers = false,
): (action: PlanAction, column: PlanColumn) => string {
  const { framework, locale } = ctx;
  const tx = (t: Readonly<Record<string, string>> | undefined): string =>
    text(t, locale, framework.locales);
  const names = new Map<string, string>();
  for (const p of framework.pillars) {
    names.set(p.id, tx(p.title));
    for (const c of p.components) names.set(c.id, tx(c.title));
  }
  const outcomes = new Map((framework.outcomes ?? []).map((o) => [o.id, tx(o.title)]));
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
    translate(locale, key, values);
  const list = (items: string[]): string => items.join(t('plan.export.separator'));
  const amount = (n: number | undefined): string =>
    n === undefined ? '' : plainNumbers ? String(n) : localNumber(locale, n);
  return (a, column) => {
    const funding =
      column === 'totalCost' || column === 'secured' || column === 'requested' || column === 'gap'
        ? actionFunding(a)
        : null;
    switch (column) {
      case 'id':
        return a.id;
      case 'lead':
        return a.lead ?? '';
      case 'status':
        return t(`plan.status.${a.status}`);
      case 'partners':
        return list(
          a.partners.map((p) =>
            t('plan.export.partner', { name: p.name, role: t(`plan.role.${p.role}`) }),
          ),
        );
      case 'cost':
        return amount(a.cost?.amount);
      case 'currency':
        return a.cost?.currency ?? '';
      case 'costKind':
        return a.cost ? t(`plan.cost.kind.${a.cost.kind}`) : '';
      case 'years':
        return a.cost
          ? t('plan.export.years', { from: String(a.cost.years.from), to: String(a.cost.years.to) })
          : '';
      case 'budgeted':
        return a.cost ? t(a.cost.budgeted ? 'plan.export.yes' : 'plan.export.no') : '';
      case 'totalCost':
        return amount(funding?.total);
      case 'secured':
      case 'requested':
      case 'gap':
        return amount(funding?.[column]);
      case 'funding':
        return list(
          a.funding.map((f) =>
            t('plan.export.fundingLine', {
              source: 'model' in f.source ? t(`plan.financing.${f.source.model}`) : f.source.text,
              amount:
                f.share !== undefined
                  ? t('plan.export.share', { share: f.share })
                  : f.amount !== undefined
                    ? localNumber(locale, f.amount)
                    : '',
              status: t(`plan.funding.status.${f.status}`),
            }),
          ),
        );
      case 'indicators':
        return list(
          a.indicators.map((i) =>
            t('plan.export.indicator', {
              // Which values there are: the message leaves out what is missing.
              has: i.baseline ? (i.target ? 'both' : 'baseline') : i.target ? 'target' : 'none',
              name: i.name,
              unit: i.unit,
              baseline: i.baseline
                ? t('plan.export.measure', {
                    value: i.baseline.value,
                    year: String(i.baseline.year),
                  })
                : '',
              target: i.target
                ? t('plan.export.measure', { value: i.target.value, year: String(i.target.year) })
                : '',
            }),
          ),
        );
      case 'milestones':
        return list(
          a.milestones.map((m) =>
            t(m.done ? 'plan.export.milestone.done' : 'plan.export.milestone', {
              what: m.what,
              year: String(m.year),
              quarter: m.quarter,
            }),
          ),
        );
      case 'dependsOn':
        return list(a.dependsOn);
      case 'objective':
        return a.alignment?.objective ?? '';
      case 'budgetLine':
        return a.alignment?.budgetLine ?? '';
      case 'risks':
        return a.risks ?? '';
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

/**
 * The plan as rows of words: a header row, then one row per action in reading order. The
 * essentials (`PLAN_COLUMNS`), then with `details` every other field (`PLAN_DETAIL_COLUMNS`).
 * The columns of amounts hold bare numbers, for spreadsheets (see `planToCsv`).
 */
export function planRows(plan: ActionPlan, ctx: ExportContext, details = false): string[][] {
  const cell = namer(ctx, true);
  const columns: PlanColumn[] = details
    ? [...PLAN_COLUMNS, ...PLAN_DETAIL_COLUMNS]
    : [...PLAN_COLUMNS];
  const header = columns.map((c) => translate(ctx.locale, `plan.column.${c}`));
  const rows = actionsByPriority(plan).flatMap((g) =>
    g.actions.map((a) => columns.map((c) => cell(a, c))),
  );
  return [header, ...rows];
}

/** The plan as CSV (RFC 4180: comma-separated, CRLF line ends, a header row), every field. */
export function planToCsv(plan: ActionPlan, ctx: ExportContext): string {
  return toCsv(planRows(plan, ctx, true));
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
  // The schema takes real dates only; a plan built by hand may still hold one `Date` cannot
  // read, and a document without its date beats no document.
  const updated = plan.updatedAt ? new Date(plan.updatedAt) : null;
  if (updated && !Number.isNaN(updated.getTime())) {
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(updated);
    out.push('', markdownText(t('plan.export.updated', { date })));
  }
  const facts = [
    plan.country ? t('plan.export.country', { country: plan.country }) : '',
    plan.period
      ? t('plan.export.period', { from: String(plan.period.from), to: String(plan.period.to) })
      : '',
    plan.currency ? t('plan.export.currency', { currency: plan.currency }) : '',
  ].filter(Boolean);
  if (facts.length) out.push('', ...facts.map((f) => `- ${markdownText(f)}`));
  if (plan.team.length) {
    out.push('', `## ${markdownText(t('plan.export.team'))}`, '');
    for (const m of plan.team) {
      const who = [m.name, t(`assessment.role.${m.role}`), m.title, m.organisation].filter(Boolean);
      out.push(`- ${markdownText(who.join(t('plan.export.separator')))}`);
    }
  }
  const { header, sections } = planSections(plan, ctx);
  for (const section of sections) {
    out.push('', `## ${markdownText(section.heading)}`, '');
    if (!section.rows.length) out.push(`_${markdownText(t('plan.noActions'))}_`);
    else out.push(row(header), `|${' --- |'.repeat(header.length)}`, ...section.rows.map(row));
  }
  out.push(...markdownDetails(plan, ctx), ...markdownBudget(plan, ctx));
  return `${out.join('\n')}\n`;
}

/** Per action, the fields beyond the essentials that it has, as a list under its title. */
function markdownDetails(plan: ActionPlan, ctx: ExportContext): string[] {
  const cell = namer(ctx);
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
    translate(ctx.locale, key, values);
  const out: string[] = [];
  let n = 0;
  for (const g of actionsByPriority(plan)) {
    for (const a of g.actions) {
      n++;
      const lines = PLAN_DETAIL_COLUMNS.map((c) => [c, cell(a, c)] as const)
        .filter(([, v]) => v !== '')
        .map(
          ([c, value]) =>
            `- ${markdownText(t('plan.export.field', { label: t(`plan.column.${c}`), value }))}`,
        );
      const heading = t('plan.export.actionHeading', { n, title: a.title });
      out.push('', `### ${markdownText(heading)}`, '', ...lines);
    }
  }
  return out.length ? ['', `## ${markdownText(t('plan.export.details'))}`, ...out] : [];
}

/** The plan's cost per year and funding per currency, as computed by `planBudget`. */
function markdownBudget(plan: ActionPlan, ctx: ExportContext): string[] {
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
    translate(ctx.locale, key, values);
  const n = (value: number): string => localNumber(ctx.locale, value);
  const costed = planBudget(plan).currencies.filter((c) => c.actions > 0);
  if (!costed.length) return [];
  const row = (cells: string[]): string => `| ${cells.map(markdownText).join(' | ')} |`;
  const out = ['', `## ${markdownText(t('plan.export.budget'))}`];
  for (const c of costed) {
    out.push('', `### ${markdownText(t('plan.budget.currency', { currency: c.currency }))}`, '');
    out.push(row([t('plan.budget.year'), t('plan.budget.cost')]), '| --- | --- |');
    for (const [year, amount] of c.byYear) out.push(row([String(year), n(amount)]));
    out.push(row([t('plan.budget.total'), n(c.total)]), '');
    const head = ['secured', 'requested', 'gap'] as const;
    out.push(row(head.map((h) => t(`plan.budget.${h}`))), '| --- | --- | --- |');
    out.push(row(head.map((h) => n(c[h]))));
  }
  return out;
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
