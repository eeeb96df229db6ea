// The Hono app: the JSON API under /api/v1 and the built PWA from distDir, on one origin.
import { Hono } from 'hono';
import { apiError, handleError } from './errors';
import { type AppEnv, DEFAULT_LIMITS, type Deps, type Limits } from './http/context';
import { auditRoutes } from './routes/audit';
import { batchRoutes } from './routes/batches';
import { sessionRoutes } from './routes/coordinator-session';
import { coordinatorRoutes } from './routes/coordinators';
import { deviceRoutes } from './routes/devices';
import { enrolmentRoutes } from './routes/enrolment';
import { keyringRoutes } from './routes/keyring';
import { recordRoutes } from './routes/records';
import { setupRoutes } from './routes/setup';
import { configRoutes } from './routes/signed-config';
import { isApiPath, securityHeaders } from './security-headers';
import { serveDist } from './static';
import type { Store } from './store/store';

export interface AppOptions {
  /** The Vite build output (index.html, sw.js, manifest.webmanifest, assets/). */
  distDir: string;
  /** Reported by GET /api/v1/health. */
  version: string;
  /** Where everything is kept; the caller opens and closes it. */
  store: Store;
  /** Rate limits and sign-in lockout; tests tighten them. */
  limits?: Partial<Limits>;
  /** Epoch ms (default Date.now); tests move it to expire codes, sessions and lockouts. */
  now?: () => number;
  /** The origin browsers use when the server sits behind a TLS proxy (HEARTH_PUBLIC_ORIGIN). */
  publicOrigin?: string | undefined;
}

export function createApp(opts: AppOptions): Hono {
  const deps: Deps = {
    store: opts.store,
    limits: { ...DEFAULT_LIMITS, ...opts.limits },
    now: opts.now ?? Date.now,
    publicOrigin: opts.publicOrigin,
  };
  const app = new Hono();

  // No access logger: the server logs no IP addresses and no request bodies (design §6).
  app.use('*', securityHeaders);

  const api = new Hono<AppEnv>();
  api.get('/health', (c) => c.json({ ok: true, version: opts.version }));
  for (const routes of [
    setupRoutes,
    sessionRoutes,
    coordinatorRoutes,
    keyringRoutes,
    configRoutes,
    enrolmentRoutes,
    deviceRoutes,
    batchRoutes,
    recordRoutes,
    auditRoutes,
  ]) {
    api.route('/', routes(deps));
  }
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
