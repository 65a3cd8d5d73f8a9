/**
 * A room over the protocol, with Node clients: answers reach the facilitator, a team's plan
 * merges two members' edits, the shared view reaches participants, a server restart loses
 * nothing, closing and deleting a room do what they say.
 */
import { newPlanAction } from '@dtc/schema';
import { afterEach, describe, expect, it } from 'vitest';
import { closeRoom, deleteRoom, joinRoom, lookupRoom, RoomError } from '../src/client/index.js';
import {
  answered,
  cleanup,
  connect,
  framework,
  plan,
  testServer,
  until,
  workshop,
  type TestServer,
} from './helpers.js';

let server: TestServer | undefined;
const connections: { destroy(): void }[] = [];
afterEach(async () => {
  for (const c of connections.splice(0)) c.destroy();
  await server?.close();
  if (server) cleanup(server.dir);
  server = undefined;
});
const keep = <T extends { destroy(): void }>(c: T): T => (connections.push(c), c);

describe('a workshop room', () => {
  it('brings a participant’s answers to the facilitator', async () => {
    server = await testServer();
    const { facilitator, participants } = await workshop(server.url, 2);
    const alice = keep(connect(participants[0]!));
    const store = alice.responseStore();
    expect(await store.load(framework)).toEqual({ status: 'empty' });
    const response = answered(5);
    expect(store.save({ response, drafts: { 'q:comment': 'half typed' } })).toBe(true);

    const admin = keep(connect(facilitator));
    const roster = admin.roster();
    await roster.ready;
    const ids = await until(
      () => Object.keys(roster.get()).length === 2 && Object.keys(roster.get()),
      5000,
      'roster',
    );
    const pid = participants[0]!.role === 'participant' ? participants[0]!.participant : '';
    expect(ids).toContain(pid);
    expect(roster.get()[pid]).toMatchObject({ name: 'Participant 1', team: 't1' });
    const view = admin.participant(pid);
    const seen = await until(() => view.get().response, 5000, 'the response');
    expect(Object.keys(seen.answers)).toHaveLength(5);
    expect(seen.answers).toEqual(response.answers);
  });

  it('keeps both members’ edits to one plan: different actions, and different fields of one action', async () => {
    server = await testServer();
    const { participants } = await workshop(server.url, 3); // 1 and 3 are in team A
    const one = keep(connect(participants[0]!)).plan();
    const two = keep(connect(participants[2]!)).plan();
    await Promise.all([one.ready, two.ready]);
    const first = newPlanAction({
      id: 'a1',
      priority: 'c1',
      pillar: 'p1',
      title: 'Survey schools',
      horizon: 'short',
      targetLevel: 2,
      outcome: 'o1',
    });
    one.set({ ...plan('Team A plan'), actions: [first] });
    await until(() => two.get()?.actions.length === 1, 5000, 'the first action at member two');

    // At once: member one renames the action and adds another; member two sets its lead.
    const second = newPlanAction({
      id: 'a2',
      priority: 'c1',
      pillar: 'p2',
      title: 'Connect schools',
      horizon: 'medium',
      targetLevel: 3,
      outcome: 'o1',
    });
    const base = two.get()!;
    one.set({ ...base, actions: [{ ...first, title: 'Survey every school' }, second] });
    two.set({ ...base, actions: [{ ...base.actions[0]!, lead: 'Planning directorate' }] });

    const merged = await until(
      () => {
        const a = one.get();
        const b = two.get();
        return a &&
          b &&
          JSON.stringify(a) === JSON.stringify(b) &&
          a.actions.length === 2 &&
          a.actions[0]!.lead
          ? a
          : null;
      },
      5000,
      'both members to hold the merged plan',
    );
    expect(merged.actions.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(merged.actions[0]).toMatchObject({
      title: 'Survey every school',
      lead: 'Planning directorate',
    });
  });

  it('shares the group’s answers and the plans with participants only when the facilitator does', async () => {
    server = await testServer();
    const { facilitator, participants } = await workshop(server.url, 1);
    const admin = keep(connect(facilitator));
    const bob = keep(connect(participants[0]!)).room();
    await bob.ready;
    expect(bob.get().info).toMatchObject({ title: 'Regional workshop', closed: false });
    expect(bob.get().shared).toEqual({});
    const anonymous = answered(3);
    admin.share({ group: [anonymous], plans: { t1: plan('Team A plan') } });
    const shared = await until(() => bob.get().shared.group, 5000, 'the shared group');
    expect(shared).toHaveLength(1);
    expect(bob.get().shared.plans?.t1?.title).toBe('Team A plan');
    admin.share({});
    await until(() => bob.get().shared.group === undefined, 5000, 'sharing to stop');
  });

  it('loses nothing when the server restarts mid-workshop', async () => {
    server = await testServer();
    const { opened, participants, facilitator } = await workshop(server.url, 1);
    const alice = keep(connect(participants[0]!));
    const store = alice.responseStore();
    await store.load(framework);
    store.save({ response: answered(4), drafts: {} });
    await until(
      () => alice.status.unsynced === 0 && alice.status.connection === 'online',
      5000,
      'the server to confirm',
    );
    const { dir, file, port } = server;
    await server.close();
    // While the server is down, the participant goes on answering.
    store.save({ response: answered(10), drafts: {} });
    server = await testServer({ database: file, port }, dir);
    await until(
      () => alice.status.connection === 'online' && alice.status.unsynced === 0,
      15000,
      'the reconnection',
    );
    const admin = keep(connect(facilitator));
    const pid = participants[0]!.role === 'participant' ? participants[0]!.participant : '';
    const view = admin.participant(pid);
    const seen = await until(
      () => {
        const r = view.get().response;
        return r && Object.keys(r.answers).length === 10 ? r : null;
      },
      10000,
      'ten answers at the facilitator',
    );
    expect(Object.keys(seen.answers)).toHaveLength(10);
    expect(opened.code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  });

  it('looks a room up by its code before joining, and refuses a wrong one', async () => {
    server = await testServer();
    const { opened } = await workshop(server.url, 0);
    const found = await lookupRoom(server.url, opened.code.toLowerCase());
    expect(found).toMatchObject({
      title: 'Regional workshop',
      teams: [
        { id: 't1', name: 'Team A' },
        { id: 't2', name: 'Team B' },
      ],
    });
    await expect(lookupRoom(server.url, 'AAAAA-AAAAA')).rejects.toMatchObject({
      code: 'code-not-found',
    });
    await expect(
      joinRoom(server.url, { code: opened.code, name: 'X', team: 't9' }),
    ).rejects.toMatchObject({ code: 'unknown-team' });
  });

  it('closes a room: participants are refused, the facilitator still reads', async () => {
    server = await testServer();
    const { opened, facilitator, participants } = await workshop(server.url, 1);
    const alice = keep(connect(participants[0]!));
    const store = alice.responseStore();
    await store.load(framework);
    store.save({ response: answered(2), drafts: {} });
    await until(() => alice.status.unsynced === 0, 5000, 'sync');
    await closeRoom(facilitator);
    await until(
      () => alice.status.refusal?.reason === 'room-closed',
      5000,
      'the participant to be told',
    );
    await expect(
      joinRoom(server.url, { code: opened.code, name: 'Late', team: 't1' }),
    ).rejects.toMatchObject({ code: 'room-closed' });
    const admin = keep(connect(facilitator));
    const info = admin.room();
    await until(() => info.get().info?.closed === true, 5000, 'closed in the room document');
  });

  it('deletes a room: every row of it leaves the database', async () => {
    server = await testServer();
    const { facilitator, participants } = await workshop(server.url, 2);
    const alice = keep(connect(participants[0]!));
    const store = alice.responseStore();
    await store.load(framework);
    store.save({ response: answered(3), drafts: {} });
    const team = alice.plan();
    await team.ready;
    team.set(plan('Team A plan'));
    await until(() => alice.status.unsynced === 0, 5000, 'sync');
    // Stored once the debounce ran.
    await until(
      () => server!.database.rowsOfRoom(facilitator.room) >= 1 + 2 + 4,
      8000,
      'the documents stored',
    );
    await deleteRoom(facilitator);
    expect(server.database.rowsOfRoom(facilitator.room)).toBe(0);
    await until(
      () => alice.status.refusal?.reason === 'room-not-found',
      5000,
      'the participant to be told',
    );
    // Nothing comes back when the debounced stores would have run.
    await new Promise((r) => setTimeout(r, 1500));
    expect(server.database.rowsOfRoom(facilitator.room)).toBe(0);
    await expect(closeRoom(facilitator)).rejects.toBeInstanceOf(RoomError);
  });
});
