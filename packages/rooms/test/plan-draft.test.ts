/**
 * A plan being written (an action just added, its title and outcome not typed yet) is kept by
 * a room, and shared; a plan whose structure is wrong is still refused.
 */
import { newActionPlan, newPlanAction } from '@dtc/schema';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readPlan, validateDocument, writePlan, writeRoom } from '../src/shared/documents.js';
import { framework } from './helpers.js';

const component = framework.pillars[0]!.components[0]!.id;
const draft = () => ({
  ...newActionPlan(framework, { priorities: [component] }),
  actions: [
    newPlanAction({
      id: 'a1',
      priority: component,
      pillar: framework.pillars[0]!.id,
      title: '',
      horizon: 'short',
      targetLevel: 2,
      outcome: '',
    }),
  ],
});

describe('a plan being written', () => {
  it('is valid in a plan document and reads back as typed', () => {
    const doc = new Y.Doc();
    writePlan(doc, draft());
    expect(validateDocument(doc, 'plan')).toBeNull();
    expect(readPlan(doc)?.actions[0]).toMatchObject({ id: 'a1', title: '', outcome: '' });
  });

  it('may be shared for the gallery walk', () => {
    const doc = new Y.Doc();
    writeRoom(doc, {
      info: {
        title: 'Room',
        framework: { id: framework.id, version: framework.version },
        teams: [{ id: 't1', name: 'A' }],
        closed: false,
      },
      shared: { plans: { t1: draft() } },
    });
    expect(validateDocument(doc, 'room')).toBeNull();
  });

  it('is refused when more than typed fields are wrong', () => {
    const doc = new Y.Doc();
    const plan = draft();
    writePlan(doc, { ...plan, actions: [{ ...plan.actions[0]!, horizon: 'someday' as 'short' }] });
    expect(validateDocument(doc, 'plan')).toMatchObject({ code: 'invalid-content' });
    expect(readPlan(doc)).toBeNull();
  });
});
