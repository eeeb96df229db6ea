// `npm run bench`: build the app (into .bench/dist, so a concurrent e2e run's dist/ is left
// alone), the submit harness (.bench/harness) and the coordinator harness
// (.bench/coordinator-harness), then run the measurements (bench/run.ts).
// Exit code: 0 all budgets met, 1 a budget or check failed, 2 the bench itself broke.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
const builds = ['.bench/dist', '.bench/harness', '.bench/coordinator-harness'];

/** Runs a node command; returns its exit status (signals count as a broken bench). */
function run(label, args) {
  console.log(`==> ${label}`);
  const { status, signal } = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  return status ?? (console.error(`<== ${label} killed by ${signal}`), 2);
}

const appBuild = [vite, 'build', '--outDir', builds[0], '--emptyOutDir', '--logLevel', 'warn'];
let code = 0;
if (run('build the app', appBuild) !== 0) code = 2;
if (!code && run('build the submit harness', [vite, 'build', '-c', 'bench/vite.config.ts']))
  code = 2;
const coordinatorHarness = [vite, 'build', '-c', 'bench/coordinator.vite.config.ts'];
if (!code && run('build the coordinator harness', coordinatorHarness)) code = 2;
// bench/run.ts exits 1 for a failed budget (its table says which) and 2 if it broke.
if (!code) code = Math.min(run('measure', ['--import', 'tsx', 'bench/run.ts']), 2);
// Only .bench/results.json is kept: built JS under .bench would otherwise be linted by
// `eslint .` (its ignores list dist/ but not .bench/). HEARTH_BENCH_KEEP=1 keeps them.
if (!process.env.HEARTH_BENCH_KEEP) {
  for (const dir of builds)
    rmSync(new URL(`../${dir}`, import.meta.url), { recursive: true, force: true });
}
process.exit(code);
