// The workshop's HTTP API (documented in the README, "Workshop mode"): JSON in, JSON out, every body size-limited
// and validated, every action rate-limited, instructor actions only with the room's secret.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LIMITS, validBatch, validLessons, validName, validPoll, validPosition, validText, type Result } from '../protocol.ts';
import { exportCsv, exportJson } from '../export.ts';
import { joinPath, instructorPath } from '../links.ts';
import { qrSvg } from '../qr.ts';
import { parseSlidePosition } from '../../deck/presenter/sync-message.ts';
import { RateLimiter } from './rate-limit.ts';
import { openStream } from './stream.ts';
import { SECURITY_HEADERS } from './site.ts';
import { WorkshopError, type LiveRoom, type Workshop } from './rooms.ts';

export interface ApiLimits {
  /** Requests per second per attendee or instructor (burst 3×). */
  perClient: number;
  /** Writes per second per room, all attendees together (burst 2×). */
  perRoom: number;
  /** Join attempts per second per address (burst 20×): a join code cannot be guessed by trying. */
  joinsPerAddress: number;
  /** Rooms created per hour per address. */
  roomsPerHour: number;
  /** Open live streams per attendee. */
  streamsPerClient: number;
}

export const DEFAULT_LIMITS: ApiLimits = { perClient: 20, perRoom: 2000, joinsPerAddress: 2, roomsPerHour: 30, streamsPerClient: 4 };

type Caller = { role: 'instructor'; live: LiveRoom; key: string } | { role: 'attendee'; live: LiveRoom; attendee: string; key: string };

