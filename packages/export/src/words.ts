/**
 * What the files say and how: the words of `@dtc/i18n` in the reader's language, the
 * framework's own texts (pillar, component and outcome names) picked for that language, and
 * numbers, dates and amounts formatted by `Intl`. Shared by the Word and the Excel files.
 */
import {
  commonNamespace,
  direction,
  formatNumber,
  loadLocale,
  text,
  translate,
  useNamespaces,
  type LocalizedText,
  type MessageKey,
  type MessageValues,
} from '@dtc/i18n';
import { assessmentNamespace } from '@dtc/i18n/namespaces/assessment';
import { exportNamespace } from '@dtc/i18n/namespaces/export';
import { planNamespace } from '@dtc/i18n/namespaces/plan';
import type {
  ActionPlan,
  Cost,
  Framework,
  FundingSource,
  Horizon,
  PlanAction,
  Result,
} from '@dtc/schema';

/** What a file of a plan is made from. */
export interface PlanFileInput {
  /** The plan (format 2), as `parseActionPlan` returns it. */
  plan: ActionPlan;
  /** The framework the plan's ids name: pillar, component and outcome names come from it. */
  framework: Framework;
  /** The language of the file (BCP 47), e.g. `en` or `fr`: words, numbers and dates. */
  locale: string;
  /**
   * The country's scores, computed by the caller with `@dtc/scoring` (`scoreResponse`): the
   * overall score and one per pillar. Without it the file has no scores summary.
   */
  result?: Pick<Result, 'overall' | 'pillars'> | null;
  /** The radar chart of the scores as a PNG file (Word only). */
  radarPng?: Uint8Array | null;
  /** The country's name in `locale`; the plan's ISO 3166-1 alpha-3 code when absent. */
  countryName?: string;
}

type Kind = Cost['kind'];

/** The words and names one file needs, bound to its language and framework. */
export interface Words {
  locale: string;
  /** How the file's language is written: `rtl` (Arabic) lays the Word and Excel files out mirrored. */
  dir: 'ltr' | 'rtl';
  t(key: MessageKey, values?: MessageValues): string;
  /** `label: value` with the language's punctuation. */
  field(label: MessageKey, value: string): string;
  /** Items in one cell or line, with the language's separator (`a; b`, `a ; b`). */
  list(items: readonly string[]): string;
  /** What an indicator moves in the framework: its component, its question, or both. */
  moves(target: { component?: string | undefined; question?: string | undefined }): string;
  /** A framework text in the file's language (with the framework's fallbacks). */
  tx(value: LocalizedText | undefined): string;
  pillar(id: string): string;
  component(id: string): string;
  /** The pillar a component belongs to (its id), or `undefined` for an unknown component. */
  pillarOf(componentId: string): string | undefined;
  outcome(id: string): string;
  question(id: string): string;
  level(value: number | null): string;
  horizon(horizon: Horizon): string;
  status(status: PlanAction['status']): string;
  kind(kind: Kind): string;
  source(source: FundingSource): string;
  /** A whole amount of money, grouped the language's way: `1,200,000` or `1 200 000`. */
  amount(value: number): string;
  /** An amount with its currency code, in the order and spacing of the language's message. */
  money(value: number, currency: string): string;
  /** Any other number (indicator values, shares). */
  number(value: number): string;
  yesNo(value: boolean): string;
  date(iso: string): string;
  /** The plan's title, or the default one. */
  title(plan: ActionPlan): string;
  /** The country as named in the input, or its code. */
  country(plan: ActionPlan, name?: string): string | undefined;
  /** The pillars of the framework in order, by id. */
  pillarIds: string[];
  /** Action titles by id, for dependencies. */
  actionTitle(plan: ActionPlan, id: string): string;
}

/**
 * Loads the words of the files in `locale` (the `export`, `plan` and `assessment` namespaces
 * of `@dtc/i18n`) and returns the helpers bound to it.
 */
export async function loadWords(input: PlanFileInput): Promise<Words> {
  useNamespaces(commonNamespace, planNamespace, assessmentNamespace, exportNamespace);
  const { framework } = input;
  const locale = input.locale || 'en';
  await loadLocale(locale);
  const t = (key: MessageKey, values?: MessageValues): string => translate(locale, key, values);
  const tx = (value: LocalizedText | undefined): string => text(value, locale, framework.locales);

  const pillars = new Map<string, string>();
  const components = new Map<string, { name: string; pillar: string }>();
  const questions = new Map<string, string>();
  for (const p of framework.pillars) {
    pillars.set(p.id, tx(p.title));
    for (const c of p.components) {
      components.set(c.id, { name: tx(c.title), pillar: p.id });
      for (const q of c.questions) questions.set(q.id, tx(q.title));
    }
  }
  const outcomes = new Map((framework.outcomes ?? []).map((o) => [o.id, tx(o.title)]));
  const levels = new Map(framework.levels.map((l) => [l.value, tx(l.label)]));
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });

  const amount = (value: number): string =>
    formatNumber(locale, value, { maximumFractionDigits: 0 });

  return {
    locale,
    dir: direction(locale),
    t,
    tx,
    field: (label, value) => t('export.field', { label: t(label), value }),
    list: (items) => items.join(t('export.separator')),
    moves: ({ component, question }) => {
      const c = component ? (components.get(component)?.name ?? component) : '';
      const q = question ? (questions.get(question) ?? question) : '';
      return c && q ? t('export.moves.both', { component: c, question: q }) : c || q;
    },
    pillar: (id) => pillars.get(id) ?? id,
    component: (id) => components.get(id)?.name ?? id,
    pillarOf: (id) => components.get(id)?.pillar,
    outcome: (id) => outcomes.get(id) ?? id,
    question: (id) => questions.get(id) ?? id,
    level: (value) =>
      value === null
        ? t('common.notScored')
        : t('common.level', { level: value, label: levels.get(value) ?? '' }),
    horizon: (h) => t(`plan.horizon.${h}`),
    status: (s) => t(`export.status.${s}`),
    kind: (k) => t(`export.kind.${k}`),
    source: (s) => ('model' in s ? t(`export.model.${s.model}`) : s.text),
    amount,
    money: (value, currency) => t('export.money', { amount: amount(value), currency }),
    number: (value) => formatNumber(locale, value, { maximumFractionDigits: 2 }),
    yesNo: (value) => t(value ? 'export.yes' : 'export.no'),
    date: (iso) => dates.format(new Date(iso)),
    title: (plan) => plan.title?.trim() || t('export.document.title'),
    country: (plan, name) => name?.trim() || plan.country,
    pillarIds: framework.pillars.map((p) => p.id),
    actionTitle: (plan, id) => plan.actions.find((a) => a.id === id)?.title ?? id,
  };
}

/** The plan's actions that work through `pillar`, in the plan's order. */
export const actionsOfPillar = (plan: ActionPlan, pillar: string): PlanAction[] =>
  plan.actions.filter((a) => a.pillar === pillar);

/** Pillar ids in the framework's order, then any other pillar an action names. */
export function pillarOrder(words: Words, plan: ActionPlan): string[] {
  const extra = plan.actions.map((a) => a.pillar).filter((p) => !words.pillarIds.includes(p));
  return [...new Set([...words.pillarIds, ...extra])];
}
