/**
 * The details panel of one action: what the list does not show (partners, cost, funding,
 * indicators, milestones, dependencies, alignment, risks, notes). Each group is a fieldset;
 * lists grow with an "Add" button and shrink with a "Remove" button per entry.
 */
import {
  COST_KINDS,
  FINANCING_MODELS,
  FUNDING_STATUSES,
  PARTNER_ROLES,
  type ActionPlan,
  type Cost,
  type Framework,
  type Funding,
  type Indicator,
  type Milestone,
  type PlanAction,
} from '@dtc/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { checkboxField, numberField, selectField, textField, type FieldContext } from './fields.js';

/** What the panel needs from the element. */
export interface DetailsHost extends FieldContext {
  plan: ActionPlan;
  framework: Framework;
  /** The name of a pillar, component or outcome; `text` reads a localized text. */
  name: (id: string) => string;
  text: (t: Readonly<Record<string, string>>) => string;
  /** The action's number in page order. */
  number: (id: string) => number;
  /** Changes fields of an action (recorded in the plan's history). */
  patch: (id: string, change: Partial<PlanAction>) => void;
  /** Sets what an action depends on, unless that makes a cycle. */
  setDependsOn: (id: string, dependsOn: string[]) => void;
  /** The refusal of the last dependency change, if it was refused. */
  refusal: { action: string; message: string } | null;
  /** Closes the panel (focus goes back to its button). */
  close: (id: string) => void;
}

type ListKey = 'partners' | 'funding' | 'indicators' | 'milestones';

/** The current year, the default of new years in the panel. */
const thisYear = (): number => new Date().getFullYear();

function setItem<K extends ListKey>(
  host: DetailsHost,
  a: PlanAction,
  key: K,
  i: number,
  item: PlanAction[K][number] | null,
): void {
  const list = [...(a[key] as PlanAction[K][number][])];
  if (item === null) list.splice(i, 1);
  else list[i] = item;
  host.patch(a.id, { [key]: list } as Partial<PlanAction>);
}

function addButton(label: string, onClick: () => void, id: string): TemplateResult {
  return html`<button type="button" class="add-item" id=${id} @click=${onClick}>${label}</button>`;
}

function removeButton(label: string, onClick: () => void): TemplateResult {
  return html`<button type="button" class="remove" @click=${onClick}>${label}</button>`;
}

function partners(host: DetailsHost, a: PlanAction, k: string): TemplateResult {
  const { t } = host;
  return html`<fieldset class="group">
    <legend>${t('plan.partners.title')}</legend>
    ${a.partners.map(
      (p, i) =>
        html`<div class="item row">
          ${textField(
            host,
            `${k}-partners-${i}-name`,
            t('plan.partners.name', { n: i + 1 }),
            p.name,
            200,
            (name) => setItem(host, a, 'partners', i, { ...p, name }),
          )}
          ${selectField(
            host,
            `${k}-partners-${i}-role`,
            t('plan.partners.role', { n: i + 1 }),
            PARTNER_ROLES.map((r) => ({ value: r, label: t(`plan.role.${r}`) })),
            p.role,
            (role) => setItem(host, a, 'partners', i, { ...p, role: role as typeof p.role }),
          )}
          ${removeButton(t('plan.partners.remove', { n: i + 1 }), () =>
            setItem(host, a, 'partners', i, null),
          )}
        </div>`,
    )}
    ${addButton(
      t('plan.partners.add'),
      () => host.patch(a.id, { partners: [...a.partners, { name: '', role: 'delivery' }] }),
      `${k}-partners-add`,
    )}
  </fieldset>`;
}

