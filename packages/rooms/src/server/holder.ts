/**
 * Who a connection or a request is, once its token was checked, and what the server logs
 * about them: shared by the WebSocket side (server.ts) and the HTTP API (http.ts).
 */

/** One line of the server's log: an event, with the room and document it concerns. */
export interface RoomEvent {
  event: string;
  room?: string | undefined;
  document?: string | undefined;
  reason?: string | undefined;
  detail?: string | undefined;
}

/** Who a connection is, once its token was checked. */
export type Holder =
  | { role: 'facilitator'; room: string }
  | { role: 'participant'; room: string; participant: string; team: string };
