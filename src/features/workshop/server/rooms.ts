// Rooms, attendees, reports and polls: the workshop's rules on top of the database, with each live room's state
// kept in memory (rebuilt from the database at start) and every change pushed to the room's open streams.
import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { ClassProgress } from '../class-progress.ts';
import { LIMITS, type PollOpen, type Position, type PublicPoll, type Report, type RosterEntry, type Sent } from '../protocol.ts';
import type { SlidePosition } from '../../deck/presenter/sync-message.ts';
import type { Database } from './database.ts';

/** A `remote` stream is a phone driving the instructor's deck: it hears where the presenter is, nothing else. */
export type Role = 'instructor' | 'attendee' | 'remote';

/** One open live stream (an SSE response); `attendee` is set on attendee streams. */
export interface Stream {
  role: Role;
  attendee?: string;
  send(id: number, type: string, data: unknown): void;
  end(): void;
}

export interface Room { id: string; code: string; title: string; lessons: string[]; createdAt: number; expiresAt: number }

interface Poll { id: string; open: PollOpen; answers: Map<string, number>; revealed: boolean }

export interface LiveRoom {
  room: Room;
  secretHash: string;
  presenter: Position | null;
  roster: Map<string, RosterEntry>;
  progress: ClassProgress;
  poll: Poll | null;
  streams: Set<Stream>;
  /** The room's last event number; always written to the database before an event with it is sent. */
  seq: number;
  pollFlush?: NodeJS.Timeout;
  rosterFlush?: NodeJS.Timeout;
}

export class WorkshopError extends Error {
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

// No 0/O, 1/I/L: a code read off a projector is typed right the first time.
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const CODE_LENGTH = 6;
const POLL_FLUSH_MS = 150;
const ROSTER_FLUSH_MS = 250;

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');
const newSecret = (bytes: number) => randomBytes(bytes).toString('base64url');
const sameHash = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export interface WorkshopOptions {
  /** Rooms and all their data are deleted this long after creation unless the instructor gives another time. */
  defaultHours: number;
  maxHours: number;
  now?: () => number;
}

export class Workshop {
  private readonly rooms = new Map<string, LiveRoom>();
  private readonly byCode = new Map<string, LiveRoom>();
  /** Attendee token hash → attendee id: every attendee request is authorised without a query. */
  private readonly tokens = new Map<string, string>();
  readonly now: () => number;
  private readonly store: Database;
  private readonly options: WorkshopOptions;

  constructor(store: Database, options: WorkshopOptions) {
    this.store = store;
    this.options = options;
    this.now = options.now ?? Date.now;
    this.load();
  }

  get roomCount(): number {
    return this.rooms.size;
  }

  /** Everything in the database back into memory: what was acknowledged before a restart is there again. */
  private load(): void {
    const { sql } = this.store;
    for (const row of sql.allRooms.all() as Record<string, any>[]) {
      const live = this.remember(
        { id: row.id, code: row.code, title: row.title, lessons: JSON.parse(row.lessons), createdAt: row.created_at, expiresAt: row.expires_at },
        row.secret_hash,
      );
      live.presenter = row.presenter ? JSON.parse(row.presenter) : null;
      live.seq = row.seq;
      for (const a of sql.attendeesOf.all(row.id) as Record<string, any>[]) {
        live.roster.set(a.id, { id: a.id, name: a.name, joinedAt: a.joined_at, sharing: a.sharing === 1 });
        this.tokens.set(a.token_hash, a.id);
      }
      live.progress.setRoster([...live.roster.values()]);
      for (const r of sql.reportsOfRoom.all(row.id) as Record<string, any>[]) live.progress.add(r.attendee_id, r.at, JSON.parse(r.body));
      const poll = sql.currentPoll.get(row.id) as Record<string, any> | undefined;
      if (poll) {
        const answers = new Map((sql.answersOf.all(poll.id) as Record<string, any>[]).map((a) => [a.attendee_id as string, a.choice as number]));
        live.poll = { id: poll.id, open: JSON.parse(poll.question), answers, revealed: poll.revealed === 1 };
      }
    }
  }

  private remember(room: Room, secretHash: string): LiveRoom {
    const live: LiveRoom = { room, secretHash, presenter: null, roster: new Map(), progress: new ClassProgress(room.lessons), poll: null, streams: new Set(), seq: 0 };
    this.rooms.set(room.id, live);
    this.byCode.set(room.code, live);
    return live;
  }

