// The phone remote through the workshop server (no browser): only the instructor gets the key, the key only moves
// slides, a move reaches the instructor's streams and no attendee's, bad keys and bodies are refused, and the key
// still works after a restart. The browser flow is in tests/e2e/workshop-remote.test.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULTS, startServer, type RunningServer } from '../../../src/features/workshop/server/server.ts';

const dirs: string[] = [];
const servers: RunningServer[] = [];
const streams: AbortController[] = [];
afterEach(async () => {
  for (const stream of streams.splice(0)) stream.abort();
  await Promise.all(servers.splice(0).map((s) => s.close()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folders() {
  const root = mkdtempSync(join(tmpdir(), 'workshop-remote-'));
  dirs.push(root);
  const site = join(root, 'site');
  mkdirSync(site, { recursive: true });
  writeFileSync(join(site, '404.html'), '<!doctype html><html><head></head><body>404</body></html>');
  return { site, data: join(root, 'data') };
}

async function serve(where: { site: string; data: string }) {
  const server = await startServer({ ...DEFAULTS, host: '127.0.0.1', port: 0, dataDir: where.data, siteDir: where.site });
  servers.push(server);
  const call = async (method: string, path: string, token?: string, body?: unknown, raw?: string) => {
    const response = await fetch(server.origin + path, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined || raw !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: raw ?? (body !== undefined ? JSON.stringify(body) : undefined),
    });
    return { status: response.status, body: response.headers.get('content-type')?.includes('json') ? await response.json() : await response.text() };
  };
  /** An SSE stream's events as they arrive (type and parsed data). */
  const listen = async (path: string, token: string) => {
    const controller = new AbortController();
    streams.push(controller);
    const response = await fetch(server.origin + path, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal });
    const events: { type: string; data: any }[] = [];
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      let buffer = '';
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += value;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const type = /^event: (.*)$/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (type && data) events.push({ type, data: JSON.parse(data) });
          }
        }
      } catch {
        // aborted at the end of the test
      }
    })();
    return { status: response.status, events };
  };
  return { server, call, listen };
}

const settle = () => new Promise((done) => setTimeout(done, 150));

async function roomWithAttendee(call: Awaited<ReturnType<typeof serve>>['call']) {
  const room = await call('POST', '/api/rooms', undefined, { title: 'T', lessons: ['cgroups'] });
  const joined = await call('POST', '/api/join', undefined, { code: room.body.room.code, name: 'Ana' });
  return { id: room.body.room.id as string, secret: room.body.secret as string, token: joined.body.token as string };
}

