// The room's live stream: Server-Sent Events read with fetch (so the token goes in a header, not the URL),
// reconnecting with backoff (1 s doubling to 30 s, with jitter). Events carry the room's event number; one
// already applied is skipped, so a replay after a reconnect changes nothing.
export type LiveStatus = 'connecting' | 'live' | 'offline';

export interface LiveOptions {
  path: string;
  token: string;
  onEvent(type: string, data: unknown): void;
  onStatus(status: LiveStatus): void;
  /** The server said this token is no longer valid (room deleted or expired, attendee removed): stop trying. */
  onGone(): void;
}

export function connectLive(options: LiveOptions): { close(): void } {
  let lastId = 0;
  let delay = 1000;
  let closed = false;
  let controller: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const retry = () => {
    if (closed) return;
    options.onStatus('offline');
    timer = setTimeout(run, delay * (0.75 + Math.random() / 2));
    delay = Math.min(30_000, delay * 2);
  };

  async function run(): Promise<void> {
    if (closed) return;
    options.onStatus('connecting');
    controller = new AbortController();
    try {
      const headers: Record<string, string> = { authorization: `Bearer ${options.token}`, accept: 'text/event-stream' };
      if (lastId) headers['last-event-id'] = String(lastId);
      const response = await fetch(options.path, { headers, signal: controller.signal, cache: 'no-store' });
      if (response.status === 401 || response.status === 403 || response.status === 404) return options.onGone();
      if (!response.ok || !response.body) return retry();
      options.onStatus('live');
      delay = 1000;
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          dispatch(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch {
      // A dropped connection or an aborted one: both end in retry() below unless closed.
    }
    retry();
  }

  function dispatch(block: string): void {
    let id = 0;
    let type = 'message';
    let data = '';
    for (const line of block.split('\n')) {
      if (line.startsWith('id: ')) id = Number(line.slice(4));
      else if (line.startsWith('event: ')) type = line.slice(7);
      else if (line.startsWith('data: ')) data += line.slice(6);
    }
    if (!data) return;
    // A snapshot is the whole state: always applied. Other events only once, in order.
    if (type !== 'snapshot' && id && id <= lastId) return;
    if (id) lastId = Math.max(lastId, id);
    options.onEvent(type, JSON.parse(data));
  }

  const online = () => {
    if (closed) return;
    clearTimeout(timer);
    delay = 1000;
    controller?.abort();
  };
  window.addEventListener('online', online);
  void run();
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      controller?.abort();
      window.removeEventListener('online', online);
    },
  };
}