function cost(host: DetailsHost, a: PlanAction, k: string): TemplateResult {
  const { t, plan } = host;
  const c = a.cost;
  const set = (change: Partial<Cost>): void => host.patch(a.id, { cost: { ...c!, ...change } });
  if (!c)
    return html`<fieldset class="group">
      <legend>${t('plan.cost.title')}</legend>
      ${addButton(
        t('plan.cost.add'),
        () => {
          const from = plan.period?.from ?? thisYear();
          host.patch(a.id, {
            cost: {
              amount: 0,
              currency: plan.currency ?? '',
              kind: 'capital',
              years: { from, to: from },
              budgeted: false,
            },
          });
        },
        `${k}-cost-add`,
      )}
    </fieldset>`;
  return html`<fieldset class="group">
    <legend>${t('plan.cost.title')}</legend>
    <div class="row">
      ${numberField(
        host,
        `${k}-cost-amount`,
        t('plan.cost.amount'),
        c.amount,
        (amount) => set({ amount: amount! }),
        { min: 0 },
      )}
      ${textField(
        host,
        `${k}-cost-currency`,
        t('plan.cost.currency'),
        c.currency,
        3,
        (v) => set({ currency: v.toUpperCase() }),
        { size: 4 },
      )}
      ${selectField(
        host,
        `${k}-cost-kind`,
        t('plan.cost.kind'),
        COST_KINDS.map((v) => ({ value: v, label: t(`plan.cost.kind.${v}`) })),
        c.kind,
        (kind) => set({ kind: kind as Cost['kind'] }),
      )}
      ${numberField(
        host,
        `${k}-cost-years`,
        t('plan.cost.from'),
        c.years.from,
        (from) => set({ years: { ...c.years, from: from! } }),
        { step: '1' },
      )}
      ${numberField(
        host,
        `${k}-cost-years-to`,
        t('plan.cost.to'),
        c.years.to,
        (to) => set({ years: { ...c.years, to: to! } }),
        { step: '1' },
      )}
    </div>
    ${checkboxField(`${k}-cost-budgeted`, t('plan.cost.budgeted'), c.budgeted, (budgeted) =>
      set({ budgeted }),
    )}
    ${removeButton(t('plan.cost.remove'), () => {
      host.patch(a.id, { cost: undefined });
    })}
  </fieldset>`;
}

function funding(host: DetailsHost, a: PlanAction, k: string): TemplateResult {
  const { t } = host;
  const sources = [
    ...FINANCING_MODELS.map((m) => ({ value: m, label: t(`plan.financing.${m}`) })),
    { value: '', label: t('plan.funding.source.text') },
  ];
  const line = (f: Funding, i: number): TemplateResult => {
    const id = `${k}-funding-${i}`;
    const set = (change: Partial<Funding>): void => {
      const next: Funding = { ...f, ...change };
      if (next.amount === undefined) delete next.amount;
      if (next.share === undefined) delete next.share;
      setItem(host, a, 'funding', i, next);
    };
    const model = 'model' in f.source ? f.source.model : '';
    const byShare = f.share !== undefined;
    return html`<fieldset class="item">
      <legend>${t('plan.funding.legend', { n: i + 1 })}</legend>
      <div class="row">
        ${selectField(host, `${id}-source`, t('plan.funding.source'), sources, model, (v) =>
          set({ source: v ? { model: v as (typeof FINANCING_MODELS)[number] } : { text: '' } }),
        )}
        ${
          'text' in f.source
            ? textField(
                host,
                `${id}-source-text`,
                t('plan.funding.text'),
                f.source.text,
                200,
                (text) => set({ source: { text } }),
              )
            : nothing
        }
        ${selectField(
          host,
          `${id}-by`,
          t('plan.funding.by'),
          [
            { value: 'amount', label: t('plan.funding.by.amount') },
            { value: 'share', label: t('plan.funding.by.share') },
          ],
          byShare ? 'share' : 'amount',
          (v) =>
            set(
              v === 'share'
                ? { share: f.share ?? 0, amount: undefined }
                : { amount: f.amount ?? 0, share: undefined },
            ),
        )}
        ${
          byShare
            ? numberField(
                host,
                `${id}-share`,
                t('plan.funding.share'),
                f.share,
                (share) => set({ share }),
                {
                  min: 0,
                  max: 100,
                },
              )
            : numberField(
                host,
                `${id}-amount`,
                t('plan.funding.amount'),
                f.amount,
                (amount) => set({ amount }),
                {
                  min: 0,
                },
              )
        }
        ${selectField(
          host,
          `${id}-status`,
          t('plan.funding.status'),
          FUNDING_STATUSES.map((s) => ({ value: s, label: t(`plan.funding.status.${s}`) })),
          f.status,
          (status) => set({ status: status as Funding['status'] }),
        )}
      </div>
      ${removeButton(t('plan.funding.remove', { n: i + 1 }), () =>
        setItem(host, a, 'funding', i, null),
      )}
    </fieldset>`;
  };
  return html`<fieldset class="group">
    <legend>${t('plan.funding.title')}</legend>
    ${a.funding.map(line)}
    ${addButton(
      t('plan.funding.add'),
      () =>
        host.patch(a.id, {
          funding: [
            ...a.funding,
            { source: { model: FINANCING_MODELS[0] }, amount: 0, status: 'requested' },
          ],
        }),
      `${k}-funding-add`,
    )}
  </fieldset>`;
}

