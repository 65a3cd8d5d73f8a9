/**
 * A conflict's two versions as words a person can compare: ids become names, money is
 * formatted in the reader's language, lists are joined. Plan text stays text.
 */
import type {
  Cost,
  Funding,
  Indicator,
  Milestone,
  Partner,
  PlanConflict,
  TeamMember,
  YearSpan,
} from '@dtc/schema';
import { componentTitle, framework, levelLabel, pillarTitle, tx } from '../../data.js';
import { en } from '../../i18n/en.js';
import { formatList, t, type MessageKey } from '../../i18n/index.js';
import { formatMoney } from '../../teams.js';

/** A catalog word by a key built from data, or the code itself when the catalog has none. */
const word = (key: string, fallback: string): string =>
  key in en ? t(key as MessageKey) : fallback;

/** A field's name in the reader's language (the field's code when the catalog has none). */
export const fieldName = (field: string): string => word(`team.field.${field}`, field);

const span = (years: YearSpan): string =>
  years.from === years.to ? String(years.from) : `${years.from}–${years.to}`;

function cost(c: Cost): string {
  return t('team.value.cost', {
    amount: formatMoney(c.amount, c.currency),
    kind: word(`team.value.kind.${c.kind}`, c.kind),
    years: span(c.years),
    budgeted: c.budgeted ? 'yes' : 'no',
  });
}

function funding(f: Funding, currency: string | undefined): string {
  const source =
    'model' in f.source ? word(`resource.${f.source.model}.title`, f.source.model) : f.source.text;
  const amount =
    f.amount !== undefined
      ? currency
        ? formatMoney(f.amount, currency)
        : String(f.amount)
      : t('team.value.share', { share: f.share ?? 0 });
  return t('team.value.funding', {
    source,
    amount,
    status: word(`team.value.status.${f.status}`, f.status),
  });
}

const indicator = (i: Indicator): string =>
  i.target
    ? t('team.value.indicator', {
        name: i.name,
        value: i.target.value,
        unit: i.unit,
        year: String(i.target.year),
      })
    : i.name;

const milestone = (m: Milestone): string =>
  t('team.value.milestone', {
    what: m.what,
    when: t('team.value.quarter', { year: String(m.year), quarter: m.quarter }),
  });

const partner = (p: Partner): string =>
  t('team.value.partner', { name: p.name, role: word(`team.value.role.${p.role}`, p.role) });

/** One side of a conflict as text; `currency` is the action's, for its funding lines. */
export function valueText(conflict: PlanConflict, value: unknown, currency?: string): string {
  const empty = t('team.merge.empty');
  if (value === undefined || value === null || value === '') return empty;
  if (Array.isArray(value) && value.length === 0) return empty;
  switch (conflict.field) {
    case 'priorities':
      return (value as string[]).map(componentTitle).join(' · ');
    case 'priority':
    case 'pillarPriorities':
      return componentTitle(value as string);
    case 'pillar':
      return pillarTitle(value as string);
    case 'horizon':
      return word(`gallery.horizon.${value as string}`, String(value));
    case 'status':
      return word(`team.value.action.${value as string}`, String(value));
    case 'targetLevel':
      return levelLabel(value as number) || String(value);
    case 'outcome':
      return tx(framework.outcomes?.find((o) => o.id === value)?.title) || String(value);
    case 'period':
      return span(value as YearSpan);
    case 'cost':
      return cost(value as Cost);
    case 'funding':
      return (value as Funding[]).map((f) => funding(f, currency)).join('\n');
    case 'indicators':
      return (value as Indicator[]).map(indicator).join('\n');
    case 'milestones':
      return (value as Milestone[]).map(milestone).join('\n');
    case 'partners':
      return (value as Partner[]).map(partner).join('\n');
    case 'dependsOn':
      return formatList(value as string[]);
    case 'alignment': {
      const a = value as { objective?: string; budgetLine?: string };
      return [a.objective, a.budgetLine].filter(Boolean).join('\n') || empty;
    }
    case 'team': {
      const member = value as TeamMember;
      return t('team.value.member', {
        name: member.name,
        role: t(`role.${member.role}` as MessageKey),
      });
    }
    case 'framework': {
      const ref = value as { id: string; version: string };
      return `${ref.id} ${ref.version}`;
    }
  }
  return typeof value === 'string' || typeof value === 'number'
    ? String(value)
    : JSON.stringify(value);
}
