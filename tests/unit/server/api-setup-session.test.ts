// Setup, coordinator sign-in (scrypt, lockout, cookie), sign-out and the keyring.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditResponse, KeyringResponse } from '../../../protocol/api';
import { toBase64url } from '../../../protocol/base64url';
import { DEFAULT_LIMITS } from '../../../server/http/context';
import { computeKid } from '../../../src/crypto';
import {
  ADMIN,
  createTestServer,
  sessionCookie,
  setupBody,
  signIn,
  WRAPPED,
  type TestServer,
} from '../../support/server-fixtures';

let s: TestServer;
beforeEach(async () => {
  s = await createTestServer();
});
afterEach(() => s.close());

async function errorOf(res: Response): Promise<{ code: string; message: string }> {
  return ((await res.json()) as { error: { code: string; message: string } }).error;
}
async function errorCode(res: Response): Promise<string> {
  return (await errorOf(res)).code;
}
const setup = (json: unknown = setupBody(s.partnership)) =>
  s.request('POST', '/api/v1/setup', { json });

describe('POST /api/v1/setup', () => {
  it('sets up once (201), then answers 409 already_initialised', async () => {
    expect(await (await s.request('GET', '/api/v1/setup')).json()).toEqual({ initialised: false });
    const res = await setup();
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ ok: true });
    expect(res.headers.get('set-cookie')).toBeNull(); // sign in separately
    expect(await (await s.request('GET', '/api/v1/setup')).json()).toEqual({ initialised: true });
    const again = await setup();
    expect(again.status).toBe(409);
    expect(await errorCode(again)).toBe('already_initialised');
  });

  it('stores a scrypt hash, never the password, and the kid computed server-side', async () => {
    await setup();
    const admin = await s.store.findCoordinatorByEmail(ADMIN.email);
    expect(admin?.role).toBe('admin');
    expect(admin?.passwordHash).toMatch(/^scrypt\$15\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(admin?.passwordHash).not.toContain(ADMIN.password);
    const p = await s.store.getPartnership();
    expect(p?.keyring.kid).toBe(await computeKid(s.partnership.encryption.publicKeyRaw));
  });

  it('refuses a short password and a key that is not a P-256 point (400 invalid_body)', async () => {
    const short = await setup(
      setupBody(s.partnership, { admin: { email: 'a@b.org', password: 'short' } }),
    );
    expect(short.status).toBe(400);
    expect(await errorCode(short)).toBe('invalid_body');
    const notOnCurve = new Uint8Array(65).fill(7);
    notOnCurve[0] = 4;
    const body = setupBody(s.partnership);
    body.keyring.signingPublicKey = toBase64url(notOnCurve);
    const res = await setup(body);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: { code: 'invalid_body', details: [{ path: 'keyring.signingPublicKey' }] },
    });
    expect(await s.store.isInitialised()).toBe(false);
  });

  it('refuses a foreign Origin (403 bad_origin) but allows a client that sends none', async () => {
    const foreign = await s.request('POST', '/api/v1/setup', {
      json: setupBody(s.partnership),
      origin: 'https://evil.example',
    });
    expect(foreign.status).toBe(403);
    expect(await errorCode(foreign)).toBe('bad_origin');
    const none = await s.request('POST', '/api/v1/setup', {
      json: setupBody(s.partnership),
      origin: null,
    });
    expect(none.status).toBe(201);
  });
});

