// A real endpoint for tests: createApp over a real SQLite file in a temp directory, a movable
// clock, real partnership keys (tests/support/partnership.ts), and helpers that walk the API the
// way a coordinator's browser and a device do. Requests go through app.request (no network).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Hono } from 'hono';
import type { EnrolResponse, SessionResponse } from '../../protocol/api';
import { toBase64url } from '../../protocol/base64url';
import type { SealedRecord } from '../../protocol/sealed-record';
import { createApp } from '../../server/app';
import type { Limits } from '../../server/http/context';
import { DATABASE_FILE, openSqliteStore } from '../../server/store/sqlite-store';
import type { Store } from '../../server/store/store';
import { openSealingSession } from '../../src/crypto';
import { createTestPartnership, type TestPartnership } from './partnership';

export const ORIGIN = 'http://localhost';
export const ADMIN = { email: 'admin@example.org', password: 'correct horse battery' };
export const REVIEWER = { email: 'reviewer@example.org', password: 'reviewer pass phrase' };
export const WRAPPED = 'opaque-wrapped-private-keys.v1.' + 'x'.repeat(64);
/** The reviewer's own copy (as an admin's browser would wrap it under a hand-over passphrase). */
export const REVIEWER_WRAPPED = 'opaque-wrapped-for-the-reviewer.v1.' + 'y'.repeat(64);

/** Opens the Store under test; swap this for another implementation (PostgreSQL) later. */
export type StoreFactory = (dataDir: string) => Store;
export const sqliteStoreFactory: StoreFactory = (dir) => openSqliteStore(dir);

export interface RequestOptions {
  json?: unknown;
  /** Raw body (wins over json). */
  body?: string | Uint8Array<ArrayBuffer>;
  headers?: Record<string, string>;
  /** Session cookie value. */
  cookie?: string;
  /** Device bearer token. */
  token?: string;
  /** Origin header; defaults to the server's own on writes. `null` sends none. */
  origin?: string | null;
}

export interface TestServer {
  app: Hono;
  store: Store;
  dataDir: string;
  dbFile: string;
  partnership: TestPartnership;
  clock: { now: number };
  request(method: string, url: string, opts?: RequestOptions): Promise<Response>;
  close(): Promise<void>;
}

