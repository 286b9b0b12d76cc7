import type { Plugin } from 'vite';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ISOLATED_PATH, isolationHeaders } from './sandbox-paths.ts';

/** Sends the cross-origin isolation headers on the lab pages in `npm run dev` and `npm run preview`. */
export function sandboxHeaders(): Plugin {
  const middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (ISOLATED_PATH.test(req.url ?? '')) for (const [name, value] of Object.entries(isolationHeaders)) res.setHeader(name, value);
    next();
  };
  return {
    name: 'sandbox-headers',
    configureServer: (server) => void server.middlewares.use(middleware),
    configurePreviewServer: (server) => void server.middlewares.use(middleware),
  };
}
