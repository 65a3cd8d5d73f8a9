/**
 * Valid documents with every text field filled, for the hostile-text suites (corpus.ts): the
 * bundled framework's English base with the optional texts it lacks, a response to it
 * (respondent, label, comments, evidence, text answers, rounds, a migration record), the
 * example plan with every optional text, question feedback, and workshop participants.
 */
import { sixPillarsBase } from '@dtc/framework/base';
import {
  PATTERNS,
  type ActionPlan,
  type Answer,
  type Framework,
  type HistoryEntry,
  type Question,
  type QuestionFeedback,
  type Response,
} from '@dtc/schema';
import examplePlan from '../../docs/examples/action-plan.json';
import type { Check } from './corpus.js';

export { PATTERNS };

const AT = '2026-03-25T09:30:00.000Z';
const en = (text: string) => ({ en: text });

/** The framework with a summary and help on every question, and every optional text set. */
export function xssFramework(): Framework {
  const fw = structuredClone(sixPillarsBase);
  fw.about ??= en('About');
  for (const list of [fw.vision.priorities, fw.vision.principles, fw.outcomes ?? []]) {
    for (const item of list) item.summary ??= en('Summary');
  }
  for (const q of fw.pillars.flatMap((p) => p.components.flatMap((c) => c.questions))) {
    q.summary ??= en('Summary');
    q.help ??= en('Help');
  }
  return fw;
}

function valueFor(q: Question, i: number): Answer['value'] {
  switch (q.kind) {
    case 'rubric':
      return 1 + (i % 4);
    case 'choice':
      return q.options[i % q.options.length]!.id;
    case 'boolean':
      return i % 2 ? 'yes' : 'no';
    case 'text':
      return 'A text answer';
  }
}

/** A response answering every question, each with a comment, evidence and confidence. */
export function xssResponse(fw: Framework): Response {
  const questions = fw.pillars.flatMap((p) => p.components.flatMap((c) => c.questions));
  const answer = (q: Question, i: number): Answer => ({
    value: valueFor(q, i),
    comment: 'A comment',
    evidence: ['https://example.org/evidence'],
    confidence: 'medium',
    answeredAt: AT,
  });
  const answers = Object.fromEntries(questions.map((q, i) => [q.id, answer(q, i)]));
  // Earlier answers, one of them to a text question (free text, as a migration record keeps too).
  const text = questions.find((q) => q.kind === 'text')!;
  const history: HistoryEntry[] = [...questions.slice(0, 12), text].map((q, i) => ({
    questionId: q.id,
    answer: answer(q, i + 1),
    replacedAt: AT,
    round: i % 2 ? 'After the deep dive' : 'Before the deep dive',
  }));
  return {
    format: 'dtc.response',
    version: 1,
    id: 'xss-response',
    label: 'National self-assessment',
    framework: { id: fw.id, version: fw.version },
    respondent: {
      role: 'other',
      roleDetail: 'Planning adviser',
      name: 'Awa Ndiaye',
      organisation: 'Ministry of Education',
      country: 'SEN',
    },
    answers,
    history,
    createdAt: AT,
    updatedAt: AT,
    migrations: [
      {
        from: { id: fw.id, version: '1.0.0' },
        to: { id: fw.id, version: fw.version },
        at: AT,
        answers: { [questions[0]!.id]: answer(questions[0]!, 0), [text.id]: answer(text, 0) },
        history: [
          {
            questionId: text.id,
            answer: answer(text, 1),
            replacedAt: AT,
            round: 'Earlier round',
          },
        ],
      },
    ],
  };
}

/** docs/examples/action-plan.json with every optional text of every action and member. */
export function xssPlan(): ActionPlan {
  const plan = structuredClone(examplePlan) as unknown as ActionPlan;
  for (const m of plan.team) {
    m.title ??= 'Title';
    m.organisation ??= 'Organisation';
  }
  for (const a of plan.actions) {
    a.owner ||= 'Owner';
    a.notes ??= 'Notes';
    a.lead ??= 'Lead';
    a.risks ??= 'Risks';
    a.alignment = { objective: 'Objective', budgetLine: 'Budget line', ...a.alignment };
    for (const i of a.indicators) {
      i.unit ||= 'Unit';
      i.source ??= 'Source';
    }
  }
  for (const h of plan.history) {
    h.by ||= 'Someone';
    h.detail ??= 'Detail';
  }
  return plan;
}

/** Feedback on a few questions, each with a comment, and the workshop form's comment. */
export function xssQuestionFeedback(fw: Framework): QuestionFeedback {
  const questions = fw.pillars.flatMap((p) => p.components.flatMap((c) => c.questions));
  return {
    format: 'dtc.feedback',
    version: 1,
    framework: { id: fw.id, version: fw.version },
    assessment: 'xss-response',
    items: questions.slice(0, 6).map((q) => ({
      question: q.id,
      kinds: ['unclear'],
      comment: 'A comment on the question',
      at: AT,
    })),
    form: { questions: 4, methods: 3, usefulness: 5, comment: 'A comment on the workshop', at: AT },
  };
}

/** What a workshop holds beside its participants' files: their labels and a team's name. */
export interface WorkshopTexts {
  participants: string[];
  team: string;
  feedback: string[];
}

export function xssWorkshop(): WorkshopTexts {
  return {
    participants: ['Senegal, education', 'Senegal, ICT', 'Morocco, education'],
    team: 'Senegal',
    feedback: ['Useful', 'Too long', 'Clear'],
  };
}

/** A check for a document with no schema (always valid). */
export const anything: Check = () => ({ ok: true });
