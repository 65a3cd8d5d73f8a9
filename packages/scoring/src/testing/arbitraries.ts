/**
 * fast-check arbitraries for frameworks and responses, for the property tests. Generated
 * frameworks pass `parseFramework`; responses from `responseArb` pass `parseResponse`.
 */
import type {
  Answer,
  AnswerValue,
  Component,
  Framework,
  LocalizedText,
  Pillar,
  Question,
  Response,
} from '@dtc/schema';
import { RESPONDENT_ROLES } from '@dtc/schema';
import fc from 'fast-check';

export interface FrameworkArbOptions {
  minLevels?: number;
  maxLevels?: number;
  maxPillars?: number;
  maxComponents?: number;
  maxQuestions?: number;
  /**
   * Every choice question has options at level 1 and at the top level, and every yes/no
   * question maps one answer to level 1 and the other to the top level, so that "all
   * lowest" and "all highest" responses exist.
   */
  extremes?: boolean;
  /**
   * Declared locales drawn from `LOCALE_POOL` (one to four, in any order, so the source
   * language is not always `en`), and every optional text present (a question's summary and
   * help, the vision's items, outcomes with summaries, `about`), so that every kind of text
   * path exists. Without it: `en` and `fr`, and only the texts a framework needs.
   */
  locales?: boolean;
}

/** The language tags generated frameworks draw their locales from (with `locales: true`). */
export const LOCALE_POOL = ['en', 'fr', 'ar', 'es', 'ru', 'zh-Hans', 'pt-BR', 'sw', 'es-419'];

/** A text in each of `locales`: `label (locale)`. */
type TextOf = (label: string) => LocalizedText;
const textIn =
  (locales: readonly string[]): TextOf =>
  (label) =>
    Object.fromEntries(locales.map((l) => [l, `${label} (${l})`]));
const text = textIn(['en', 'fr']);

const weightArb = fc.option(
  fc.oneof(
    fc.constantFrom(0.5, 1, 2, 3),
    fc.double({ min: 0.01, max: 100, noNaN: true, noDefaultInfinity: true }),
  ),
  { nil: undefined, freq: 2 },
);

function withOptional<T extends object>(base: T, extra: Record<string, unknown>): T {
  const out = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) out[key] = value;
  return out as T;
}

function questionArb(
  id: string,
  levels: number,
  extremes: boolean,
  t: TextOf = text,
  allTexts = false,
): fc.Arbitrary<Question> {
  const all = Array.from({ length: levels }, (_, i) => i + 1);
  const level = fc.integer({ min: 1, max: levels });
  const common = fc.record({
    weight: weightArb,
    allowNotApplicable: fc.boolean(),
    allowDontKnow: fc.boolean(),
  });
  const base = (c: {
    weight: number | undefined;
    allowNotApplicable: boolean;
    allowDontKnow: boolean;
  }) =>
    withOptional(
      allTexts
        ? { id, title: t(`Question ${id}`), summary: t(`About ${id}`), help: t(`Help on ${id}`) }
        : { id, title: t(`Question ${id}`) },
      c,
    );
  const rubric = fc
    .tuple(common, fc.shuffledSubarray(all, { minLength: levels, maxLength: levels }))
    .map(([c, order]): Question => ({
      ...base(c),
      kind: 'rubric',
      descriptors: order.map((l) => ({ level: l, text: t(`Level ${l} of ${id}`) })),
    }));
  const choiceLevels = extremes
    ? fc.array(level, { maxLength: 3 }).map((extra) => [1, levels, ...extra])
    : fc.array(level, { minLength: 2, maxLength: 5 });
  const choice = fc
    .tuple(
      common,
      choiceLevels.chain((ls) => fc.shuffledSubarray(ls, { minLength: ls.length })),
    )
    .map(([c, ls]): Question => ({
      ...base(c),
      kind: 'choice',
      options: ls.map((l, i) => ({ id: `o${i + 1}`, label: t(`Option ${i + 1}`), level: l })),
    }));
  const yesNo = extremes
    ? fc.boolean().map((yesHigh) => (yesHigh ? [levels, 1] : [1, levels]))
    : fc.tuple(level, level);
  const boolean = fc.tuple(common, yesNo).map(([c, [yesLevel, noLevel]]): Question => ({
    ...base(c),
    kind: 'boolean',
    yesLevel: yesLevel!,
    noLevel: noLevel!,
  }));
  const free = fc
    .tuple(common, fc.option(fc.integer({ min: 1, max: 500 }), { nil: undefined }))
    .map(([c, maxLength]): Question =>
      withOptional({ ...base(c), kind: 'text' as const }, { maxLength }),
    );
  return fc.oneof(
    { arbitrary: rubric, weight: 4 },
    { arbitrary: choice, weight: 2 },
    { arbitrary: boolean, weight: 2 },
    { arbitrary: free, weight: 1 },
  );
}