  createRoom(input: { title: string; lessons: string[]; hours?: number }): { live: LiveRoom; secret: string } {
    const hours = Math.min(this.options.maxHours, Math.max(1 / 60, input.hours ?? this.options.defaultHours));
    const now = this.now();
    let code: string;
    do code = Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
    while (this.byCode.has(code));
    const room: Room = { id: newSecret(12), code, title: input.title, lessons: input.lessons, createdAt: now, expiresAt: Math.round(now + hours * 3600_000) };
    const secret = newSecret(32);
    this.store.sql.insertRoom.run(room.id, room.code, hashSecret(secret), room.title, JSON.stringify(room.lessons), room.createdAt, room.expiresAt);
    return { live: this.remember(room, hashSecret(secret)), secret };
  }

  room(id: string): LiveRoom | undefined {
    const live = this.rooms.get(id);
    return live && live.room.expiresAt > this.now() ? live : undefined;
  }

  /** The room if `secret` is its instructor secret. */
  asInstructor(roomId: string, secret: string): LiveRoom | undefined {
    const live = this.room(roomId);
    return live && sameHash(live.secretHash, hashSecret(secret)) ? live : undefined;
  }

  /** The phone remote's key: derived from the stored secret hash, so it survives a restart, moves slides only and
   *  cannot be turned back into the instructor secret. */
  remoteKey(live: LiveRoom): string {
    return createHmac('sha256', live.secretHash).update(`deck-remote:${live.room.id}`).digest('base64url');
  }

  /** The room if `key` is its phone remote's key. */
  asRemote(roomId: string, key: string): LiveRoom | undefined {
    const live = this.room(roomId);
    return live && sameHash(this.remoteKey(live), key) ? live : undefined;
  }

  /** A phone remote moved: the instructor's decks go there (they publish the move to attendees themselves). */
  remoteMove(live: LiveRoom, position: SlidePosition): void {
    this.toInstructors(live, this.bump(live), 'remote', position);
  }

  /** The room and attendee id if `token` belongs to an attendee of that room. */
  asAttendee(roomId: string, token: string): { live: LiveRoom; attendee: string } | undefined {
    const live = this.room(roomId);
    if (!live) return undefined;
    const attendee = this.tokens.get(hashSecret(token));
    return attendee && live.roster.has(attendee) ? { live, attendee } : undefined;
  }

  join(code: string, name: string): { live: LiveRoom; attendee: RosterEntry; token: string } {
    const live = this.byCode.get(code.toUpperCase());
    if (!live || live.room.expiresAt <= this.now()) throw new WorkshopError(404, 'no room with this code');
    if (live.roster.size >= LIMITS.attendeesPerRoom) throw new WorkshopError(409, 'the room is full');
    const taken = [...live.roster.values()].some((a) => a.name.toLowerCase() === name.toLowerCase());
    if (taken) throw new WorkshopError(409, 'this name is already in the room');
    const attendee: RosterEntry = { id: newSecret(12), name, joinedAt: this.now(), sharing: false };
    const token = newSecret(32);
    this.store.sql.insertAttendee.run(attendee.id, live.room.id, name, hashSecret(token), attendee.joinedAt);
    this.tokens.set(hashSecret(token), attendee.id);
    live.roster.set(attendee.id, attendee);
    live.progress.setRoster([...live.roster.values()]);
    this.pushRoster(live);
    return { live, attendee, token };
  }

  /** An attendee leaves, or the instructor removes a name: the attendee and all their data are deleted. */
  removeAttendee(live: LiveRoom, attendee: string): void {
    if (!live.roster.has(attendee)) throw new WorkshopError(404, 'no such attendee');
    this.store.transaction(() => {
      this.store.sql.deleteAttendeeReports.run(attendee);
      this.store.sql.deleteAttendee.run(attendee, live.room.id);
    });
    live.roster.delete(attendee);
    for (const [hash, id] of this.tokens) if (id === attendee) this.tokens.delete(hash);
    live.progress.forget(attendee);
    live.poll?.answers.delete(attendee);
    for (const stream of live.streams) {
      if (stream.attendee !== attendee) continue;
      stream.send(this.bump(live), 'removed', {});
      stream.end();
      live.streams.delete(stream);
    }
    this.pushRoster(live);
  }

