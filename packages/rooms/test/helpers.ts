/**
 * Shared tools of the room tests: a room server on a free loopback port (a temporary SQLite
 * file), Node clients over `ws`, and waiting for something to become true.
 */
import { sixPillars } from '@dtc/framework';
import { newActionPlan, type Framework } from '@dtc/schema';
import { emptyResponse, setAnswer } from '@dtc/widgets/model';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { joinRoom, openRoom, RoomConnection, type RoomSession } from '../src/client/index.js';
import {
  startRoomServer,
  type RoomEvent,
  type RoomServer,
  type RoomServerOptions,
} from '../src/server/index.js';

export const framework: Framework = sixPillars;
export const questions = framework.pillars.flatMap((p) => p.components.flatMap((c) => c.questions));

export interface TestServer extends RoomServer {
  events: RoomEvent[];
  file: string;
  dir: string;
}

/** A room server on 127.0.0.1 with a fresh database file (kept in `dir` until `cleanup`). */
export async function testServer(
  options: RoomServerOptions = {},
  dir = mkdtempSync(join(tmpdir(), 'dtc-rooms-')),
): Promise<TestServer> {
  const events: RoomEvent[] = [];
  const file = options.database ?? join(dir, 'rooms.sqlite');
  const server = await startRoomServer({ database: file, log: (e) => events.push(e), ...options });
  return Object.assign(server, { events, file, dir });
}

export function cleanup(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function connect(session: RoomSession): RoomConnection {
  return new RoomConnection(session, {
    WebSocketPolyfill: WebSocket,
    offline: false,
    syncTimeout: 3000,
  });
}

/** Opens a room with teams A and B, and joins `n` participants (alternating teams). */
export async function workshop(server: string, n = 2) {
  const { opened, session: facilitator } = await openRoom(server, {
    title: 'Regional workshop',
    teams: ['Team A', 'Team B'],
    framework: { id: framework.id, version: framework.version },
  });
  const participants: RoomSession[] = [];
  for (let i = 0; i < n; i += 1) {
    const { session } = await joinRoom(server, {
      code: opened.code,
      name: `Participant ${i + 1}`,
      team: opened.teams[i % 2]!.id,
    });
    participants.push(session);
  }
  return { opened, facilitator, participants };
}

/** A response with the first `count` questions answered at `level`. */
export function answered(count: number, level = 2, start = 0) {
  let response = emptyResponse(framework);
  for (const q of questions.slice(start, start + count))
    response = setAnswer(response, q.id, { value: level });
  return response;
}

export function plan(title = 'Plan') {
  return newActionPlan(framework, { title });
}

/** Waits until `check` returns a value that is not false, null or undefined. */
export async function until<T>(
  check: () => T | false | null | undefined,
  ms = 5000,
  what = 'condition',
): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = check();
    if (value !== false && value !== null && value !== undefined) return value;
    if (Date.now() - start > ms) throw new Error(`Timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