/** Random valid frameworks: 2–7 levels, pillars → components → questions of every kind. */
export function frameworkArb(options: FrameworkArbOptions = {}): fc.Arbitrary<Framework> {
  const {
    minLevels = 2,
    maxLevels = 7,
    maxPillars = 4,
    maxComponents = 4,
    maxQuestions = 5,
    extremes = false,
  } = options;
  const localesArb = options.locales
    ? fc.shuffledSubarray(LOCALE_POOL, { minLength: 1, maxLength: 4 })
    : fc.constant<string[]>(['en', 'fr']);
  const allTexts = options.locales === true;
  return fc
    .tuple(fc.integer({ min: minLevels, max: maxLevels }), localesArb)
    .chain(([levels, locales]) => {
      const t = textIn(locales);
      const componentArb = (p: number, c: number): fc.Arbitrary<Component> =>
        fc
          .tuple(
            weightArb,
            fc
              .integer({ min: 1, max: maxQuestions })
              .chain((n) =>
                fc.tuple(
                  ...Array.from({ length: n }, (_, q) =>
                    questionArb(`q${p}-${c}-${q}`, levels, extremes, t, allTexts),
                  ),
                ),
              ),
          )
          .map(([weight, questions]) =>
            withOptional(
              {
                id: `c${p}-${c}`,
                title: t(`Component ${p}.${c}`),
                summary: t('About it'),
                questions,
              },
              { weight },
            ),
          );
      const pillarArb = (p: number): fc.Arbitrary<Pillar> =>
        fc
          .tuple(
            weightArb,
            fc.boolean(),
            fc
              .integer({ min: 1, max: maxComponents })
              .chain((n) => fc.tuple(...Array.from({ length: n }, (_, c) => componentArb(p, c)))),
          )
          .map(([weight, foundational, components]) =>
            withOptional(
              { id: `p${p}`, title: t(`Pillar ${p}`), summary: t('About it'), components },
              { weight, foundational: foundational || undefined },
            ),
          );
      return fc
        .integer({ min: 1, max: maxPillars })
        .chain((n) => fc.tuple(...Array.from({ length: n }, (_, p) => pillarArb(p))))
        .map((pillars): Framework => {
          const framework: Framework = {
            id: 'generated',
            version: '1.0.0',
            title: t('Generated framework'),
            description: t('For tests'),
            locales,
            levels: Array.from({ length: levels }, (_, i) => ({
              value: i + 1,
              label: t(`Level ${i + 1}`),
              description: t(`Description of level ${i + 1}`),
            })),
            vision: { purpose: t('Purpose'), priorities: [], principles: [] },
            pillars,
          };
          if (!allTexts) return framework;
          const item = (id: string) => ({ id, title: t(id), summary: t(`About ${id}`) });
          return {
            ...framework,
            vision: {
              purpose: t('Purpose'),
              priorities: [item('access')],
              principles: [item('equity')],
            },
            outcomes: [item('learning')],
            about: t('About the framework'),
          };
        });
    });
}

/** Every question of a framework, with its pillar and component ids, in framework order. */
export function questionsOf(framework: Framework): Question[] {
  return framework.pillars.flatMap((p) => p.components.flatMap((c) => c.questions));
}

/** The values that answer `question` validly, as `[value, level]` (text questions: none). */
export function validValues(question: Question): [AnswerValue, number][] {
  switch (question.kind) {
    case 'rubric':
      return question.descriptors.map((d) => [d.level, d.level]);
    case 'choice':
      return question.options.map((o) => [o.id, o.level]);
    case 'boolean':
      return [
        ['yes', question.yesLevel],
        ['no', question.noLevel],
      ];
    case 'text':
      return [];
  }
}

