/**
 * What a document may hold: only fields the formats know. Reading drops an unknown field, so
 * a document that kept one would pass it to everyone unchecked.
 */
import { newPlanAction } from '@dtc/schema';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  validateDocument,
  writeParticipant,
  writePlan,
  writeRoom,
} from '../src/shared/documents.js';
import { answered, framework, plan, questions } from './helpers.js';

const action = newPlanAction({
  id: 'a1',
  priority: framework.pillars[0]!.components[0]!.id,
  pillar: framework.pillars[0]!.id,
  title: 'Survey schools',
  horizon: 'short',
  targetLevel: 2,
  outcome: framework.outcomes![0]!.id,
});

describe('a document holds only what the formats know', () => {
  it('accepts a response, a plan and a shared view as the formats write them', () => {
    const participant = new Y.Doc();
    writeParticipant(participant, { response: answered(3), drafts: {} });
    expect(validateDocument(participant, 'participant')).toBeNull();
    const team = new Y.Doc();
    writePlan(team, { ...plan(), actions: [action] });
    expect(validateDocument(team, 'plan')).toBeNull();
  });

  it('refuses a response or an answer with a field of its own', () => {
    const doc = new Y.Doc();
    const response = answered(2);
    writeParticipant(doc, {
      response: { ...response, hidden: 'x' } as typeof response,
      drafts: {},
    });
    expect(validateDocument(doc, 'participant')).toMatchObject({
      code: 'invalid-content',
      path: 'response.hidden',
    });
    const other = new Y.Doc();
    const id = questions[0]!.id;
    const answers = { ...response.answers, [id]: { ...response.answers[id]!, note: 'x' } };
    writeParticipant(other, { response: { ...response, answers }, drafts: {} });
    expect(validateDocument(other, 'participant')).toMatchObject({
      path: `response.answers.${id}.note`,
    });
  });

  it('refuses an action with a field of its own, in a plan and in a shared plan', () => {
    const doc = new Y.Doc();
    writePlan(doc, { ...plan(), actions: [{ ...action, secret: 'x' } as typeof action] });
    expect(validateDocument(doc, 'plan')).toMatchObject({ path: 'plan.actions[0].secret' });
    const room = new Y.Doc();
    writeRoom(room, {
      info: {
        title: 'R',
        framework: { id: framework.id, version: framework.version },
        teams: [{ id: 't1', name: 'A' }],
        closed: false,
      },
      shared: { plans: { t1: { ...plan(), extra: 1 } as ReturnType<typeof plan> } },
    });
    expect(validateDocument(room, 'room')).toMatchObject({ path: 'shared.plans.t1.extra' });
  });
});
