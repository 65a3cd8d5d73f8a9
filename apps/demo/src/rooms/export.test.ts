import { sixPillars } from '@dtc/framework';
import {
  newActionPlan,
  newFeedback,
  newPlanAction,
  parseResponse,
  type ActionPlan,
  type Response,
} from '@dtc/schema';
import { describe, expect, it } from 'vitest';
import { parseImport } from '../exchange.js';
import { finishedPlan, roomExport, type RoomContent } from './export.js';

const framework = sixPillars;
const questions = framework.pillars.flatMap((p) => p.components.flatMap((c) => c.questions));
const rubric = questions.filter((q) => q.kind === 'rubric');
const component = framework.pillars[0]!.components[0]!;
const AT = '2026-03-25T09:00:00.000Z';

function answered(name: string, count: number, level: number): Response {
  const answers = Object.fromEntries(
    rubric.slice(0, count).map((q) => [q.id, { value: level, answeredAt: AT }]),
  );
  const parsed = parseResponse({
    format: 'dtc.response',
    version: 1,
    framework: { id: framework.id, version: framework.version },
    respondent: { role: 'ministry-education', name },
    answers,
    history: [],
    createdAt: AT,
    updatedAt: AT,
  });
  if (!parsed.ok) throw new Error('test response');
  return parsed.value;
}

const action = (id: string, title: string, outcome: string) =>
  newPlanAction({
    id,
    priority: component.id,
    pillar: framework.pillars[0]!.id,
    title,
    horizon: 'short',
    targetLevel: 2,
    outcome,
  });

const outcome = framework.outcomes?.[0]?.id ?? 'learning';

function plan(title: string, actions = [action('a1', 'Survey every school', outcome)]): ActionPlan {
  return { ...newActionPlan(framework, { priorities: [component.id] }), title, actions };
}

const ref = { id: framework.id, version: framework.version };

function room(): RoomContent {
  return {
    teams: [
      { id: 't1', name: 'Senegal' },
      { id: 't2', name: 'Morocco' },
    ],
    roster: {
      p1: { name: 'Awa', team: 't1', joinedAt: AT },
      p2: { name: 'Moussa', team: 't1', joinedAt: AT },
      p3: { name: 'Salma', team: 't2', joinedAt: AT },
    },
    participants: {
      p1: {
        response: answered('Awa', 12, 3),
        feedback: {
          ...newFeedback(ref),
          items: [{ question: rubric[0]!.id, kinds: ['unclear'], at: AT }],
          form: { questions: 4, methods: 5, usefulness: 3, comment: 'Useful day', at: AT },
        },
      },
      p2: { response: answered('Moussa', 5, 2), feedback: null },
      // p3 joined and answered nothing yet.
    },
    plans: {
      t1: plan('Senegal plan'),
      t2: plan('Morocco plan', [
        action('b1', 'Connect schools', outcome),
        action('b2', '', ''), // added, not written yet
      ]),
    },
  };
}

describe('a room’s export', () => {
  it('is read back by the demo’s import: every response, plan and feedback', () => {
    const { file, unfinished } = roomExport(room(), (name, team) => `${name} (${team})`);
    const items = parseImport(JSON.stringify(file), framework);
    expect(items.map((i) => i.id)).toEqual(['p1', 'p2', 'p3']);
    expect(items.map((i) => i.label)).toEqual([
      'Awa (Senegal)',
      'Moussa (Senegal)',
      'Salma (Morocco)',
    ]);
    expect(Object.keys(items[0]!.response.answers)).toHaveLength(12);
    expect(items[0]!.response.answers).toEqual(room().participants.p1!.response!.answers);
    expect(Object.keys(items[1]!.response.answers)).toHaveLength(5);
    expect(Object.keys(items[2]!.response.answers)).toHaveLength(0);
    expect(items[2]!.response.respondent.name).toBe('Salma');
    // Each member carries their team's plan.
    expect(items[0]!.plan?.title).toBe('Senegal plan');
    expect(items[1]!.plan).toEqual(items[0]!.plan);
    expect(items[2]!.plan?.actions.map((a) => a.id)).toEqual(['b1']);
    expect(unfinished).toEqual([{ team: { id: 't2', name: 'Morocco' }, actions: 1 }]);
    // Feedback: the form's ratings as the demo keeps them, and the feedback on questions.
    expect(items[0]!.feedback).toEqual({
      questions: 4,
      methods: 5,
      usefulness: 3,
      comment: 'Useful day',
      updatedAt: AT,
    });
    expect(items[0]!.questionFeedback?.items).toEqual([
      { question: rubric[0]!.id, kinds: ['unclear'], at: AT },
    ]);
    expect(items[1]!.feedback).toBeUndefined();
  });

  it('leaves out only the actions the import would refuse', () => {
    const draft = plan('Draft', [action('a1', 'Done', outcome), action('a2', '', outcome)]);
    draft.actions[0] = { ...draft.actions[0]!, dependsOn: ['a2'] };
    const finished = finishedPlan(draft);
    expect(finished?.left).toBe(1);
    expect(finished?.plan.actions).toHaveLength(1);
    expect(finished?.plan.actions[0]!.dependsOn).toEqual([]);
    expect(finishedPlan(plan('Whole'))?.left).toBe(0);
  });
});
