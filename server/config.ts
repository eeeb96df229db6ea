// Server settings from the environment, and the data directory they point at.
import { chmodSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SessionPolicy } from './store/store';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  distDir: string;
  /** HEARTH_PUBLIC_ORIGIN: the https origin browsers use when a TLS proxy sits in front. */
  publicOrigin: string | undefined;
  /** HEARTH_SESSION_HOURS (8) and HEARTH_SESSION_IDLE_MINUTES (60): coordinator sessions. */
  session: SessionPolicy;
}

/**
 * HEARTH_HOST defaults to 127.0.0.1, not 0.0.0.0: binding every interface would offer the app and
 * the API to the whole LAN over plain HTTP, where WebCrypto does not work anyway (it needs
 * https:// or localhost) and traffic can be read. Tablets reach the server through a TLS
 * reverse proxy; set HEARTH_HOST=0.0.0.0 (or an interface address) only behind one.
 */
export function readConfig(env: NodeJS.ProcessEnv, cwd: string): ServerConfig {
  return {
    port: parsePort(env.PORT),
    host: env.HEARTH_HOST?.trim() || '127.0.0.1',
    dataDir: path.resolve(cwd, env.HEARTH_DATA_DIR?.trim() || 'data'),
    distDir: path.resolve(cwd, env.HEARTH_DIST_DIR?.trim() || 'dist'),
    publicOrigin: parseOrigin(env.HEARTH_PUBLIC_ORIGIN),
    session: parseSession(env),
  };
}

/** Whole hours 1–24 from sign-in; whole minutes of idleness, 1 up to the whole session. */
function parseSession(env: NodeJS.ProcessEnv): SessionPolicy {
  const hours = wholeNumber(env.HEARTH_SESSION_HOURS, 'HEARTH_SESSION_HOURS', 8, 1, 24);
  const idle = wholeNumber(
    env.HEARTH_SESSION_IDLE_MINUTES,
    'HEARTH_SESSION_IDLE_MINUTES',
    Math.min(60, hours * 60),
    1,
    hours * 60,
  );
  return { maxMs: hours * 3_600_000, idleMs: idle * 60_000 };
}

function wholeNumber(
  raw: string | undefined,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const text = raw?.trim();
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${text}".`);
  }
  return value;
}

/** `https://hearth.example.org` (scheme, host, optional port; no path). */
function parseOrigin(raw: string | undefined): string | undefined {
  const text = raw?.trim();
  if (text === undefined || text === '') return undefined;
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (
    url === undefined ||
    !['http:', 'https:'].includes(url.protocol) ||
    url.origin !== text.replace(/\/$/, '')
  ) {
    throw new Error(
      `HEARTH_PUBLIC_ORIGIN must be an origin such as https://hearth.example.org, got "${text}".`,
    );
  }
  return url.origin;
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 8080;
  const port = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, got "${raw}".`);
  }
  return port;
}

/**
 * Creates the data directory (owner-only, 0700) if missing. An existing directory is left
 * as it is, with a warning when others can read it.
 */
export function ensureDataDir(dir: string): void {
  let info;
  try {
    info = statSync(dir);
  } catch {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(dir, 0o700); // mkdir's mode is filtered by the umask
    return;
  }
  if (!info.isDirectory()) throw new Error(`HEARTH_DATA_DIR ${dir} is not a directory.`);
  if (process.platform !== 'win32' && (info.mode & 0o077) !== 0) {
    console.warn(
      `[hearth] warning: ${dir} is accessible to other users (mode ${(info.mode & 0o777).toString(8)}); consider chmod 700.`,
    );
  }
}

/** What to print for people to open: localhost whenever the server listens on loopback. */
export function displayUrl(host: string, port: number): string {
  const local = ['127.0.0.1', '::1', 'localhost', '0.0.0.0', '::'];
  if (local.includes(host)) return `http://localhost:${port}`;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

export function readVersion(packageJson: URL | string): string {
  const parsed: unknown = JSON.parse(readFileSync(packageJson, 'utf8'));
  if (typeof parsed === 'object' && parsed !== null && 'version' in parsed) {
    const { version } = parsed;
    if (typeof version === 'string') return version;
  }
  return '0.0.0';
}
