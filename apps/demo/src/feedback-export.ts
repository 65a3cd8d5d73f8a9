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
  type Response,
} from '@dtc/schema';
import { csvFile } from './csv.js';
import { framework, tx } from './data.js';
import { labelOf, type Assessment, type Feedback, type Participant } from './storage.js';

/** What the files are made from: a stored assessment, or a workshop's participant. */
type Source = Pick<Assessment, 'id' | 'response' | 'feedback' | 'questionFeedback'>;

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
export function hasFeedback(record: Source | undefined): boolean {
  return !!record && (!!record.feedback || !!record.questionFeedback?.items.length);
}

/** All the feedback of an assessment, as one `dtc.feedback` file (`parseFeedback` reads it). */
export function feedbackFile(record: Source): QuestionFeedback {
  const base = record.questionFeedback ?? newFeedback(framework, record.id);
  return {
    ...base,
    assessment: base.assessment ?? record.id,
    ...(record.feedback ? { form: formOf(record.feedback) } : {}),
  };
}

const KIND_COLUMNS = FEEDBACK_KINDS.map((k) => k.replace(/-/g, '_'));

const HEADER = [
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
];

/** The CSV rows of one source: a row per question with feedback, then one for the form. */
function feedbackRows(record: Source, label: string): (string | number | undefined)[][] {
  const file = feedbackFile(record);
  const r: Response['respondent'] = record.response.respondent;
  const who = [label, r.role, r.country ?? ''];
  const questions = indexQuestions(framework);
  const rows: (string | number | undefined)[][] = file.items.map((item) => [
    'question',
    ...who,
    item.question,
    tx(questions.get(item.question)?.question.title),
    ...FEEDBACK_KINDS.map((k) => (item.kinds.includes(k) ? 'yes' : '')),
    ...FEEDBACK_ASPECTS.map(() => ''),
    item.comment ?? '',
    item.at,
  ]);
  const form = file.form;
  if (form)
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
  return rows;
}

/**
 * The same as CSV: one row per question with feedback (the question's title in the page's
 * language), then one row with the answers to the form. Text is kept from running as a
 * spreadsheet formula (`csvFile`).
 */
export function feedbackFileCsv(record: Assessment): string {
  return csvFile([HEADER, ...feedbackRows(record, labelOf(record))]);
}

/** A workshop's participants who gave feedback (on the questions or in the form). */
export function withFeedback(participants: readonly Participant[]): Participant[] {
  return participants.filter((p) => hasFeedback(p));
}

/** The feedback of a workshop's participants: a JSON array of `dtc.feedback` files. */
export function workshopFeedbackJson(participants: readonly Participant[]): string {
  return JSON.stringify(withFeedback(participants).map(feedbackFile), null, 2) + '\n';
}

/** The same as one CSV, the rows of each participant in turn. */
export function workshopFeedbackCsv(participants: readonly Participant[]): string {
  return csvFile([HEADER, ...withFeedback(participants).flatMap((p) => feedbackRows(p, p.label))]);
}
