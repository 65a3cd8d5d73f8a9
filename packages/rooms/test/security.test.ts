/**
 * What the room server refuses, tried with crafted clients: a participant's token on documents
 * that are not theirs (another participant's response, another room, the roster, another
 * team's plan, the room's shared document as a writer), forged tokens; then messages no honest
 * client sends (oversized, garbled, off-schema, awareness, a flood); then the HTTP API's limits.
 *
 * Each refusal is checked the same way: the client is told why, the server logs it, and nothing
 * of it is merged: the server's document, the stored one and another client's copy stay as
 * they were (a later, allowed change that reaches them proves the refused one had its chance).
 */
import { newPlanAction } from '@dtc/schema';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { RoomConnection, RoomSession } from '../src/client/index.js';
import { writeParticipant, writePlan, writeRoom } from '../src/shared/documents.js';
import { CraftedClient, frame, SYNC, syncUpdate, TYPE } from './crafted-client.js';
import {
  answered,
  cleanup,
  connect,
  plan,
  testServer,
  until,
  workshop,
  type TestServer,
} from './helpers.js';

// Hocuspocus reports every refused message on the console as it closes the connection; the
// refusals are what these tests do, and the server's own log (`events`) is what they check.
const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
afterAll(() => consoleError.mockRestore());

const participantOf = (s: RoomSession): string => (s.role === 'participant' ? s.participant : '');

/** A document's content as plain data: its top-level names, and each one's value. */
function snapshot(doc: Y.Doc): Record<string, unknown> {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const out: Record<string, unknown> = {};
  for (const name of [...copy.share.keys()].sort()) {
    const type = copy.share.get(name)!;
    // A top-level name nobody read yet is a plain type: show its entries through a map view.
    out[name] = type instanceof Y.Array ? type.toJSON() : copy.getMap(name).toJSON();
  }
  copy.destroy();
  return out;
}

/** The server's in-memory copy of `name`. */
function live(server: TestServer, name: string): Y.Doc {
  const doc = server.hocuspocus.documents.get(name);
  if (!doc) throw new Error(`${name} is not open on the server`);
  return doc;
}

/** The stored copy of `name` (an empty document when nothing is stored). */
function stored(server: TestServer, name: string): Y.Doc {
  const doc = new Y.Doc();
  const state = server.database.loadDocument(name);
  if (state) Y.applyUpdate(doc, state);
  return doc;
}

const connections: RoomConnection[] = [];
const keep = (c: RoomConnection): RoomConnection => (connections.push(c), c);
const crafted: CraftedClient[] = [];
const client = (url: string): CraftedClient => {
  const c = new CraftedClient(url);
  crafted.push(c);
  return c;
};
afterAll(async () => {
  for (const c of connections.splice(0)) c.destroy();
  await Promise.all(crafted.splice(0).map((c) => c.close()));
});