export function apiHandler(workshop: Workshop, limits: ApiLimits, info: () => Record<string, unknown>) {
  const perClient = new RateLimiter(limits.perClient, limits.perClient * 3, workshop.now);
  const perRoom = new RateLimiter(limits.perRoom, limits.perRoom * 2, workshop.now);
  const joins = new RateLimiter(limits.joinsPerAddress, limits.joinsPerAddress * 20, workshop.now);
  const creations = new RateLimiter(limits.roomsPerHour / 3600, limits.roomsPerHour, workshop.now);
  const streams = new Map<string, number>();

  const caller = (req: IncomingMessage, roomId: string): Caller => {
    const token = /^Bearer ([A-Za-z0-9_-]{16,128})$/.exec(req.headers.authorization ?? '')?.[1];
    if (!token) throw new WorkshopError(401, 'an Authorization: Bearer token is required');
    const instructor = workshop.asInstructor(roomId, token);
    if (instructor) return { role: 'instructor', live: instructor, key: `i:${roomId}` };
    const attendee = workshop.asAttendee(roomId, token);
    if (attendee) return { role: 'attendee', ...attendee, key: `a:${attendee.attendee}` };
    throw new WorkshopError(workshop.room(roomId) ? 403 : 404, workshop.room(roomId) ? 'not allowed' : 'no such room');
  };
  const limited = (c: Caller, write: boolean) => {
    if (!perClient.take(c.key)) throw new WorkshopError(429, 'too many requests');
    if (write && !perRoom.take(c.live.room.id)) throw new WorkshopError(429, 'the room is too busy, try again');
    return c;
  };
  const instructor = (req: IncomingMessage, roomId: string) => {
    const c = limited(caller(req, roomId), true);
    if (c.role !== 'instructor') throw new WorkshopError(403, 'only the instructor may do this');
    return c;
  };
  const attendee = (req: IncomingMessage, roomId: string, write = true) => {
    const c = limited(caller(req, roomId), write);
    if (c.role !== 'attendee') throw new WorkshopError(403, 'only attendees do this');
    return c;
  };
  // A phone remote holds only the room's remote key: it may move the instructor's deck and hear where it is.
  const remote = (req: IncomingMessage, roomId: string) => {
    if (!workshop.room(roomId)) throw new WorkshopError(404, 'no such room');
    const key = /^Bearer ([A-Za-z0-9_-]{16,128})$/.exec(req.headers.authorization ?? '')?.[1];
    const live = key ? workshop.asRemote(roomId, key) : undefined;
    if (!live) throw new WorkshopError(403, 'this remote key is not valid for this room: open the remote link from the presenter view again');
    if (!perClient.take(`r:${roomId}`)) throw new WorkshopError(429, 'too many requests');
    return live;
  };
  const valid = <T>(result: Result<T>): T => {
    if (!result.ok) throw new WorkshopError(400, result.error);
    return result.value;
  };

  type Handler = (req: IncomingMessage, res: ServerResponse, params: string[], url: URL) => Promise<unknown> | unknown;
  const routes: [string, RegExp, Handler][] = [
    ['GET', /^\/api\/health$/, () => ({ ok: true, ...info() })],

    ['POST', /^\/api\/rooms$/, async (req, _res, _p, url) => {
      if (!creations.take(address(req))) throw new WorkshopError(429, 'too many rooms from this address');
      const body = await readJson(req);
      const title = valid(validText(body.title ?? '', LIMITS.titleChars, 'title')).trim();
      const lessons = valid(validLessons(body.lessons));
      const hours = body.hours === undefined ? undefined : Number(body.hours);
      if (hours !== undefined && !(hours > 0)) throw new WorkshopError(400, 'hours must be a positive number');
      const { live, secret } = workshop.createRoom({ title, lessons, hours });
      const locale = body.locale === 'pt-br' ? 'pt-br' : 'en';
      return created({
        room: roomInfo(live), secret,
        links: { instructor: url.origin + instructorPath(locale, live.room.id, secret), join: url.origin + joinPath(live.room.code) },
      });
    }],

    ['GET', /^\/api\/rooms\/([\w-]+)$/, (req, _res, [id]) => {
      const c = limited(caller(req, id), false);
      return { room: roomInfo(c.live), role: c.role, ...(c.role === 'attendee' ? workshop.ownData(c.live, c.attendee) : { roster: [...c.live.roster.values()] }) };
    }],

    ['DELETE', /^\/api\/rooms\/([\w-]+)$/, (req, _res, [id]) => {
      workshop.deleteRoom(instructor(req, id).live);
      return { deleted: true };
    }],

    ['POST', /^\/api\/join$/, async (req) => {
      if (!joins.take(address(req))) throw new WorkshopError(429, 'too many join attempts, wait a minute');
      const body = await readJson(req);
      const code = typeof body.code === 'string' && /^[A-Za-z0-9]{4,12}$/.test(body.code) ? body.code : null;
      if (!code) throw new WorkshopError(400, 'code must be 4–12 letters or digits');
      const name = valid(validName(body.name));
      const { live, attendee, token } = workshop.join(code, name);
      return created({ room: roomInfo(live), attendee, token });
    }],

    ['POST', /^\/api\/rooms\/([\w-]+)\/leave$/, (req, _res, [id]) => {
      const c = attendee(req, id);
      workshop.removeAttendee(c.live, c.attendee);
      return { left: true };
    }],

    ['DELETE', /^\/api\/rooms\/([\w-]+)\/attendees\/([\w-]+)$/, (req, _res, [id, who]) => {
      workshop.removeAttendee(instructor(req, id).live, who);
      return { removed: true };
    }],

    ['PUT', /^\/api\/rooms\/([\w-]+)\/sharing$/, async (req, _res, [id]) => {
      const c = attendee(req, id);
      const body = await readJson(req);
      if (typeof body.sharing !== 'boolean') throw new WorkshopError(400, 'sharing must be true or false');
      workshop.setSharing(c.live, c.attendee, body.sharing);
      return { sharing: body.sharing };
    }],

    ['POST', /^\/api\/rooms\/([\w-]+)\/reports$/, async (req, _res, [id]) => {
      const c = attendee(req, id);
      const batch = valid(validBatch(await readJson(req)));
      return { acked: workshop.report(c.live, c.attendee, batch) };
    }],

    ['PUT', /^\/api\/rooms\/([\w-]+)\/presenter$/, async (req, _res, [id]) => {
      const c = instructor(req, id);
      workshop.setPresenter(c.live, valid(validPosition(await readJson(req))));
      return { ok: true };
    }],

    ['GET', /^\/api\/rooms\/([\w-]+)\/remote-key$/, (req, _res, [id]) => ({ key: workshop.remoteKey(instructor(req, id).live) })],

    // Positions, not next/previous: a repeated or late request lands on the same slide.
    ['PUT', /^\/api\/rooms\/([\w-]+)\/remote$/, async (req, _res, [id]) => {
      const live = remote(req, id);
      const position = parseSlidePosition(await readJson(req));
      if (!position) throw new WorkshopError(400, 'the body must be { h, v, f }: whole slide indices (f is -1 without a fragment)');
      workshop.remoteMove(live, position);
      return { ok: true };
    }],

    ['GET', /^\/api\/rooms\/([\w-]+)\/remote\/events$/, (req, res, [id]) => {
      const live = remote(req, id);
      const key = `r:${id}:${address(req)}`;
      if ((streams.get(key) ?? 0) >= limits.streamsPerClient) throw new WorkshopError(429, 'too many open streams');
      streams.set(key, (streams.get(key) ?? 0) + 1);
      openStream(req, res, (stream) => workshop.subscribe(live, { ...stream, role: 'remote' }), () => {
        const left = (streams.get(key) ?? 1) - 1;
        if (left > 0) streams.set(key, left);
        else streams.delete(key);
      });
      return STREAMING;
    }],

    ['POST', /^\/api\/rooms\/([\w-]+)\/polls$/, async (req, _res, [id]) => {
      const c = instructor(req, id);
      return created({ poll: workshop.openPoll(c.live, valid(validPoll(await readJson(req)))) });
    }],

    ['POST', /^\/api\/rooms\/([\w-]+)\/polls\/([\w-]+)\/answer$/, async (req, _res, [id, poll]) => {
      const c = attendee(req, id);
      const body = await readJson(req);
      workshop.answer(c.live, c.attendee, poll, Number(body.choice));
      return { ok: true };
    }],

    ['POST', /^\/api\/rooms\/([\w-]+)\/polls\/([\w-]+)\/reveal$/, (req, _res, [id, poll]) => {
      workshop.revealPoll(instructor(req, id).live, poll);
      return { ok: true };
    }],

    ['DELETE', /^\/api\/rooms\/([\w-]+)\/poll$/, (req, _res, [id]) => {
      workshop.closePoll(instructor(req, id).live);
      return { ok: true };
    }],

    ['GET', /^\/api\/rooms\/([\w-]+)\/events$/, (req, res, [id]) => {
      const c = limited(caller(req, id), false);
      const key = c.role === 'attendee' ? c.key : `${c.key}:${address(req)}`;
      if ((streams.get(key) ?? 0) >= limits.streamsPerClient * (c.role === 'instructor' ? 4 : 1)) throw new WorkshopError(429, 'too many open streams');
      streams.set(key, (streams.get(key) ?? 0) + 1);
      openStream(req, res, (stream) => workshop.subscribe(c.live, { ...stream, role: c.role, attendee: c.role === 'attendee' ? c.attendee : undefined }), () => {
        const left = (streams.get(key) ?? 1) - 1;
        if (left > 0) streams.set(key, left);
        else streams.delete(key);
      });
      return STREAMING;
    }],

    ['GET', /^\/api\/rooms\/([\w-]+)\/dashboard$/, (req, _res, [id], url) => {
      const c = instructor(req, id);
      const minutes = Math.max(0, Math.min(600, Number(url.searchParams.get('stuck') ?? 10) || 0));
      return c.live.progress.view(workshop.now(), minutes);
    }],

    ['GET', /^\/api\/rooms\/([\w-]+)\/export\.(json|csv)$/, (req, res, [id, format]) => {
      const { live } = instructor(req, id);
      const latest = live.progress.latest();
      const nameOf = (a: string) => live.progress.nameOf(a);
      const file = `workshop-${live.room.code}.${format}`;
      if (format === 'csv') {
        res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${file}"`, 'cache-control': 'no-store' });
        res.end(exportCsv(latest, nameOf));
        return STREAMING;
      }
      res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'application/json', 'content-disposition': `attachment; filename="${file}"`, 'cache-control': 'no-store' });
      res.end(JSON.stringify(exportJson({ title: live.room.title, code: live.room.code }, latest, nameOf, workshop.now()), null, 2));
      return STREAMING;
    }],

    ['GET', /^\/api\/rooms\/([\w-]+)\/qr\.svg$/, (_req, res, [id], url) => {
      // The join link only (no secret), so the instructor page can show it as an <img> without a token.
      const live = workshop.room(id);
      if (!live) throw new WorkshopError(404, 'no such room');
      res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'image/svg+xml', 'cache-control': 'no-store' });
      res.end(qrSvg(url.origin + joinPath(live.room.code)));
      return STREAMING;
    }],
  ];

  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    try {
      const match = routes.map(([method, pattern, handler]) => ({ method, handler, found: pattern.exec(url.pathname) })).filter((r) => r.found);
      if (match.length === 0) throw new WorkshopError(404, 'no such endpoint');
      const route = match.find((r) => r.method === req.method || (req.method === 'HEAD' && r.method === 'GET'));
      if (!route) throw new WorkshopError(405, `use ${match.map((r) => r.method).join(' or ')}`);
      const result = await route.handler(req, res, route.found!.slice(1), url);
      if (result === STREAMING) return;
      const [status, body] = result instanceof Created ? [201, result.body] : [200, result];
      json(res, status, body);
    } catch (error) {
      if (error instanceof WorkshopError) return json(res, error.status, { error: error.message });
      console.error(error);
      json(res, 500, { error: 'internal error' });
    }
  };
}