function indicators(host: DetailsHost, a: PlanAction, k: string): TemplateResult {
  const { t, framework } = host;
  const moves = [
    { value: '', label: t('plan.indicators.moves.none') },
    ...framework.pillars.flatMap((p) =>
      p.components.flatMap((c) => [
        {
          value: `component:${c.id}`,
          label: t('plan.indicators.moves.component', { name: host.name(c.id) }),
        },
        ...c.questions.map((q) => ({
          value: `question:${q.id}`,
          label: t('plan.indicators.moves.question', { name: host.text(q.title) }),
        })),
      ]),
    ),
  ];
  const one = (ind: Indicator, i: number): TemplateResult => {
    const id = `${k}-indicators-${i}`;
    const set = (change: Partial<Indicator>): void => {
      const next = { ...ind, ...change };
      for (const key of ['baseline', 'target', 'source', 'question', 'component'] as const)
        if (next[key] === undefined || next[key] === '') delete next[key];
      setItem(host, a, 'indicators', i, next);
    };
    const measure = (which: 'baseline' | 'target', value?: number, year?: number): void => {
      const m = ind[which];
      const v = value ?? m?.value;
      const y = year ?? m?.year ?? thisYear();
      set({ [which]: v === undefined ? undefined : { value: v, year: y } });
    };
    const movesValue = ind.component
      ? `component:${ind.component}`
      : ind.question
        ? `question:${ind.question}`
        : '';
    return html`<fieldset class="item">
      <legend>${t('plan.indicators.legend', { n: i + 1 })}</legend>
      <div class="row">
        ${textField(host, `${id}-name`, t('plan.indicators.name'), ind.name, 300, (name) => set({ name }))}
        ${textField(host, `${id}-unit`, t('plan.indicators.unit'), ind.unit, 100, (unit) => set({ unit }))}
        ${numberField(
          host,
          `${id}-baseline-value`,
          t('plan.indicators.baseline'),
          ind.baseline?.value,
          (v) => (v === undefined ? set({ baseline: undefined }) : measure('baseline', v)),
          { optional: true },
        )}
        ${numberField(
          host,
          `${id}-baseline-year`,
          t('plan.indicators.baselineYear'),
          ind.baseline?.year,
          (y) => measure('baseline', undefined, y),
          { step: '1' },
        )}
        ${numberField(
          host,
          `${id}-target-value`,
          t('plan.indicators.target'),
          ind.target?.value,
          (v) => (v === undefined ? set({ target: undefined }) : measure('target', v)),
          { optional: true },
        )}
        ${numberField(
          host,
          `${id}-target-year`,
          t('plan.indicators.targetYear'),
          ind.target?.year,
          (y) => measure('target', undefined, y),
          { step: '1' },
        )}
        ${textField(
          host,
          `${id}-source`,
          t('plan.indicators.source'),
          ind.source ?? '',
          300,
          (source) => set({ source }),
        )}
        ${selectField(host, `${id}-moves`, t('plan.indicators.moves'), moves, movesValue, (v) => {
          const [kind, ref] = v.split(':') as ['component' | 'question' | '', string?];
          set({
            component: kind === 'component' ? ref : undefined,
            question: kind === 'question' ? ref : undefined,
          });
        })}
      </div>
      ${removeButton(t('plan.indicators.remove', { n: i + 1 }), () =>
        setItem(host, a, 'indicators', i, null),
      )}
    </fieldset>`;
  };
  return html`<fieldset class="group">
    <legend>${t('plan.indicators.title')}</legend>
    ${a.indicators.map(one)}
    ${addButton(
      t('plan.indicators.add'),
      () => host.patch(a.id, { indicators: [...a.indicators, { name: '', unit: '' }] }),
      `${k}-indicators-add`,
    )}
  </fieldset>`;
}

