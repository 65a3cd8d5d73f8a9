/**
 * The room server: Hocuspocus over the room's Yjs documents, an HTTP API to open, join, close
 * and delete rooms, SQLite for what must last, and (optionally) Redis so that several
 * processes serve the same rooms. It may also serve a directory of static files (the built
 * demo), so that one laptop serves a venue with no internet on one address.
 *
 * Who may do what is decided here, never by a page (docs/rooms.md, "Who may do what"):
 * - the facilitator (token from opening the room) writes the room's shared document, reads the
 *   roster, every response and every plan;
 * - a participant (token from joining with the room's code) writes their own response and
 *   feedback and their team's plan, and reads the room's shared document; nothing else.
 */
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { createServer, type IncomingMessage, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import {
  documentName,
  parseDocumentName,
  writeRoom,
  type DocumentName,
  type RoomInfo,
} from '../shared/documents.js';
import { RoomDatabase } from './database.js';
import {
  checkChange,
  DEFAULT_LIMITS,
  RateLimiter,
  readMessage,
  Refusal,
  type Limits,
  type RefusalReason,
} from './guard.js';
import type { Holder, RoomEvent } from './holder.js';
import { handleApi } from './http.js';
import { newId, readToken, secretMatches } from './secrets.js';
import { serveStatic } from './static.js';

export interface RoomServerOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Address to listen on: `127.0.0.1` (default) for this machine, `0.0.0.0` for a venue's network. */
  host?: string;
  /** The SQLite file; `:memory:` keeps nothing after the process ends. */
  database?: string;
  /** A Redis server shared by every process that serves the same rooms (and the same database file). */
  redis?: {
    host: string;
    port: number;
    username?: string;
    password?: string;
    /** The Redis database number (0 by default). */
    db?: number;
    prefix?: string;
  };
  /** A directory of files served at `/` (the built demo), with `index.html` for other paths. */
  staticDir?: string;
  /** When set, opening a room needs this key (header `x-dtc-open-key`); joining never does. */
  openKey?: string;
  /**
   * Behind a reverse proxy: read a participant's address (for the limit of join attempts per
   * address) from the last entry of `X-Forwarded-For`, which the proxy sets. Only with a proxy
   * that sets it: otherwise anyone could claim any address.
   */
  trustProxy?: boolean;
  limits?: Partial<Limits>;
  /** Where events go (refusals, rooms opened and deleted); one line each by default. */
  log?: (event: RoomEvent) => void;
}

export interface RoomServer {
  /** `http://host:port` as listened on. */
  readonly url: string;
  readonly port: number;
  readonly hocuspocus: Hocuspocus;
  readonly database: RoomDatabase;
  readonly limits: Limits;
  /** Stops listening, closes every connection, stores every document, closes the database. */
  close(): Promise<void>;
}

type RoomChange = 'closed' | 'deleted';

