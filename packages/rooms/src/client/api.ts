/**
 * The room server's HTTP API, from a page or from Node: open a room, join one with its code,
 * and the facilitator's actions (status, a new code, close, delete). Every function resolves
 * to the server's answer or rejects with a {@link RoomError} whose `code` a page translates.
 */
import type { FrameworkRef } from '@dtc/schema';
import type { ApiError, JoinedRoom, OpenedRoom, RoomStatus } from '../shared/api.js';

export class RoomError extends Error {
  constructor(
    /** A stable code (`code-not-found`, `room-full`…, `unreachable` when there was no answer). */
    readonly code: ApiError,
    message: string,
    readonly status = 0,
  ) {
    super(message);
    this.name = 'RoomError';
  }
}

/** Who is in a room on this device: what `openRoom` or `joinRoom` gave, kept by the page. */
export type RoomSession =
  | { server: string; role: 'facilitator'; room: string; token: string }
  | {
      server: string;
      role: 'participant';
      room: string;
      token: string;
      participant: string;
      team: string;
    };

async function call<T>(
  server: string,
  path: string,
  init: { method: string; body?: unknown; token?: string; headers?: Record<string, string> },
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(new URL(path, server), {
      method: init.method,
      headers: {
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
        ...init.headers,
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      cache: 'no-store',
    });
  } catch (error) {
    throw new RoomError(
      'unreachable',
      `The room server at ${server} did not answer: ${String(error)}`,
    );
  }
  if (response.status === 204) return undefined as T;
  const body = (await response.json().catch(() => null)) as
    (T & { error?: ApiError; message?: string }) | null;
  if (!response.ok || body === null) {
    throw new RoomError(
      body?.error ?? 'unreachable',
      body?.message ?? `The room server answered ${response.status}.`,
      response.status,
    );
  }
  return body;
}

/** Whether `server` is a room server (and whether opening a room there needs a key). */
export async function findRoomServer(server: string): Promise<{ openKey: boolean } | null> {
  try {
    const info = await call<{ service?: string; openKey?: boolean }>(server, '/api/rooms', {
      method: 'GET',
    });
    return info.service === 'dtc-rooms' ? { openKey: info.openKey === true } : null;
  } catch {
    return null;
  }
}

export interface OpenRoomRequest {
  title: string;
  /** The teams' names, in order; the server gives them ids (`t1`, `t2`…). */
  teams: string[];
  framework: FrameworkRef;
  locale?: string;
}

export async function openRoom(
  server: string,
  request: OpenRoomRequest,
  options: { openKey?: string } = {},
): Promise<{ opened: OpenedRoom; session: RoomSession }> {
  const opened = await call<OpenedRoom>(server, '/api/rooms', {
    method: 'POST',
    body: request,
    headers: options.openKey ? { 'x-dtc-open-key': options.openKey } : {},
  });
  return {
    opened,
    session: { server, role: 'facilitator', room: opened.room, token: opened.token },
  };
}

export async function joinRoom(
  server: string,
  request: { code: string; name: string; team: string },
): Promise<{ joined: JoinedRoom; session: RoomSession }> {
  const joined = await call<JoinedRoom>(server, '/api/rooms/join', {
    method: 'POST',
    body: request,
  });
  return {
    joined,
    session: {
      server,
      role: 'participant',
      room: joined.room,
      token: joined.token,
      participant: joined.participant,
      team: joined.team,
    },
  };
}

/** The title, framework and teams of the room a code opens, before joining it (to choose a team). */
export const lookupRoom = (
  server: string,
  code: string,
): Promise<{ title: string; framework: FrameworkRef; teams: JoinedRoom['teams'] }> =>
  call(server, `/api/rooms/join?code=${encodeURIComponent(code)}`, { method: 'GET' });

/** The room as the facilitator sees it: its code, whether it is closed, how many joined. */
export const roomStatus = (session: RoomSession): Promise<RoomStatus> =>
  call(session.server, `/api/rooms/${session.room}`, { method: 'GET', token: session.token });

export const newRoomCode = (
  session: RoomSession,
): Promise<{ code: string; codeExpiresAt: string }> =>
  call(session.server, `/api/rooms/${session.room}/code`, { method: 'POST', token: session.token });

export const closeRoom = (session: RoomSession): Promise<{ closed: true }> =>
  call(session.server, `/api/rooms/${session.room}/close`, {
    method: 'POST',
    token: session.token,
  });

/** Deletes the room and everything in it from the server (not the copies on participants' devices). */
export const deleteRoom = (session: RoomSession): Promise<void> =>
  call(session.server, `/api/rooms/${session.room}`, { method: 'DELETE', token: session.token });