describe('who may open what', { timeout: 60_000 }, () => {
  let server: TestServer;
  let room: Awaited<ReturnType<typeof workshop>>;
  let other: Awaited<ReturnType<typeof workshop>>;
  // participants[0] and [2] are in team t1, [1] in t2.
  const token = (i: number): string => room.participants[i]!.token;
  const pid = (i: number): string => participantOf(room.participants[i]!);

  beforeAll(async () => {
    server = await testServer();
    room = await workshop(server.url, 3);
    other = await workshop(server.url, 1);
  });
  afterAll(async () => {
    await server.close();
    cleanup(server.dir);
  });

  /**
   * Expects `token` to be refused on `name`: told `room-not-found`, logged, and sent nothing of
   * the document even when it asks (a later allowed document on the same socket answers first).
   */
  async function expectNoAccess(name: string, badToken: string): Promise<void> {
    const c = client(server.url);
    const before = server.events.length;
    expect(await c.authenticate(name, badToken)).toEqual({ ok: false, reason: 'room-not-found' });
    await c.send(
      frame(name, (e) => {
        encoding.writeVarUint(e, TYPE.sync);
        encoding.writeVarUint(e, SYNC.step1);
        encoding.writeVarUint8Array(e, new Uint8Array([0]));
      }),
    );
    // Messages of one socket are handled in order: once an allowed document answered, the
    // refused one had its turn.
    const shared = `${room.facilitator.room}/room`;
    const allowed = name === shared ? `${room.facilitator.room}/participant/${pid(0)}` : shared;
    expect(await c.authenticate(allowed, token(0))).toMatchObject({ ok: true });
    await c.sync(allowed);
    const side = c.side(name);
    expect(side.received).toBe(0);
    expect(snapshot(side.doc)).toEqual({});
    expect(server.events.slice(before)).toContainEqual(
      expect.objectContaining({
        event: expect.stringMatching(/^refused-(access|token)$/),
        document: name,
      }),
    );
  }

  it('keeps another participant’s response from a participant', async () => {
    // Something to hide first.
    const owner = keep(connect(room.participants[1]!));
    const store = owner.responseStore();
    await store.ready;
    store.save({ response: answered(3), drafts: { 'q:comment': 'private draft' } });
    await until(
      () => owner.status.unsynced === 0,
      10_000,
      'the owner’s answers to reach the server',
    );
    await expectNoAccess(`${room.facilitator.room}/participant/${pid(1)}`, token(0));
  });

  it('keeps another room’s documents from a participant', async () => {
    const theirs = other.facilitator.room;
    await expectNoAccess(`${theirs}/room`, token(0));
    await expectNoAccess(`${theirs}/roster`, token(0));
    await expectNoAccess(
      `${theirs}/participant/${participantOf(other.participants[0]!)}`,
      token(0),
    );
    await expectNoAccess(`${theirs}/plan/t1`, token(0));
    // …and this room's documents from the other room's participant.
    await expectNoAccess(`${room.facilitator.room}/room`, other.participants[0]!.token);
  });

  it('shows the roster to the facilitator only', async () => {
    const name = `${room.facilitator.room}/roster`;
    await expectNoAccess(name, token(0));
    const c = client(server.url);
    expect(await c.authenticate(name, room.facilitator.token)).toEqual({
      ok: true,
      scope: 'readonly',
    });
    const roster = await c.sync(name);
    expect(Object.keys(roster.getMap('participants').toJSON())).toHaveLength(3);
  });

  it('keeps another team’s plan from a participant, and lets them write their own', async () => {
    await expectNoAccess(`${room.facilitator.room}/plan/t2`, token(0));
    await expectNoAccess(`${room.facilitator.room}/plan/t1`, token(1));
    const c = client(server.url);
    expect(await c.authenticate(`${room.facilitator.room}/plan/t1`, token(2))).toEqual({
      ok: true,
      scope: 'read-write',
    });
  });

  it('refuses forged and garbled tokens, and a facilitator token of another room', async () => {
    const r = room.facilitator.room;
    const [, , , secret] = token(0).split('.');
    const adminSecret = room.facilitator.token.split('.')[2]!;
    const forged = [
      '',
      'garbage',
      'p.x.y',
      'p...',
      `p.${r}.${pid(0)}.${'A'.repeat(43)}`, // the right shape, a wrong secret
      `p.${r}.${pid(1)}.${secret}`, // participant 0's secret, participant 1's id
      `f.${r}.${secret}`, // a participant's secret as the facilitator's
      `f.${r}.${adminSecret}x`,
      `f.${other.facilitator.room}.${adminSecret}`, // the right secret on another room
      'x'.repeat(10_000),
      '\u0000\uffff',
      other.facilitator.token, // the other room's facilitator
    ];
    for (const bad of forged) {
      await expectNoAccess(`${r}/roster`, bad);
      await expectNoAccess(`${r}/participant/${pid(0)}`, bad);
    }
    // The other room's facilitator cannot use this room's HTTP API either.
    for (const [method, path] of [
      ['GET', ''],
      ['POST', '/code'],
      ['POST', '/close'],
      ['DELETE', ''],
    ] as const) {
      const answer = await fetch(`${server.url}/api/rooms/${r}${path}`, {
        method,
        headers: { authorization: `Bearer ${other.facilitator.token}` },
      });
      expect(answer.status, `${method} ${path}`).toBe(404);
      expect(await answer.json()).toMatchObject({ error: 'room-not-found' });
    }
    expect(server.database.room(r)?.closed).toBe(false);
  });

  it('lets a participant read the room’s shared document but not change it', async () => {
    const name = `${room.facilitator.room}/room`;
    const c = client(server.url);
    expect(await c.authenticate(name, token(0))).toEqual({ ok: true, scope: 'readonly' });
    const copy = await c.sync(name);
    expect(copy.getMap('info').get('title')).toBe('Regional workshop');
    const before = snapshot(live(server, name));
    const beforeVector = Y.encodeStateVector(live(server, name));

    const forged = new Y.Doc();
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(copy));
    const vector = Y.encodeStateVector(forged);
    writeRoom(forged, { info: { title: 'Taken over' }, shared: { group: [answered(2)] } });
    const update = Y.encodeStateAsUpdate(forged, vector);
    // As an update and as a sync step 2: neither is applied.
    expect(await c.sendUpdate(name, update)).toEqual({ applied: false });
    expect(await c.sendAndWait(name, syncUpdate(name, update, SYNC.step2))).toEqual({
      applied: false,
    });
    expect(snapshot(live(server, name))).toEqual(before);
    expect(Y.encodeStateVector(live(server, name))).toEqual(beforeVector);

    // A third client, and the stored copy, see the facilitator's next change and not the forged one.
    const third = keep(connect(room.participants[1]!)).room();
    await third.ready;
    keep(connect(room.facilitator)).share({ plans: { t1: plan('Shared plan') } });
    await until(
      () => third.get().shared.plans?.t1,
      10_000,
      'the facilitator’s change at the third client',
    );
    expect(third.get().info?.title).toBe('Regional workshop');
    expect(third.get().shared.group).toBeUndefined();
    await until(
      () => stored(server, name).getMap('shared').get('plans'),
      15_000,
      'the change to be stored',
    );
    expect(stored(server, name).getMap('info').get('title')).toBe('Regional workshop');
    expect(stored(server, name).getMap('shared').get('group')).toBeUndefined();
  });

  it('lets the facilitator read a response but not change it', async () => {
    const name = `${room.facilitator.room}/participant/${pid(1)}`;
    const c = client(server.url);
    expect(await c.authenticate(name, room.facilitator.token)).toEqual({
      ok: true,
      scope: 'readonly',
    });
    const copy = await c.sync(name);
    expect(copy.getMap('drafts').get('q:comment')).toBe('private draft');
    const before = snapshot(live(server, name));
    const update = (() => {
      const vector = Y.encodeStateVector(copy);
      writeParticipant(copy, { drafts: { 'q:comment': 'changed by someone else' } });
      return Y.encodeStateAsUpdate(copy, vector);
    })();
    expect(await c.sendUpdate(name, update)).toEqual({ applied: false });
    expect(snapshot(live(server, name))).toEqual(before);
  });
});

