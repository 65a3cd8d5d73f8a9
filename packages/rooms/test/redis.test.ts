/**
 * Two room server processes for the same rooms: both in this process, sharing one SQLite file
 * and one Redis (Debian's redis-server, started on a free loopback port by
 * scripts/services/redis.mjs and stopped after). A participant on one and the facilitator on
 * the other see each other's changes; a plan edited through both merges; a room deleted
 * through one is gone from both.
 *
 * Without redis-server (and no way to install it) these tests fail with a message that says
 * how to get it. DTC_SKIP_REDIS=1 skips them, for a machine that cannot have Redis.
 */
import { newPlanAction } from '@dtc/schema';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, type RunningRedis } from '../../../scripts/services/redis.mjs';
import {
  deleteRoom,
  joinRoom,
  roomStatus,
  RoomError,
  type RoomConnection,
  type RoomSession,
} from '../src/client/index.js';
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

const skip = process.env.DTC_SKIP_REDIS === '1';

/** The same session, through another server's address. */
const via = (server: TestServer, session: RoomSession): RoomSession => ({
  ...session,
  server: server.url,
});
const participantOf = (s: RoomSession): string => (s.role === 'participant' ? s.participant : '');

describe.skipIf(skip)('two room servers sharing a database and Redis', { timeout: 60_000 }, () => {
  let redis: RunningRedis | undefined;
  let one: TestServer | undefined;
  let two: TestServer | undefined;
  let dir = '';
  const connections: RoomConnection[] = [];
  const keep = (c: RoomConnection): RoomConnection => (connections.push(c), c);

  beforeAll(async () => {
    redis = await startRedis();
    dir = mkdtempSync(join(tmpdir(), 'dtc-rooms-redis-'));
    const database = join(dir, 'rooms.sqlite');
    const shared = { host: redis.host, port: redis.port };
    one = await testServer({ database, redis: shared }, dir);
    two = await testServer({ database, redis: shared }, dir);
  }, 60_000);

  afterAll(async () => {
    for (const c of connections.splice(0)) c.destroy();
    await one?.close();
    await two?.close();
    await redis?.stop();
    if (dir) cleanup(dir);
  });

  it('brings a participant’s answers on one server to the facilitator on the other, and back', async () => {
    const { facilitator, participants } = await workshop(one!.url, 1);
    const alice = keep(connect(participants[0]!)); // server one
    const admin = keep(connect(via(two!, facilitator))); // server two
    const store = alice.responseStore();
    await store.load(framework);
    const view = admin.participant(participantOf(participants[0]!));
    await view.ready;

    const response = answered(6);
    store.save({ response, drafts: {} });
    const seen = await until(() => view.get().response, 10_000, 'the answers on the other server');
    expect(seen.answers).toEqual(response.answers);

    // The facilitator shares the group's answers; the participant reads them on server one.
    const room = alice.room();
    await room.ready;
    admin.share({ group: [response] });
    await until(
      () => room.get().shared.group?.length === 1,
      10_000,
      'the shared answers on the first server',
    );
    expect(one!.hocuspocus.documents.has(`${facilitator.room}/room`)).toBe(true);
    expect(two!.hocuspocus.documents.has(`${facilitator.room}/room`)).toBe(true);
  });

  it('merges a plan edited through both servers at once', async () => {
    const { participants } = await workshop(one!.url, 3); // 1 and 3 are in team A
    const first = keep(connect(participants[0]!)).plan(); // server one
    const second = keep(connect(via(two!, participants[2]!))).plan(); // server two
    await Promise.all([first.ready, second.ready]);
    const a1 = newPlanAction({
      id: 'a1',
      priority: 'c1',
      pillar: 'p1',
      title: 'Survey schools',
      horizon: 'short',
      targetLevel: 2,
      outcome: 'o1',
    });
    first.set({ ...plan('Team A plan'), actions: [a1] });
    const base = await until(
      () => second.get()?.actions.length === 1 && second.get(),
      10_000,
      'the plan on server two',
    );

    // At once: a new action and a renamed one through server one, a lead through server two.
    const a2 = newPlanAction({
      id: 'a2',
      priority: 'c1',
      pillar: 'p2',
      title: 'Connect schools',
      horizon: 'medium',
      targetLevel: 3,
      outcome: 'o1',
    });
    first.set({ ...base, actions: [{ ...a1, title: 'Survey every school' }, a2] });
    second.set({ ...base, actions: [{ ...base.actions[0]!, lead: 'Planning directorate' }] });

    const merged = await until(
      () => {
        const a = first.get();
        const b = second.get();
        return a &&
          b &&
          JSON.stringify(a) === JSON.stringify(b) &&
          a.actions.length === 2 &&
          a.actions[0]!.lead
          ? a
          : null;
      },
      15_000,
      'both servers to hold the merged plan',
    );
    expect(merged.actions.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(merged.actions[0]).toMatchObject({
      title: 'Survey every school',
      lead: 'Planning directorate',
    });
  });

  it('deletes a room through one server: gone from the database and from the other server', async () => {
    const { opened, facilitator, participants } = await workshop(two!.url, 2);
    const onOne = keep(connect(via(one!, participants[0]!)));
    const onTwo = keep(connect(participants[1]!));
    for (const c of [onOne, onTwo]) {
      const store = c.responseStore();
      await store.load(framework);
      store.save({ response: answered(3), drafts: {} });
    }
    await until(
      () => onOne.status.unsynced === 0 && onTwo.status.unsynced === 0,
      10_000,
      'both participants’ answers on their servers',
    );
    await until(
      () => one!.database.rowsOfRoom(opened.room) >= 1 + 2 + 4,
      15_000,
      'the documents stored',
    );

    await deleteRoom(via(one!, facilitator));
    expect(one!.database.rowsOfRoom(opened.room)).toBe(0);
    // Both participants are told, the one on the other server too.
    await until(
      () => onOne.status.refusal?.reason === 'room-not-found',
      10_000,
      'the participant on server one to be told',
    );
    await until(
      () => onTwo.status.refusal?.reason === 'room-not-found',
      10_000,
      'the participant on server two to be told',
    );
    // Neither server keeps the room's documents in memory, nor stores them again later.
    await until(
      () =>
        ![...one!.hocuspocus.documents.keys(), ...two!.hocuspocus.documents.keys()].some((n) =>
          n.startsWith(`${opened.room}/`),
        ),
      10_000,
      'the documents to leave both servers’ memory',
    );
    for (const server of [one!, two!]) {
      await expect(roomStatus(via(server, facilitator))).rejects.toMatchObject({
        code: 'room-not-found',
      });
      await expect(
        joinRoom(server.url, { code: opened.code, name: 'Late', team: 't1' }),
      ).rejects.toBeInstanceOf(RoomError);
    }
    const late = keep(connect(via(two!, participants[1]!)));
    late.room();
    await until(
      () => late.status.refusal?.reason === 'room-not-found',
      10_000,
      'a new connection to be refused',
    );
    expect(two!.database.rowsOfRoom(opened.room)).toBe(0);
  });
});
