/**
 * `npm run bench:workshop`: the workshop server under simulated attendees on 127.0.0.1 — one room of 1,000 and
 * 50 rooms of 40. Every attendee holds a live stream and sends results; each room's instructor holds the
 * dashboard stream. Prints events per second, attendee event → instructor dashboard latency (p50/p95; target
 * p95 ≤ 500 ms), the server's memory, and the database size per 1,000 events. A benchmark: it never fails.
 * WORKSHOP_BENCH_SECONDS (default 10) sets each steady phase's length.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

const SECONDS = Number(process.env.WORKSHOP_BENCH_SECONDS ?? 10);
const agent = new Agent({ keepAlive: true, maxSockets: 256 });
const streamAgent = new Agent({ keepAlive: false, maxSockets: Infinity });

const root = mkdtempSync(join(tmpdir(), 'workshop-bench-'));
const site = join(root, 'site');
mkdirSync(site);
writeFileSync(join(site, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
writeFileSync(join(site, '404.html'), '<!doctype html><html><head></head><body></body></html>');
const dataDir = join(root, 'data');

const server = spawn(process.execPath, [
  'src/features/workshop/server/main.ts', '--port', '0', '--host', '127.0.0.1', '--data', dataDir, '--site', site,
  '--joins-per-second', '100000', '--rooms-per-hour', '1000000', '--room-writes-per-second', '100000',
], { stdio: ['ignore', 'pipe', 'inherit'] });
server.once('exit', (code) => {
  if (code) process.exit(1);
});
const origin = await new Promise<string>((resolve) => server.stdout!.on('data', (chunk: Buffer) => {
  const found = /on (http:\/\/[\d.:]+)/.exec(chunk.toString());
  if (found) resolve(found[1]);
}));
const { hostname, port } = new URL(origin);

/** One API call; a kept-alive socket the server closed just then is retried once on a new one. */
async function call<T>(method: string, path: string, token?: string, body?: unknown): Promise<{ status: number; body: T }> {
  try {
    return await callOnce<T>(method, path, token, body);
  } catch {
    return callOnce<T>(method, path, token, body);
  }
}

function callOnce<T>(method: string, path: string, token?: string, body?: unknown): Promise<{ status: number; body: T }> {
  const text = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request({ agent, hostname, port, method, path, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(text ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) } : {}) } }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (data += c));
      res.on('end', () => resolve({ status: res.statusCode!, body: data ? JSON.parse(data) : {} }));
      res.on('error', reject);
    });
    req.on('error', (error) => reject(new Error(`${method} ${path}: ${error.message}`)));
    req.end(text);
  });
}

/** A live stream; `onEvent` sees every event's type and data. */
function stream(roomId: string, token: string, onEvent: ((type: string, data: any) => void) | null): Promise<() => void> {
  return new Promise((resolve, reject) => {
    const req = request({ agent: streamAgent, hostname, port, path: `/api/rooms/${roomId}/events`, headers: { authorization: `Bearer ${token}` } }, (res) => {
      res.on('error', () => closing || streamErrors++);
      if (!onEvent) {
        res.resume();
        return resolve(() => req.destroy());
      }
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const type = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (type && data) onEvent(type, JSON.parse(data));
        }
      });
      resolve(() => req.destroy());
    });
    req.on('error', (error) => {
      if (!closing) streamErrors++;
      reject(error);
    });
    req.end();
  });
}

interface Attendee { room: string; token: string; seq: number; id: number }
const sentAt = new Map<string, number>();
const latencies: number[] = [];
let received = 0;
let streamErrors = 0;
let closing = false;

async function makeRoom(size: number, label: string) {
  const room = await call<any>('POST', '/api/rooms', undefined, { title: label, lessons: ['cgroups'] });
  const id = room.body.room.id as string;
  const closers = [await stream(id, room.body.secret, (type, data) => {
    if (type !== 'report') return;
    received++;
    const started = sentAt.get(data.body.step);
    if (started !== undefined) {
      latencies.push(performance.now() - started);
      sentAt.delete(data.body.step);
    }
  })];
  const attendees: Attendee[] = [];
  for (let start = 0; start < size; start += 100) {
    const batch = await Promise.all(Array.from({ length: Math.min(100, size - start) }, (_, i) => call<any>('POST', '/api/join', undefined, { code: room.body.room.code, name: `attendee ${start + i}` })));
    await Promise.all(batch.map(async (joined) => {
      const token = joined.body.token as string;
      await call('PUT', `/api/rooms/${id}/sharing`, token, { sharing: true });
      closers.push(await stream(id, token, null));
      attendees.push({ room: id, token, seq: 0, id: attendees.length });
    }));
  }
  return {
    attendees,
    close: () => {
      closing = true;
      closers.forEach((close) => close());
      setTimeout(() => (closing = false), 500);
    },
  };
}

let counter = 0;
async function send(attendee: Attendee): Promise<boolean> {
  const step = `s${counter++}`;
  attendee.seq++;
  sentAt.set(step, performance.now());
  const body = { reports: [{ seq: attendee.seq, at: Date.now(), body: { kind: 'exercise', lesson: 'cgroups', exercise: `ex-${attendee.seq % 5}`, requirements: { a: attendee.seq % 2 === 0, b: true, c: false }, score: 50, passed: false } }] };
  // The step id rides along as the lab step of a second report, so latency matching needs no extra field.
  body.reports.push({ seq: ++attendee.seq, at: Date.now(), body: { kind: 'lab', lesson: 'cgroups', lab: 'bench', step } as any });
  const result = await call('POST', `/api/rooms/${attendee.room}/reports`, attendee.token, body);
  return result.status === 200;
}

