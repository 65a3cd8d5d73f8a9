import * as z from 'zod/mini';
import { FrameworkRef, Id, LocaleTag, LocalizedText, SemVer } from './common.js';
import { FRAMEWORK_LIMITS } from './constants.js';

/** One maturity level of the framework's scale (e.g. 1 = latent … 4 = advanced). */
export const Level = z.object({
  value: z.int().check(z.minimum(1), z.maximum(7)),
  label: LocalizedText,
  description: LocalizedText,
});
export type Level = z.infer<typeof Level>;

const Weight = z.number().check(z.positive('Weight must be greater than 0'), z.maximum(100));

const questionBase = {
  id: Id,
  title: LocalizedText,
  summary: z.optional(LocalizedText),
  help: z.optional(LocalizedText),
  /** Relative weight within its component (default 1). */
  weight: z.optional(Weight),
  /** Whether the respondent may answer "not applicable" (leaves the denominator). */
  allowNotApplicable: z.optional(z.boolean()),
  /** Whether the respondent may answer "don't know" (lowers coverage). */
  allowDontKnow: z.optional(z.boolean()),
};

/** A descriptor of what a rubric question looks like at one level. */
export const RubricDescriptor = z.object({
  level: z.int().check(z.minimum(1), z.maximum(7)),
  text: LocalizedText,
});
export type RubricDescriptor = z.infer<typeof RubricDescriptor>;

/** A question answered by choosing one maturity level, each described by a descriptor. */
export const RubricQuestion = z.object({
  ...questionBase,
  kind: z.literal('rubric'),
  /** At most one per level (seven at most). */
  descriptors: z.array(RubricDescriptor).check(z.minLength(2), z.maxLength(7)),
});
export type RubricQuestion = z.infer<typeof RubricQuestion>;

export const ChoiceOption = z.object({
  id: Id,
  label: LocalizedText,
  /** The maturity level this option stands for. */
  level: z.int().check(z.minimum(1), z.maximum(7)),
});
export type ChoiceOption = z.infer<typeof ChoiceOption>;

/** A question with named options, each mapped to a level; the answer is the option id. */
export const ChoiceQuestion = z.object({
  ...questionBase,
  kind: z.literal('choice'),
  options: z.array(ChoiceOption).check(z.minLength(2), z.maxLength(FRAMEWORK_LIMITS.options)),
});
export type ChoiceQuestion = z.infer<typeof ChoiceQuestion>;

/** A yes/no question; the answer is `"yes"` or `"no"`, each mapped to a level. */
export const BooleanQuestion = z.object({
  ...questionBase,
  kind: z.literal('boolean'),
  yesLevel: z.int().check(z.minimum(1), z.maximum(7)),
  noLevel: z.int().check(z.minimum(1), z.maximum(7)),
});
export type BooleanQuestion = z.infer<typeof BooleanQuestion>;

/** A free-text question; never scored. */
export const TextQuestion = z.object({
  ...questionBase,
  kind: z.literal('text'),
  maxLength: z.optional(z.int().check(z.minimum(1), z.maximum(20000))),
});
export type TextQuestion = z.infer<typeof TextQuestion>;

export const Question = z.discriminatedUnion('kind', [
  RubricQuestion,
  ChoiceQuestion,
  BooleanQuestion,
  TextQuestion,
]);
export type Question = z.infer<typeof Question>;
export type QuestionKind = Question['kind'];

/** Where a component comes from: the published framework, or this toolkit's reading of it. */
export const ComponentOrigin = z.enum(['published', 'proposed']);
export type ComponentOrigin = z.infer<typeof ComponentOrigin>;

export const Component = z.object({
  id: Id,
  title: LocalizedText,
  summary: LocalizedText,
  weight: z.optional(Weight),
  origin: z.optional(ComponentOrigin),
  questions: z.array(Question).check(z.minLength(1), z.maxLength(FRAMEWORK_LIMITS.questions)),
});
export type Component = z.infer<typeof Component>;

export const Pillar = z.object({
  id: Id,
  title: LocalizedText,
  summary: LocalizedText,
  weight: z.optional(Weight),
  /** A cross-cutting pillar that other pillars rest on (raises its components' priority). */
  foundational: z.optional(z.boolean()),
  components: z.array(Component).check(z.minLength(1), z.maxLength(FRAMEWORK_LIMITS.components)),
});
export type Pillar = z.infer<typeof Pillar>;

export const VisionItem = z.object({
  id: Id,
  title: LocalizedText,
  summary: z.optional(LocalizedText),
});
export type VisionItem = z.infer<typeof VisionItem>;

/** The outer layer of the framework: why, what first, and how. */
export const Vision = z.object({
  purpose: LocalizedText,
  priorities: z.array(VisionItem).check(z.maxLength(FRAMEWORK_LIMITS.items)),
  principles: z.array(VisionItem).check(z.maxLength(FRAMEWORK_LIMITS.items)),
});
export type Vision = z.infer<typeof Vision>;

/** An education outcome that an action can serve (access, quality, equity…). */
export const Outcome = z.object({
  id: Id,
  title: LocalizedText,
  summary: z.optional(LocalizedText),
});
export type Outcome = z.infer<typeof Outcome>;

export const Framework = z.object({
  id: Id,
  version: SemVer,
  /**
   * The version this one replaces, when there is one. A mapping between the two
   * (`FrameworkMapping`, published beside the framework) carries earlier answers across.
   */
  predecessor: z.optional(FrameworkRef),
  title: LocalizedText,
  description: LocalizedText,
  /** Declared locales; the first is the source language. */
  locales: z.array(LocaleTag).check(z.minLength(1), z.maxLength(FRAMEWORK_LIMITS.locales)),
  /**
   * Locales whose texts are published in separate texts files (the split form: this file
   * is the base, see `FrameworkTexts`), so a reader knows which files exist.
   */
  translations: z.optional(z.array(LocaleTag).check(z.maxLength(FRAMEWORK_LIMITS.locales))),
  /** Ordered maturity levels with values 1..L (2 ≤ L ≤ 7). */
  levels: z.array(Level).check(z.minLength(2), z.maxLength(7)),
  vision: Vision,
  pillars: z.array(Pillar).check(z.minLength(1), z.maxLength(FRAMEWORK_LIMITS.pillars)),
  /** Education outcomes that action plans link to. */
  outcomes: z.optional(z.array(Outcome).check(z.maxLength(FRAMEWORK_LIMITS.items))),
  /** Where the content comes from and what is the toolkit's own proposal. */
  about: z.optional(LocalizedText),
});
export type Framework = z.infer<typeof Framework>;
