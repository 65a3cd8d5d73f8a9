/**
 * Feedback on questions built and changed in code (the questionnaire's feedback panel),
 * kept apart from the zod schemas so that an element using them bundles no validator.
 */
import { FEEDBACK_FORMAT, FEEDBACK_KINDS, FEEDBACK_VERSION } from './constants.js';
import type { FrameworkRef } from './common.js';
import type { FeedbackItem, FeedbackKind, QuestionFeedback } from './feedback.js';

/** Empty feedback for a framework, and for an assessment when `assessment` is given. */
export function newFeedback(framework: FrameworkRef, assessment?: string): QuestionFeedback {
  return {
    format: FEEDBACK_FORMAT,
    version: FEEDBACK_VERSION,
    framework: { id: framework.id, version: framework.version },
    ...(assessment ? { assessment } : {}),
    items: [],
  };
}

/**
 * `feedback` with the item of `question` set to `kinds` and `comment` (kinds in their fixed
 * order, each once; a comment of spaces only is none) and stamped `at`; an item left with no
 * kind and no comment is removed. The other items keep their place; a new one goes last.
 */
export function setFeedbackItem(
  feedback: QuestionFeedback,
  question: string,
  change: { kinds: readonly FeedbackKind[]; comment?: string | undefined },
  at: string,
): QuestionFeedback {
  const kinds = FEEDBACK_KINDS.filter((k) => change.kinds.includes(k));
  const comment = change.comment?.trim() ? change.comment : undefined;
  const item: FeedbackItem | null =
    kinds.length || comment ? { question, kinds, ...(comment ? { comment } : {}), at } : null;
  const index = feedback.items.findIndex((i) => i.question === question);
  const items = [...feedback.items];
  if (index < 0) {
    if (item) items.push(item);
  } else if (item) items[index] = item;
  else items.splice(index, 1);
  return { ...feedback, items };
}

/** The item of `question`, if any. */
export function feedbackItemOf(
  feedback: QuestionFeedback | undefined,
  question: string,
): FeedbackItem | undefined {
  return feedback?.items.find((i) => i.question === question);
}
