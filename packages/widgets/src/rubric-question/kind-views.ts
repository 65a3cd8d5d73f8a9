/**
 * How the questionnaire shows each kind of question: one entry per row of the kind table
 * (`QUESTION_KINDS` in `@dtc/schema`), keyed by the same names. A kind answered by choosing
 * lists its choices (the answers the kind table says stand for a level, with their words);
 * a kind answered in a field of its own renders that field. "Not applicable" and "don't
 * know" are added by the question element for every kind alike.
 */
import type { AnswerValue, Level, Question, QuestionKind } from '@dtc/schema';
import { kindOf, QUESTION_KINDS } from '@dtc/schema';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../shared/controllers/locale-controller.js';

/** One answer to choose: its value, its name and, for a rubric level, the descriptor. */
export interface Choice {
  value: AnswerValue;
  label: string;
  text?: string;
}

/** What a view needs to word the choices: the UI's words, the framework's text and levels. */
export interface ViewContext {
  t: LocaleController['t'];
  text: LocaleController['text'];
  levels: readonly Level[];
}

/** What a field of its own is given by the question element. */
export interface FieldContext {
  value: AnswerValue | undefined;
  required: boolean;
  disabled: boolean;
  /** Shown as missing (the form asked for an answer and there is none). */
  invalid: boolean;
  /** Ids of the texts that describe the field, or `nothing`. */
  describedBy: string | typeof nothing;
  /** The respondent typed: the new value (`undefined` when empty). */
  onInput(value: AnswerValue | undefined): void;
  /** The respondent left the field after changing it. */
  onChange(): void;
}

export interface KindView<Q extends Question = Question> {
  /** The answers to choose from, in the order the question lists them (rubric: by level). */
  choices(question: Q, ctx: ViewContext): Choice[];
  /** The field a kind that is not answered by choosing is answered in. */
  field?(question: Q, ctx: FieldContext): TemplateResult;
}

type KindViews = { readonly [K in QuestionKind]: KindView<Extract<Question, { kind: K }>> };

export const KIND_VIEWS: KindViews = {
  rubric: {
    choices: (question, { t, text, levels }) =>
      [...question.descriptors]
        .sort((a, b) => a.level - b.level)
        .map((d) => ({
          value: d.level,
          label:
            text(levels.find((l) => l.value === d.level)?.label) ||
            t('assessment.level', { level: d.level }),
          text: text(d.text),
        })),
  },
  choice: {
    choices: (question, { text }) =>
      question.options.map((o) => ({ value: o.id, label: text(o.label) })),
  },
  boolean: {
    choices: (question, { t }) =>
      QUESTION_KINDS.boolean.levels(question).map(([value]) => ({
        value,
        label: t(value === 'yes' ? 'assessment.answer.yes' : 'assessment.answer.no'),
      })),
  },
  text: {
    choices: () => [],
    field: (question, ctx) =>
      html`<textarea
        part="field"
        id="answer"
        rows="4"
        dir="auto"
        aria-labelledby="title"
        aria-describedby=${ctx.describedBy}
        aria-invalid=${ctx.invalid ? 'true' : nothing}
        maxlength=${question.maxLength ?? nothing}
        ?required=${ctx.required}
        ?disabled=${ctx.disabled}
        .value=${typeof ctx.value === 'string' ? ctx.value : ''}
        @input=${(e: Event) => {
          e.stopPropagation();
          ctx.onInput((e.target as HTMLTextAreaElement).value || undefined);
        }}
        @change=${() => ctx.onChange()}
      ></textarea>`,
  },
};

/** The view of a question's kind. */
export function viewOf<Q extends Question>(question: Q): KindView<Q> {
  return KIND_VIEWS[question.kind] as unknown as KindView<Q>;
}

/**
 * A value as the question's kind answers: attributes and restored form state give text,
 * so `"3"` becomes level 3 where the kind's answers are numbers, and a number becomes text
 * where they are not.
 */
export function answerAs(
  question: Question,
  value: AnswerValue | undefined,
): AnswerValue | undefined {
  if (typeof value !== 'number') return value;
  const numeric = kindOf(question)
    .levels(question)
    .some(([answer]) => typeof answer === 'number');
  return numeric ? value : String(value);
}