const STREAMING = Symbol('the handler answered itself');
class Created {
  readonly body: unknown;
  constructor(body: unknown) {
    this.body = body;
  }
}
const created = (body: unknown) => new Created(body);

const roomInfo = (live: LiveRoom) => ({ id: live.room.id, code: live.room.code, title: live.room.title, lessons: live.room.lessons, expiresAt: live.room.expiresAt, attendees: live.roster.size });

const address = (req: IncomingMessage) => req.socket.remoteAddress ?? '?';

function json(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return void res.end();
  const text = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json', 'cache-control': 'no-store', 'content-length': String(Buffer.byteLength(text)) });
  res.end(text);
}

/** The request's JSON object; refuses other types, more than LIMITS.bodyBytes and anything but an object. */
async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) throw new WorkshopError(415, 'send Content-Type: application/json');
  if (Number(req.headers['content-length'] ?? 0) > LIMITS.bodyBytes) throw new WorkshopError(413, `the body is larger than ${LIMITS.bodyBytes} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > LIMITS.bodyBytes) {
      req.resume();
      throw new WorkshopError(413, `the body is larger than ${LIMITS.bodyBytes} bytes`);
    }
    chunks.push(chunk);
  }
  let value: unknown;
  try {
    value = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  } catch {
    throw new WorkshopError(400, 'the body is not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new WorkshopError(400, 'the body must be a JSON object');
  return value as Record<string, unknown>;
}