describe('what a client may send', { timeout: 60_000 }, () => {
  const limits = {
    messageBytes: 40_000,
    documentBytes: 60_000,
    // A slow refill, so that the allowance left after a flood is still spent when the test
    // sends its second burst, however busy the machine (30 messages need 6 s to come back).
    messagesPerSecond: 5,
    messageBurst: 60,
  };
  let server: TestServer;
  let room: Awaited<ReturnType<typeof workshop>>;
  let other: Awaited<ReturnType<typeof workshop>>;
  let name: string;
  let token: string;
  let attacker: CraftedClient;
  let observer: Y.Doc;
  let markers = 0;
  /** Whether the attacker's connection to its document is open (a refusal closes it). */
  let open = false;

  beforeAll(async () => {
    server = await testServer({ limits });
    room = await workshop(server.url, 3);
    other = await workshop(server.url, 1);
    name = `${room.facilitator.room}/participant/${participantOf(room.participants[0]!)}`;
    token = room.participants[0]!.token;
    attacker = client(server.url);
    expect(await attacker.authenticate(name, token)).toEqual({ ok: true, scope: 'read-write' });
    await attacker.sync(name);
    open = true;
    // The participant's own, honest first answers.
    const first = craft((doc) => writeParticipant(doc, { response: answered(2), drafts: {} }));
    expect(await attacker.sendUpdate(name, first)).toEqual({ applied: true });
    Y.applyUpdate(attacker.side(name).doc, first);
    const admin = keep(connect(room.facilitator));
    const view = admin.open({ kind: 'participant', key: participantOf(room.participants[0]!) });
    await view.ready;
    observer = view.doc;
    await until(() => observer.getMap('answers').size === 2, 10_000, 'the facilitator’s copy');
  });
  afterAll(async () => {
    await server.close();
    cleanup(server.dir);
  });
  beforeEach(async () => {
    if (open) return;
    expect(await attacker.authenticate(name, token)).toEqual({ ok: true, scope: 'read-write' });
    open = true;
  });

  /** An update made on a copy of the attacker's view of the document (its own copy stays as the server has it). */
  function craft(change: (doc: Y.Doc) => void): Uint8Array {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(attacker.side(name).doc));
    const vector = Y.encodeStateVector(copy);
    change(copy);
    const update = Y.encodeStateAsUpdate(copy, vector);
    copy.destroy();
    return update;
  }

  /**
   * Sends `message` and expects it refused with `reason`: the connection closed with it, the
   * refusal logged, the server's document unchanged; then an allowed change from the same
   * participant reaches the facilitator and the database, and the refused one never does.
   */
  async function expectRefused(message: Uint8Array, reason: string): Promise<void> {
    const before = snapshot(live(server, name));
    const vector = Y.encodeStateVector(live(server, name));
    const logged = server.events.length;
    const answer = await attacker.sendAndWait(name, message);
    if ('closed' in answer) open = false;
    expect(answer).toEqual({ closed: reason });
    expect(server.events.slice(logged)).toContainEqual(
      expect.objectContaining({ reason, document: name }),
    );
    expect(snapshot(live(server, name))).toEqual(before);
    expect(Y.encodeStateVector(live(server, name))).toEqual(vector);
    await allowedChangeArrives();
  }

  /** The attacker's connection again, and an allowed change that reaches everyone. */
  async function allowedChangeArrives(): Promise<void> {
    if (!open)
      expect(await attacker.authenticate(name, token)).toEqual({ ok: true, scope: 'read-write' });
    open = true;
    const key = `marker-${(markers += 1)}`;
    const marker = craft((doc) => doc.getMap('drafts').set(key, 'allowed'));
    expect(await attacker.sendUpdate(name, marker)).toEqual({ applied: true });
    Y.applyUpdate(attacker.side(name).doc, marker);
    await until(
      () => observer.getMap('drafts').get(key),
      10_000,
      'the allowed change at the facilitator',
    );
    expect(snapshot(observer)).toEqual(snapshot(live(server, name)));
    await until(
      () => stored(server, name).getMap('drafts').get(key),
      15_000,
      'the allowed change in the database',
    );
    expect(snapshot(stored(server, name))).toEqual(snapshot(live(server, name)));
  }

  it('refuses a message larger than messageBytes', async () => {
    const big = craft((doc) => doc.getMap('drafts').set('big', 'x'.repeat(limits.messageBytes)));
    expect(big.byteLength).toBeGreaterThan(limits.messageBytes);
    await expectRefused(syncUpdate(name, big), 'message-too-large');
    expect(JSON.stringify(snapshot(observer))).not.toContain('x'.repeat(100));
  });

  it('closes the socket on a message far larger than the limit', async () => {
    const c = client(server.url);
    expect(await c.authenticate(name, token)).toEqual({ ok: true, scope: 'read-write' });
    const before = snapshot(live(server, name));
    await c.send(syncUpdate(name, new Uint8Array(5 * limits.messageBytes)));
    await until(() => c.socketClosed, 10_000, 'the socket to close');
    expect(c.socketClosed?.code).toBe(1009);
    expect(snapshot(live(server, name))).toEqual(before);
  });

  it('refuses a change that makes the document larger than documentBytes', async () => {
    // 6 drafts of 5,000 characters (the most a draft may hold) fit; 6 more do not.
    const drafts = (from: number) => (doc: Y.Doc) => {
      for (let i = from; i < from + 6; i += 1)
        doc.getMap('drafts').set(`d${i}`, String(i % 10).repeat(5000));
    };
    const fits = craft(drafts(0));
    expect(await attacker.sendUpdate(name, fits)).toEqual({ applied: true });
    Y.applyUpdate(attacker.side(name).doc, fits);
    await expectRefused(syncUpdate(name, craft(drafts(6))), 'document-too-large');
    expect(observer.getMap('drafts').has('d6')).toBe(false);
  });

  it('checks changes sent together on top of each other: two that fit alone but not together', async () => {
    // A server of its own with small limits, so that both messages arrive in one read.
    const small = await testServer({ limits: { messageBytes: 8_000, documentBytes: 10_000 } });
    try {
      const w = await workshop(small.url, 1);
      const own = `${w.facilitator.room}/participant/${participantOf(w.participants[0]!)}`;
      const c = client(small.url);
      expect(await c.authenticate(own, w.participants[0]!.token)).toEqual({
        ok: true,
        scope: 'read-write',
      });
      await c.sync(own);
      // The facilitator watches (and keeps the document open on the server).
      const watcher = client(small.url);
      expect(await watcher.authenticate(own, w.facilitator.token)).toEqual({
        ok: true,
        scope: 'readonly',
      });
      await watcher.sync(own);
      const part = (from: number): Uint8Array => {
        const copy = new Y.Doc();
        for (let i = from; i < from + 3; i += 1)
          copy.getMap('drafts').set(`d${i}`, String(i % 10).repeat(2000));
        return Y.encodeStateAsUpdate(copy);
      };
      const first = part(0);
      const second = part(3);
      expect(first.byteLength + 100).toBeLessThan(8_000);
      expect(first.byteLength + second.byteLength).toBeGreaterThan(10_000);
      // Both in one go: the server reads the second before it has applied the first.
      c.socket.send(syncUpdate(own, first));
      c.socket.send(syncUpdate(own, second));
      await until(
        () => c.side(own).closed.length > 0 || c.side(own).statuses.length >= 2,
        10_000,
        'the answers',
      );
      expect(c.side(own).closed).toEqual(['document-too-large']);
      const drafts = live(small, own).getMap('drafts');
      expect(drafts.has('d0')).toBe(true);
      expect(drafts.has('d3')).toBe(false);
      expect(Y.encodeStateAsUpdate(live(small, own)).byteLength).toBeLessThanOrEqual(10_000);
      await until(
        () => watcher.side(own).doc.getMap('drafts').has('d0'),
        10_000,
        'the first change at the facilitator',
      );
      expect(watcher.side(own).doc.getMap('drafts').has('d3')).toBe(false);
    } finally {
      await small.close();
      cleanup(small.dir);
    }
  });

  it('refuses random bytes inside a sync message', async () => {
    const bytes = new Uint8Array(2000);
    for (let i = 0; i < bytes.length; i += 1) bytes[i] = (i * 7919 + 13) % 251;
    await expectRefused(syncUpdate(name, bytes), 'invalid-update');
    // A truncated update: its length says more bytes than the message has.
    const truncated = syncUpdate(
      name,
      craft((doc) => doc.getMap('drafts').set('cut', 'short')),
    );
    await expectRefused(truncated.subarray(0, truncated.length - 3), 'message-not-accepted');
    expect(observer.getMap('drafts').has('cut')).toBe(false);
    // A frame that ends before its sync step.
    await expectRefused(
      frame(name, (e) => encoding.writeVarUint(e, TYPE.sync)),
      'message-not-accepted',
    );
  });

  it('refuses a change whose top-level type is not part of the document', async () => {
    await expectRefused(
      syncUpdate(
        name,
        craft((doc) => doc.getMap('secrets').set('note', 'hidden channel')),
      ),
      'invalid-update',
    );
    expect(server.events.at(-1)).toBeDefined();
    expect(observer.share.has('secrets')).toBe(false);
    await expectRefused(
      syncUpdate(
        name,
        craft((doc) => doc.getArray('answers').push(['not a map'])),
      ),
      'invalid-update',
    );
  });

  it('refuses a response that fails the schema: an answer of 99, a 6,000-character draft', async () => {
    const q = Object.keys(answered(1).answers)[0]!;
    const answer = observer.getMap('answers').get(q);
    expect(answer).toMatchObject({ value: 2 });
    await expectRefused(
      syncUpdate(
        name,
        craft((doc) => doc.getMap('answers').set(q, { value: 99 })),
      ),
      'invalid-update',
    );
    expect(observer.getMap('answers').get(q)).toEqual(answer);
    await expectRefused(
      syncUpdate(
        name,
        craft((doc) => doc.getMap('drafts').set('long', 'y'.repeat(6000))),
      ),
      'invalid-update',
    );
    await expectRefused(
      syncUpdate(
        name,
        craft((doc) => doc.getMap('response').delete('framework')),
      ),
      'invalid-update',
    );
    const refused = server.events.filter(
      (e) => e.event === 'refused-update' && e.reason === 'invalid-update',
    );
    expect(refused.some((e) => e.detail?.includes('answers'))).toBe(true);
  });

  it('refuses awareness and stateless messages', async () => {
    const awareness = frame(name, (e) => {
      encoding.writeVarUint(e, TYPE.awareness);
      encoding.writeVarUint8Array(e, new Uint8Array([1, 1, 2, 3, 2, 123, 125]));
    });
    await expectRefused(awareness, 'message-not-accepted');
    for (const type of [TYPE.stateless, TYPE.broadcastStateless]) {
      const stateless = frame(name, (e) => {
        encoding.writeVarUint(e, type);
        encoding.writeVarString(e, '{"to":"everyone"}');
      });
      await expectRefused(stateless, 'message-not-accepted');
    }
    // Sync step 4 ("sync reply") and an unknown sync step are not accepted either.
    await expectRefused(
      frame(name, (e) => {
        encoding.writeVarUint(e, 4);
        encoding.writeVarUint(e, SYNC.update);
        encoding.writeVarUint8Array(e, new Uint8Array([0, 0]));
      }),
      'message-not-accepted',
    );
  });

  it('refuses a plan with an invalid field', async () => {
    const plans = `${room.facilitator.room}/plan/t1`;
    const member = client(server.url);
    expect(await member.authenticate(plans, token)).toEqual({ ok: true, scope: 'read-write' });
    await member.sync(plans);
    const honest = member.change(plans, (doc) =>
      writePlan(doc, {
        ...plan('Team A plan'),
        actions: [
          newPlanAction({
            id: 'a1',
            priority: 'c1',
            pillar: 'p1',
            title: 'Survey schools',
            horizon: 'short',
            targetLevel: 2,
            outcome: 'o1',
          }),
        ],
      }),
    );
    expect(await member.sendUpdate(plans, honest)).toEqual({ applied: true });
    // The team's other member keeps the plan open, and sees the honest plan only.
    const mate = keep(connect(room.participants[2]!)).plan();
    await mate.ready;
    await until(() => mate.get()?.actions.length === 1, 10_000, 'the plan at a team member');
    const before = snapshot(live(server, plans));
    const bad = (change: (doc: Y.Doc) => void): Uint8Array => {
      const copy = new Y.Doc();
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(member.side(plans).doc));
      const vector = Y.encodeStateVector(copy);
      change(copy);
      return Y.encodeStateAsUpdate(copy, vector);
    };
    const attempts: [string, Uint8Array][] = [
      [
        'a horizon that does not exist',
        bad((doc) => (doc.getMap('actions').get('a1') as Y.Map<unknown>).set('horizon', 'someday')),
      ],
      [
        'a target level of 9',
        bad((doc) => (doc.getMap('actions').get('a1') as Y.Map<unknown>).set('targetLevel', 9)),
      ],
      ['an action that is not a map', bad((doc) => doc.getMap('actions').set('a2', 'plain text'))],
      ['a title that is not text', bad((doc) => doc.getMap('plan').set('title', { admin: true }))],
      ['a list in place of the plan’s map', bad((doc) => doc.getArray('plan').push(['hidden']))],
    ];
    for (const [what, update] of attempts) {
      const logged = server.events.length;
      const answer = await member.sendUpdate(plans, update);
      expect(answer, what).toEqual({ closed: 'invalid-update' });
      expect(server.events.slice(logged), what).toContainEqual(
        expect.objectContaining({
          event: 'refused-update',
          reason: 'invalid-update',
          document: plans,
        }),
      );
      expect(snapshot(live(server, plans)), what).toEqual(before);
      expect(await member.authenticate(plans, token)).toEqual({ ok: true, scope: 'read-write' });
    }
    // A last allowed change reaches the team member, and none of the refused ones did.
    const last = member.change(plans, (doc) =>
      (doc.getMap('actions').get('a1') as Y.Map<unknown>).set('lead', 'Planning directorate'),
    );
    expect(await member.sendUpdate(plans, last)).toEqual({ applied: true });
    await until(
      () => mate.get()?.actions[0]?.lead,
      10_000,
      'the allowed change at the team member',
    );
    expect(mate.get()?.actions).toHaveLength(1);
    expect(mate.get()?.actions[0]).toMatchObject({
      horizon: 'short',
      targetLevel: 2,
      lead: 'Planning directorate',
    });
    expect(mate.get()?.title).toBe('Team A plan');
  });

  it('refuses a flood of messages, keeps refusing after a new connection, and other rooms go on', async () => {
    // Meanwhile, in another room, a participant answers and its facilitator watches.
    const otherName = participantOf(other.participants[0]!);
    const theirs = keep(connect(other.participants[0]!));
    const store = theirs.responseStore();
    await store.ready;
    const watching = keep(connect(other.facilitator)).participant(otherName);
    await watching.ready;

    const before = snapshot(live(server, name));
    const logged = server.events.length;
    const flood = 10 * limits.messageBurst;
    const sent: number[] = [];
    // Each message a change of its own (a draft named after it), all sent at once.
    for (let i = 0; i < flood; i += 1) {
      sent.push(i);
      void attacker.send(
        syncUpdate(
          name,
          craft((doc) => doc.getMap('drafts').set(`flood-${i}`, 'x')),
        ),
      );
    }
    store.save({ response: answered(5), drafts: {} });
    await until(() => attacker.side(name).closed.includes('rate-limited'), 10_000, 'the refusal');
    open = false;
    expect(server.events.slice(logged)).toContainEqual(
      expect.objectContaining({ event: 'refused-message', reason: 'rate-limited', document: name }),
    );
    // The flood's refusal is logged once, not once per message.
    expect(
      server.events.slice(logged).filter((e) => e.reason === 'rate-limited').length,
    ).toBeLessThan(5);
    const merged = () =>
      Object.keys(live(server, name).getMap('drafts').toJSON()).filter((k) =>
        k.startsWith('flood-'),
      );
    // What got through is at most the burst (and what the rate refilled meanwhile); the rest is not merged.
    expect(merged().length).toBeLessThanOrEqual(limits.messageBurst + 5);
    expect(merged().length).toBeLessThan(flood);
    const admitted = merged().length;
    const afterFlood = snapshot(live(server, name));
    expect(Object.keys(afterFlood.drafts as object).length).toBe(
      Object.keys(before.drafts as object).length + admitted,
    );

    // A new connection does not refill the allowance: a second burst right away is refused too.
    expect(await attacker.authenticate(name, token)).toEqual({ ok: true, scope: 'read-write' });
    const closes = attacker.side(name).closed.length;
    for (let i = 0; i < limits.messageBurst / 2; i += 1)
      void attacker.send(
        syncUpdate(
          name,
          craft((doc) => doc.getMap('drafts').set(`again-${i}`, 'x')),
        ),
      );
    await until(() => attacker.side(name).closed.length > closes, 10_000, 'the second refusal');
    expect(attacker.side(name).closed.at(-1)).toBe('rate-limited');
    open = false;

    // The other room went on: its facilitator has the five answers, its participant was never refused.
    await until(
      () => Object.keys(watching.get().response?.answers ?? {}).length === 5,
      10_000,
      'the other room’s answers',
    );
    expect(theirs.status.refusal).toBeNull();

    // Once the rate allows again, the participant’s allowed changes go through, and the
    // facilitator and the database hold exactly what the server holds.
    await new Promise((r) =>
      setTimeout(r, (limits.messageBurst / limits.messagesPerSecond) * 1000),
    );
    await allowedChangeArrives();
    expect(
      Object.keys(observer.getMap('drafts').toJSON()).filter((k) => k.startsWith('flood-')),
    ).toHaveLength(admitted);
  });
});

