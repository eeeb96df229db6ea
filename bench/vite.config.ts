// Builds the submit-bench harness page (bench/harness.html) into .bench/harness/. A plain
// build of the app's own modules: no PWA plugin (no service worker in the way of timing) and
// no Preact preset (the harness has no JSX).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../.bench/harness', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: { input: fileURLToPath(new URL('harness.html', import.meta.url)) },
  },
});
