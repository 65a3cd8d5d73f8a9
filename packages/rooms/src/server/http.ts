/**
 * The room server's HTTP API (JSON, under `/api/rooms`): open a room, join one with its code,
 * and the facilitator's room settings: a new code, close, delete. Errors are
 * `{ "error": code, "message": sentence }` with a stable code the page translates.
 * The routes and their answers: docs/rooms.md, "HTTP API".
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  ID_PATTERN,
  LIMITS_OF_TEXT,
  type RoomInfo,
  type RosterEntry,
  type Team,
} from '../shared/documents.js';
import type { ApiError } from '../shared/api.js';
import type { RoomDatabase } from './database.js';
import type { Limits, RateLimiter } from './guard.js';
import {
  facilitatorToken,
  formatCode,
  hashSecret,
  newCode,
  newId,
  newSecret,
  normalizeCode,
  participantToken,
} from './secrets.js';
import type { Holder, RoomEvent } from './holder.js';

export interface ApiDependencies {
  database: RoomDatabase;
  limits: Limits;
  joins: RateLimiter;
  openKey: string | undefined;
  /** Read the participant's address from the last `X-Forwarded-For` entry (set by a proxy we run). */
  trustProxy: boolean;
  log: (event: RoomEvent) => void;
  holderOf(token: unknown): Holder | null;
  createRoomDocument(room: string, info: RoomInfo): Promise<void>;
  addToRoster(room: string, participant: string, entry: RosterEntry): Promise<void>;
  closeRoom(room: string): Promise<void>;
  deleteRoom(room: string): Promise<void>;
}

const MAX_BODY = 64 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiError,
    message: string,
  ) {
    super(message);
  }
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY)
      throw new HttpError(413, 'bad-request', 'The request is larger than 64 KB.');
    chunks.push(chunk);
  }
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    // Reported below.
  }
  throw new HttpError(400, 'bad-request', 'The request body is not a JSON object.');
}

function send(response: ServerResponse, status: number, body?: unknown): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(body === undefined ? undefined : JSON.stringify(body));
}

/** Text the user typed: trimmed, without control characters, 1 to `max` characters. */
function text(value: unknown, max: number, field: string): string {
  const clean = typeof value === 'string' ? value.replace(/[\p{Cc}]/gu, ' ').trim() : '';
  if (!clean || clean.length > max)
    throw new HttpError(400, 'bad-request', `"${field}" must be text of 1 to ${max} characters.`);
  return clean;
}

const bearer = (request: IncomingMessage): string | undefined =>
  /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];

