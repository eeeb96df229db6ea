// Entry point: `node --import tsx server/main.ts` (npm start wraps it, see scripts/start.mjs).
// Environment: PORT (8080), HEARTH_HOST (127.0.0.1, see config.ts for why), HEARTH_DATA_DIR (./data),
// HEARTH_DIST_DIR (./dist), HEARTH_PUBLIC_ORIGIN (unset; the https origin behind a TLS proxy),
// HEARTH_SESSION_HOURS (8) and HEARTH_SESSION_IDLE_MINUTES (60) for coordinator sessions.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { displayUrl, ensureDataDir, readConfig, readVersion, type ServerConfig } from './config';
import { openSqliteStore } from './store/sqlite-store';
import type { Store } from './store/store';

/** How long in-flight requests get to finish after SIGINT/SIGTERM before connections are cut. */
const SHUTDOWN_GRACE_MS = 5000;

function loadConfig(): ServerConfig {
  try {
    const loaded = readConfig(process.env, process.cwd());
    ensureDataDir(loaded.dataDir);
    return loaded;
  } catch (err) {
    console.error(`[hearth] ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  }
}
const config = loadConfig();

const version = readVersion(new URL('../package.json', import.meta.url));
if (!existsSync(path.join(config.distDir, 'index.html'))) {
  console.warn(
    `[hearth] warning: ${config.distDir}/index.html is missing; the API works but the app is not built (run npx vite build).`,
  );
}

function openStore(): Store {
  try {
    return openSqliteStore(config.dataDir);
  } catch (err) {
    console.error(
      `[hearth] cannot open the database in ${config.dataDir}: ${err instanceof Error ? err.message : String(err)}`,
    );
    process.exit(2);
  }
}
const store = openStore();

const app = createApp({
  distDir: config.distDir,
  version,
  store,
  publicOrigin: config.publicOrigin,
  limits: { session: config.session },
});
const { host } = config;
const server = serve({ fetch: app.fetch, port: config.port, hostname: host }, (info) => {
  console.log(`Hearth listening on ${displayUrl(host, info.port)}`);
});

server.on('error', (err: NodeJS.ErrnoException) => {
  const reason = err.code === 'EADDRINUSE' ? `port ${config.port} is already in use` : err.message;
  console.error(`[hearth] cannot listen on ${host}:${config.port}: ${reason}`);
  process.exit(1);
});

let stopping = false;
function shutdown(signal: NodeJS.Signals): void {
  if (stopping) return; // signals often arrive twice (terminal + parent process)
  stopping = true;
  console.log(`[hearth] ${signal}: shutting down`);
  const force = setTimeout(() => {
    console.error('[hearth] in-flight requests did not finish in time; closing them');
    if ('closeAllConnections' in server) server.closeAllConnections();
    process.exit(1);
  }, SHUTDOWN_GRACE_MS);
  force.unref();
  // Stops accepting, lets in-flight requests finish, closes idle keep-alive connections.
  server.close((err) => {
    clearTimeout(force);
    // Every committed transaction is already durable; closing checkpoints the WAL.
    void store.close().finally(() => process.exit(err ? 1 : 0));
  });
  if ('closeIdleConnections' in server) server.closeIdleConnections();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
