/**
 * The "Cost and funding" view of the plan: tables per currency of the cost per year, per
 * pillar and per horizon, and the funding (secured, requested, gap) per action with totals.
 * Every figure comes from `@dtc/schema` (`planBudget`, `costByYear`, `actionFunding`): this
 * module only lays them out, it never adds anything up itself.
 */
import { formatNumber, type Translator } from '@dtc/i18n';
import {
  HORIZONS,
  actionFunding,
  planBudget,
  type ActionPlan,
  type CurrencyTotals,
  type PlanAction,
} from '@dtc/schema';
import { html, nothing, type TemplateResult } from 'lit';

/** What the summary needs from the element: words, names and action labels. */
export interface BudgetContext {
  t: Translator;
  lang: string;
  /** The name of a pillar or component, in the page's language. */
  name: (id: string) => string;
  /** "Action 3: title" for an action id. */
  label: (action: PlanAction) => string;
}

/** An amount in a currency, in the page's language (the ISO code when the code is unknown). */
export function money(lang: string, amount: number, currency: string): string {
  try {
    return formatNumber(lang, amount, {
      style: 'currency',
      currency,
      maximumFractionDigits: 2,
      minimumFractionDigits: 0,
    });
  } catch {
    return `${formatNumber(lang, amount, { maximumFractionDigits: 2 })} ${currency}`;
  }
}

function table(
  id: string,
  caption: string,
  head: string[],
  rows: (string | number)[][],
  foot?: (string | number)[],
): TemplateResult {
  const cell = (v: string | number, i: number): TemplateResult =>
    i === 0 ? html`<th scope="row">${v}</th>` : html`<td class="num">${v}</td>`;
  return html`<div class="scroll" role="region" tabindex="0" aria-labelledby="${id}-caption">
    <table id=${id}>
      <caption id="${id}-caption">
        ${caption}
      </caption>
      <thead>
        <tr>
          ${head.map((h, i) => html`<th scope="col" class=${i ? 'num' : ''}>${h}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) =>
            html`<tr>
              ${r.map(cell)}
            </tr>`,
        )}
      </tbody>
      ${
        foot
          ? html`<tfoot>
              <tr>
                ${foot.map(cell)}
              </tr>
            </tfoot>`
          : nothing
      }
    </table>
  </div>`;
}

function currencyTables(
  plan: ActionPlan,
  totals: CurrencyTotals,
  index: number,
  ctx: BudgetContext,
): TemplateResult {
  const { t, lang } = ctx;
  const c = totals.currency;
  const m = (v: number): string => money(lang, v, c);
  const total = [t('plan.budget.total'), m(totals.total)];
  const actions = plan.actions.filter((a) => a.status !== 'dropped' && a.cost?.currency === c);
  const id = `budget-${index}`;
  return html`<section class="currency" aria-labelledby="${id}-title">
    <h4 id="${id}-title">${t('plan.budget.currency', { currency: c })}</h4>
    <p>${t('plan.budget.budgeted', { amount: m(totals.budgeted) })}</p>
    ${table(
      `${id}-year`,
      t('plan.budget.byYear'),
      [t('plan.budget.year'), t('plan.budget.cost')],
      [...totals.byYear].map(([y, v]) => [String(y), m(v)]),
      total,
    )}
    ${table(
      `${id}-pillar`,
      t('plan.budget.byPillar'),
      [t('plan.budget.pillar'), t('plan.budget.cost')],
      [...totals.byPillar].map(([p, v]) => [ctx.name(p), m(v)]),
      total,
    )}
    ${table(
      `${id}-horizon`,
      t('plan.budget.byHorizon'),
      [t('plan.budget.horizon'), t('plan.budget.cost')],
      HORIZONS.map((h) => [t(`plan.horizon.${h}`), m(totals.byHorizon.get(h) ?? 0)]),
      total,
    )}
    ${table(
      `${id}-action`,
      t('plan.budget.byAction'),
      [
        t('plan.budget.action'),
        t('plan.budget.cost'),
        t('plan.budget.secured'),
        t('plan.budget.requested'),
        t('plan.budget.gap'),
      ],
      actions.map((a) => {
        const f = actionFunding(a)!;
        return [ctx.label(a), m(f.total), m(f.secured), m(f.requested), m(f.gap)];
      }),
      [
        t('plan.budget.total'),
        m(totals.total),
        m(totals.secured),
        m(totals.requested),
        m(totals.gap),
      ],
    )}
  </section>`;
}

/** The cost and funding tables of a plan, one set per currency. */
export function renderBudgetSummary(plan: ActionPlan, ctx: BudgetContext): TemplateResult {
  const budget = planBudget(plan);
  const costed = budget.currencies.filter((c) => c.actions > 0);
  return html`<div class="budget">
    ${
      costed.length
        ? costed.map((c, i) => currencyTables(plan, c, i, ctx))
        : html`<p class="notice">${ctx.t('plan.budget.none')}</p>`
    }
    ${
      budget.uncosted.length && costed.length
        ? html`<p class="muted">
            ${ctx.t('plan.budget.uncosted', { count: budget.uncosted.length })}
          </p>`
        : nothing
    }
  </div>`;
}
