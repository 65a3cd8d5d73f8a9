/**
 * What the room server answers, shared by the server and the client: the error codes of its
 * HTTP API and the reasons it gives when it refuses a connection or a change. Pages turn
 * them into words (the demo: `room.error.*` messages).
 */
import type { FrameworkRef } from '@dtc/schema';
import type { Team } from './documents.js';

export const API_ERRORS = [
  'bad-request',
  'open-key-needed',
  'too-many-rooms',
  'rate-limited',
  'code-not-found',
  'code-expired',
  'room-closed',
  'room-full',
  'unknown-team',
  'room-not-found',
  'unreachable',
] as const;
export type ApiError = (typeof API_ERRORS)[number];

/** What opening a room returns: the facilitator's token is the secret of the admin link. */
export interface OpenedRoom {
  room: string;
  token: string;
  code: string;
  codeExpiresAt: string;
  title: string;
  framework: FrameworkRef;
  teams: Team[];
}

/** What joining a room returns: the participant's token opens their own documents. */
export interface JoinedRoom {
  room: string;
  participant: string;
  team: string;
  name: string;
  token: string;
  title: string;
  framework: FrameworkRef;
  teams: Team[];
}

export interface RoomStatus {
  room: string;
  title: string;
  code: string;
  codeExpiresAt: string;
  closed: boolean;
  participants: number;
}