  setSharing(live: LiveRoom, attendee: string, sharing: boolean): void {
    this.store.sql.setSharing.run(sharing ? 1 : 0, attendee);
    live.roster.get(attendee)!.sharing = sharing;
    this.pushRoster(live);
  }

  /** Applies the reports the attendee had not sent yet (replays are ignored by seq); returns the last seq stored. */
  report(live: LiveRoom, attendee: string, batch: Sent<Report>[]): number {
    const entry = live.roster.get(attendee)!;
    if (!entry.sharing) throw new WorkshopError(403, 'progress sharing is off');
    let acked = (this.store.sql.ackedOf.get(attendee) as { acked_seq: number }).acked_seq;
    const fresh = batch.filter((item) => item.seq > acked);
    if (fresh.length === 0) return acked;
    const now = this.now();
    // A report time from the browser's clock is trusted only within the room's life and not in the future.
    const at = (sent: number) => Math.min(now, Math.max(live.room.createdAt, sent));
    const ids = this.store.transaction(() => {
      const out: number[] = [];
      for (const item of fresh) {
        this.store.sql.insertReport.run(attendee, item.seq, live.room.id, at(item.at), JSON.stringify(item.body));
        out.push(live.seq + out.length + 1);
      }
      acked = fresh[fresh.length - 1].seq;
      this.store.sql.setAcked.run(acked, attendee);
      this.store.sql.setSeq.run(live.seq + out.length, live.room.id);
      live.seq += out.length;
      return out;
    });
    fresh.forEach((item, i) => {
      live.progress.add(attendee, at(item.at), item.body);
      this.toInstructors(live, ids[i], 'report', { attendee, at: at(item.at), body: item.body });
    });
    return acked;
  }

  ownData(live: LiveRoom, attendee: string) {
    const me = live.roster.get(attendee)!;
    const rows = this.store.sql.reportsOfAttendee.all(attendee) as Record<string, any>[];
    const acked = rows.length ? rows[rows.length - 1].seq : 0;
    return { attendee: me, acked, reports: rows.map((r) => ({ seq: r.seq, at: r.at, body: JSON.parse(r.body) })) };
  }

  setPresenter(live: LiveRoom, position: Position): void {
    this.store.sql.setPresenter.run(JSON.stringify(position), live.room.id);
    live.presenter = position;
    this.toAll(live, this.bump(live), 'presenter', position);
  }

  openPoll(live: LiveRoom, open: PollOpen): PublicPoll {
    const id = newSecret(9);
    this.store.transaction(() => {
      this.store.sql.closeOpenPolls.run(live.room.id);
      this.store.sql.insertPoll.run(id, live.room.id, JSON.stringify(open), this.now());
    });
    live.poll = { id, open, answers: new Map(), revealed: false };
    this.pushPoll(live);
    return publicPoll(live.poll, true);
  }

  answer(live: LiveRoom, attendee: string, pollId: string, choice: number): void {
    const poll = live.poll;
    if (!poll || poll.id !== pollId) throw new WorkshopError(409, 'this poll is not open');
    if (poll.revealed) throw new WorkshopError(409, 'the answer was revealed already');
    if (!Number.isInteger(choice) || choice < 0 || choice >= poll.open.options.length) throw new WorkshopError(400, 'choice must index an option');
    this.store.sql.upsertAnswer.run(pollId, attendee, choice);
    poll.answers.set(attendee, choice);
    // Hundreds answer within seconds: the distribution goes out at most every POLL_FLUSH_MS.
    live.pollFlush ??= setTimeout(() => {
      live.pollFlush = undefined;
      this.pushPoll(live);
    }, POLL_FLUSH_MS);
  }

  revealPoll(live: LiveRoom, pollId: string): void {
    if (!live.poll || live.poll.id !== pollId) throw new WorkshopError(409, 'this poll is not open');
    this.store.sql.revealPoll.run(pollId, live.room.id);
    live.poll.revealed = true;
    this.pushPoll(live);
  }

  closePoll(live: LiveRoom): void {
    this.store.sql.closeOpenPolls.run(live.room.id);
    live.poll = null;
    this.pushPoll(live);
  }