/** Resolves once a Redis connection is ready; rejects with a clear message when it does not get there in time. */
function whenReady(
  client: { status: string; once(event: 'ready', listener: () => void): unknown },
  at: { host: string; port: number },
  ms = 10_000,
): Promise<void> {
  if (client.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(new Error(`Redis at ${at.host}:${at.port} did not answer within ${ms / 1000} s.`)),
      ms,
    );
    client.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

const defaultLog = (e: RoomEvent): void => {
  console.log(JSON.stringify({ at: new Date().toISOString(), ...e }));
};

/** Starts a room server; resolves once it listens. */
export async function startRoomServer(options: RoomServerOptions = {}): Promise<RoomServer> {
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const log = options.log ?? defaultLog;
  const database = new RoomDatabase(options.database ?? ':memory:');
  const messages = new RateLimiter(limits.messagesPerSecond, limits.messageBurst);
  const joins = new RateLimiter(limits.joinsPerMinute / 60, limits.joinsPerMinute);
  const sweeper = setInterval(() => {
    messages.sweep();
    joins.sweep();
  }, 60_000);
  sweeper.unref();

  /** Checks a token against the database: who holds it, or null. */
  function holderOf(token: unknown): Holder | null {
    const claim = readToken(token);
    if (!claim) return null;
    const room = database.room(claim.room);
    if (!room) return null;
    if (claim.role === 'facilitator')
      return secretMatches(claim.secret, room.adminHash)
        ? { role: 'facilitator', room: room.id }
        : null;
    const p = database.participant(room.id, claim.participant);
    if (!p || !secretMatches(claim.secret, p.tokenHash)) return null;
    return { role: 'participant', room: room.id, participant: p.id, team: p.team };
  }

  /** What `holder` may do with the document `name`: write, read, or nothing. */
  function access(holder: Holder, name: DocumentName): 'write' | 'read' | 'none' {
    if (holder.room !== name.room) return 'none';
    if (holder.role === 'facilitator') return name.kind === 'room' ? 'write' : 'read';
    if (name.kind === 'room') return 'read';
    if (name.kind === 'participant') return name.key === holder.participant ? 'write' : 'none';
    if (name.kind === 'plan') return name.key === holder.team ? 'write' : 'none';
    return 'none';
  }

  /**
   * Changes let through by the guard and not yet applied by Hocuspocus, by document: messages
   * that arrive together are all checked before the first is applied, so each is checked on
   * top of those before it. Hocuspocus applies a change in the same turn of the event loop
   * as the check resolves, so the list is emptied on the next turn.
   */
  const accepted = new Map<string, Uint8Array[]>();
  function holdUntilApplied(name: string, update: Uint8Array): void {
    const list = accepted.get(name) ?? [];
    list.push(update);
    accepted.set(name, list);
    setImmediate(() => {
      list.splice(list.indexOf(update), 1);
      if (list.length === 0 && accepted.get(name) === list) accepted.delete(name);
    });
  }

  /** Connections closed by a refusal (already logged). */
  const refused = new WeakSet<object>();

  const guard: Extension = {
    async onAuthenticate({ token, documentName: docName, connectionConfig }) {
      const name = parseDocumentName(docName);
      const holder = holderOf(token);
      if (!name || !holder) {
        log({
          event: 'refused-token',
          room: name?.room,
          document: docName.slice(0, 200),
          reason: 'room-not-found',
        });
        throw new Refusal(4401, 'room-not-found', 'unknown document or token');
      }
      const room = database.room(name.room);
      if (!room) throw new Refusal(4404, 'room-not-found');
      if (holder.role === 'participant' && room.closed) throw new Refusal(4410, 'room-closed');
      const can = access(holder, name);
      if (can === 'none') {
        log({ event: 'refused-access', room: holder.room, document: docName, reason: 'forbidden' });
        throw new Refusal(4403, 'room-not-found', 'forbidden');
      }
      connectionConfig.readOnly = can === 'read';
      return { holder };
    },

    async beforeHandleMessage({ update: data, document, context, socketId, connection }) {
      const holder = (context as { holder?: Holder }).holder;
      const name = parseDocumentName(document.name)!;
      /** Logs the refusal (once per connection: a flood's other messages are refused silently) and throws it. */
      const refuse = (
        code: number,
        reason: RefusalReason,
        event: string,
        detail?: string,
      ): never => {
        if (!refused.has(connection))
          log({ event, room: name.room, document: document.name, reason, detail });
        refused.add(connection);
        throw new Refusal(code, reason);
      };
      if (!messages.take(socketId)) refuse(4429, 'rate-limited', 'refused-message');
      if (data.byteLength > limits.messageBytes)
        refuse(4413, 'message-too-large', 'refused-message', `${data.byteLength} bytes`);
      const message = readMessage(data);
      if (message.kind === 'refused')
        refuse(4400, 'message-not-accepted', 'refused-message', `message type ${message.type}`);
      if (message.kind !== 'change' || !holder) return;
      if (access(holder, name) !== 'write') return; // Hocuspocus refuses changes on a read-only connection.
      const room = database.room(name.room);
      if (!room) refuse(4404, 'room-not-found', 'refused-update');
      if (room!.closed && holder.role === 'participant')
        refuse(4410, 'room-closed', 'refused-update');
      const checked = checkChange(
        document,
        name.kind,
        message.update,
        limits,
        accepted.get(document.name),
      );
      if (!checked.ok) refuse(4422, checked.reason, 'refused-update', checked.problem?.message);
      holdUntilApplied(document.name, message.update);
    },
  };

  const storage = new Database({
    fetch: async ({ documentName: docName }) => database.loadDocument(docName),
    store: async ({ documentName: docName, state }) => {
      const name = parseDocumentName(docName);
      if (!name) return;
      // Another process on the same file may hold the write lock longer than SQLite's busy
      // timeout: try again a few times. An error thrown from here would end the process
      // (Hocuspocus rethrows it where nothing catches it), so the last failure is logged.
      for (let attempt = 1; ; attempt += 1) {
        try {
          database.storeDocument(docName, name.room, state);
          return;
        } catch (error) {
          const busy = (error as { code?: string }).code?.startsWith('SQLITE_BUSY');
          if (busy && attempt < 5) {
            await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
            continue;
          }
          log({ event: 'store-error', room: name.room, document: docName, detail: String(error) });
          return;
        }
      }
    },
  });

  const extensions: Extension[] = [guard, storage];
  const redis = options.redis
    ? new Redis({
        host: options.redis.host,
        port: options.redis.port,
        prefix: options.redis.prefix ?? 'dtc-rooms',
        options: {
          username: options.redis.username,
          password: options.redis.password,
          db: options.redis.db,
        },
      })
    : null;
  if (redis) {
    extensions.push(redis);
    for (const client of [redis.pub, redis.sub])
      client.on('error', (error: Error) => log({ event: 'redis-error', detail: String(error) }));
  }

  const hocuspocus = new Hocuspocus({
    name: 'dtc-rooms',
    quiet: true,
    extensions,
    debounce: 1000,
    maxDebounce: 5000,
  });

  /** Stores and lets go of documents the server wrote to; `close()` waits for them. */
  const releasing = new Set<Promise<void>>();

  /**
   * Writes to a document from the server itself (the roster, a room's settings). The change
   * reaches every connection (and, with Redis, the other processes) at once; storing it and
   * letting the document go happen after the answer, as Hocuspocus's store and unload hooks
   * wait for Redis locks and delays (about three seconds per write with Redis).
   */
  async function writeAsServer(name: string, change: (doc: Y.Doc) => void): Promise<void> {
    const direct = await hocuspocus.openDirectConnection(name, { server: true });
    const document = direct.document!;
    try {
      document.transact(() => change(document));
    } finally {
      const release = direct
        .disconnect()
        .catch((error: unknown) =>
          log({ event: 'store-error', document: name, detail: String(error) }),
        )
        .finally(() => releasing.delete(release));
      releasing.add(release);
    }
  }

  /** Closes the connections to `room`'s documents held by `who` (everyone by default). */
  function disconnect(
    room: string,
    who: 'participants' | 'everyone',
    reason: 'room-closed' | 'room-not-found',
  ): void {
    for (const document of hocuspocus.documents.values()) {
      if (!document.name.startsWith(`${room}/`)) continue;
      for (const { connection } of document.connections.values()) {
        const holder = (connection.context as { holder?: Holder }).holder;
        if (who === 'everyone' || holder?.role === 'participant')
          connection.close({ code: reason === 'room-closed' ? 4410 : 4404, reason });
      }
    }
  }

  const api = handleApi({
    database,
    limits,
    joins,
    openKey: options.openKey,
    trustProxy: options.trustProxy === true,
    log,
    holderOf,
    async createRoomDocument(room: string, info: RoomInfo) {
      // A new room's document is open nowhere yet: stored as it is, so that joining reads it.
      const doc = new Y.Doc();
      writeRoom(doc, { info });
      database.storeDocument(
        documentName({ room, kind: 'room' }),
        room,
        Y.encodeStateAsUpdate(doc),
      );
      doc.destroy();
    },
    async addToRoster(room, participant, entry) {
      await writeAsServer(documentName({ room, kind: 'roster' }), (doc) =>
        doc.getMap('participants').set(participant, entry),
      );
    },
    async closeRoom(room) {
      await writeAsServer(documentName({ room, kind: 'room' }), (doc) =>
        writeRoom(doc, { info: { closed: true } }),
      );
      await roomChanged(room, 'closed');
    },
    async deleteRoom(room) {
      await roomChanged(room, 'deleted');
    },
  });

  /** Does here what closing or deleting `room` means for the connections and documents in memory. */
  async function applyRoomChange(room: string, change: RoomChange): Promise<void> {
    if (change === 'closed') {
      disconnect(room, 'participants', 'room-closed');
      return;
    }
    disconnect(room, 'everyone', 'room-not-found');
    // Documents still in memory are dropped without being stored again.
    for (const document of [...hocuspocus.documents.values()])
      if (document.name.startsWith(`${room}/`)) {
        hocuspocus.documents.delete(document.name);
        document.destroy();
        await hocuspocus.hooks('afterUnloadDocument', {
          instance: hocuspocus,
          documentName: document.name,
        });
      }
  }

  // With Redis, the other processes serving the same rooms hear of a room closed or deleted
  // here, and close their connections to it too.
  const instance = newId();
  const channel = `${options.redis?.prefix ?? 'dtc-rooms'}:room-changes`;
  const listener = redis ? redis.pub.duplicate() : null;
  async function roomChanged(room: string, change: RoomChange): Promise<void> {
    await applyRoomChange(room, change);
    if (redis) await redis.pub.publish(channel, JSON.stringify({ room, change, from: instance }));
  }
  if (redis && listener) {
    listener.on('error', (error: Error) => log({ event: 'redis-error', detail: String(error) }));
    listener.on('message', (_channel: string, message: string) => {
      const heard = JSON.parse(message) as { room: string; change: RoomChange; from: string };
      if (heard.from !== instance) void applyRoomChange(heard.room, heard.change);
    });
    // Listening starts once Redis answers on every connection (a document subscribed to before
    // that can miss its first messages).
    await Promise.all([redis.pub, redis.sub, listener].map((c) => whenReady(c, options.redis!)));
    await listener.subscribe(channel);
  }
  const files = options.staticDir ? serveStatic(options.staticDir) : null;

  const http: HttpServer = createServer((request, response) => {
    void (async () => {
      try {
        if (await api(request, response)) return;
        if (files && (await files(request, response))) return;
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      } catch (error) {
        log({ event: 'http-error', detail: String(error) });
        if (!response.headersSent) response.writeHead(500).end();
        else response.end();
      }
    })();
  });
  const sockets = new WebSocketServer({ noServer: true, maxPayload: limits.messageBytes + 1024 });
  http.on('upgrade', (request: IncomingMessage, socket, head) => {
    sockets.handleUpgrade(request, socket, head, (ws) => {
      ws.on('error', (error) => log({ event: 'socket-error', detail: String(error) }));
      hocuspocus.handleConnection(ws, request);
    });
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = http.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    hocuspocus,
    database,
    limits,
    async close() {
      clearInterval(sweeper);
      for (const ws of sockets.clients) ws.terminate();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      // Stores now what was waiting for its debounce, then lets the extensions (Redis) go.
      await Promise.all(
        [...hocuspocus.documents.keys()].map((name) =>
          hocuspocus.debouncer.executeNow(`onStoreDocument-${name}`),
        ),
      );
      await Promise.all(releasing);
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
      listener?.disconnect(false);
      sockets.close();
      database.close();
    },
  };
}
