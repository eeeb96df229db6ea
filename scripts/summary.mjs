// Prints the suite's totals from test-results/unit.json (Vitest) and test-results/e2e.json
// (Playwright). The LAST line is exactly `N passed, N failed`.
//
// Usage: node scripts/summary.mjs [--stage NAME=STATUS ...]
//   STATUS is the stage's exit code, or `skipped`. Stages `unit` and `e2e` have reports;
//   any other stage (typecheck, lint, format, build, chromium...) is a gate.
// It fails closed: a missing or unreadable report, a failed gate, or a test stage that
// exited non-zero while its report shows no failure each count as one failure, so the
// line cannot read "0 failed" by accident. Exit code 1 when anything failed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const REPORTS = {
  unit: { file: 'test-results/unit.json', read: readVitest },
  e2e: { file: 'test-results/e2e.json', read: readPlaywright },
};

/**
 * @param {string[]} argv
 * @returns {Map<string, string>} stage name → exit code or `skipped`
 */
function parseArgs(argv) {
  const stages = new Map();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] === '--stage' ? argv[++i] : argv[i]?.replace(/^--stage=/, '');
    const match = /^([\w-]+)=(\w+)$/.exec(arg ?? '');
    if (!match) {
      console.error(`summary: ignoring argument ${JSON.stringify(argv[i])}`);
      continue;
    }
    stages.set(match[1], match[2]);
  }
  return stages;
}

/** @typedef {{ passed: number, failed: number, skipped: number }} Counts */

/**
 * @param {any} report parsed test-results/unit.json
 * @returns {Counts}
 */
function readVitest(report) {
  let failed = report.numFailedTests ?? 0;
  // A file that fails to load or throws outside a test has no failing test of its own.
  for (const file of report.testResults ?? []) {
    const failingTests = (file.assertionResults ?? []).some(
      (/** @type {{ status: string }} */ t) => t.status === 'failed',
    );
    if (file.status === 'failed' && !failingTests) failed += 1;
  }
  if (typeof report.numPassedTests !== 'number') throw new Error('not a Vitest JSON report');
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  return { passed: report.numPassedTests, failed, skipped };
}

/**
 * @param {any} report parsed test-results/e2e.json
 * @returns {Counts}
 */
function readPlaywright(report) {
  const stats = report.stats;
  if (!stats || typeof stats.expected !== 'number') {
    throw new Error('not a Playwright JSON report');
  }
  // Top-level errors: webServer did not start, a spec file failed to load, ...
  const errors = Array.isArray(report.errors) ? report.errors.length : 0;
  return {
    passed: stats.expected + (stats.flaky ?? 0),
    failed: (stats.unexpected ?? 0) + errors,
    skipped: stats.skipped ?? 0,
  };
}

const stages = parseArgs(process.argv.slice(2));
let passed = 0;
let failed = 0;
const lines = [];

for (const [name, { file, read }] of Object.entries(REPORTS)) {
  const status = stages.get(name);
  let result;
  try {
    result = read(JSON.parse(readFileSync(path.join(root, file), 'utf8')));
  } catch (err) {
    const why =
      status === 'skipped'
        ? 'not run'
        : `no usable report (${err instanceof Error ? err.message : String(err)})`;
    lines.push(`${name}: ${why}; counted as 1 failed`);
    failed += 1;
    continue;
  }
  let note = '';
  if (status !== undefined && status !== '0' && result.failed === 0) {
    result.failed = 1;
    note = ` (exited ${status} without a failing test; counted as 1 failed)`;
  }
  passed += result.passed;
  failed += result.failed;
  const skipped = result.skipped ? `, ${result.skipped} skipped` : '';
  lines.push(`${name}: ${result.passed} passed, ${result.failed} failed${skipped}${note}`);
}

const gates = [...stages].filter(([name]) => !(name in REPORTS));
const failedGates = gates.filter(([, status]) => status !== '0');
failed += failedGates.length;
if (gates.length > 0) {
  const shown = gates.map(([name, status]) =>
    status === '0'
      ? `${name} ok`
      : `${name} FAILED (${status === 'skipped' ? 'not run' : `exit ${status}`})`,
  );
  lines.push(`gates: ${shown.join(', ')}`);
}

console.log('');
console.log('Summary');
for (const line of lines) console.log(`  ${line}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
