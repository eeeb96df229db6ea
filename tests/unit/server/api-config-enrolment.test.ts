// Signed config (PUT verified against the stored signing key; GET with ETag/304), enrolment
// codes, device enrolment, the device list and revocation.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  ConfigResponse,
  DevicesResponse,
  EnrolmentCodeResponse,
  EnrolResponse,
} from '../../../protocol/api';
import { toBase64url } from '../../../protocol/base64url';
import { thumbprint } from '../../../src/crypto';
import { generateSigningKeyPair, signPayload, verifyPayload } from '../../../src/crypto/signing';
import {
  createCode,
  createTestServer,
  initialise,
  signedConfig,
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

async function errorCode(res: Response): Promise<string> {
  return ((await res.json()) as { error: { code: string } }).error.code;
}
const putConfig = (json: unknown, cookie = ctx.admin) =>
  s.request('PUT', '/api/v1/config', { cookie, json });

describe('signed config', () => {
  it('GET answers 404 no_config before the first publish', async () => {
    const res = await s.request('GET', '/api/v1/config', { token: ctx.device.token });
    expect(res.status).toBe(404);
    expect(await errorCode(res)).toBe('no_config');
  });

  it('PUT publishes a verified config; a device GETs it with the signing key and checks it', async () => {
    const body = await signedConfig(s.partnership, 1);
    const put = await putConfig(body);
    expect(put.status).toBe(200);
    expect(await put.json()).toEqual({ version: 1 });

    const res = await s.request('GET', '/api/v1/config', { token: ctx.device.token });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"v1"');
    const got = (await res.json()) as ConfigResponse;
    expect(got).toEqual({
      ...body,
      version: 1,
      signingPublicKey: toBase64url(s.partnership.signing.publicKeyRaw),
    });
    // What a device does: the key must match the pinned thumbprint, then the signature must verify.
    const key = s.partnership.signing.publicKeyRaw;
    expect(await thumbprint(key)).toBe(ctx.device.signingKeyThumbprint);
    expect(await verifyPayload(key, got.payload, got.signature)).toBe(true);
  });

  it('GET answers 304 for a matching If-None-Match, 200 once a new version is out', async () => {
    await putConfig(await signedConfig(s.partnership, 1));
    const etag = { 'If-None-Match': '"v1"' };
    const same = await s.request('GET', '/api/v1/config', {
      token: ctx.device.token,
      headers: etag,
    });
    expect(same.status).toBe(304);
    expect(await same.text()).toBe('');
    const coordinator = await s.request('GET', '/api/v1/config', {
      cookie: ctx.reviewer,
      headers: { 'If-None-Match': 'W/"v1"' },
    });
    expect(coordinator.status).toBe(304);
    await putConfig(await signedConfig(s.partnership, 2));
    const newer = await s.request('GET', '/api/v1/config', {
      token: ctx.device.token,
      headers: etag,
    });
    expect(newer.status).toBe(200);
    expect(newer.headers.get('etag')).toBe('"v2"');
  });

  it('refuses a signature by another key, or over other bytes (400 invalid_signature)', async () => {
    const other = await generateSigningKeyPair();
    const body = await signedConfig(s.partnership, 1);
    const forged = {
      payload: body.payload,
      signature: await signPayload(other.privateKey, body.payload),
    };
    expect(await errorCode(await putConfig(forged))).toBe('invalid_signature');
    const tampered = {
      payload: body.payload.replace('"version":1', '"version":9'),
      signature: body.signature,
    };
    const res = await putConfig(tampered);
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe('invalid_signature');
    expect(await s.store.getConfig()).toBeUndefined();
  });

  it('refuses the same or an older version (409 stale_version)', async () => {
    await putConfig(await signedConfig(s.partnership, 3));
    for (const version of [3, 2]) {
      const res = await putConfig(await signedConfig(s.partnership, version));
      expect(res.status).toBe(409);
      expect(await errorCode(res)).toBe('stale_version');
    }
  });

  it('refuses a signed payload for another encryption key, or not a valid config (400 invalid_body)', async () => {
    const sign = (payload: string) => signPayload(s.partnership.signing.privateKey, payload);
    const valid = JSON.parse((await signedConfig(s.partnership, 1)).payload) as Record<
      string,
      unknown
    >;
    const cases = [
      { ...valid, kid: 'AAAAAAAAAAAAAAAAAAAAAA' },
      { ...valid, extra: true },
      { ...valid, version: 0 },
    ];
    for (const payloadObject of cases) {
      const payload = JSON.stringify(payloadObject);
      const res = await putConfig({ payload, signature: await sign(payload) });
      expect(res.status).toBe(400);
      expect(await errorCode(res)).toBe('invalid_body');
    }
    const notJson = await putConfig({ payload: 'not json', signature: await sign('not json') });
    expect(await notJson.json()).toMatchObject({
      error: { code: 'invalid_body', details: [{ path: 'payload' }] },
    });
  });

  it('a reviewer may read but not publish (403 forbidden)', async () => {
    const res = await putConfig(await signedConfig(s.partnership, 1), ctx.reviewer);
    expect(res.status).toBe(403);
    expect(await errorCode(res)).toBe('forbidden');
  });
});

describe('enrolment', () => {
  it('creates a typeable one-time code with an enrol URL carrying the thumbprint', async () => {
    const res = await s.request('POST', '/api/v1/enrolment-codes', {
      cookie: ctx.admin,
      json: { label: 'Library tablet', expiresInHours: 2 },
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as EnrolmentCodeResponse;
    expect(body.code).toMatch(/^[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}$/);
    expect(Date.parse(body.expiresAt)).toBe(s.clock.now + 2 * 3_600_000);
    const fp = await thumbprint(s.partnership.signing.publicKeyRaw);
    expect(body.signingKeyThumbprint).toBe(fp);
    expect(body.enrolUrl).toBe(`http://localhost/outreach?enrol=${body.code}&fp=${fp}`);
  });

  it('enrols with the code in any case, with or without the dash; the label names the device', async () => {
    const code = await createCode(s, ctx.admin, { label: 'Library tablet' });
    const res = await s.request('POST', '/api/v1/devices/enrol', {
      json: { code: code.replace('-', '').toLowerCase() },
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as EnrolResponse;
    expect(body).toMatchObject({
      partnershipName: 'Riverside Partnership',
      signingKeyThumbprint: await thumbprint(s.partnership.signing.publicKeyRaw),
    });
    expect(body.token).toMatch(/^[\w-]{43}$/);
    const devices = (await (
      await s.request('GET', '/api/v1/devices', { cookie: ctx.reviewer })
    ).json()) as DevicesResponse;
    expect(devices.devices.map((d) => d.name)).toEqual(['Hall tablet', 'Library tablet']);
    expect(devices.devices[1]).toEqual({
      id: body.deviceId,
      name: 'Library tablet',
      enrolledDay: '2025-06-02',
      lastSeenDay: '2025-06-02',
      revoked: false,
      waiting: null, // it has not called yet
    });
  });

  it('unknown, used and expired codes all answer 401 invalid_code with the same message', async () => {
    const enrolWith = (code: string) =>
      s.request('POST', '/api/v1/devices/enrol', { json: { code } });
    const used = await createCode(s, ctx.admin);
    expect((await enrolWith(used)).status).toBe(201);
    const expiring = await createCode(s, ctx.admin, { expiresInHours: 1 });
    s.clock.now += 3_600_000;
    const answers = [
      await enrolWith('ABCDE-FGHJK'),
      await enrolWith(used),
      await enrolWith(expiring),
      await enrolWith('nope'),
    ];
    expect(answers.map((r) => r.status)).toEqual([401, 401, 401, 401]);
    const bodies = await Promise.all(answers.map((r) => r.json()));
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
    expect((bodies[0] as { error: { code: string } }).error.code).toBe('invalid_code');
  });

  it('rate-limits enrolment attempts globally (429 + Retry-After)', async () => {
    const limited = await createTestServer({
      limits: { enrol: { capacity: 3, perSecond: 3 / 60 } },
    });
    try {
      for (let i = 0; i < 3; i++) {
        const res = await limited.request('POST', '/api/v1/devices/enrol', {
          json: { code: 'ABCDE-FGHJK' },
        });
        expect(res.status).toBe(401);
      }
      const res = await limited.request('POST', '/api/v1/devices/enrol', {
        json: { code: 'ABCDE-FGHJK' },
      });
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe('20');
    } finally {
      await limited.close();
    }
  });
});

describe('devices', () => {
  it('revoking (204) makes the device token answer 403 device_revoked; the device stays listed', async () => {
    const res = await s.request('DELETE', `/api/v1/devices/${ctx.device.deviceId}`, {
      cookie: ctx.admin,
    });
    expect(res.status).toBe(204);
    const sync = await s.request('GET', '/api/v1/config', { token: ctx.device.token });
    expect(sync.status).toBe(403);
    expect(await errorCode(sync)).toBe('device_revoked');
    const { devices } = (await (
      await s.request('GET', '/api/v1/devices', { cookie: ctx.admin })
    ).json()) as DevicesResponse;
    expect(devices[0]?.revoked).toBe(true);
    // Idempotent, and audited once.
    expect(
      (await s.request('DELETE', `/api/v1/devices/${ctx.device.deviceId}`, { cookie: ctx.admin }))
        .status,
    ).toBe(204);
    const audit = (await (
      await s.request('GET', '/api/v1/audit', { cookie: ctx.admin })
    ).json()) as {
      entries: { action: string; detail: Record<string, unknown> }[];
    };
    const revoked = audit.entries.filter((e) => e.action === 'device_revoked');
    expect(revoked).toHaveLength(1);
    expect(revoked[0]?.detail).toEqual({ deviceId: ctx.device.deviceId, name: 'Hall tablet' });
  });

  it('revoking an unknown device answers 404 not_found', async () => {
    const res = await s.request('DELETE', '/api/v1/devices/no-such-device', { cookie: ctx.admin });
    expect(res.status).toBe(404);
    expect(await errorCode(res)).toBe('not_found');
  });
});