export function handleApi(deps: ApiDependencies) {
  const { database, limits } = deps;
  const codeExpiry = (): number => Date.now() + limits.codeHours * 3_600_000;

  /** A code no room has now. */
  function freshCode(): string {
    for (;;) {
      const code = newCode();
      if (!database.roomByCode(code)) return code;
    }
  }

  async function open(request: IncomingMessage) {
    if (deps.openKey !== undefined && request.headers['x-dtc-open-key'] !== deps.openKey)
      throw new HttpError(403, 'open-key-needed', 'Opening a room on this server needs its key.');
    const body = await readJson(request);
    if (database.countRooms() >= limits.roomsPerServer)
      throw new HttpError(
        503,
        'too-many-rooms',
        `This server keeps at most ${limits.roomsPerServer} rooms.`,
      );
    const title = text(body.title, LIMITS_OF_TEXT.title, 'title');
    const names = Array.isArray(body.teams) ? body.teams : [];
    if (names.length < 1 || names.length > LIMITS_OF_TEXT.teams)
      throw new HttpError(
        400,
        'bad-request',
        `"teams" must list 1 to ${LIMITS_OF_TEXT.teams} team names.`,
      );
    const teams: Team[] = names.map((n, i) => ({
      id: `t${i + 1}`,
      name: text(n, LIMITS_OF_TEXT.teamName, `teams[${i}]`),
    }));
    const fw = body.framework as Record<string, unknown> | undefined;
    const framework = {
      id: text(fw?.id, 100, 'framework.id'),
      version: text(fw?.version, 50, 'framework.version'),
    };
    const locale = body.locale === undefined ? undefined : text(body.locale, 35, 'locale');
    const room = newId();
    const secret = newSecret();
    const code = freshCode();
    const expires = codeExpiry();
    database.addRoom({
      id: room,
      title,
      code,
      codeExpires: expires,
      adminHash: hashSecret(secret),
      created: Date.now(),
      closed: false,
    });
    await deps.createRoomDocument(room, { title, framework, teams, locale, closed: false });
    deps.log({ event: 'room-opened', room });
    return {
      room,
      token: facilitatorToken(room, secret),
      code: formatCode(code),
      codeExpiresAt: new Date(expires).toISOString(),
      title,
      framework,
      teams,
    };
  }

  /** The room a code opens, checked (rate per address, expiry, closed, full). */
  function roomOfCode(request: IncomingMessage, typed: unknown) {
    const forwarded = deps.trustProxy ? request.headers['x-forwarded-for'] : undefined;
    const address =
      (typeof forwarded === 'string' ? forwarded.split(',').at(-1)?.trim() : undefined) ||
      (request.socket.remoteAddress ?? 'unknown');
    if (!deps.joins.take(address))
      throw new HttpError(
        429,
        'rate-limited',
        'Too many attempts to join from this address; wait a minute.',
      );
    const code = normalizeCode(typeof typed === 'string' ? typed.slice(0, 40) : '');
    const found = code ? database.roomByCode(code) : null;
    if (!found) throw new HttpError(404, 'code-not-found', 'No room has this code.');
    if (found.closed) throw new HttpError(410, 'room-closed', 'This room is closed.');
    if (found.codeExpires < Date.now())
      throw new HttpError(
        410,
        'code-expired',
        'This code has expired; ask the facilitator for a new one.',
      );
    if (database.countParticipants(found.id) >= limits.participantsPerRoom)
      throw new HttpError(
        409,
        'room-full',
        `This room has its ${limits.participantsPerRoom} participants.`,
      );
    return found;
  }

  async function lookup(request: IncomingMessage, url: URL) {
    const found = roomOfCode(request, url.searchParams.get('code'));
    const info = await roomInfo(found.id);
    return { title: found.title, framework: info?.framework, teams: info?.teams ?? [] };
  }

  async function join(request: IncomingMessage) {
    const body = await readJson(request);
    const found = roomOfCode(request, body.code);
    const name = text(body.name, 200, 'name');
    const team = typeof body.team === 'string' && ID_PATTERN.test(body.team) ? body.team : '';
    const info = await roomInfo(found.id);
    const teams = info?.teams ?? [];
    if (!teams.some((t) => t.id === team))
      throw new HttpError(400, 'unknown-team', 'Choose one of the room’s teams.');
    const participant = newId();
    const secret = newSecret();
    const joined = Date.now();
    database.addParticipant({
      room: found.id,
      id: participant,
      tokenHash: hashSecret(secret),
      name,
      team,
      joined,
    });
    await deps.addToRoster(found.id, participant, {
      name,
      team,
      joinedAt: new Date(joined).toISOString(),
    });
    return {
      room: found.id,
      participant,
      team,
      name,
      token: participantToken(found.id, participant, secret),
      title: found.title,
      framework: info?.framework,
      teams,
    };
  }

  /** The room's settings as its document holds them (for a join: the teams and framework). */
  async function roomInfo(room: string): Promise<RoomInfo | null> {
    const state = database.loadDocument(`${room}/room`);
    if (!state) return null;
    const Y = await import('yjs');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    const info = doc.getMap('info').toJSON() as RoomInfo;
    doc.destroy();
    return info;
  }

  function facilitatorOf(request: IncomingMessage, room: string) {
    const holder = deps.holderOf(bearer(request));
    const row = database.room(room);
    if (!holder || holder.role !== 'facilitator' || holder.room !== room || !row)
      throw new HttpError(404, 'room-not-found', 'No such room, or this link does not open it.');
    return row;
  }

  return async function api(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
    const url = new URL(request.url ?? '/', 'http://room.invalid');
    if (url.pathname !== '/api/rooms' && !url.pathname.startsWith('/api/rooms/')) return false;
    const parts = url.pathname.split('/').slice(3); // after "", "api", "rooms"
    const method = request.method ?? 'GET';
    try {
      if (parts.length === 0 && method === 'GET')
        send(response, 200, { service: 'dtc-rooms', openKey: deps.openKey !== undefined });
      else if (parts.length === 0 && method === 'POST') send(response, 201, await open(request));
      else if (parts.length === 1 && parts[0] === 'join' && method === 'POST')
        send(response, 201, await join(request));
      else if (parts.length === 1 && parts[0] === 'join' && method === 'GET')
        send(response, 200, await lookup(request, url));
      else if (parts.length >= 1 && ID_PATTERN.test(parts[0]!)) {
        const room = parts[0]!;
        const row = facilitatorOf(request, room);
        const action = parts[1];
        if (!action && method === 'GET')
          send(response, 200, {
            room,
            title: row.title,
            code: formatCode(row.code),
            codeExpiresAt: new Date(row.codeExpires).toISOString(),
            closed: row.closed,
            participants: database.countParticipants(room),
          });
        else if (action === 'code' && method === 'POST') {
          const code = freshCode();
          const expires = codeExpiry();
          database.setCode(room, code, expires);
          send(response, 200, {
            code: formatCode(code),
            codeExpiresAt: new Date(expires).toISOString(),
          });
        } else if (action === 'close' && method === 'POST') {
          database.closeRoom(room);
          await deps.closeRoom(room);
          deps.log({ event: 'room-closed', room });
          send(response, 200, { closed: true });
        } else if (!action && method === 'DELETE') {
          database.deleteRoom(room);
          await deps.deleteRoom(room);
          deps.log({ event: 'room-deleted', room });
          send(response, 204);
        } else throw new HttpError(405, 'bad-request', `${method} is not allowed here.`);
      } else throw new HttpError(404, 'room-not-found', 'No such room.');
    } catch (error) {
      if (error instanceof HttpError)
        send(response, error.status, { error: error.code, message: error.message });
      else throw error;
    }
    return true;
  };
}
