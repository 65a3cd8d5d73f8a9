/**
 * A device's connection to a room: one WebSocket to the room server carrying every document it
 * opens, and (in a browser) a copy of each document in IndexedDB, so that the page keeps
 * working when the network drops and catches up when it returns (Yjs merges both sides).
 *
 * What a page gets from it: a {@link RoomResponseStore} for `<dtc-assessment>`, live plans,
 * feedback, the room's shared view and, for the facilitator, the roster and every response.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { ActionPlan, QuestionFeedback, Response } from '@dtc/schema';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import {
  documentName,
  readFeedback,
  readPlan,
  readResponse,
  readRoom,
  readRoster,
  writeParticipant,
  writePlan,
  writeRoom,
  type DocumentName,
  type RoomInfo,
  type RosterEntry,
  type Shared,
} from '../shared/documents.js';
import type { RoomSession } from './api.js';
import type { OpenDocument } from './open-document.js';
import { RoomResponseStore } from './response-store.js';

/** How the connection is: `online` once the server accepted it; `refused` names why. */
export interface ConnectionState {
  connection: 'connecting' | 'online' | 'offline';
  /** Changes made on this device the server has not confirmed yet. */
  unsynced: number;
  /** The last refusal from the server (a document it would not open or a change it would not take). */
  refusal: { document: string; reason: string } | null;
}

export interface RoomConnectionOptions {
  /** Keep a copy of each document in IndexedDB (default: when the page has IndexedDB). */
  offline?: boolean;
  /** A WebSocket class, for Node (`ws`); pages use theirs. */
  WebSocketPolyfill?: unknown;
  /** How long `ready` waits for the server before going on with what the device has (ms). */
  syncTimeout?: number;
}

/** Something a page reads live: its value now, and a call whenever it changes (from anywhere). */
export interface Live<T> {
  readonly ready: Promise<void>;
  get(): T;
  subscribe(listener: (value: T) => void): () => void;
}

/**
 * Refusals that pass, and how long to wait before opening the document again: a rate limit
 * (after a pause), and a change the server could not place (a change before it was lost with
 * the network, or sent before the document was in step again after a reconnection): opening
 * the document again brings both sides in step, with every change. The refusal is forgotten
 * once the document is in step.
 */
const RETRY_AFTER_MS: Readonly<Record<string, number>> = {
  'rate-limited': 5_000,
  'incomplete-update': 0,
};

export class RoomConnection {
  readonly session: RoomSession;
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly documents = new Map<
    string,
    OpenDocument & { provider: HocuspocusProvider; local?: IndexeddbPersistence }
  >();
  private readonly listeners = new Set<(state: ConnectionState) => void>();
  private readonly options: RoomConnectionOptions;
  private state: ConnectionState = { connection: 'connecting', unsynced: 0, refusal: null };

  constructor(session: RoomSession, options: RoomConnectionOptions = {}) {
    this.session = session;
    this.options = options;
    const url = new URL('/rooms', session.server);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    this.socket = new HocuspocusProviderWebsocket({
      url: url.href,
      delay: 500,
      factor: 1.5,
      maxDelay: 5_000,
      minDelay: 250,
      maxAttempts: 0,
      ...(options.WebSocketPolyfill
        ? { WebSocketPolyfill: options.WebSocketPolyfill as typeof WebSocket }
        : {}),
    });
    this.socket.on('status', ({ status }: { status: string }) => {
      this.update({
        connection:
          status === 'connected' ? 'online' : status === 'connecting' ? 'connecting' : 'offline',
      });
    });
  }

  get status(): ConnectionState {
    return this.state;
  }

  /** Calls `listener` with the connection's state now and on every change. */
  onStatus(listener: (state: ConnectionState) => void): () => void {
    this.listeners.add(listener);
    listener(this.state);
    return () => this.listeners.delete(listener);
  }

  private update(change: Partial<ConnectionState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener(this.state);
  }

