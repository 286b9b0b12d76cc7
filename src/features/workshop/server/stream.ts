// One Server-Sent Events response: `id:` lines carry the room's event number so a reconnecting client can tell
// what it already applied; a comment every 20 s keeps proxies from closing a quiet stream.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from './site.ts';

const HEARTBEAT_MS = 20_000;

export interface StreamSink {
  send(id: number, type: string, data: unknown): void;
  end(): void;
}

export function openStream(req: IncomingMessage, res: ServerResponse, subscribe: (sink: StreamSink) => () => void, closed: () => void): void {
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-accel-buffering': 'no',
  });
  res.write('retry: 2000\n\n');
  let open = true;
  const sink: StreamSink = {
    send(id, type, data) {
      if (open) res.write(`id: ${id}\nevent: ${type}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    end() {
      if (open) res.end();
    },
  };
  const unsubscribe = subscribe(sink);
  const heartbeat = setInterval(() => res.write(': still here\n\n'), HEARTBEAT_MS);
  const finish = () => {
    if (!open) return;
    open = false;
    clearInterval(heartbeat);
    unsubscribe();
    closed();
  };
  req.on('close', finish);
  res.on('close', finish);
}
