import { newFeedback, parseFeedback, setFeedbackItem } from '@dtc/schema';
import { describe, expect, it } from 'vitest';
import { framework, newResponse } from './data.js';
import {
  feedbackFile,
  feedbackFileCsv,
  hasFeedback,
  workshopFeedbackCsv,
  workshopFeedbackJson,
} from './feedback-export.js';
import type { Assessment, Participant } from './storage.js';

const AT = '2026-03-25T10:00:00.000Z';
const questions = framework.pillars[0]!.components[0]!.questions;
const first = questions[0]!;
const second = questions[1]!;

function record(): Assessment {
  let questionFeedback = newFeedback(framework, 'a1');
  questionFeedback = setFeedbackItem(
    questionFeedback,
    first.id,
    { kinds: ['unclear', 'missing'], comment: '=HYPERLINK("http://x")' },
    AT,
  );
  questionFeedback = setFeedbackItem(questionFeedback, second.id, { kinds: ['not-relevant'] }, AT);
  return {
    id: 'a1',
    createdAt: AT,
    updatedAt: AT,
    response: newResponse({ role: 'school', country: 'SEN' }, 'Dakar, team 1'),
    feedback: { questions: 4, methods: null, usefulness: 5, comment: 'Useful', updatedAt: AT },
    questionFeedback,
  };
}

describe('the feedback files', () => {
  it('give a dtc.feedback file with the questions’ feedback and the form, that parses', () => {
    const file = feedbackFile(record());
    expect(file).toMatchObject({
      format: 'dtc.feedback',
      version: 1,
      assessment: 'a1',
      framework: { id: framework.id, version: framework.version },
      items: [
        { question: first.id, kinds: ['unclear', 'missing'] },
        { question: second.id, kinds: ['not-relevant'] },
      ],
      form: { questions: 4, usefulness: 5, comment: 'Useful', at: AT },
    });
    expect(file.form).not.toHaveProperty('methods');
    expect(parseFeedback(JSON.stringify(file), framework)).toEqual({ ok: true, value: file });
  });

  it('give a CSV with a row per question and one for the form, safe from formulas', () => {
    const lines = feedbackFileCsv(record())
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]).toBe(
      'row,participant,role,country,question_id,question,unclear,not_relevant,missing,' +
        'rating_questions,rating_methods,rating_usefulness,comment,at',
    );
    expect(lines[1]).toContain(`question,"Dakar, team 1",school,SEN,${first.id},`);
    expect(lines[1]).toContain(`,yes,,yes,,,,"'=HYPERLINK(""http://x"")",${AT}`);
    expect(lines[2]).toContain(`,${second.id},`);
    expect(lines[2]).toContain(`,,yes,,,,,,${AT}`);
    expect(lines[3]).toBe(`form,"Dakar, team 1",school,SEN,,,,,,4,,5,Useful,${AT}`);
    expect(lines).toHaveLength(5);
  });

  it('are offered only when there is feedback', () => {
    const r = record();
    expect(hasFeedback(r)).toBe(true);
    expect(hasFeedback({ ...r, feedback: undefined })).toBe(true);
    expect(hasFeedback({ ...r, questionFeedback: undefined })).toBe(true);
    expect(hasFeedback({ ...r, feedback: undefined, questionFeedback: undefined })).toBe(false);
    const onlyForm = { ...r, questionFeedback: undefined };
    expect(feedbackFile(onlyForm).items).toEqual([]);
  });
});

describe('a workshop’s feedback', () => {
  it('is every participant’s file in one JSON array, and their rows in one CSV', () => {
    const r = record();
    const participant = (id: string, label: string, extra: Partial<Participant> = {}) =>
      ({
        id,
        addedAt: AT,
        label,
        source: 'file',
        response: r.response,
        feedback: r.feedback,
        questionFeedback: { ...r.questionFeedback!, assessment: id },
        ...extra,
      }) as Participant;
    const group = [
      participant('p1', 'Amina'),
      participant('p2', 'Moussa', { feedback: undefined }),
      participant('p3', 'Silent', { feedback: undefined, questionFeedback: undefined }),
    ];
    const files = JSON.parse(workshopFeedbackJson(group)) as unknown[];
    expect(files.map((f) => parseFeedback(f, framework).ok)).toEqual([true, true]);
    expect(files.map((f) => (f as { assessment: string }).assessment)).toEqual(['p1', 'p2']);
    const rows = workshopFeedbackCsv(group).trimEnd().split('\r\n').slice(1);
    expect(rows.map((l) => l.split(',').slice(0, 2).join(','))).toEqual([
      'question,Amina',
      'question,Amina',
      'form,Amina',
      'question,Moussa',
      'question,Moussa',
    ]);
  });
});

describe('docs/feedback-format.md', () => {
  it('has an example that names questions of the bundled framework', async () => {
    const { readFileSync } = await import('node:fs');
    const page = readFileSync(new URL('../../../docs/feedback-format.md', import.meta.url), 'utf8');
    const read = parseFeedback(/```json\n([\s\S]*?)\n```/.exec(page)![1]!, framework);
    expect(read.ok ? [] : read.issues).toEqual([]);
  });
});
