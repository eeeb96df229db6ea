// `npm start`: build the app if dist/ is missing or older than its sources, then run the
// server (server/main.ts) in this same process through tsx's loader, which is what
// `node --import tsx server/main.ts` does. One process means Ctrl-C, SIGTERM from a
// supervisor and the exit code all reach the server directly, with nothing to forward.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

// What the Vite build reads. Anything newer than dist/index.html means dist is stale.
const BUILD_INPUTS = [
  'src',
  'sw',
  'protocol',
  'public',
  'index.html',
  'vite.config.ts',
  'package-lock.json',
];

/**
 * The first input file modified after `since`, or undefined.
 * @param {number} since mtime in ms
 * @returns {string | undefined}
 */
function newerInput(since) {
  const stack = BUILD_INPUTS.map((p) => path.join(root, p));
  while (stack.length > 0) {
    const current = /** @type {string} */ (stack.pop());
    let info;
    try {
      info = statSync(current);
    } catch {
      continue; // an input that does not exist (yet)
    }
    if (info.isDirectory()) {
      for (const name of readdirSync(current)) stack.push(path.join(current, name));
    } else if (info.mtimeMs > since) {
      return path.relative(root, current);
    }
  }
  return undefined;
}

function whyBuild() {
  const index = path.join(root, 'dist', 'index.html');
  if (!existsSync(index)) return 'dist/index.html is missing';
  const changed = newerInput(statSync(index).mtimeMs);
  return changed === undefined ? undefined : `${changed} changed since the last build`;
}

/**
 * Runs a command with inherited stdio, passing SIGINT/SIGTERM on; resolves to its exit code.
 * @param {string} command
 * @param {string[]} args
 * @returns {Promise<number>}
 */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
    /** @param {NodeJS.Signals} signal */
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', (err) => {
      console.error(`[start] cannot run ${command}: ${err.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

if (process.env.HEARTH_DIST_DIR) {
  console.log(`[start] HEARTH_DIST_DIR is set; serving ${process.env.HEARTH_DIST_DIR} as it is`);
} else {
  const reason = whyBuild();
  if (reason !== undefined) {
    console.log(`[start] building the app: ${reason}`);
    const code = await run('npx', ['--no-install', 'vite', 'build']);
    if (code !== 0) {
      console.error(`[start] vite build failed (exit ${code}); not starting the server`);
      process.exit(code);
    }
  }
}

const { register } = await import('tsx/esm/api');
register();
// A computed specifier: the .ts file is for tsx's loader, not for Node or tsc to resolve.
await import(new URL('../server/main.ts', import.meta.url).href);
