// The workshop server over HTTP on 127.0.0.1 (no browser): persistence across a restart, idempotent replays,
// expiry, limits. The browser flows are in tests/e2e/workshop.test.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULTS, startServer, type RunningServer } from '../../../src/features/workshop/server/server.ts';

const dirs: string[] = [];
const servers: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folders() {
  const root = mkdtempSync(join(tmpdir(), 'workshop-unit-'));
  dirs.push(root);
  const site = join(root, 'site');
  mkdirSync(join(site, 'en', 'history'), { recursive: true });
  writeFileSync(join(site, 'en', 'history', 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"/><meta http-equiv="content-security-policy" content="default-src \'self\'"/></head><body><p>x</p></body></html>');
  writeFileSync(join(site, '404.html'), '<!doctype html><html><head></head><body>404</body></html>');
  return { site, data: join(root, 'data') };
}

async function serve(dirs: { site: string; data: string }, limits = {}, now?: () => number) {
  const server = await startServer({ ...DEFAULTS, now, host: '127.0.0.1', port: 0, dataDir: dirs.data, siteDir: dirs.site, limits: { ...DEFAULTS.limits, ...limits } });
  servers.push(server);
  const call = async (method: string, path: string, token?: string, body?: unknown) => {
    const response = await fetch(server.origin + path, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: response.status, body: response.headers.get('content-type')?.includes('json') ? await response.json() : await response.text() };
  };
  return { server, call };
}

const lab = (seq: number, step: string) => ({ seq, at: Date.now(), body: { kind: 'lab', lesson: 'cgroups', lab: 'pids', step } });

describe('workshop server', () => {
  it('marks the HTML it serves (after the page policy) and nothing else', async () => {
    const { server } = await serve(folders());
    const html = await (await fetch(`${server.origin}/en/history/`)).text();
    expect(html).toMatch(/content="default-src 'self'"\/><meta name="workshop-server" content="1"\/>/);
    expect(html).toMatch(/<script type="application\/json" id="workshop-strings" data-island-strings>\{"workshop\./);
    expect((await fetch(`${server.origin}/../../etc/passwd`)).status).toBe(404);
  });

  it('keeps every acknowledged report across a restart and applies a replayed batch once', async () => {
    const dirs = folders();
    let { server, call } = await serve(dirs);
    const room = await call('POST', '/api/rooms', undefined, { title: 'T', lessons: ['cgroups'] });
    expect(room.status).toBe(201);
    const joined = await call('POST', '/api/join', undefined, { code: room.body.room.code.toLowerCase(), name: 'Ana' });
    expect(joined.status).toBe(201);
    const { token } = joined.body;
    const id = room.body.room.id;
    expect((await call('POST', `/api/rooms/${id}/reports`, token, { reports: [lab(1, 'a')] })).status).toBe(403); // not sharing yet
    await call('PUT', `/api/rooms/${id}/sharing`, token, { sharing: true });
    expect((await call('POST', `/api/rooms/${id}/reports`, token, { reports: [lab(1, 'a'), lab(2, 'b')] })).body).toEqual({ acked: 2 });
    // The same batch again (the answer was lost on the way back): nothing doubles.
    expect((await call('POST', `/api/rooms/${id}/reports`, token, { reports: [lab(1, 'a'), lab(2, 'b'), lab(3, 'c')] })).body).toEqual({ acked: 3 });
    await server.close();
    servers.length = 0;
    ({ server, call } = await serve(dirs));
    const own = await call('GET', `/api/rooms/${id}`, token);
    expect(own.body.reports.map((r: { seq: number }) => r.seq)).toEqual([1, 2, 3]);
    const exported = await call('GET', `/api/rooms/${id}/export.json`, room.body.secret);
    expect(exported.body.labs.map((l: { step: string }) => l.step)).toEqual(['a', 'b', 'c']);
  });

  it('deletes a room and all its data when its time is up', async () => {
    const dirs = folders();
    let clock = Date.now();
    const { server, call } = await serve(dirs, {}, () => clock);
    const room = await call('POST', '/api/rooms', undefined, { hours: 2 });
    const joined = await call('POST', '/api/join', undefined, { code: room.body.room.code, name: 'Ana' });
    clock += 1.9 * 3600_000;
    expect(server.workshop.sweep()).toBe(0);
    clock += 0.2 * 3600_000;
    expect(server.workshop.sweep()).toBe(1);
    expect((await call('GET', `/api/rooms/${room.body.room.id}`, joined.body.token)).status).toBe(404);
    expect(server.database.db.prepare('SELECT count(*) AS n FROM attendees').get()).toEqual({ n: 0 });
  });

  it('limits join attempts per address, so codes cannot be guessed', async () => {
    const { call } = await serve(folders(), { joinsPerAddress: 1 });
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) statuses.push((await call('POST', '/api/join', undefined, { code: 'ZZZZZZ', name: 'x' })).status);
    expect(statuses.slice(0, 20).every((s) => s === 404)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it('refuses a body that is not JSON, too large, or of the wrong type', async () => {
    const { server } = await serve(folders());
    const post = (body: string, type = 'application/json') => fetch(`${server.origin}/api/join`, { method: 'POST', headers: { 'content-type': type }, body }).then((r) => r.status);
    expect(await post('{')).toBe(400);
    expect(await post('[]')).toBe(400);
    expect(await post('{}', 'text/plain')).toBe(415);
    expect(await post(JSON.stringify({ code: 'ABCDEF', name: 'x'.repeat(20_000) }))).toBe(413);
  });
});