describe('the HTTP API', { timeout: 30_000 }, () => {
  let server: TestServer | undefined;
  afterAll(async () => {
    await server?.close();
    if (server) cleanup(server.dir);
  });
  const start = async (options: Parameters<typeof testServer>[0]) => {
    if (server) {
      await server.close();
      cleanup(server.dir);
    }
    server = await testServer(options);
    return server;
  };
  const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const request = {
    title: 'Workshop',
    teams: ['A'],
    framework: { id: 'dtc-six-pillars', version: '1.0.0' },
  };

  it('asks for the open key when one is set', async () => {
    const s = await start({ openKey: 'venue-key' });
    const wrong: Record<string, string>[] = [
      {},
      { 'x-dtc-open-key': 'wrong' },
      { 'x-dtc-open-key': 'venue-keys' },
    ];
    for (const headers of wrong) {
      const answer = await post(`${s.url}/api/rooms`, request, headers);
      expect(answer.status).toBe(403);
      expect(await answer.json()).toMatchObject({ error: 'open-key-needed' });
    }
    expect(s.database.countRooms()).toBe(0);
    expect(
      (await post(`${s.url}/api/rooms`, request, { 'x-dtc-open-key': 'venue-key' })).status,
    ).toBe(201);
  });

  it('keeps at most roomsPerServer rooms', async () => {
    const s = await start({ limits: { roomsPerServer: 2 } });
    expect((await post(`${s.url}/api/rooms`, request)).status).toBe(201);
    expect((await post(`${s.url}/api/rooms`, request)).status).toBe(201);
    const third = await post(`${s.url}/api/rooms`, request);
    expect(third.status).toBe(503);
    expect(await third.json()).toMatchObject({ error: 'too-many-rooms' });
    expect(s.database.countRooms()).toBe(2);
  });

  it('lets at most participantsPerRoom join a room', async () => {
    const s = await start({ limits: { participantsPerRoom: 2 } });
    const { opened } = await workshop(s.url, 2);
    const third = await post(`${s.url}/api/rooms/join`, {
      code: opened.code,
      name: 'Third',
      team: 't1',
    });
    expect(third.status).toBe(409);
    expect(await third.json()).toMatchObject({ error: 'room-full' });
    expect(s.database.countParticipants(opened.room)).toBe(2);
  });

  it('limits attempts to join from one address, right or wrong code, lookups included', async () => {
    const s = await start({ limits: { joinsPerMinute: 4 } });
    const { opened } = await workshop(s.url, 0);
    expect((await fetch(`${s.url}/api/rooms/join?code=${opened.code}`)).status).toBe(200);
    expect(
      (await post(`${s.url}/api/rooms/join`, { code: 'AAAAA-AAAAA', name: 'Guess', team: 't1' }))
        .status,
    ).toBe(404);
    expect(
      (await post(`${s.url}/api/rooms/join`, { code: 'BBBBB-BBBBB', name: 'Guess', team: 't1' }))
        .status,
    ).toBe(404);
    expect(
      (await post(`${s.url}/api/rooms/join`, { code: opened.code, name: 'Ana', team: 't1' }))
        .status,
    ).toBe(201);
    for (const attempt of [
      () => post(`${s.url}/api/rooms/join`, { code: opened.code, name: 'Ben', team: 't1' }),
      () => fetch(`${s.url}/api/rooms/join?code=${opened.code}`),
    ]) {
      const answer = await attempt();
      expect(answer.status).toBe(429);
      expect(await answer.json()).toMatchObject({ error: 'rate-limited' });
    }
    expect(s.database.countParticipants(opened.room)).toBe(1);
  });

  it('refuses an expired code, and takes the new one', async () => {
    const s = await start({});
    const { opened, facilitator } = await workshop(s.url, 0);
    const row = s.database.room(opened.room)!;
    s.database.setCode(opened.room, row.code, Date.now() - 1000);
    for (const answer of [
      await post(`${s.url}/api/rooms/join`, { code: opened.code, name: 'Late', team: 't1' }),
      await fetch(`${s.url}/api/rooms/join?code=${opened.code}`),
    ]) {
      expect(answer.status).toBe(410);
      expect(await answer.json()).toMatchObject({ error: 'code-expired' });
    }
    const fresh = await post(`${s.url}/api/rooms/${opened.room}/code`, '', {
      authorization: `Bearer ${facilitator.token}`,
    });
    const { code } = (await fresh.json()) as { code: string };
    expect(
      (await post(`${s.url}/api/rooms/join`, { code, name: 'On time', team: 't1' })).status,
    ).toBe(201);
    // The old code stays refused.
    expect(
      (await post(`${s.url}/api/rooms/join`, { code: opened.code, name: 'Late', team: 't1' }))
        .status,
    ).toBe(404);
  });

  it('expires codes after codeHours', async () => {
    const s = await start({ limits: { codeHours: 0.5 / 3600 } }); // half a second
    const { opened } = await workshop(s.url, 0);
    expect(Date.parse(opened.codeExpiresAt) - Date.now()).toBeLessThanOrEqual(500);
    await until(() => Date.now() > Date.parse(opened.codeExpiresAt), 5000, 'the code to expire');
    const answer = await post(`${s.url}/api/rooms/join`, {
      code: opened.code,
      name: 'Late',
      team: 't1',
    });
    expect(await answer.json()).toMatchObject({ error: 'code-expired' });
  });

  it('refuses a body that is not a JSON object, or larger than 64 KB', async () => {
    const s = await start({});
    for (const body of ['not json', '[1,2]', '"text"', 'null', '{"title": "unclosed']) {
      const answer = await post(`${s.url}/api/rooms`, body);
      expect(answer.status, body).toBe(400);
      expect(await answer.json()).toMatchObject({ error: 'bad-request' });
    }
    const big = JSON.stringify({ ...request, title: 'x'.repeat(65 * 1024) });
    const answer = await post(`${s.url}/api/rooms`, big);
    expect(answer.status).toBe(413);
    expect(await answer.json()).toMatchObject({ error: 'bad-request' });
    const join = await post(`${s.url}/api/rooms/join`, big);
    expect(join.status).toBe(413);
    expect(s.database.countRooms()).toBe(0);
  });

  it('refuses the facilitator’s endpoints to a participant', async () => {
    const s = await start({});
    const { opened, participants } = await workshop(s.url, 1);
    const auth = { authorization: `Bearer ${participants[0]!.token}` };
    for (const [method, path] of [
      ['GET', ''],
      ['POST', '/code'],
      ['POST', '/close'],
      ['DELETE', ''],
    ] as const) {
      const answer = await fetch(`${s.url}/api/rooms/${opened.room}${path}`, {
        method,
        headers: auth,
      });
      expect(answer.status, `${method} ${path}`).toBe(404);
      expect(await answer.json()).toMatchObject({ error: 'room-not-found' });
    }
    const row = s.database.room(opened.room)!;
    expect(row.closed).toBe(false);
    expect(row.code).toBe(opened.code.replace('-', ''));
    expect(s.database.rowsOfRoom(opened.room)).toBeGreaterThan(0);
  });
});
