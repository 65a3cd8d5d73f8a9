/**
 * What the server checks on every message a client sends, before Hocuspocus applies it:
 * the connection's message rate, then, for a change to a document, the change applied to a
 * copy of the document, whose size and content must stay valid (documents.ts). A refused
 * message closes that document's connection with a reason the client shows; nothing of it
 * reaches the document, the database or anyone else.
 */
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { validateDocument, type DocumentKind, type DocumentProblem } from '../shared/documents.js';

export interface Limits {
  /** Largest stored state of one document, in bytes. */
  documentBytes: number;
  /** Largest single message from a client, in bytes. */
  messageBytes: number;
  /** Messages per second a connection (one socket) may send, on average… */
  messagesPerSecond: number;
  /** …and in a burst (a facilitator opening thirty documents at once). */
  messageBurst: number;
  /** Rooms one server (or group of servers sharing a database) keeps. */
  roomsPerServer: number;
  participantsPerRoom: number;
  /**
   * Attempts to join (right or wrong code, lookups included) per minute from one address. A
   * venue's participants often share one public address: a full room looks its code up and
   * joins (two requests each) within a few minutes. A code has about 50 bits, so even this
   * rate leaves guessing one hopeless.
   */
  joinsPerMinute: number;
  /** Hours a room code stays valid; the facilitator can issue a new one. */
  codeHours: number;
}

export const DEFAULT_LIMITS: Limits = {
  documentBytes: 2_000_000,
  messageBytes: 512_000,
  messagesPerSecond: 50,
  messageBurst: 400,
  roomsPerServer: 200,
  participantsPerRoom: 80,
  joinsPerMinute: 240,
  codeHours: 24,
};

/** A refusal Hocuspocus turns into a close of the document's connection with this reason. */
export class Refusal extends Error {
  constructor(
    readonly code: number,
    readonly reason: RefusalReason,
    detail: string = reason,
  ) {
    super(detail);
  }
}

/** Reasons a client is told: stable words a page turns into its own (the demo: `room.refusal.*`). */
export type RefusalReason =
  | 'rate-limited'
  | 'message-too-large'
  | 'document-too-large'
  | 'invalid-update'
  | 'incomplete-update'
  | 'message-not-accepted'
  | 'room-closed'
  | 'room-not-found';

/** A token bucket per key (a socket, an address). */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
  ) {}

  take(key: string, now = Date.now()): boolean {
    const b = this.buckets.get(key) ?? { tokens: this.burst, at: now };
    b.tokens = Math.min(this.burst, b.tokens + ((now - b.at) / 1000) * this.perSecond);
    b.at = now;
    this.buckets.set(key, b);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }

  forget(key: string): void {
    this.buckets.delete(key);
  }

  /** Drops buckets that have refilled (called now and then, so the map does not grow). */
  sweep(now = Date.now()): void {
    for (const [key, b] of this.buckets)
      if (b.tokens + ((now - b.at) / 1000) * this.perSecond >= this.burst) this.buckets.delete(key);
  }
}

// The message types of the Hocuspocus protocol and of y-protocols' sync messages.
const MESSAGE = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  stateless: 5,
  close: 7,
  syncStatus: 8,
};
const SYNC = { step1: 0, step2: 1, update: 2 };

/** What a client's message is: a document change (with its Yjs update) or something else. */
export type Message =
  { kind: 'change'; update: Uint8Array } | { kind: 'other' } | { kind: 'refused'; type: number };

export function readMessage(data: Uint8Array): Message {
  try {
    return readFrame(data);
  } catch {
    // A frame that ends too soon (lib0 throws "Unexpected end of array").
    return { kind: 'refused', type: -1 };
  }
}

