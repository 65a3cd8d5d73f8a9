/**
 * `@dtc/rooms/client`: a page's side of a workshop room. Open or join a room over the HTTP API,
 * then keep a {@link RoomConnection}: its `responseStore()` is `<dtc-assessment>`'s `store`,
 * its `plan()` feeds `<dtc-action-plan>`, its `participant()` views feed `<dtc-group-results>`.
 * Loaded by a page only when it enters a room; the elements never import it.
 */
export {
  closeRoom,
  deleteRoom,
  findRoomServer,
  joinRoom,
  lookupRoom,
  newRoomCode,
  openRoom,
  roomStatus,
  RoomError,
  type OpenRoomRequest,
  type RoomSession,
} from './api.js';
export {
  RoomConnection,
  type ConnectionState,
  type Live,
  type RoomConnectionOptions,
} from './connection.js';
export type { OpenDocument } from './open-document.js';
export { RoomResponseStore } from './response-store.js';
export * from '../shared/api.js';
export type { RoomInfo, RosterEntry, Shared, Team } from '../shared/documents.js';