  deleteRoom(live: LiveRoom): void {
    const id = live.seq + 1;
    this.store.transaction(() => {
      this.store.sql.deleteRoomReports.run(live.room.id);
      this.store.sql.deleteRoom.run(live.room.id);
    });
    for (const stream of live.streams) {
      stream.send(id, 'closed', {});
      stream.end();
    }
    clearTimeout(live.pollFlush);
    clearTimeout(live.rosterFlush);
    for (const [hash, id] of this.tokens) if (live.roster.has(id)) this.tokens.delete(hash);
    this.rooms.delete(live.room.id);
    this.byCode.delete(live.room.code);
  }

  /** Before the database closes: pending roster and poll pushes are dropped (clients get a snapshot on reconnect). */
  stop(): void {
    for (const live of this.rooms.values()) {
      clearTimeout(live.pollFlush);
      clearTimeout(live.rosterFlush);
    }
  }

  /** Deletes rooms whose time is up; returns how many. */
  sweep(): number {
    const expired = [...this.rooms.values()].filter((live) => live.room.expiresAt <= this.now());
    for (const live of expired) this.deleteRoom(live);
    return expired.length;
  }

  subscribe(live: LiveRoom, stream: Stream): () => void {
    live.streams.add(stream);
    stream.send(live.seq, 'snapshot', this.snapshot(live, stream));
    return () => live.streams.delete(stream);
  }

  snapshot(live: LiveRoom, stream: Pick<Stream, 'role' | 'attendee'>) {
    const { room } = live;
    const base = { room: { id: room.id, code: room.code, title: room.title, lessons: room.lessons, expiresAt: room.expiresAt }, presenter: live.presenter, attendees: live.roster.size };
    if (stream.role === 'instructor') {
      return { ...base, poll: live.poll && publicPoll(live.poll, true), roster: [...live.roster.values()], latest: live.progress.latest() };
    }
    if (stream.role === 'remote') return { room: { id: room.id }, presenter: live.presenter };
    const me = live.roster.get(stream.attendee!)!;
    return { ...base, poll: live.poll && publicPoll(live.poll, live.poll.revealed, live.poll.answers.get(me.id)), me };
  }

  private bump(live: LiveRoom): number {
    this.store.sql.setSeq.run(live.seq + 1, live.room.id);
    return ++live.seq;
  }

  /** A class of 1,000 joins within a minute: the roster and the count go out at most every ROSTER_FLUSH_MS. */
  private pushRoster(live: LiveRoom): void {
    live.rosterFlush ??= setTimeout(() => {
      live.rosterFlush = undefined;
      if (this.rooms.get(live.room.id) === live) this.sendRoster(live);
    }, ROSTER_FLUSH_MS);
  }

  private sendRoster(live: LiveRoom): void {
    const id = this.bump(live);
    this.toInstructors(live, id, 'roster', { attendees: [...live.roster.values()] });
    for (const stream of live.streams) if (stream.role === 'attendee') stream.send(id, 'count', { attendees: live.roster.size });
  }

  private pushPoll(live: LiveRoom): void {
    const id = this.bump(live);
    const poll = live.poll;
    for (const stream of live.streams) {
      if (stream.role === 'remote') continue;
      const data = !poll ? null : stream.role === 'instructor' ? publicPoll(poll, true) : publicPoll(poll, poll.revealed, poll.answers.get(stream.attendee!));
      stream.send(id, 'poll', data);
    }
  }

  /** Everyone in the room, and the phone remotes (they only ever get `presenter` this way). */
  private toAll(live: LiveRoom, id: number, type: string, data: unknown): void {
    for (const stream of live.streams) stream.send(id, type, data);
  }

  private toInstructors(live: LiveRoom, id: number, type: string, data: unknown): void {
    for (const stream of live.streams) if (stream.role === 'instructor') stream.send(id, type, data);
  }
}

function publicPoll(poll: Poll, withAnswer: boolean, mine?: number): PublicPoll {
  const counts = poll.open.options.map(() => 0);
  for (const choice of poll.answers.values()) counts[choice]++;
  return {
    id: poll.id, quiz: poll.open.quiz, question: poll.open.question, prompt: poll.open.prompt, options: poll.open.options, counts, revealed: poll.revealed,
    ...(withAnswer ? { correct: poll.open.correct, explanation: poll.open.explanation } : {}),
    ...(mine !== undefined ? { mine } : {}),
  };
}