function readFrame(data: Uint8Array): Message {
  const decoder = decoding.createDecoder(data);
  decoding.readVarString(decoder); // the document's name
  const type = decoding.readVarUint(decoder);
  if (type === MESSAGE.sync) {
    const sync = decoding.readVarUint(decoder);
    if (sync === SYNC.step1) return { kind: 'other' };
    if (sync === SYNC.step2 || sync === SYNC.update)
      return { kind: 'change', update: decoding.readVarUint8Array(decoder) };
    return { kind: 'refused', type };
  }
  // Awareness (who is here, cursors) and stateless messages are not part of a room: a client
  // could use them to pass anything to everyone on a document.
  if (
    type === MESSAGE.auth ||
    type === MESSAGE.queryAwareness ||
    type === MESSAGE.close ||
    type === MESSAGE.syncStatus
  )
    return { kind: 'other' };
  return { kind: 'refused', type };
}

/**
 * What no client may change even in a document it writes: a room's settings (title, teams,
 * framework, closed) are the server's, set when the room is opened or closed.
 */
function unchangeable(before: Y.Doc, after: Y.Doc, kind: DocumentKind): DocumentProblem | null {
  if (kind !== 'room') return null;
  const was = JSON.stringify(before.getMap('info').toJSON());
  return JSON.stringify(after.getMap('info').toJSON()) === was
    ? null
    : {
        code: 'invalid-content',
        path: 'info',
        message: 'the room’s settings are the server’s to change',
      };
}

/**
 * Applies `update` to a copy of `doc` and checks the result: complete (no part waiting for
 * another), within the size limit, and valid for the document's kind. `accepted` are changes
 * already let through but not yet applied to `doc` (messages that arrived together are
 * checked before the first of them is applied): the copy holds them too.
 */
export function checkChange(
  doc: Y.Doc,
  kind: DocumentKind,
  update: Uint8Array,
  limits: Pick<Limits, 'documentBytes'>,
  accepted: readonly Uint8Array[] = [],
): { ok: true } | { ok: false; reason: RefusalReason; problem?: DocumentProblem } {
  const copy = new Y.Doc();
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    for (const earlier of accepted) Y.applyUpdate(copy, earlier);
    Y.applyUpdate(copy, update);
    if (copy.store.pendingStructs || copy.store.pendingDs)
      return { ok: false, reason: 'incomplete-update' };
    if (Y.encodeStateAsUpdate(copy).byteLength > limits.documentBytes)
      return { ok: false, reason: 'document-too-large' };
    const problem =
      validateDocument(copy, kind) ?? strayContent(copy) ?? unchangeable(doc, copy, kind);
    return problem ? { ok: false, reason: 'invalid-update', problem } : { ok: true };
  } catch (error) {
    return {
      ok: false,
      reason: 'invalid-update',
      problem: { code: 'invalid-content', path: '(update)', message: String(error) },
    };
  } finally {
    copy.destroy();
  }
}

/**
 * Content a map or a list holds that its readers never see: list entries inside a map (Yjs
 * keeps both kinds of content in every type; a map shows only its keys), keys inside a list,
 * or a type other than a map or a list. Nobody reads it, so validation would not see it, yet
 * it would be stored and sent to everyone: refused. `doc`'s top-level types must be typed
 * (validateDocument does that).
 */
export function strayContent(doc: Y.Doc): DocumentProblem | null {
  const visit = (type: Y.AbstractType<unknown>, path: string): string | null => {
    const isMap = type instanceof Y.Map;
    if (!isMap && !(type instanceof Y.Array)) return path;
    for (let item = type._start; item; item = item.right)
      if (!item.deleted && (isMap || item.parentSub !== null)) return path;
    for (const item of type._map.values()) if (!item.deleted && !isMap) return path;
    const children = isMap
      ? [...type._map.entries()].map(([key, item]) => [key, item] as const)
      : [];
    if (!isMap) {
      let i = 0;
      for (let item = type._start; item; item = item.right)
        if (!item.deleted) children.push([String(i++), item]);
    }
    for (const [key, item] of children) {
      if (item.deleted || !(item.content instanceof Y.ContentType)) continue;
      const found = visit(item.content.type, `${path}.${key}`);
      if (found) return found;
    }
    return null;
  };
  for (const [name, type] of doc.share) {
    const found = visit(type as Y.AbstractType<unknown>, name);
    if (found)
      return {
        code: 'wrong-type',
        path: found,
        message: `${found} holds content of another kind than its own`,
      };
  }
  return null;
}
