/**
 * The feedback of an assessment as files for the workshop's organisers: one `dtc.feedback`
 * file (feedback on the questions, and the answers to the feedback form), and the same as CSV,
 * one row per question with feedback and one for the form. Made in the browser: nothing is sent.
 */
import {
  FEEDBACK_ASPECTS,
  FEEDBACK_KINDS,
  indexQuestions,
  newFeedback,
  type FeedbackForm,
  type QuestionFeedback,
} from '@dtc/schema';
import { csvFile } from './csv.js';
import { framework, tx } from './data.js';
import { labelOf, type Assessment, type Feedback } from './storage.js';

/** The demo's feedback form in the file's terms: unrated aspects and an empty comment left out. */
function formOf(feedback: Feedback): FeedbackForm {
  const form: FeedbackForm = {};
  for (const aspect of FEEDBACK_ASPECTS) {
    const rating = feedback[aspect];
    if (typeof rating === 'number') form[aspect] = rating;
  }
  if (feedback.comment.trim()) form.comment = feedback.comment;
  if (feedback.updatedAt) form.at = feedback.updatedAt;
  return form;
}

/** Whether an assessment has any feedback to download. */
export function hasFeedback(record: Assessment | undefined): boolean {
  return !!record && (!!record.feedback || !!record.questionFeedback?.items.length);
}

/** All the feedback of an assessment, as one `dtc.feedback` file (`parseFeedback` reads it). */
export function feedbackFile(record: Assessment): QuestionFeedback {
  const base = record.questionFeedback ?? newFeedback(framework, record.id);
  return {
    ...base,
    assessment: record.id,
    ...(record.feedback ? { form: formOf(record.feedback) } : {}),
  };
}

const KIND_COLUMNS = FEEDBACK_KINDS.map((k) => k.replace(/-/g, '_'));

/**
 * The same as CSV: one row per question with feedback (the question's title in the page's
 * language), then one row with the answers to the form. Text is kept from running as a
 * spreadsheet formula (`csvFile`).
 */
export function feedbackFileCsv(record: Assessment): string {
  const file = feedbackFile(record);
  const r = record.response.respondent;
  const who = [labelOf(record), r.role, r.country ?? ''];
  const questions = indexQuestions(framework);
  const rows: (string | number | undefined)[][] = [
    [
      'row',
      'participant',
      'role',
      'country',
      'question_id',
      'question',
      ...KIND_COLUMNS,
      ...FEEDBACK_ASPECTS.map((a) => `rating_${a}`),
      'comment',
      'at',
    ],
  ];
  for (const item of file.items) {
    rows.push([
      'question',
      ...who,
      item.question,
      tx(questions.get(item.question)?.question.title),
      ...FEEDBACK_KINDS.map((k) => (item.kinds.includes(k) ? 'yes' : '')),
      ...FEEDBACK_ASPECTS.map(() => ''),
      item.comment ?? '',
      item.at,
    ]);
  }
  if (file.form) {
    const form = file.form;
    rows.push([
      'form',
      ...who,
      '',
      '',
      ...FEEDBACK_KINDS.map(() => ''),
      ...FEEDBACK_ASPECTS.map((a) => form[a]),
      form.comment ?? '',
      form.at ?? '',
    ]);
  }
  return csvFile(rows);
}
