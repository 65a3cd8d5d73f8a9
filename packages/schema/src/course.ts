import * as z from 'zod/mini';
import { FrameworkRef, HttpUrl, Id, LocaleTag, LocalizedText } from './common.js';
import { COURSE_FORMAT, COURSE_LIMITS, COURSE_VERSION, FRAMEWORK_LIMITS } from './constants.js';
import { PATTERNS } from './patterns.js';

/**
 * A public source that the course's facts rest on: who published it, its title as
 * published, and the year. A fact without a source does not go in the course.
 */
export const CourseSource = z.object({
  id: Id,
  /** The organisation or authors, e.g. `UNESCO`, `ITU and UNICEF`. */
  publisher: z.string().check(z.minLength(1), z.maxLength(200)),
  /** The title in the language it was published in. */
  title: z.string().check(z.minLength(1), z.maxLength(400)),
  year: z.int().check(z.minimum(1900), z.maximum(2100)),
  url: z.optional(HttpUrl(2000)),
});
export type CourseSource = z.infer<typeof CourseSource>;

const SourceIds = z.array(Id).check(z.minLength(1), z.maxLength(COURSE_LIMITS.sourcesPerFact));

/** A good-practice pattern, in the course's own words, and the sources it draws on. */
export const CoursePractice = z.object({
  text: LocalizedText,
  sources: SourceIds,
});
export type CoursePractice = z.infer<typeof CoursePractice>;

/** What a country did, stated as a public fact, with its sources. */
export const CourseExample = z.object({
  /** ISO 3166-1 alpha-3 code of the country, e.g. `URY`. */
  country: z.string().check(z.regex(PATTERNS.country.re, PATTERNS.country.message)),
  text: LocalizedText,
  sources: SourceIds,
});
export type CourseExample = z.infer<typeof CourseExample>;

const Texts = (max: number) => z.array(LocalizedText).check(z.maxLength(max));
const Reflection = z
  .array(LocalizedText)
  .check(z.minLength(COURSE_LIMITS.reflectionMin), z.maxLength(COURSE_LIMITS.reflectionMax));

/** The part of a module that treats one component of the pillar. */
export const CourseSection = z.object({
  /** The component of the framework this section treats. */
  component: Id,
  overview: LocalizedText,
  whyItMatters: LocalizedText,
  practices: z.array(CoursePractice).check(z.minLength(1), z.maxLength(COURSE_LIMITS.items)),
  pitfalls: Texts(COURSE_LIMITS.items).check(z.minLength(1)),
  /** Country examples; none rather than one that cannot be sourced. */
  examples: z.array(CourseExample).check(z.maxLength(COURSE_LIMITS.items)),
  /** Three to five questions for the team to discuss. */
  reflection: Reflection,
});
export type CourseSection = z.infer<typeof CourseSection>;

/** The learning module of one pillar: an overview, then one section per component. */
export const CourseModule = z.object({
  /** The pillar of the framework this module treats. */
  pillar: Id,
  overview: LocalizedText,
  whyItMatters: LocalizedText,
  /** The questions that open the deep dive on this pillar. */
  reflection: Reflection,
  sections: z.array(CourseSection).check(z.minLength(1), z.maxLength(COURSE_LIMITS.sections)),
});
export type CourseModule = z.infer<typeof CourseModule>;

/**
 * The course that goes with a framework (`dtc.course`, version 1): a module per pillar and a
 * section per component, in the framework's languages, with the public sources its
 * practices and examples rest on.
 */
export const Course = z.object({
  format: z.literal(COURSE_FORMAT),
  version: z.literal(COURSE_VERSION),
  framework: FrameworkRef,
  /** Declared locales; every text carries each of them. */
  locales: z.array(LocaleTag).check(z.minLength(1), z.maxLength(FRAMEWORK_LIMITS.locales)),
  sources: z.array(CourseSource).check(z.minLength(1), z.maxLength(COURSE_LIMITS.sources)),
  modules: z.array(CourseModule).check(z.minLength(1), z.maxLength(COURSE_LIMITS.modules)),
});
export type Course = z.infer<typeof Course>;
