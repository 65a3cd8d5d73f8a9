/**
 * Who this device is in a room, kept in localStorage so that a reload goes back in: the
 * facilitator's session (`dtc-demo:room:open`) and the participant's (`dtc-demo:room:join`),
 * each with the server, the room and its token. The facilitator's token is also the secret of
 * the admin link (`/room#token=…`): in a URL fragment, never sent to a server by the browser.
 */
import { href } from '../router.js';

export interface FacilitatorSession {
  server: string;
  role: 'facilitator';
  room: string;
  token: string;
}

export interface ParticipantSession {
  server: string;
  role: 'participant';
  room: string;
  token: string;
  participant: string;
  team: string;
  /** What the participant typed as their name, and the role they chose. */
  name: string;
  respondentRole: string;
}

const KEYS = { facilitator: 'dtc-demo:room:open', participant: 'dtc-demo:room:join' } as const;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

const text = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length < 2000;

function read(key: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function facilitatorSession(): FacilitatorSession | null {
  const v = read(KEYS.facilitator);
  if (!v || !text(v.server) || !text(v.room) || !ID.test(v.room) || !text(v.token)) return null;
  return { server: v.server, role: 'facilitator', room: v.room, token: v.token };
}

export function participantSession(): ParticipantSession | null {
  const v = read(KEYS.participant);
  if (!v || !text(v.server) || !text(v.room) || !ID.test(v.room) || !text(v.token)) return null;
  if (!text(v.participant) || !text(v.team) || typeof v.name !== 'string') return null;
  return {
    server: v.server,
    role: 'participant',
    room: v.room,
    token: v.token,
    participant: v.participant,
    team: v.team,
    name: v.name,
    respondentRole: typeof v.respondentRole === 'string' ? v.respondentRole : 'other',
  };
}

/** Keeps a session; false when the browser stores nothing (the room then lasts this page only). */
export function keepSession(session: FacilitatorSession | ParticipantSession): boolean {
  try {
    localStorage.setItem(KEYS[session.role], JSON.stringify(session));
    return true;
  } catch {
    return false;
  }
}

export function forgetSession(role: 'facilitator' | 'participant'): void {
  try {
    localStorage.removeItem(KEYS[role]);
  } catch {
    // Nothing stored, nothing to forget.
  }
}

/** The facilitator's session an admin link's fragment carries (`token=f.<room>.<secret>`), if any. */
export function sessionOfAdminFragment(hash: string, server: string): FacilitatorSession | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? '';
  const [kind, room] = token.split('.');
  if (kind !== 'f' || !room || !ID.test(room)) return null;
  return { server, role: 'facilitator', room, token };
}

/** The room code a join link's fragment carries (`#code=ABCDE-FGHJK`), or ''. */
export const codeOfFragment = (hash: string): string =>
  (new URLSearchParams(hash.replace(/^#/, '')).get('code') ?? '').slice(0, 40);

/** The admin link: this site's room page with the token in the fragment. */
export const adminLink = (session: FacilitatorSession): string =>
  `${location.origin}${href('room')}#${new URLSearchParams({ token: session.token })}`;

/** The link participants open (and the QR code holds): the join page with the code in the fragment. */
export const joinLink = (code: string): string =>
  `${location.origin}${href('join')}#${new URLSearchParams({ code })}`;
