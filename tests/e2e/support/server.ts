// Extra server instances for specs that need their own (kill mid-batch, restart, a second
// partnership...). Same command as playwright.config.ts's webServer: the built app, no rebuild.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface StartServerOptions {
  /** 0 picks a free port (read back from the server's startup line). */
  port: number;
  /** Defaults to a fresh directory from freshDataDir(). Reuse one to restart "the same" server. */
  dataDir?: string;
  /** Defaults to HEARTH_DIST_DIR or ./dist. */
  distDir?: string;
  env?: Record<string, string>;
  /** How long to wait for /api/v1/health. */
  timeoutMs?: number;
}

export interface RunningServer {
  /** http://localhost:<port> (a secure context for the browser). */
  url: string;
  port: number;
  dataDir: string;
  child: ChildProcess;
  /** Everything the server printed so far (stdout and stderr). */
  output(): string;
  /** SIGTERM, wait for the graceful exit; resolves to the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL, as in a crash or a power cut; resolves once the process is gone. */
  kill(): Promise<void>;
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** A new, not yet existing directory under test-results/e2e-data/ (the server creates it). */
export function freshDataDir(label = 'server'): string {
  const name = `${label}-${Date.now()}-${randomBytes(3).toString('hex')}`;
  return path.join(REPO_ROOT, 'test-results', 'e2e-data', name);
}

export async function startServer(opts: StartServerOptions): Promise<RunningServer> {
  const dataDir = opts.dataDir ?? freshDataDir();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(opts.port),
    HEARTH_HOST: '127.0.0.1',
    HEARTH_DATA_DIR: dataDir,
    ...(opts.distDir === undefined ? {} : { HEARTH_DIST_DIR: opts.distDir }),
    ...opts.env,
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      running.delete(child);
      resolve(code);
    });
  });

  let port: number;
  try {
    port = await waitUntilHealthy(child, () => output, Date.now() + (opts.timeoutMs ?? 20_000));
  } catch (err) {
    child.kill('SIGKILL');
    await exited;
    throw new Error(`${(err as Error).message}\n--- server output ---\n${output}`, { cause: err });
  }

  return {
    url: `http://localhost:${port}`,
    port,
    dataDir,
    child,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Resolves to the port once the startup line is printed and /api/v1/health answers. */
async function waitUntilHealthy(
  child: ChildProcess,
  output: () => string,
  deadline: number,
): Promise<number> {
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`server exited early (${child.exitCode ?? child.signalCode})`);
    }
    if (Date.now() > deadline) throw new Error('server did not become healthy in time');
    const match = /Hearth listening on http:\/\/localhost:(\d+)/.exec(output());
    if (match?.[1] !== undefined && (await healthy(Number(match[1])))) return Number(match[1]);
    await sleep(100);
  }
}

async function healthy(port: number): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
    return res.ok;
  } catch {
    return false;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