export const TIMESTAMP = '2026-03-25T09:30:00.000Z';

/** An answer with the given value, answered at {@link TIMESTAMP}. */
export function answer(value: AnswerValue, extra: Partial<Answer> = {}): Answer {
  return { value, answeredAt: TIMESTAMP, ...extra };
}

/** A response to `framework` with the given answers. */
export function responseWith(
  framework: Framework,
  answers: Record<string, Answer>,
  extra: Partial<Response> = {},
): Response {
  return {
    format: 'dtc.response',
    version: 1,
    framework: { id: framework.id, version: framework.version },
    respondent: { role: 'ministry-education' },
    answers,
    history: [],
    ...extra,
  };
}

export interface ResponseArbOptions {
  /** Also produce values that are not valid for the question (unknown option, bad level…). */
  invalid?: boolean;
}

function invalidValues(question: Question): AnswerValue[] {
  const out: AnswerValue[] = ['zz-unknown'];
  if (!question.allowNotApplicable) out.push('na');
  if (!question.allowDontKnow) out.push('dont-know');
  // Levels past the question's scale, and values no level is: the schema refuses 0, 8 and
  // 2.5 outright, the framework the levels its question does not describe.
  if (question.kind === 'rubric') out.push(7, question.descriptors.length + 1, 0, 8, 2.5, 'yes');
  if (question.kind === 'boolean') out.push(1, 'maybe');
  return out.filter(
    (v) => !validValues(question).some(([valid]) => valid === v) && question.kind !== 'text',
  );
}

/** Random responses to `framework`: each question absent, answered, "na" or "don't know". */
export function responseArb(
  framework: Framework,
  options: ResponseArbOptions = {},
): fc.Arbitrary<Response> {
  const entries = questionsOf(framework).map((question) => {
    const values: fc.Arbitrary<AnswerValue | undefined>[] = [fc.constant(undefined)];
    const valid = validValues(question).map(([v]) => v);
    if (valid.length > 0) values.push(fc.constantFrom(...valid), fc.constantFrom(...valid));
    if (question.kind === 'text') {
      // Cut to the question's maxLength before leaving out the special values: cutting
      // after could turn "nab" into "na".
      const maxLength = Math.min(20, question.maxLength ?? 20);
      values.push(fc.string({ maxLength }).filter((v) => v !== 'na' && v !== 'dont-know'));
    }
    if (question.allowNotApplicable) values.push(fc.constant('na'));
    if (question.allowDontKnow) values.push(fc.constant('dont-know'));
    if (options.invalid) {
      const bad = invalidValues(question);
      if (bad.length > 0) values.push(fc.constantFrom(...bad));
    }
    return fc
      .tuple(
        fc.oneof(...values),
        fc.option(fc.constantFrom('low', 'medium', 'high') as fc.Arbitrary<Answer['confidence']>, {
          nil: undefined,
        }),
      )
      .map(([value, confidence]): [string, Answer] | null => {
        if (value === undefined) return null;
        return [question.id, confidence ? answer(value, { confidence }) : answer(value)];
      });
  });
  return fc
    .tuple(
      fc.tuple(...entries),
      fc.constantFrom(...RESPONDENT_ROLES),
      fc.option(fc.constantFrom('SEN', 'FRA', 'KEN'), { nil: undefined }),
    )
    .map(([pairs, role, country]) =>
      responseWith(
        framework,
        Object.fromEntries(pairs.filter((p): p is [string, Answer] => p !== null)),
        { respondent: country ? { role, country } : { role } },
      ),
    );
}

/** A framework together with a response to it. */
export function frameworkWithResponseArb(
  frameworkOptions: FrameworkArbOptions = {},
  responseOptions: ResponseArbOptions = {},
): fc.Arbitrary<{ framework: Framework; response: Response }> {
  return frameworkArb(frameworkOptions).chain((framework) =>
    responseArb(framework, responseOptions).map((response) => ({ framework, response })),
  );
}
