/**
 * `@dtc/rooms/client` (Yjs, the room protocol, IndexedDB copies), loaded on first use only:
 * by the room pages, when a visitor opens or joins a room. No other page imports it.
 */
import type * as Client from '@dtc/rooms/client';

export type RoomsClient = typeof Client;

let loading: Promise<RoomsClient> | null = null;

export function roomsClient(): Promise<RoomsClient> {
  loading ??= import('@dtc/rooms/client').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** The room server of this site: the server that serves the page also serves rooms. */
export const roomServer = (): string => location.origin;
