import type * as Y from 'yjs';

/** One document of the room, open on this device (what `RoomConnection.open` gives). */
export interface OpenDocument {
  readonly name: string;
  readonly doc: Y.Doc;
  /** Resolves once the device's copy is loaded and the server answered (or did not, in time). */
  readonly ready: Promise<void>;
}