export async function createTestServer(
  opts: {
    limits?: Partial<Limits>;
    storeFactory?: StoreFactory;
    partnership?: TestPartnership;
  } = {},
): Promise<TestServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'hearth-server-test-'));
  const store = (opts.storeFactory ?? sqliteStoreFactory)(dataDir);
  const clock = { now: Date.UTC(2025, 5, 2, 10, 0, 0) };
  const app = createApp({
    distDir: path.join(dataDir, 'no-dist'),
    version: 'test',
    store,
    now: () => clock.now,
    limits: {
      batches: { capacity: 10_000, perSecond: 10_000 },
      enrol: { capacity: 10_000, perSecond: 10_000 },
      ...opts.limits,
    },
  });
  const partnership = opts.partnership ?? (await createTestPartnership());
  return {
    app,
    store,
    dataDir,
    dbFile: path.join(dataDir, DATABASE_FILE),
    partnership,
    clock,
    request: (method, url, o = {}) => send(app, method, url, o),
    async close() {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function send(app: Hono, method: string, url: string, o: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = {};
  const write = method !== 'GET' && method !== 'HEAD';
  if (write && o.origin !== null) headers.Origin = o.origin ?? ORIGIN;
  if (o.json !== undefined || o.body !== undefined) headers['Content-Type'] = 'application/json';
  if (o.cookie !== undefined) headers.Cookie = `hearth_session=${o.cookie}`;
  if (o.token !== undefined) headers.Authorization = `Bearer ${o.token}`;
  Object.assign(headers, o.headers);
  const body = o.body ?? (o.json === undefined ? undefined : JSON.stringify(o.json));
  return Promise.resolve(
    app.request(url, { method, headers, ...(body === undefined ? {} : { body }) }),
  );
}

export function setupBody(p: TestPartnership, overrides: Record<string, unknown> = {}) {
  return {
    partnershipName: 'Riverside Partnership',
    admin: ADMIN,
    keyring: {
      encryptionPublicKey: toBase64url(p.encryption.publicKeyRaw),
      signingPublicKey: toBase64url(p.signing.publicKeyRaw),
      wrapped: WRAPPED,
    },
    ...overrides,
  };
}

/** The session cookie value from a Set-Cookie header. */
export function sessionCookie(res: Response): string {
  const match = /hearth_session=([^;]*)/.exec(res.headers.get('set-cookie') ?? '');
  if (!match?.[1]) throw new Error(`no session cookie (status ${res.status})`);
  return match[1];
}

export async function signIn(s: TestServer, who = ADMIN): Promise<string> {
  return sessionCookie(await s.request('POST', '/api/v1/session', { json: who }));
}

export async function createCode(
  s: TestServer,
  admin: string,
  json: unknown = {},
): Promise<string> {
  const res = await s.request('POST', '/api/v1/enrolment-codes', { cookie: admin, json });
  if (res.status !== 201) throw new Error(`enrolment code: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { code: string }).code;
}

export async function enrol(
  s: TestServer,
  admin: string,
  name = 'Hall tablet',
): Promise<EnrolResponse> {
  const code = await createCode(s, admin);
  const res = await s.request('POST', '/api/v1/devices/enrol', { json: { code, name } });
  if (res.status !== 201) throw new Error(`enrol: ${res.status} ${await res.text()}`);
  return (await res.json()) as EnrolResponse;
}

/** Adds a coordinator through POST /api/v1/coordinators as `admin` (a session cookie). */
export async function addCoordinator(
  s: TestServer,
  admin: string,
  who: { email: string; password: string; role?: 'admin' | 'reviewer'; wrapped?: string },
): Promise<SessionResponse['coordinator']> {
  const json = {
    email: who.email,
    password: who.password,
    role: who.role ?? 'reviewer',
    wrapped: who.wrapped ?? REVIEWER_WRAPPED,
  };
  const res = await s.request('POST', '/api/v1/coordinators', { cookie: admin, json });
  if (res.status !== 201) throw new Error(`add coordinator: ${res.status} ${await res.text()}`);
  return ((await res.json()) as SessionResponse).coordinator;
}

/** A set-up server: admin and reviewer accounts signed in, one device enrolled. */
export interface Initialised {
  s: TestServer;
  admin: string;
  reviewer: string;
  reviewerId: string;
  device: EnrolResponse;
}

/** Setup, the admin signs in and adds the reviewer, the reviewer signs in, a device enrols. */
export async function initialise(s: TestServer): Promise<Initialised> {
  const res = await s.request('POST', '/api/v1/setup', { json: setupBody(s.partnership) });
  if (res.status !== 201) throw new Error(`setup: ${res.status} ${await res.text()}`);
  const admin = await signIn(s);
  const { id: reviewerId } = await addCoordinator(s, admin, REVIEWER);
  const reviewer = await signIn(s, REVIEWER);
  const device = await enrol(s, admin);
  return { s, admin, reviewer, reviewerId, device };
}

/** Real sealed records for the test partnership (one sealing session). */
export async function sealRecords(p: TestPartnership, count: number): Promise<SealedRecord[]> {
  const session = await openSealingSession(p.encryption.publicKeyRaw);
  const out: SealedRecord[] = [];
  for (let i = 0; i < count; i++) {
    out.push(
      await session.seal({
        v: 1,
        kind: 'response',
        formId: 'feedback',
        n: i,
        answers: { q1: 'agree' },
      }),
    );
  }
  return out;
}

/** The signed config body for PUT /api/v1/config. */
export async function signedConfig(p: TestPartnership, version: number) {
  const file = await p.setupFile({ version });
  return { payload: file.config.payload, signature: file.config.signature };
}
