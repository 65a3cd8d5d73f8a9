/**
 * What the room server keeps, in one SQLite file (better-sqlite3): rooms, participants and the
 * Yjs state of every document. Several server processes may share the file (write-ahead log,
 * a busy timeout); Redis then carries live changes between them.
 */
import Database from 'better-sqlite3';

export interface RoomRow {
  id: string;
  title: string;
  code: string;
  codeExpires: number;
  adminHash: string;
  created: number;
  closed: boolean;
}

export interface ParticipantRow {
  room: string;
  id: string;
  tokenHash: string;
  name: string;
  team: string;
  joined: number;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS rooms (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    code TEXT NOT NULL UNIQUE,
    code_expires INTEGER NOT NULL,
    admin_hash TEXT NOT NULL,
    created INTEGER NOT NULL,
    closed INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE IF NOT EXISTS participants (
    room TEXT NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    token_hash TEXT NOT NULL,
    name TEXT NOT NULL,
    team TEXT NOT NULL,
    joined INTEGER NOT NULL,
    PRIMARY KEY (room, id)
  );
  CREATE TABLE IF NOT EXISTS documents (
    name TEXT PRIMARY KEY,
    room TEXT NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
    state BLOB NOT NULL,
    updated INTEGER NOT NULL
  );
  CREATE INDEX IF NOT EXISTS documents_room ON documents(room);
`;

interface RawRoom {
  id: string;
  title: string;
  code: string;
  code_expires: number;
  admin_hash: string;
  created: number;
  closed: number;
}

const toRoom = (r: RawRoom | undefined): RoomRow | null =>
  r
    ? {
        id: r.id,
        title: r.title,
        code: r.code,
        codeExpires: r.code_expires,
        adminHash: r.admin_hash,
        created: r.created,
        closed: r.closed === 1,
      }
    : null;

export class RoomDatabase {
  private readonly db: Database.Database;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('foreign_keys = ON');
    this.db.exec(SCHEMA);
  }

  close(): void {
    this.db.close();
  }

  countRooms(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM rooms').get() as { n: number }).n;
  }

  addRoom(room: RoomRow): void {
    this.db
      .prepare(
        'INSERT INTO rooms (id, title, code, code_expires, admin_hash, created, closed) VALUES (?, ?, ?, ?, ?, ?, 0)',
      )
      .run(room.id, room.title, room.code, room.codeExpires, room.adminHash, room.created);
  }

  room(id: string): RoomRow | null {
    return toRoom(
      this.db.prepare('SELECT * FROM rooms WHERE id = ?').get(id) as RawRoom | undefined,
    );
  }

  roomByCode(code: string): RoomRow | null {
    return toRoom(
      this.db.prepare('SELECT * FROM rooms WHERE code = ?').get(code) as RawRoom | undefined,
    );
  }

  setCode(id: string, code: string, expires: number): void {
    this.db
      .prepare('UPDATE rooms SET code = ?, code_expires = ? WHERE id = ?')
      .run(code, expires, id);
  }

  closeRoom(id: string): void {
    this.db.prepare('UPDATE rooms SET closed = 1 WHERE id = ?').run(id);
  }

  /** Removes the room, its participants and every document of it. */
  deleteRoom(id: string): void {
    this.db
      .transaction(() => {
        this.db.prepare('DELETE FROM documents WHERE room = ?').run(id);
        this.db.prepare('DELETE FROM participants WHERE room = ?').run(id);
        this.db.prepare('DELETE FROM rooms WHERE id = ?').run(id);
      })
      .immediate();
  }

  countParticipants(room: string): number {
    return (
      this.db.prepare('SELECT count(*) AS n FROM participants WHERE room = ?').get(room) as {
        n: number;
      }
    ).n;
  }

  addParticipant(p: ParticipantRow): void {
    this.db
      .prepare(
        'INSERT INTO participants (room, id, token_hash, name, team, joined) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(p.room, p.id, p.tokenHash, p.name, p.team, p.joined);
  }

  participant(room: string, id: string): ParticipantRow | null {
    const r = this.db
      .prepare(
        'SELECT room, id, token_hash AS tokenHash, name, team, joined FROM participants WHERE room = ? AND id = ?',
      )
      .get(room, id) as ParticipantRow | undefined;
    return r ?? null;
  }

  loadDocument(name: string): Uint8Array | null {
    const r = this.db.prepare('SELECT state FROM documents WHERE name = ?').get(name) as
      { state: Buffer } | undefined;
    return r ? new Uint8Array(r.state) : null;
  }

  /**
   * Stores a document's state; false (nothing written) when its room no longer exists.
   * Transactions that read then write begin IMMEDIATE (taking the write lock first): with
   * several processes on one file, a deferred one that reads first may not upgrade to a write
   * once another process wrote, and fails at once with SQLITE_BUSY instead of waiting.
   */
  storeDocument(name: string, room: string, state: Uint8Array): boolean {
    return this.db
      .transaction(() => {
        if (!this.db.prepare('SELECT 1 FROM rooms WHERE id = ?').get(room)) return false;
        this.db
          .prepare(
            'INSERT INTO documents (name, room, state, updated) VALUES (?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET state = excluded.state, updated = excluded.updated',
          )
          .run(name, room, Buffer.from(state), Date.now());
        return true;
      })
      .immediate();
  }

  /** Every row that names the room: for tests and for deletion checks. */
  rowsOfRoom(room: string): number {
    const count = (sql: string): number => (this.db.prepare(sql).get(room) as { n: number }).n;
    return (
      count('SELECT count(*) AS n FROM rooms WHERE id = ?') +
      count('SELECT count(*) AS n FROM participants WHERE room = ?') +
      count('SELECT count(*) AS n FROM documents WHERE room = ?')
    );
  }
}
