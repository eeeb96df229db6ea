// Builds the coordinator-bench harness (bench/coordinator-harness.html) into
// .bench/coordinator-harness/. bench/coordinator.ts serves it from the real Hearth server
// under /bench-coordinator/, so its requests are same-origin with the session cookie, as the
// workspace's are. The decrypt worker is built exactly as in the app (new URL + import.meta.url).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/bench-coordinator/',
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../.bench/coordinator-harness', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: { input: fileURLToPath(new URL('coordinator-harness.html', import.meta.url)) },
  },
});
