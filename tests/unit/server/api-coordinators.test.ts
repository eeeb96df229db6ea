// Coordinator accounts (admin) and each coordinator's own wrapped copy of the private keys.
import { beforeEach, afterEach, describe, expect, it } from 'vitest';
import type {
  AuditResponse,
  CoordinatorsResponse,
  KeyringResponse,
  SessionResponse,
} from '../../../protocol/api';
import { toBase64url } from '../../../protocol/base64url';
import {
  ADMIN,
  addCoordinator,
  createTestServer,
  initialise,
  REVIEWER,
  REVIEWER_WRAPPED,
  signIn,
  WRAPPED,
  type Initialised,
  type TestServer,
} from '../../support/server-fixtures';

let s: TestServer;
let ctx: Initialised;
beforeEach(async () => {
  s = await createTestServer();
  ctx = await initialise(s);
});
afterEach(() => s.close());

const NEW = { email: 'New.Admin@Example.org', password: 'another long password', role: 'admin' };
const HANDOVER = 'handover-wrapped:{"alg":"PBKDF2","salt":"c2FsdA","ct":"…"}';

async function json<T>(res: Response): Promise<T> {
  return (await res.json()) as T;
}
async function keyring(cookie: string): Promise<KeyringResponse> {
  const res = await s.request('GET', '/api/v1/keyring', { cookie });
  expect(res.status).toBe(200);
  return json<KeyringResponse>(res);
}
async function auditTail(n: number) {
  const { entries } = await json<AuditResponse>(
    await s.request('GET', '/api/v1/audit', { cookie: ctx.admin }),
  );
  return entries.slice(-n);
}

describe('coordinators', () => {
  it('lists every account with its role and the day it was added', async () => {
    s.clock.now += 3 * 86_400_000;
    const admin = await signIn(s); // a new day, a new session
    await addCoordinator(s, admin, { email: 'later@example.org', password: 'x'.repeat(12) });
    const res = await s.request('GET', '/api/v1/coordinators', { cookie: admin });
    expect(res.status).toBe(200);
    const body = await json<CoordinatorsResponse>(res);
    expect(body.coordinators.map(({ id: _id, ...rest }) => rest)).toEqual([
      { email: ADMIN.email, role: 'admin', addedDay: '2025-06-02' },
      { email: REVIEWER.email, role: 'reviewer', addedDay: '2025-06-02' },
      { email: 'later@example.org', role: 'reviewer', addedDay: '2025-06-05' },
    ]);
    expect(body.coordinators[1]!.id).toBe(ctx.reviewerId);
    expect(JSON.stringify(body)).not.toMatch(/scrypt|wrapped/i);
  });

  it('adds a coordinator (201): e-mail lower-cased, password hashed, audited, able to sign in', async () => {
    const res = await s.request('POST', '/api/v1/coordinators', {
      cookie: ctx.admin,
      json: { ...NEW, wrapped: HANDOVER },
    });
    expect(res.status).toBe(201);
    const { coordinator } = await json<SessionResponse>(res);
    expect(coordinator).toEqual({
      id: expect.any(String) as unknown,
      email: 'new.admin@example.org',
      role: 'admin',
    });

    const stored = await s.store.findCoordinatorByEmail('new.admin@example.org');
    expect(stored?.passwordHash).toMatch(/^scrypt\$/);
    expect(stored?.passwordHash).not.toContain(NEW.password);

    const [entry] = await auditTail(1);
    const admin = await json<SessionResponse>(
      await s.request('GET', '/api/v1/session', { cookie: ctx.admin }),
    );
    expect(entry).toMatchObject({
      actor: `coordinator:${admin.coordinator.id}`,
      action: 'coordinator_added',
      detail: { coordinatorId: coordinator.id, email: 'new.admin@example.org', role: 'admin' },
    });
    expect(JSON.stringify(entry)).not.toContain(NEW.password);

    const cookie = await signIn(s, { email: 'NEW.ADMIN@example.org', password: NEW.password });
    expect((await keyring(cookie)).wrapped).toBe(HANDOVER);
    // An added admin can manage people too.
    expect((await s.request('GET', '/api/v1/coordinators', { cookie })).status).toBe(200);
  });

  it('refuses an e-mail already in use, in any case (409 email_taken), and changes nothing', async () => {
    for (const email of [REVIEWER.email, ADMIN.email.toUpperCase()]) {
      const res = await s.request('POST', '/api/v1/coordinators', {
        cookie: ctx.admin,
        json: { email, password: 'y'.repeat(12), role: 'admin', wrapped: 'w' },
      });
      expect(res.status).toBe(409);
      expect(await json<unknown>(res)).toEqual({
        error: {
          code: 'email_taken',
          message: 'There is already a coordinator with this e-mail address.',
        },
      });
    }
    // The reviewer keeps their role, password and keys.
    const reviewer = await signIn(s, REVIEWER);
    expect((await keyring(reviewer)).wrapped).toBe(REVIEWER_WRAPPED);
    const list = await s.request('GET', '/api/v1/coordinators', { cookie: ctx.admin });
    expect((await json<CoordinatorsResponse>(list)).coordinators).toHaveLength(2);
  });
});

describe('per-coordinator wrapped keys', () => {
  it('GET /keyring gives each coordinator their own copy beside the shared public keys', async () => {
    const admin = await keyring(ctx.admin);
    const reviewer = await keyring(ctx.reviewer);
    expect(admin.wrapped).toBe(WRAPPED); // the setup copy
    expect(reviewer.wrapped).toBe(REVIEWER_WRAPPED);
    const { wrapped: _a, ...publicA } = admin;
    const { wrapped: _r, ...publicR } = reviewer;
    expect(publicR).toEqual(publicA);
    expect(publicA.encryptionPublicKey).toBe(toBase64url(s.partnership.encryption.publicKeyRaw));
  });

  it('PUT /keyring/wrapped replaces only the caller’s copy, byte for byte, and is audited', async () => {
    const mine = `rewrapped ${'é'.repeat(10)} "quoted" \\ ${'z'.repeat(60_000)}`;
    const res = await s.request('PUT', '/api/v1/keyring/wrapped', {
      cookie: ctx.reviewer,
      json: { wrapped: mine },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect((await keyring(ctx.reviewer)).wrapped).toBe(mine);
    expect((await keyring(ctx.admin)).wrapped).toBe(WRAPPED);
    // A new session (say, another browser) sees the new copy too.
    expect((await keyring(await signIn(s, REVIEWER))).wrapped).toBe(mine);
    const [changed] = (await auditTail(3)).filter((e) => e.action === 'passphrase_changed');
    expect(changed).toMatchObject({ actor: `coordinator:${ctx.reviewerId}`, detail: {} });
    expect(JSON.stringify(changed)).not.toContain('rewrapped');
  });

  it('the blob is never parsed: any text up to 64 KiB is stored and returned as it came', async () => {
    for (const wrapped of ['x', '{not json', '<script>alert(1)</script>', 'w'.repeat(64 * 1024)]) {
      const put = await s.request('PUT', '/api/v1/keyring/wrapped', {
        cookie: ctx.admin,
        json: { wrapped },
      });
      expect(put.status).toBe(200);
      expect((await keyring(ctx.admin)).wrapped).toBe(wrapped);
    }
  });
});
