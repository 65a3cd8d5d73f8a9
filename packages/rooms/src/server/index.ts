/**
 * `@dtc/rooms`: the workshop room server. `startRoomServer` runs it in a Node process; the
 * `dtc-rooms` command (cli.ts) starts it from a terminal. The page side is `@dtc/rooms/client`.
 */
export { startRoomServer, type RoomServer, type RoomServerOptions } from './server.js';
export type { Holder, RoomEvent } from './holder.js';
export { DEFAULT_LIMITS, type Limits } from './guard.js';
export type { RoomDatabase } from './database.js';
export * from '../shared/api.js';
export {
  documentName,
  parseDocumentName,
  validateDocument,
  type DocumentKind,
  type DocumentName,
  type DocumentProblem,
  type RoomInfo,
  type RosterEntry,
  type Shared,
  type Team,
} from '../shared/documents.js';
