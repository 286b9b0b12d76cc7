// The workshop's storage: one SQLite file in the data folder (Node's built-in node:sqlite), in WAL mode so the
// live stream's readers never wait for a writer. Every acknowledged write is committed before the answer is sent.
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS rooms (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  secret_hash TEXT NOT NULL,
  title TEXT NOT NULL,
  lessons TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  presenter TEXT,
  seq INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS attendees (
  id TEXT PRIMARY KEY,
  room_id TEXT NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  joined_at INTEGER NOT NULL,
  sharing INTEGER NOT NULL DEFAULT 0,
  acked_seq INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS attendees_room ON attendees(room_id);
CREATE TABLE IF NOT EXISTS reports (
  attendee_id TEXT NOT NULL REFERENCES attendees(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  room_id TEXT NOT NULL,
  at INTEGER NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (attendee_id, seq)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS reports_room ON reports(room_id);
CREATE TABLE IF NOT EXISTS polls (
  id TEXT PRIMARY KEY,
  room_id TEXT NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
  question TEXT NOT NULL,
  opened_at INTEGER NOT NULL,
  revealed INTEGER NOT NULL DEFAULT 0,
  closed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS polls_room ON polls(room_id);
CREATE TABLE IF NOT EXISTS answers (
  poll_id TEXT NOT NULL REFERENCES polls(id) ON DELETE CASCADE,
  attendee_id TEXT NOT NULL REFERENCES attendees(id) ON DELETE CASCADE,
  choice INTEGER NOT NULL,
  PRIMARY KEY (poll_id, attendee_id)
) WITHOUT ROWID;
`;

export type Statements = ReturnType<typeof prepare>;

export interface Database {
  db: DatabaseSync;
  sql: Statements;
  file: string;
  /** Runs `work` in one transaction: all of it is committed, or none. */
  transaction<T>(work: () => T): T;
  close(): void;
}

export function openDatabase(dataDir: string): Database {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, 'workshop.sqlite');
  const db = new DatabaseSync(file);
  // NORMAL in WAL mode: a commit survives the process dying; only a power cut can lose the last transactions.
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;');
  db.exec(SCHEMA);
  const sql = prepare(db);
  return {
    db,
    sql,
    file,
    transaction(work) {
      db.exec('BEGIN IMMEDIATE');
      try {
        const result = work();
        db.exec('COMMIT');
        return result;
      } catch (error) {
        db.exec('ROLLBACK');
        throw error;
      }
    },
    close: () => db.close(),
  };
}

function prepare(db: DatabaseSync) {
  const s = (text: string): StatementSync => db.prepare(text);
  return {
    insertRoom: s('INSERT INTO rooms (id, code, secret_hash, title, lessons, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    roomById: s('SELECT * FROM rooms WHERE id = ?'),
    roomByCode: s('SELECT * FROM rooms WHERE code = ?'),
    allRooms: s('SELECT * FROM rooms'),
    expiredRooms: s('SELECT id FROM rooms WHERE expires_at <= ?'),
    deleteRoom: s('DELETE FROM rooms WHERE id = ?'),
    // Reports carry no foreign key to rooms (attendee's does): delete them with the room explicitly.
    deleteRoomReports: s('DELETE FROM reports WHERE room_id = ?'),
    setSeq: s('UPDATE rooms SET seq = ? WHERE id = ?'),
    setPresenter: s('UPDATE rooms SET presenter = ? WHERE id = ?'),
    insertAttendee: s('INSERT INTO attendees (id, room_id, name, token_hash, joined_at) VALUES (?, ?, ?, ?, ?)'),
    attendeesOf: s('SELECT id, name, token_hash, joined_at, sharing, acked_seq FROM attendees WHERE room_id = ? ORDER BY joined_at'),
    countAttendees: s('SELECT count(*) AS n FROM attendees WHERE room_id = ?'),
    deleteAttendee: s('DELETE FROM attendees WHERE id = ? AND room_id = ?'),
    deleteAttendeeReports: s('DELETE FROM reports WHERE attendee_id = ?'),
    setSharing: s('UPDATE attendees SET sharing = ? WHERE id = ?'),
    ackedOf: s('SELECT acked_seq FROM attendees WHERE id = ?'),
    setAcked: s('UPDATE attendees SET acked_seq = ? WHERE id = ?'),
    insertReport: s('INSERT OR IGNORE INTO reports (attendee_id, seq, room_id, at, body) VALUES (?, ?, ?, ?, ?)'),
    reportsOfRoom: s('SELECT attendee_id, at, body FROM reports WHERE room_id = ? ORDER BY at, seq'),
    reportsOfAttendee: s('SELECT seq, at, body FROM reports WHERE attendee_id = ? ORDER BY seq'),
    countReports: s('SELECT count(*) AS n FROM reports'),
    insertPoll: s('INSERT INTO polls (id, room_id, question, opened_at) VALUES (?, ?, ?, ?)'),
    closeOpenPolls: s('UPDATE polls SET closed = 1 WHERE room_id = ? AND closed = 0'),
    currentPoll: s('SELECT * FROM polls WHERE room_id = ? AND closed = 0 ORDER BY opened_at DESC LIMIT 1'),
    revealPoll: s('UPDATE polls SET revealed = 1 WHERE id = ? AND room_id = ?'),
    upsertAnswer: s('INSERT INTO answers (poll_id, attendee_id, choice) VALUES (?, ?, ?) ON CONFLICT (poll_id, attendee_id) DO UPDATE SET choice = excluded.choice'),
    answersOf: s('SELECT attendee_id, choice FROM answers WHERE poll_id = ?'),
  };
}
