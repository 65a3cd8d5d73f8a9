/**
 * A client that speaks the room server's WebSocket protocol by hand (Hocuspocus's framing with
 * lib0 encoding, y-protocols' sync messages inside), so that a test can send what no honest
 * client would: a change to a document it may only read, an oversized or garbled update, an
 * awareness message, a flood.
 *
 * Every message is `[document name][type][…]`: type 0 sync (0 step 1 with a state vector, 1 step 2
 * and 2 update, each with a Yjs update), 1 awareness, 2 auth (0 token, 1 denied + reason, 2
 * authenticated + scope), 5 stateless, 6 broadcast stateless, 7 close + reason, 8 sync status.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { until } from './helpers.js';

export const TYPE = {
  sync: 0,
  awareness: 1,
  auth: 2,
  stateless: 5,
  broadcastStateless: 6,
  close: 7,
  syncStatus: 8,
};
export const SYNC = { step1: 0, step2: 1, update: 2 };

/** What the server said about one document on this socket. */
export interface DocumentSide {
  /** `read-write` or `readonly` once authenticated; the reason once refused. */
  auth: { ok: true; scope: string } | { ok: false; reason: string } | null;
  /** The server's copy as this client received it (sync step 2 and updates). */
  doc: Y.Doc;
  /** Sync messages received (step 2 or update), to tell "nothing came" from "came empty". */
  received: number;
  /** Sync status answers: true when the server applied a change, false when it did not. */
  statuses: boolean[];
  /** Reasons the server closed this document's connection with. */
  closed: string[];
}

export function frame(name: string, write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, name);
  write(e);
  return encoding.toUint8Array(e);
}

export const syncUpdate = (name: string, update: Uint8Array, step = SYNC.update): Uint8Array =>
  frame(name, (e) => {
    encoding.writeVarUint(e, TYPE.sync);
    encoding.writeVarUint(e, step);
    encoding.writeVarUint8Array(e, update);
  });

export class CraftedClient {
  readonly socket: WebSocket;
  readonly documents = new Map<string, DocumentSide>();
  /** Set when the whole socket closed: its code and reason. */
  socketClosed: { code: number; reason: string } | null = null;
  private readonly opened: Promise<void>;

  constructor(serverUrl: string) {
    const url = new URL('/rooms', serverUrl);
    url.protocol = 'ws:';
    this.socket = new WebSocket(url);
    this.socket.binaryType = 'nodebuffer';
    this.opened = new Promise((resolve, reject) => {
      this.socket.once('open', () => resolve());
      this.socket.once('error', reject);
    });
    this.socket.on('error', () => undefined);
    this.socket.on('message', (data: Buffer) => this.receive(new Uint8Array(data)));
    this.socket.on(
      'close',
      (code, reason) => (this.socketClosed = { code, reason: reason.toString() }),
    );
  }

  side(name: string): DocumentSide {
    let side = this.documents.get(name);
    if (!side) {
      side = { auth: null, doc: new Y.Doc(), received: 0, statuses: [], closed: [] };
      this.documents.set(name, side);
    }
    return side;
  }

  private receive(data: Uint8Array): void {
    const d = decoding.createDecoder(data);
    const name = decoding.readVarString(d);
    const side = this.side(name);
    const type = decoding.readVarUint(d);
    if (type === TYPE.auth) {
      const kind = decoding.readVarUint(d);
      if (kind === 2) side.auth = { ok: true, scope: decoding.readVarString(d) };
      else if (kind === 1) side.auth = { ok: false, reason: decoding.readVarString(d) };
    } else if (type === TYPE.sync || type === 4) {
      const step = decoding.readVarUint(d);
      if (step === SYNC.step2 || step === SYNC.update) {
        side.received += 1;
        Y.applyUpdate(side.doc, decoding.readVarUint8Array(d), 'server');
      }
    } else if (type === TYPE.syncStatus) {
      side.statuses.push(decoding.readVarUint(d) === 1);
    } else if (type === TYPE.close) {
      side.closed.push(decoding.readVarString(d));
    }
  }

  async send(data: Uint8Array): Promise<void> {
    await this.opened;
    this.socket.send(data);
  }

  /** Sends the token for `name` and waits for the server's verdict. */
  async authenticate(name: string, token: string): Promise<DocumentSide['auth']> {
    const side = this.side(name);
    side.auth = null;
    await this.send(
      frame(name, (e) => {
        encoding.writeVarUint(e, TYPE.auth);
        encoding.writeVarUint(e, 0);
        encoding.writeVarString(e, token);
      }),
    );
    await until(() => side.auth ?? this.socketClosed, 10_000, `the verdict on ${name}`);
    return side.auth;
  }

  /** Asks for the document's state (sync step 1 with an empty state vector) and waits for it. */
  async sync(name: string): Promise<Y.Doc> {
    const side = this.side(name);
    const before = side.received;
    await this.send(
      frame(name, (e) => {
        encoding.writeVarUint(e, TYPE.sync);
        encoding.writeVarUint(e, SYNC.step1);
        encoding.writeVarUint8Array(e, Y.encodeStateVector(side.doc));
      }),
    );
    await until(() => side.received > before, 10_000, `the state of ${name}`);
    return side.doc;
  }

  /**
   * Makes `change` on this client's copy of `name` and returns the Yjs update it produced,
   * without sending it.
   */
  change(name: string, change: (doc: Y.Doc) => void): Uint8Array {
    const doc = this.side(name).doc;
    const before = Y.encodeStateVector(doc);
    change(doc);
    return Y.encodeStateAsUpdate(doc, before);
  }

  /** Sends an update and waits for the server to answer it: a sync status or a close. */
  async sendUpdate(
    name: string,
    update: Uint8Array,
  ): Promise<{ applied: boolean } | { closed: string }> {
    return this.sendAndWait(name, syncUpdate(name, update));
  }

  /** Sends any message on `name` and waits for a sync status or a close of it. */
  async sendAndWait(
    name: string,
    data: Uint8Array,
  ): Promise<{ applied: boolean } | { closed: string }> {
    const side = this.side(name);
    const statuses = side.statuses.length;
    const closes = side.closed.length;
    await this.send(data);
    await until(
      () => side.statuses.length > statuses || side.closed.length > closes || this.socketClosed,
      10_000,
      `an answer on ${name}`,
    );
    if (side.closed.length > closes) return { closed: side.closed[closes]! };
    if (side.statuses.length > statuses) return { applied: side.statuses[statuses]! };
    return { closed: `socket ${this.socketClosed!.code}` };
  }

  async close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return;
    const closed = new Promise((resolve) => this.socket.once('close', resolve));
    this.socket.terminate();
    await closed;
  }
}
