/**
 * The words of a room's answers: every API error code and refusal reason of `@dtc/rooms`
 * has a message (`room.error.*`, `room.refusal.*`), and the connection's state reads as one
 * sentence for the status line. Codes this page does not know read as a general message.
 */
import type { ApiError, ConnectionState } from '@dtc/rooms/client';
import { t, type RoomMessageKey } from '../i18n/index.js';

/** Each API error code of `@dtc/rooms` (`API_ERRORS`) and its message. */
export const API_ERROR_MESSAGES: Readonly<Record<ApiError, RoomMessageKey>> = {
  'bad-request': 'room.error.bad-request',
  'open-key-needed': 'room.error.open-key-needed',
  'too-many-rooms': 'room.error.too-many-rooms',
  'rate-limited': 'room.error.rate-limited',
  'code-not-found': 'room.error.code-not-found',
  'code-expired': 'room.error.code-expired',
  'room-closed': 'room.error.room-closed',
  'room-full': 'room.error.room-full',
  'unknown-team': 'room.error.unknown-team',
  'room-not-found': 'room.error.room-not-found',
  unreachable: 'room.error.unreachable',
};

/** Each reason the room server gives when it refuses a connection or a change. */
export const REFUSAL_MESSAGES: Readonly<Record<string, RoomMessageKey>> = {
  'rate-limited': 'room.refusal.rate-limited',
  'message-too-large': 'room.refusal.message-too-large',
  'document-too-large': 'room.refusal.document-too-large',
  'invalid-update': 'room.refusal.invalid-update',
  'incomplete-update': 'room.refusal.incomplete-update',
  'message-not-accepted': 'room.refusal.message-not-accepted',
  'room-closed': 'room.refusal.room-closed',
  'room-not-found': 'room.refusal.room-not-found',
};

/** The message of an error from the room API (a `RoomError`, or anything else thrown). */
export function apiErrorText(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const key = typeof code === 'string' ? API_ERROR_MESSAGES[code as ApiError] : undefined;
  return t(key ?? 'room.error.other');
}

export function refusalText(reason: string): string {
  return t(
    Object.hasOwn(REFUSAL_MESSAGES, reason) ? REFUSAL_MESSAGES[reason]! : 'room.refusal.other',
  );
}

/**
 * The connection's state in one sentence: a refusal first, then offline, waiting changes,
 * online. Once the device was online, trying again to connect still reads as offline (the
 * line does not flicker between the two while the network is away).
 */
export function statusText(state: ConnectionState, wasOnline: boolean): string {
  if (state.refusal) return refusalText(state.refusal.reason);
  if (state.connection === 'offline' || (state.connection === 'connecting' && wasOnline))
    return state.unsynced > 0
      ? t('room.status.offlineWaiting', { count: state.unsynced })
      : t('room.status.offline');
  if (state.connection === 'connecting') return t('room.status.connecting');
  return state.unsynced > 0
    ? t('room.status.waiting', { count: state.unsynced })
    : t('room.status.online');
}
