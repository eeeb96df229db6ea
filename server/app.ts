// The Hono app: the JSON API under /api/v1 and the built PWA from distDir, on one origin.
import { Hono } from 'hono';
import { apiError, handleError } from './errors';
import { isApiPath, securityHeaders } from './security-headers';
import { serveDist } from './static';

export interface AppOptions {
  /** The Vite build output (index.html, sw.js, manifest.webmanifest, assets/). */
  distDir: string;
  /** Reported by GET /api/v1/health. */
  version: string;
}

export function createApp(opts: AppOptions): Hono {
  const app = new Hono();

  // No access logger: the server logs no IP addresses and no request bodies (design §6).
  app.use('*', securityHeaders);

  const api = new Hono();
  api.get('/health', (c) => c.json({ ok: true, version: opts.version }));
  app.route('/api/v1', api);

  // Static files and the SPA fallback; /api/* passes through to notFound below.
  app.get('*', serveDist(opts.distDir));

  app.notFound((c) =>
    isApiPath(c.req.path)
      ? apiError(c, 404, 'not_found', `No API endpoint ${c.req.method} ${c.req.path}.`)
      : c.text('Not found', 404),
  );
  app.onError(handleError);
  return app;
}
