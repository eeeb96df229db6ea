// Unit and integration tests (Node). End-to-end specs live in tests/e2e and run under
// Playwright; they are deliberately outside `include`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The app's vite.config.ts (PWA plugin, Preact preset) is not loaded here; JSX in .tsx
  // tests is compiled for Preact directly.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit.json' },
  },
});