/** Every attendee sends a batch (2 events) every `period` ms, spread evenly, for SECONDS. */
async function steady(attendees: Attendee[], period: number) {
  latencies.length = 0;
  const before = received;
  const cpuBefore = cpuMs();
  const startedAt = performance.now();
  let failed = 0;
  const work: Promise<void>[] = [];
  const ticks = Math.floor((SECONDS * 1000) / period);
  for (const [i, attendee] of attendees.entries()) {
    work.push((async () => {
      await sleep((i / attendees.length) * period);
      for (let tick = 0; tick < ticks; tick++) {
        const due = startedAt + (i / attendees.length) * period + tick * period;
        await sleep(due - performance.now());
        if (!(await send(attendee))) failed++;
      }
    })());
  }
  await Promise.all(work);
  await sleep(300);
  const seconds = (performance.now() - startedAt) / 1000;
  return { events: received - before, seconds, failed, cpu: cpuMs() - cpuBefore, p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: percentile(latencies, 100) };
}

/** As fast as it goes: 64 attendees send back to back for SECONDS / 2. */
async function burst(attendees: Attendee[]) {
  latencies.length = 0;
  const before = received;
  const cpuBefore = cpuMs();
  const startedAt = performance.now();
  const until = startedAt + (SECONDS * 1000) / 2;
  await Promise.all(attendees.slice(0, 64).map(async (attendee) => {
    while (performance.now() < until) await send(attendee);
  }));
  await sleep(300);
  const seconds = (performance.now() - startedAt) / 1000;
  return { events: received - before, seconds, failed: 0, cpu: cpuMs() - cpuBefore, p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: percentile(latencies, 100) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
const percentile = (values: number[], p: number) => (values.length ? [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] : NaN);
/** The server's CPU time so far, in ms (user + system, from /proc): per event it does not depend on how busy the machine is. */
const cpuMs = () => {
  const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
};
const rssMb = () => {
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
};
const row = (label: string, r: Awaited<ReturnType<typeof steady>>) =>
  `${label.padEnd(34)} ${String(Math.round(r.events / r.seconds)).padStart(7)} ev/s   p50 ${r.p50.toFixed(1).padStart(7)} ms   p95 ${r.p95.toFixed(1).padStart(7)} ms   max ${r.max.toFixed(0).padStart(6)} ms   server CPU ${((r.cpu * 1000) / Math.max(1, r.events)).toFixed(0).padStart(4)} µs/event${r.failed ? `   ${r.failed} refused` : ''}`;

try {
  // The client shares the machine with the server: the load average says how much of it the two really had.
  const load = () => `load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`;
  console.log(`Workshop server bench (Node ${process.version}, ${SECONDS} s per steady phase, server pid ${server.pid}, ${load()})\n`);
  console.log(`server memory at start: ${rssMb().toFixed(0)} MB`);
  let t = performance.now();
  const big = await makeRoom(1000, 'one room of 1,000');
  console.log(`1,000 attendees joined, sharing, each with a live stream: ${((performance.now() - t) / 1000).toFixed(1)} s; server memory ${rssMb().toFixed(0)} MB`);
  const results: string[] = [];
  results.push(row('1 × 1,000: each sends every 4 s', await steady(big.attendees, 4000)));
  results.push(row('1 × 1,000: each sends every 2 s', await steady(big.attendees, 2000)));
  results.push(row('1 × 1,000: 64 senders flat out', await burst(big.attendees)));
  const peak1 = rssMb();
  big.close();

  t = performance.now();
  const rooms = [];
  for (let i = 0; i < 50; i++) rooms.push(await makeRoom(40, `room ${i}`));
  const everyone = rooms.flatMap((r) => r.attendees);
  console.log(`50 rooms × 40 attendees joined, each with a live stream: ${((performance.now() - t) / 1000).toFixed(1)} s; server memory ${rssMb().toFixed(0)} MB`);
  results.push(row('50 × 40: each sends every 4 s', await steady(everyone, 4000)));
  results.push(row('50 × 40: each sends every 2 s', await steady(everyone, 2000)));
  results.push(row('50 × 40: 64 senders flat out', await burst(everyone)));
  const peak2 = rssMb();
  rooms.forEach((r) => r.close());

  console.log(`\nattendee event → instructor dashboard stream (target p95 ≤ 500 ms; ${load()} at the end)`);
  for (const line of results) console.log(`  ${line}`);
  if (streamErrors) console.log(`\n${streamErrors} live streams failed or were reset`);
  console.log(`\nserver memory (RSS): ${peak1.toFixed(0)} MB with the 1,000-room, ${peak2.toFixed(0)} MB with 50 rooms of 40 as well`);

  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  const file = join(dataDir, 'workshop.sqlite');
  const db = new DatabaseSync(file);
  db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  const events = (db.prepare('SELECT count(*) AS n FROM reports').get() as { n: number }).n;
  db.close();
  const bytes = statSync(file).size;
  console.log(`database: ${events.toLocaleString('en')} events in ${(bytes / 1048576).toFixed(1)} MB → ${((bytes / events) * 1000 / 1024).toFixed(0)} KB per 1,000 events`);
} finally {
  server.kill('SIGTERM');
  agent.destroy();
  rmSync(root, { recursive: true, force: true });
}
