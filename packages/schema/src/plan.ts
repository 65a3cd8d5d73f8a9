import * as z from 'zod/mini';
import { maxEntries } from './bounds.js';
import { FrameworkRef, Id, Timestamp } from './common.js';
import { PATTERNS } from './patterns.js';
import {
  ACTION_STATUSES,
  COST_KINDS,
  FINANCING_MODELS,
  FRAMEWORK_LIMITS,
  FUNDING_STATUSES,
  HORIZONS,
  MAX_PRIORITIES,
  PARTNER_ROLES,
  PLAN_CHANGES,
  PLAN_FORMAT,
  PLAN_LIMITS,
  PLAN_VERSION,
  RESPONDENT_ROLES,
} from './constants.js';

/** Short term (≤ 1 year), medium term (1–3 years), long term (3+ years). */
export const Horizon = z.enum(HORIZONS);
export type Horizon = z.infer<typeof Horizon>;

/** Free text of at most `max` characters with at least one that is not a space. */
const text = (max: number, message: string = PATTERNS.nonEmpty.message) =>
  z.string().check(z.maxLength(max), z.regex(PATTERNS.nonEmpty.re, message));
const note = (max: number) => z.optional(z.string().check(z.maxLength(max)));
const list = <T extends z.ZodMiniType>(item: T, max: number = PLAN_LIMITS.perAction) =>
  z._default(z.array(item).check(z.maxLength(max)), []);

/** A calendar year. */
export const Year = z.int().check(z.minimum(1900), z.maximum(2200));
/** An ISO 4217 currency code such as `XOF`, `EUR` or `USD`. */
export const Currency = z.string().check(z.regex(PATTERNS.currency.re, PATTERNS.currency.message));
/** An amount of money, never negative. */
const Amount = z.number().check(z.minimum(0), z.maximum(PLAN_LIMITS.amount));
/** Years from `from` to `to`, both included (`from` ≤ `to`, checked by `parseActionPlan`). */
export const YearSpan = z.object({ from: Year, to: Year });
export type YearSpan = z.infer<typeof YearSpan>;
/** The id of an action within its plan. */
const ActionId = z.string().check(z.minLength(1), z.maxLength(100));

export const ActionStatus = z.enum(ACTION_STATUSES);
export type ActionStatus = z.infer<typeof ActionStatus>;

export const Partner = z.object({
  /** The institution, e.g. "Ministry of Finance" or "Universal Service Fund agency". */
  name: text(200),
  role: z.enum(PARTNER_ROLES),
});
export type Partner = z.infer<typeof Partner>;

/**
 * What an action costs, in one currency. A `capital` amount is the whole investment, spread
 * evenly over its years; a `recurrent` amount is paid in every year of the span.
 */
export const Cost = z.object({
  amount: Amount,
  currency: Currency,
  kind: z.enum(COST_KINDS),
  years: YearSpan,
  /** Whether the amount is already in a budget (a ministry's or a partner's). */
  budgeted: z._default(z.boolean(), false),
});
export type Cost = z.infer<typeof Cost>;

/** Where money comes from: one of the financing models (`FINANCING_MODELS`) or free text. */
export const FundingSource = z.union([
  z.object({ model: z.enum(FINANCING_MODELS) }),
  z.object({ text: text(200) }),
]);
export type FundingSource = z.infer<typeof FundingSource>;

/**
 * One line of an action's funding: an `amount` in the cost's currency, or a `share` of the
 * cost in percent (exactly one of the two, checked by `parseActionPlan`).
 */
export const Funding = z.object({
  source: FundingSource,
  amount: z.optional(Amount),
  share: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
  status: z.enum(FUNDING_STATUSES),
});
export type Funding = z.infer<typeof Funding>;

/** A measured value in a given year. */
export const Measure = z.object({ value: z.number(), year: Year });
export type Measure = z.infer<typeof Measure>;

/** How the plan will know the action worked. */
export const Indicator = z.object({
  name: text(300),
  /** e.g. "% of schools", "teachers", "Mbit/s per learner". */
  unit: z._default(z.string().check(z.maxLength(100)), ''),
  baseline: z.optional(Measure),
  target: z.optional(Measure),
  source: note(300),
  /** The framework question the indicator moves, if one. */
  question: z.optional(Id),
  /** The framework component the indicator moves, if one. */
  component: z.optional(Id),
});
export type Indicator = z.infer<typeof Indicator>;

export const Milestone = z.object({
  what: text(500),
  year: Year,
  quarter: z.int().check(z.minimum(1), z.maximum(4)),
  done: z._default(z.boolean(), false),
});
export type Milestone = z.infer<typeof Milestone>;