describe('phone remote through the workshop server', () => {
  it('gives the remote key to the instructor only, and the key is not the secret', async () => {
    const { call } = await serve(folders());
    const { id, secret, token } = await roomWithAttendee(call);
    const issued = await call('GET', `/api/rooms/${id}/remote-key`, secret);
    expect(issued.status).toBe(200);
    expect(issued.body.key).toMatch(/^[\w-]{16,128}$/);
    expect(issued.body.key).not.toBe(secret);
    expect((await call('GET', `/api/rooms/${id}/remote-key`, token)).status).toBe(403);
    expect((await call('GET', `/api/rooms/${id}/remote-key`)).status).toBe(401);
    // The key is no instructor token: it opens nothing but the remote's two endpoints.
    expect((await call('GET', `/api/rooms/${id}`, issued.body.key)).status).toBe(403);
    expect((await call('GET', `/api/rooms/${id}/remote-key`, issued.body.key)).status).toBe(403);
    expect((await call('PUT', `/api/rooms/${id}/presenter`, issued.body.key, { lesson: 'cgroups', h: 1, v: 0, f: -1 })).status).toBe(403);
  });

  it('forwards a position to the instructor streams only; the remote follows the presenter', async () => {
    const { call, listen } = await serve(folders());
    const { id, secret, token } = await roomWithAttendee(call);
    const { key } = (await call('GET', `/api/rooms/${id}/remote-key`, secret)).body;
    const instructor = await listen(`/api/rooms/${id}/events`, secret);
    const attendee = await listen(`/api/rooms/${id}/events`, token);
    const remote = await listen(`/api/rooms/${id}/remote/events`, key);
    expect(remote.status).toBe(200);
    await settle();
    expect(remote.events).toEqual([{ type: 'snapshot', data: { room: { id }, presenter: null } }]);

    expect(await call('PUT', `/api/rooms/${id}/remote`, key, { h: 2, v: 1, f: -1 })).toEqual({ status: 200, body: { ok: true } });
    // A repeat is harmless: the same position again.
    expect((await call('PUT', `/api/rooms/${id}/remote`, key, { h: 2, v: 1, f: -1 })).status).toBe(200);
    await settle();
    expect(instructor.events.filter((e) => e.type === 'remote').map((e) => e.data)).toEqual([{ h: 2, v: 1, f: -1 }, { h: 2, v: 1, f: -1 }]);
    expect(attendee.events.map((e) => e.type)).not.toContain('remote');
    expect(remote.events.map((e) => e.type)).not.toContain('remote');

    // The instructor's deck moved and published: attendees and the remote hear it; the remote never hears polls.
    await call('PUT', `/api/rooms/${id}/presenter`, secret, { lesson: 'cgroups', h: 2, v: 1, f: -1, slide: '' });
    await call('POST', `/api/rooms/${id}/polls`, secret, { quiz: 'q', question: 0, prompt: 'Why?', options: ['a', 'b'], correct: 0 });
    await settle();
    expect(remote.events.map((e) => e.type)).toEqual(['snapshot', 'presenter']);
    expect(remote.events[1].data).toMatchObject({ h: 2, v: 1, f: -1 });
    expect(attendee.events.map((e) => e.type)).toContain('presenter');
  });

  it('refuses a wrong or missing key with 403 and a message, and invalid positions with 400', async () => {
    const { call, listen } = await serve(folders());
    const { id, secret, token } = await roomWithAttendee(call);
    const { key } = (await call('GET', `/api/rooms/${id}/remote-key`, secret)).body;
    for (const wrong of [undefined, token, secret.slice(0, 20) + 'x'.repeat(20), `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`]) {
      const refused = await call('PUT', `/api/rooms/${id}/remote`, wrong, { h: 1, v: 0, f: -1 });
      expect(refused.status).toBe(403);
      expect(refused.body.error).toMatch(/remote key is not valid/);
    }
    expect((await listen(`/api/rooms/${id}/remote/events`, token)).status).toBe(403);
    expect((await call('PUT', '/api/rooms/nope/remote', key, { h: 1, v: 0, f: -1 })).status).toBe(404);
    const invalid = [{ h: -1, v: 0, f: -1 }, { h: 1.5, v: 0, f: -1 }, { h: 1, v: 0, f: -2 }, { h: 1e9, v: 0, f: -1 }, { h: '1', v: 0, f: -1 }, { h: 1 }, {}];
    for (const body of invalid) expect((await call('PUT', `/api/rooms/${id}/remote`, key, body)).status).toBe(400);
    expect((await call('PUT', `/api/rooms/${id}/remote`, key, undefined, '[1,2]')).status).toBe(400);
    expect((await call('PUT', `/api/rooms/${id}/remote`, key, undefined, 'not json')).status).toBe(400);
    expect((await call('PUT', `/api/rooms/${id}/remote`, key, undefined, JSON.stringify({ h: 1, v: 0, f: -1, pad: 'x'.repeat(20_000) }))).status).toBe(413);
  });

  it('keeps the key working after a restart (it is derived from what the database holds)', async () => {
    const where = folders();
    const first = await serve(where);
    const { id, secret } = await roomWithAttendee(first.call);
    const { key } = (await first.call('GET', `/api/rooms/${id}/remote-key`, secret)).body;
    await first.server.close();
    servers.length = 0;
    const again = await serve(where);
    expect((await again.call('GET', `/api/rooms/${id}/remote-key`, secret)).body.key).toBe(key);
    expect((await again.call('PUT', `/api/rooms/${id}/remote`, key, { h: 3, v: 0, f: 0 })).status).toBe(200);
  });
});
