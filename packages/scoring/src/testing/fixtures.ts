/**
 * Small builders for hand-written test frameworks (valid for `parseFramework`).
 */
import type {
  BooleanQuestion,
  ChoiceQuestion,
  Component,
  Framework,
  LocalizedText,
  Pillar,
  Question,
  RubricQuestion,
  TextQuestion,
} from '@dtc/schema';

type QuestionExtra = Partial<
  Pick<RubricQuestion, 'weight' | 'allowNotApplicable' | 'allowDontKnow'>
>;

const text = (en: string): LocalizedText => ({ en });

/** A rubric question with one descriptor per level 1..levels. */
export function rubric(id: string, levels: number, extra: QuestionExtra = {}): RubricQuestion {
  return {
    id,
    title: text(id),
    kind: 'rubric',
    descriptors: Array.from({ length: levels }, (_, i) => ({
      level: i + 1,
      text: text(`${id} at level ${i + 1}`),
    })),
    ...extra,
  };
}

/** A choice question; `options` maps option id → level. */
export function choice(
  id: string,
  options: Record<string, number>,
  extra: QuestionExtra = {},
): ChoiceQuestion {
  return {
    id,
    title: text(id),
    kind: 'choice',
    options: Object.entries(options).map(([optionId, level]) => ({
      id: optionId,
      label: text(optionId),
      level,
    })),
    ...extra,
  };
}

/** A yes/no question. */
export function yesNo(
  id: string,
  yesLevel: number,
  noLevel: number,
  extra: QuestionExtra = {},
): BooleanQuestion {
  return { id, title: text(id), kind: 'boolean', yesLevel, noLevel, ...extra };
}

/** A free-text question (never scored). */
export function freeText(id: string): TextQuestion {
  return { id, title: text(id), kind: 'text' };
}

export function component(
  id: string,
  questions: Question[],
  extra: Partial<Pick<Component, 'weight'>> = {},
): Component {
  return { id, title: text(id), summary: text(id), questions, ...extra };
}

export function pillar(
  id: string,
  components: Component[],
  extra: Partial<Pick<Pillar, 'weight' | 'foundational'>> = {},
): Pillar {
  return { id, title: text(id), summary: text(id), components, ...extra };
}

/** A framework with `levels` levels, in English only. */
export function framework(levels: number, pillars: Pillar[]): Framework {
  return {
    id: 'test',
    version: '1.0.0',
    title: text('Test framework'),
    description: text('For tests'),
    locales: ['en'],
    levels: Array.from({ length: levels }, (_, i) => ({
      value: i + 1,
      label: text(`Level ${i + 1}`),
      description: text(`Level ${i + 1}`),
    })),
    vision: { purpose: text('Purpose'), priorities: [], principles: [] },
    pillars,
  };
}
