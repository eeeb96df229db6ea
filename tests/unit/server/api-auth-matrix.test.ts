// Authorisation matrix: every protected endpoint × every kind of caller.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  enrol,
  createTestServer,
  initialise,
  sealRecords,
  signedConfig,
  type Initialised,
  type RequestOptions,
  type TestServer,
} from '../../support/server-fixtures';

type Access = 'device' | 'device-or-coordinator' | 'coordinator' | 'admin';
interface Route {
  method: string;
  url: () => string;
  access: Access;
  body?: () => Promise<unknown>;
  /** Tells apart cases of one endpoint. */
  label?: string;
}

let s: TestServer;
let ctx: Initialised;
let revokedToken: string;
let victimId: string;
let configVersion = 0;
let added = 0;

beforeAll(async () => {
  s = await createTestServer();
  ctx = await initialise(s);
  const revoked = await enrol(s, ctx.admin, 'Lost tablet');
  revokedToken = revoked.token;
  const res = await s.request('DELETE', `/api/v1/devices/${revoked.deviceId}`, {
    cookie: ctx.admin,
  });
  expect(res.status).toBe(204);
  victimId = (await enrol(s, ctx.admin, 'To be revoked')).deviceId;
});
afterAll(() => s.close());

const ROUTES: Route[] = [
  { method: 'GET', url: () => '/api/v1/session', access: 'coordinator' },
  { method: 'GET', url: () => '/api/v1/keyring', access: 'coordinator' },
  { method: 'GET', url: () => '/api/v1/devices', access: 'coordinator' },
  { method: 'GET', url: () => '/api/v1/records', access: 'coordinator' },
  {
    method: 'POST',
    url: () => '/api/v1/audit',
    access: 'coordinator',
    label: ' key_unlocked',
    body: async () => ({ action: 'key_unlocked' }),
  },
  {
    method: 'POST',
    url: () => '/api/v1/audit',
    access: 'coordinator',
    label: ' export_aggregate',
    body: async () => ({ action: 'export_aggregate', detail: { formId: 'feedback' } }),
  },
  {
    method: 'POST',
    url: () => '/api/v1/audit',
    access: 'admin',
    label: ' export_rows',
    body: async () => ({ action: 'export_rows', detail: { formId: 'feedback', rows: 12 } }),
  },
  {
    method: 'PUT',
    url: () => '/api/v1/keyring/wrapped',
    access: 'coordinator',
    body: async () => ({ wrapped: `rewrapped-under-a-new-passphrase-${++added}` }),
  },
  { method: 'GET', url: () => '/api/v1/coordinators', access: 'admin' },
  {
    method: 'POST',
    url: () => '/api/v1/coordinators',
    access: 'admin',
    body: async () => ({
      email: `new-${++added}@example.org`,
      password: 'a long enough password',
      role: 'reviewer',
      wrapped: 'handover-wrapped-keys',
    }),
  },
  { method: 'GET', url: () => '/api/v1/audit', access: 'admin' },
  {
    method: 'PUT',
    url: () => '/api/v1/config',
    access: 'admin',
    body: async () => signedConfig(s.partnership, ++configVersion),
  },
  { method: 'POST', url: () => '/api/v1/enrolment-codes', access: 'admin', body: async () => ({}) },
  { method: 'DELETE', url: () => `/api/v1/devices/${victimId}`, access: 'admin' },
  {
    method: 'POST',
    url: () => '/api/v1/batches',
    access: 'device',
    body: async () => ({ batchId: randomUUID(), records: await sealRecords(s.partnership, 1) }),
  },
  { method: 'GET', url: () => '/api/v1/config', access: 'device-or-coordinator' },
];

type Caller =
  | 'nobody'
  | 'wrong token'
  | 'malformed authorization'
  | 'revoked device'
  | 'device'
  | 'wrong cookie'
  | 'reviewer'
  | 'admin'
  | 'admin, no Origin'
  | 'admin, foreign Origin';

function credentials(caller: Caller): RequestOptions {
  switch (caller) {
    case 'nobody':
      return {};
    case 'wrong token':
      return { token: 'A'.repeat(43) };
    case 'malformed authorization':
      return { headers: { Authorization: `Basic ${ctx.device.token}` } };
    case 'revoked device':
      return { token: revokedToken };
    case 'device':
      return { token: ctx.device.token };
    case 'wrong cookie':
      return { cookie: 'B'.repeat(43) };
    case 'reviewer':
      return { cookie: ctx.reviewer };
    case 'admin':
      return { cookie: ctx.admin };
    case 'admin, no Origin':
      return { cookie: ctx.admin, origin: null };
    case 'admin, foreign Origin':
      return { cookie: ctx.admin, origin: 'https://evil.example' };
  }
}

/** [status, code] expected, or 'ok' for a 2xx. */
function expected(route: Route, caller: Caller): 'ok' | [number, string] {
  const write = route.method !== 'GET';
  const deviceRoute = route.access === 'device' || route.access === 'device-or-coordinator';
  const coordinatorRoute = route.access !== 'device';
  const unauthenticated: [number, string] = [401, 'unauthenticated'];
  switch (caller) {
    case 'wrong cookie':
      // A cookie the server does not know is an ended session; device routes ignore cookies.
      return route.access === 'device' ? unauthenticated : [401, 'session_expired'];
    case 'device':
      return deviceRoute ? 'ok' : unauthenticated;
    case 'revoked device':
      return deviceRoute ? [403, 'device_revoked'] : unauthenticated;
    case 'reviewer':
      if (!coordinatorRoute) return unauthenticated;
      return route.access === 'admin' ? [403, 'forbidden'] : 'ok';
    case 'admin':
      return coordinatorRoute ? 'ok' : unauthenticated;
    case 'admin, no Origin':
    case 'admin, foreign Origin':
      if (!coordinatorRoute) return unauthenticated;
      return write ? [403, 'bad_origin'] : 'ok';
    default:
      return unauthenticated;
  }
}

const CALLERS: Caller[] = [
  'nobody',
  'wrong token',
  'malformed authorization',
  'revoked device',
  'device',
  'wrong cookie',
  'reviewer',
  'admin',
  'admin, no Origin',
  'admin, foreign Origin',
];
const CASES = ROUTES.flatMap((route) =>
  CALLERS.map((caller) => {
    const url = route.url().replace(/[\w-]{36}$/, ':id');
    return [`${route.method} ${url}${route.label ?? ''}`, caller, route] as const;
  }),
);

describe('authorisation matrix', () => {
  it.each(CASES)('%s as %s', async (_name, caller, route) => {
    const json = route.body === undefined ? undefined : await route.body();
    const res = await s.request(route.method, route.url(), {
      ...credentials(caller),
      ...(json === undefined ? {} : { json }),
    });
    const want = expected(route, caller);
    if (want === 'ok') {
      expect(res.status, await res.clone().text()).toBeGreaterThanOrEqual(200);
      expect(res.status).toBeLessThan(300);
    } else {
      expect(res.status).toBe(want[0]);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe(want[1]);
    }
  });
});