  /** Opens one of the room's documents (once; later calls return the same). */
  open(name: Omit<DocumentName, 'room'>): OpenDocument {
    const full = documentName({ room: this.session.room, ...name });
    const known = this.documents.get(full);
    if (known) return known;
    const doc = new Y.Doc();
    const offline = this.options.offline ?? typeof indexedDB !== 'undefined';
    const local = offline
      ? new IndexeddbPersistence(`dtc-room:${this.session.server}:${full}`, doc)
      : undefined;
    const provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: full,
      document: doc,
      token: this.session.token,
      // Rooms share no presence (who is looking, cursors): the server refuses it.
      awareness: null,
    });
    provider.on('authenticationFailed', ({ reason }: { reason: string }) =>
      this.update({ refusal: { document: full, reason } }),
    );
    provider.on('close', ({ event }: { event: { reason?: string } }) => {
      const reason = event.reason;
      // Not refusals: the server closing (restarting), and the close this side asked for.
      if (!reason || reason === 'Server closed the connection' || reason === 'provider_initiated')
        return;
      this.update({ refusal: { document: full, reason } });
      const delay = Object.hasOwn(RETRY_AFTER_MS, reason) ? RETRY_AFTER_MS[reason] : undefined;
      if (delay !== undefined)
        setTimeout(() => {
          if (this.documents.get(full)?.provider !== provider) return; // closed meanwhile
          provider.detach();
          provider.attach();
        }, delay);
    });
    provider.on('synced', () => {
      const refusal = this.state.refusal;
      if (refusal?.document === full && Object.hasOwn(RETRY_AFTER_MS, refusal.reason))
        this.update({ refusal: null });
    });
    provider.on('unsyncedChanges', () => this.update({ unsynced: this.unsynced() }));
    provider.attach();
    const timeout = this.options.syncTimeout ?? 4_000;
    const synced = new Promise<void>((resolve) => {
      const timer = setTimeout(done, timeout);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      if (provider.isSynced) done();
      provider.on('synced', done);
      provider.on('authenticationFailed', done);
      provider.on('destroy', done);
    });
    const ready = Promise.all([local?.whenSynced, synced]).then(() => undefined);
    const entry = { name: full, doc, ready, provider, local };
    this.documents.set(full, entry);
    return entry;
  }

  private unsynced(): number {
    let n = 0;
    for (const d of this.documents.values()) n += d.provider.unsyncedChanges;
    return n;
  }

  /** The participant's own response, as `<dtc-assessment>`'s store. */
  responseStore(): RoomResponseStore {
    const session = this.session;
    if (session.role !== 'participant')
      throw new Error('Only a participant has a response in a room.');
    return new RoomResponseStore(this.open({ kind: 'participant', key: session.participant }), {
      backupPrefix: `dtc-room:${session.server}:${session.room}/participant/${session.participant}`,
    });
  }

  /**
   * A team's plan: the participant's own team (which they write), or any team for the
   * facilitator (who reads it; `set` then throws, as the server would refuse it).
   */
  plan(team?: string): Live<ActionPlan | null> & { set(plan: ActionPlan | null): void } {
    if (team === undefined) {
      if (this.session.role !== 'participant')
        throw new Error('The facilitator reads a plan by its team id: plan(team).');
      team = this.session.team;
    }
    const open = this.open({ kind: 'plan', key: team });
    const writable = this.session.role === 'participant' && this.session.team === team;
    return {
      ...live(open, () => readPlan(open.doc)),
      set: (plan) => {
        if (!writable)
          throw new Error(`Team ${team}'s plan is read-only here: only its members write it.`);
        writePlan(open.doc, plan, this);
      },
    };
  }

  /** The participant's feedback on the questions and the workshop. */
  feedback(): Live<QuestionFeedback | null> & { set(feedback: QuestionFeedback | null): void } {
    const session = this.session;
    if (session.role !== 'participant')
      throw new Error('Only a participant gives feedback in a room.');
    const open = this.open({ kind: 'participant', key: session.participant });
    return {
      ...live(open, () => readFeedback(open.doc)),
      set: (feedback) => writeParticipant(open.doc, { feedback }, this),
    };
  }

  /** What the room shares: its settings and, when the facilitator shares them, answers and plans. */
  room(): Live<{ info: RoomInfo | null; shared: Shared }> {
    const open = this.open({ kind: 'room' });
    return live(open, () => readRoom(open.doc));
  }

  /** The facilitator shares (or, with `undefined` parts, stops sharing) the group's answers and the plans. */
  share(shared: Shared): void {
    if (this.session.role !== 'facilitator')
      throw new Error('Only the facilitator shares in a room.');
    writeRoom(this.open({ kind: 'room' }).doc, { shared }, this);
  }

  /** Who joined (the facilitator's). */
  roster(): Live<Record<string, RosterEntry>> {
    const open = this.open({ kind: 'roster' });
    return live(open, () => readRoster(open.doc));
  }

  /** A participant's response and feedback, read by the facilitator. */
  participant(id: string): Live<{ response: Response | null; feedback: QuestionFeedback | null }> {
    const open = this.open({ kind: 'participant', key: id });
    return live(open, () => ({
      response: readResponse(open.doc),
      feedback: readFeedback(open.doc),
    }));
  }

  /** Closes the connection; the device's copies stay in IndexedDB. */
  destroy(): void {
    for (const d of this.documents.values()) {
      d.provider.destroy();
      void d.local?.destroy();
      d.doc.destroy();
    }
    this.documents.clear();
    this.socket.destroy();
    this.listeners.clear();
  }

  /** Removes this device's copies of the room's documents (after the room was deleted). */
  async forget(): Promise<void> {
    const locals = [...this.documents.values()].flatMap((d) => (d.local ? [d.local] : []));
    await Promise.all(locals.map((l) => l.clearData()));
  }
}

/** A live view of a document through `read`, calling listeners once per change (batched). */
function live<T>(open: OpenDocument, read: () => T): Live<T> {
  return {
    ready: open.ready,
    get: read,
    subscribe(listener) {
      let queued = false;
      const onUpdate = (): void => {
        if (queued) return;
        queued = true;
        queueMicrotask(() => {
          queued = false;
          listener(read());
        });
      };
      open.doc.on('update', onUpdate);
      return () => open.doc.off('update', onUpdate);
    },
  };
}
