// The built site behind the cross-origin isolation headers it is deployed with for WebContainer (README, "Sandboxes"):
// a small proxy in front of the static server that adds COOP and COEP to every answer.
import { createServer, request as httpRequest } from 'node:http';

export interface IsolatedSite {
  origin: string;
  close(): Promise<void>;
}

export async function serveIsolated(siteOrigin: string): Promise<IsolatedSite> {
  const server = createServer((req, res) => {
    const upstream = httpRequest(`${siteOrigin}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'credentialless' });
      answer.pipe(res);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