describe('coordinator session', () => {
  beforeEach(async () => {
    expect((await setup()).status).toBe(201);
  });

  it('signs in: 200 with the coordinator and a strict session cookie storing only a hash', async () => {
    const res = await s.request('POST', '/api/v1/session', {
      json: { ...ADMIN, email: 'Admin@Example.org' },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { coordinator: { id: string; email: string; role: string } };
    expect(body.coordinator).toMatchObject({ email: ADMIN.email, role: 'admin' });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(
      /^hearth_session=[\w-]{43}; Max-Age=28800; Path=\/; HttpOnly; SameSite=Strict$/,
    );
    const token = sessionCookie(res);
    // The raw token is not a key: only its hash is stored.
    expect(await s.store.findSession(token, s.clock.now, DEFAULT_LIMITS.session)).toBeUndefined();
    const me = await s.request('GET', '/api/v1/session', { cookie: token });
    expect(await me.json()).toEqual(body);
  });

  it('marks the cookie Secure behind https (X-Forwarded-Proto)', async () => {
    const res = await s.request('POST', '/api/v1/session', {
      json: ADMIN,
      headers: { 'X-Forwarded-Proto': 'https' },
      origin: 'https://localhost',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toContain('; Secure');
  });

  it('behind a TLS proxy, HEARTH_PUBLIC_ORIGIN is the only accepted Origin and cookies are Secure', async () => {
    const { createApp } = await import('../../../server/app');
    const app = createApp({
      distDir: s.dataDir,
      version: 't',
      store: s.store,
      publicOrigin: 'https://hearth.example.org',
    });
    const signIn = (origin: string) =>
      app.request('/api/v1/session', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: origin },
        body: JSON.stringify(ADMIN),
      });
    expect((await signIn('http://localhost')).status).toBe(403);
    const res = await signIn('https://hearth.example.org');
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toContain('; Secure');
    const code = await app.request('/api/v1/enrolment-codes', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Origin: 'https://hearth.example.org',
        Cookie: `hearth_session=${sessionCookie(res)}`,
      },
      body: '{}',
    });
    expect(((await code.json()) as { enrolUrl: string }).enrolUrl).toMatch(
      /^https:\/\/hearth\.example\.org\/outreach\?enrol=/,
    );
  });

  it('answers 401 invalid_credentials for a wrong password and for an unknown e-mail alike', async () => {
    const wrong = await s.request('POST', '/api/v1/session', {
      json: { ...ADMIN, password: 'not the password' },
    });
    const unknown = await s.request('POST', '/api/v1/session', {
      json: { email: 'who@x.org', password: 'whatever!!' },
    });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    const [a, b] = (await Promise.all([wrong.json(), unknown.json()])) as unknown[];
    expect(a).toEqual(b);
    expect((a as { error: { code: string } }).error.code).toBe('invalid_credentials');
  });

  it('locks an e-mail for 15 minutes after 5 failures (429 + Retry-After), known or not', async () => {
    for (const email of [ADMIN.email, 'nobody@example.org']) {
      for (let i = 0; i < 5; i++) {
        const res = await s.request('POST', '/api/v1/session', {
          json: { email, password: 'wrong password' },
        });
        expect(res.status).toBe(401);
      }
      const locked = await s.request('POST', '/api/v1/session', {
        json: { email, password: ADMIN.password },
      });
      expect(locked.status).toBe(429);
      expect(await errorCode(locked)).toBe('rate_limited');
      expect(locked.headers.get('retry-after')).toBe('900');
    }
    s.clock.now += 15 * 60_000 + 1;
    expect((await s.request('POST', '/api/v1/session', { json: ADMIN })).status).toBe(200);
  });

  it('sessions end 8 hours after sign-in however busy (401 session_expired)', async () => {
    const cookie = await signIn(s);
    for (let minutes = 50; minutes < 8 * 60; minutes += 50) {
      s.clock.now += 50 * 60_000;
      expect((await s.request('GET', '/api/v1/session', { cookie })).status).toBe(200);
    }
    s.clock.now += 8 * 3_600_000; // well past sign-in + 8 h
    const res = await s.request('GET', '/api/v1/keyring', { cookie });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      error: { code: 'session_expired', message: 'Your session has ended. Sign in again.' },
    });
  });

  it('sessions end after an hour without a request; each request restarts that hour', async () => {
    const cookie = await signIn(s);
    s.clock.now += 59 * 60_000;
    expect((await s.request('GET', '/api/v1/devices', { cookie })).status).toBe(200);
    s.clock.now += 59 * 60_000; // 118 minutes after sign-in, 59 after the last request
    expect((await s.request('GET', '/api/v1/devices', { cookie })).status).toBe(200);
    s.clock.now += 60 * 60_000;
    const res = await s.request('GET', '/api/v1/devices', { cookie });
    expect(res.status).toBe(401);
    expect(await errorCode(res)).toBe('session_expired');
    // Ended for good: going back within the 8 hours does not revive it.
    s.clock.now -= 30 * 60_000;
    expect(await errorCode(await s.request('GET', '/api/v1/devices', { cookie }))).toBe(
      'session_expired',
    );
  });

  it('no cookie is unauthenticated; an unknown, malformed or signed-out cookie is session_expired', async () => {
    const none = await s.request('GET', '/api/v1/keyring');
    expect(none.status).toBe(401);
    expect(await errorOf(none)).toEqual({ code: 'unauthenticated', message: 'Sign in first.' });
    const empty = await s.request('GET', '/api/v1/keyring', {
      headers: { Cookie: 'hearth_session=' },
    });
    expect(await errorCode(empty)).toBe('unauthenticated');
    const cookie = await signIn(s);
    await s.request('DELETE', '/api/v1/session', { cookie });
    for (const stale of [cookie, 'C'.repeat(43), 'not a token']) {
      const res = await s.request('GET', '/api/v1/keyring', { cookie: stale });
      expect(res.status).toBe(401);
      expect(await errorCode(res)).toBe('session_expired');
    }
    const write = await s.request('POST', '/api/v1/audit', {
      cookie,
      json: { action: 'key_unlocked' },
    });
    expect(await errorCode(write)).toBe('session_expired');
  });

  it('signs out (204): the cookie is cleared and the session no longer works', async () => {
    const cookie = await signIn(s);
    const out = await s.request('DELETE', '/api/v1/session', { cookie });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/hearth_session=; Max-Age=0/);
    expect((await s.request('GET', '/api/v1/keyring', { cookie })).status).toBe(401);
    expect((await s.request('DELETE', '/api/v1/session')).status).toBe(204); // idempotent
  });

  it('audits sign-in, failure and sign-out', async () => {
    await s.request('POST', '/api/v1/session', { json: { ...ADMIN, password: 'wrong password' } });
    const cookie = await signIn(s);
    await s.request('DELETE', '/api/v1/session', { cookie });
    const admin = await signIn(s);
    const res = await s.request('GET', '/api/v1/audit', { cookie: admin });
    const { entries } = (await res.json()) as AuditResponse;
    expect(entries.map((e) => e.action)).toEqual([
      'setup',
      'sign_in_failed',
      'sign_in',
      'sign_out',
      'sign_in',
    ]);
    expect(JSON.stringify(entries)).not.toContain('wrong password');
  });

  it('before setup, sign-in answers 409 not_initialised', async () => {
    const fresh = await createTestServer();
    try {
      const res = await fresh.request('POST', '/api/v1/session', { json: ADMIN });
      expect(res.status).toBe(409);
      expect(await errorCode(res)).toBe('not_initialised');
    } finally {
      await fresh.close();
    }
  });
});

describe('GET /api/v1/keyring', () => {
  it('returns the public keys, the kid and the wrapped blob exactly as stored', async () => {
    await setup();
    const res = await s.request('GET', '/api/v1/keyring', { cookie: await signIn(s) });
    expect(res.status).toBe(200);
    expect((await res.json()) as KeyringResponse).toEqual({
      encryptionPublicKey: toBase64url(s.partnership.encryption.publicKeyRaw),
      kid: await computeKid(s.partnership.encryption.publicKeyRaw),
      signingPublicKey: toBase64url(s.partnership.signing.publicKeyRaw),
      wrapped: WRAPPED,
    });
  });
});