/** Where the action sits in the country's own plans and budget. */
export const Alignment = z.object({
  /** The objective of the education sector plan the action serves. */
  objective: note(500),
  /** The budget programme or line that would carry it. */
  budgetLine: note(300),
});
export type Alignment = z.infer<typeof Alignment>;

export const PlanAction = z.object({
  id: ActionId,
  /** The chosen priority (a component id) this action serves. */
  priority: Id,
  /** The pillar the action works through (actions cross pillars). */
  pillar: Id,
  /** What will be done: at least one character that is not a space. */
  title: text(500, 'An action needs a title'),
  horizon: Horizon,
  /** Free text kept from format 1; `lead` names the institution in charge. */
  owner: z._default(z.string().check(z.maxLength(200)), ''),
  /** The maturity level the action aims to reach. */
  targetLevel: z.int().check(z.minimum(1), z.maximum(7)),
  /** An education outcome id from the framework's `outcomes`. */
  outcome: Id,
  notes: note(5000),
  status: z._default(ActionStatus, 'planned'),
  /** The institution that leads the action. */
  lead: note(200),
  partners: list(Partner),
  cost: z.optional(Cost),
  funding: list(Funding),
  indicators: list(Indicator),
  milestones: list(Milestone),
  /** Ids of the actions this one needs first (no cycles). */
  dependsOn: list(ActionId),
  alignment: z.optional(Alignment),
  risks: note(5000),
});
export type PlanAction = z.infer<typeof PlanAction>;
export type PlanActionInput = z.input<typeof PlanAction>;

export const TeamMember = z.object({
  name: text(200),
  role: z.enum(RESPONDENT_ROLES),
  /** What the member does in the team or their post, e.g. "Director of planning". */
  title: note(200),
  organisation: note(200),
});
export type TeamMember = z.infer<typeof TeamMember>;

/** One entry of the plan's own history: who changed what, when. */
export const PlanChange = z.object({
  at: Timestamp,
  /** Who made the change (a name as typed; empty when not known). */
  by: z._default(z.string().check(z.maxLength(200)), ''),
  change: z.enum(PLAN_CHANGES),
  /** The action changed, for `action-*` entries. */
  action: z.optional(ActionId),
  /** A short summary, e.g. the fields that changed. */
  detail: note(500),
});
export type PlanChange = z.infer<typeof PlanChange>;

export const ActionPlan = z.object({
  format: z.literal(PLAN_FORMAT),
  version: z.literal(PLAN_VERSION),
  framework: FrameworkRef,
  title: z.optional(z.string().check(z.maxLength(200))),
  /** ISO 3166-1 alpha-3 code of the country whose plan this is, e.g. `SEN`. */
  country: z.optional(z.string().check(z.regex(PATTERNS.country.re, PATTERNS.country.message))),
  /** The years the plan covers, both included. */
  period: z.optional(YearSpan),
  /** The currency the plan's totals are read in (costs in another currency are totalled apart). */
  currency: z.optional(Currency),
  team: list(TeamMember, PLAN_LIMITS.team),
  /** Up to three component ids chosen as priorities, in order. */
  priorities: z.array(Id).check(z.maxLength(MAX_PRIORITIES)),
  /** Per pillar (by id), the component chosen as that pillar's own priority. */
  pillarPriorities: z._default(z.record(Id, Id).check(maxEntries(FRAMEWORK_LIMITS.pillars)), {}),
  actions: z.array(PlanAction).check(z.maxLength(PLAN_LIMITS.actions)),
  history: list(PlanChange, PLAN_LIMITS.history),
  updatedAt: z.optional(Timestamp),
});
export type ActionPlan = z.infer<typeof ActionPlan>;
export type ActionPlanInput = z.input<typeof ActionPlan>;

/** An action as format 1 wrote it. */
export const PlanActionV1 = z.object({
  id: ActionId,
  priority: Id,
  pillar: Id,
  title: text(500, 'An action needs a title'),
  horizon: Horizon,
  owner: z._default(z.string().check(z.maxLength(200)), ''),
  targetLevel: z.int().check(z.minimum(1), z.maximum(7)),
  outcome: Id,
  notes: note(5000),
});

/** An action plan as format 1 wrote it; `parseActionPlan` reads it and upgrades it to format 2. */
export const ActionPlanV1 = z.object({
  format: z.literal(PLAN_FORMAT),
  version: z.literal(1),
  framework: FrameworkRef,
  title: z.optional(z.string().check(z.maxLength(200))),
  priorities: z.array(Id).check(z.maxLength(MAX_PRIORITIES)),
  actions: z.array(PlanActionV1).check(z.maxLength(PLAN_LIMITS.actions)),
  updatedAt: z.optional(Timestamp),
});
export type ActionPlanV1 = z.infer<typeof ActionPlanV1>;