function milestones(host: DetailsHost, a: PlanAction, k: string): TemplateResult {
  const { t } = host;
  const one = (m: Milestone, i: number): TemplateResult => {
    const id = `${k}-milestones-${i}`;
    const set = (change: Partial<Milestone>): void =>
      setItem(host, a, 'milestones', i, { ...m, ...change });
    return html`<fieldset class="item">
      <legend>${t('plan.milestones.legend', { n: i + 1 })}</legend>
      <div class="row">
        ${textField(host, `${id}-what`, t('plan.milestones.what'), m.what, 500, (what) => set({ what }))}
        ${numberField(
          host,
          `${id}-year`,
          t('plan.milestones.year'),
          m.year,
          (year) => set({ year: year! }),
          {
            step: '1',
          },
        )}
        ${selectField(
          host,
          `${id}-quarter`,
          t('plan.milestones.quarter'),
          [1, 2, 3, 4].map((q) => ({
            value: String(q),
            label: t('plan.milestones.quarter.n', { n: q }),
          })),
          String(m.quarter),
          (q) => set({ quarter: Number(q) }),
        )}
      </div>
      ${checkboxField(`${id}-done`, t('plan.milestones.done'), m.done, (done) => set({ done }))}
      ${removeButton(t('plan.milestones.remove', { n: i + 1 }), () =>
        setItem(host, a, 'milestones', i, null),
      )}
    </fieldset>`;
  };
  return html`<fieldset class="group">
    <legend>${t('plan.milestones.title')}</legend>
    ${a.milestones.map(one)}
    ${addButton(
      t('plan.milestones.add'),
      () =>
        host.patch(a.id, {
          milestones: [
            ...a.milestones,
            { what: '', year: host.plan.period?.from ?? thisYear(), quarter: 4, done: false },
          ],
        }),
      `${k}-milestones-add`,
    )}
  </fieldset>`;
}

function dependsOn(host: DetailsHost, a: PlanAction, k: string): TemplateResult {
  const { t, plan } = host;
  const others = plan.actions.filter((o) => o.id !== a.id);
  const refused = host.refusal?.action === a.id ? host.refusal.message : '';
  return html`<fieldset
    class="group"
    aria-describedby=${refused ? `${k}-dependsOn-refused` : nothing}
  >
    <legend id="${k}-dependsOn">${t('plan.depends.title')}</legend>
    ${
      refused
        ? html`<p class="error" id="${k}-dependsOn-refused" role="alert">${refused}</p>`
        : nothing
    }
    ${
      others.length
        ? others.map((o) =>
            checkboxField(
              `${k}-dependsOn-${host.number(o.id)}`,
              t('plan.depends.option', { n: host.number(o.id), title: o.title }),
              a.dependsOn.includes(o.id),
              (on) =>
                host.setDependsOn(
                  a.id,
                  on ? [...a.dependsOn, o.id] : a.dependsOn.filter((d) => d !== o.id),
                ),
            ),
          )
        : html`<p class="muted">${t('plan.depends.none')}</p>`
    }
  </fieldset>`;
}

function alignment(host: DetailsHost, a: PlanAction, k: string): TemplateResult {
  const { t } = host;
  const al = a.alignment ?? {};
  const set = (key: 'objective' | 'budgetLine', v: string): void => {
    const next = { ...al, [key]: v };
    if (!next[key]) delete next[key];
    host.patch(a.id, { alignment: Object.keys(next).length ? next : undefined });
  };
  return html`<fieldset class="group">
    <legend>${t('plan.alignment.title')}</legend>
    ${textField(
      host,
      `${k}-alignment-objective`,
      t('plan.alignment.objective'),
      al.objective ?? '',
      500,
      (v) => set('objective', v),
    )}
    ${textField(
      host,
      `${k}-alignment-budgetLine`,
      t('plan.alignment.budgetLine'),
      al.budgetLine ?? '',
      300,
      (v) => set('budgetLine', v),
    )}
  </fieldset>`;
}

/** The details panel of action `a` (number `n`, field ids starting with `k`). */
export function renderDetails(
  host: DetailsHost,
  a: PlanAction,
  k: string,
  n: number,
): TemplateResult {
  const { t } = host;
  const note = (
    key: 'risks' | 'notes' | 'owner',
    label: string,
    max: number,
    rows = 2,
  ): TemplateResult =>
    textField(
      host,
      `${k}-${key}`,
      label,
      a[key] ?? '',
      max,
      (v) => host.patch(a.id, { [key]: v }),
      {
        rows,
      },
    );
  return html`<section
    class="details"
    id="${k}-details"
    part="details"
    aria-labelledby="${k}-details-title"
  >
    <h4 id="${k}-details-title" tabindex="-1">${t('plan.details.title', { n, title: a.title })}</h4>
    ${partners(host, a, k)} ${cost(host, a, k)} ${funding(host, a, k)} ${indicators(host, a, k)}
    ${milestones(host, a, k)} ${dependsOn(host, a, k)} ${alignment(host, a, k)}
    ${note('risks', t('plan.field.risks'), 5000)} ${note('notes', t('plan.field.notes'), 5000)}
    ${note('owner', t('plan.field.ownerV1'), 200, 0)}
    <button type="button" class="close" @click=${() => host.close(a.id)}>
      ${t('plan.details.close')}
    </button>
  </section>`;
}
