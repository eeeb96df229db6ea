// End-to-end tests: the BUILT app (dist/, built by scripts/test.sh beforehand) served by the
// real server, driven by the system Chromium (no browser downloads here).
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/support/chromium';

const port = Number(process.env.HEARTH_E2E_PORT ?? 8181);

// One fresh data dir per run. The config is evaluated again in every worker process; they
// inherit this variable from the runner, so all of them agree on the same directory.
process.env.HEARTH_E2E_DATA_DIR ??= path.join(
  'test-results',
  'e2e-data',
  `webserver-${Date.now()}-${process.pid}`,
);

export default defineConfig({
  testDir: 'tests/e2e',
  // Playwright empties outputDir at start; keep it away from unit.json and the data dirs.
  outputDir: 'test-results/e2e-artifacts',
  // One worker: specs share one server (and its database), kill and restart servers, and
  // measure timings; on 2 cores a second Chromium mostly adds flakiness.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    // localhost, not 127.0.0.1: it is a secure context, which WebCrypto and service workers
    // require. The server itself listens on 127.0.0.1; Chromium maps localhost to loopback.
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    headless: true,
    serviceWorkers: 'allow',
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    // No rebuild here: scripts/test.sh runs `vite build` first. HEARTH_DIST_DIR, when set,
    // is inherited and points the server at another build.
    command: 'node --import tsx server/main.ts',
    url: `http://127.0.0.1:${port}/api/v1/health`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    env: {
      PORT: String(port),
      HEARTH_HOST: '127.0.0.1',
      HEARTH_DATA_DIR: process.env.HEARTH_E2E_DATA_DIR,
    },
  },
});
