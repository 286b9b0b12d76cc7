// The workshop server: the built site and the live API on one port, from one process.
import { createServer, type Server } from 'node:http';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { openDatabase, type Database } from './database.ts';
import { Workshop } from './rooms.ts';
import { apiHandler, DEFAULT_LIMITS, type ApiLimits } from './api.ts';
import { siteHandler, SECURITY_HEADERS } from './site.ts';
import { joinPagePath } from '../links.ts';

export interface ServerOptions {
  port: number;
  host: string;
  dataDir: string;
  siteDir: string;
  /** Hours a room lives unless its instructor says otherwise (and at most `maxHours`). */
  roomHours: number;
  maxHours: number;
  limits: ApiLimits;
  /** The clock (tests move it to expire rooms). */
  now?: () => number;
}

export const DEFAULTS = { port: 8080, host: '0.0.0.0', roomHours: 72, maxHours: 24 * 30, limits: DEFAULT_LIMITS };

export interface RunningServer {
  origin: string;
  server: Server;
  workshop: Workshop;
  database: Database;
  close(): Promise<void>;
}

const SWEEP_MS = 60_000;

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const siteDir = resolve(options.siteDir);
  if (!statSync(siteDir, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`no built site at ${siteDir} (run npm run build, or pass --site DIR)`);
  const database = openDatabase(options.dataDir);
  const workshop = new Workshop(database, { defaultHours: options.roomHours, maxHours: options.maxHours, now: options.now });
  const started = Date.now();
  const api = apiHandler(workshop, options.limits, () => ({
    rooms: workshop.roomCount,
    uptimeSeconds: Math.round((Date.now() - started) / 1000),
    database: 'sqlite-wal',
  }));
  const site = siteHandler(siteDir);

  const server = createServer(async (req, res) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    } catch {
      return void res.writeHead(400, SECURITY_HEADERS).end();
    }
    if (url.pathname.startsWith('/api/')) return api(req, res, url);
    // Probes for orchestrators (deploy/workshop.yaml): alive, and able to read its database.
    if (url.pathname === '/health') return void res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/plain' }).end('ok\n');
    if (url.pathname === '/ready') {
      const ready = (() => {
        try {
          return database.db.prepare('SELECT 1 AS ok').get() !== undefined;
        } catch {
          return false;
        }
      })();
      return void res.writeHead(ready ? 200 : 503, { ...SECURITY_HEADERS, 'content-type': 'text/plain' }).end(ready ? 'ready\n' : 'database unavailable\n');
    }
    const join = /^\/j\/([A-Za-z0-9]{4,12})\/?$/.exec(url.pathname);
    if (join) {
      const locale = /^pt\b/i.test(req.headers['accept-language'] ?? '') ? 'pt-br' : 'en';
      return void res.writeHead(302, { ...SECURITY_HEADERS, location: joinPagePath(locale, join[1].toUpperCase()), 'cache-control': 'no-store' }).end();
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { ...SECURITY_HEADERS, allow: 'GET, HEAD' }).end();
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return void res.writeHead(400, SECURITY_HEADERS).end();
    }
    return site(res, pathname);
  });
  // Live streams stay open for hours: only idle keep-alive sockets are timed out.
  server.requestTimeout = 30_000;
  server.headersTimeout = 20_000;
  // Longer than the usual load balancer idle timeout (60 s), so the balancer, not the server, closes idle sockets.
  server.keepAliveTimeout = 65_000;
  const sweep = setInterval(() => workshop.sweep(), SWEEP_MS);
  sweep.unref();

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host, done);
  });
  const { port } = server.address() as { port: number };
  const shown = options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host;
  return {
    origin: `http://${shown}:${port}`,
    server,
    workshop,
    database,
    close: () =>
      new Promise((done) => {
        clearInterval(sweep);
        workshop.stop();
        server.close(() => {
          database.close();
          done();
        });
        server.closeAllConnections();
      }),
  };
}
