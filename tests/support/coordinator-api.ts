import { toBase64url } from '../../protocol/base64url';
import type { EnrolmentCodeResponse } from '../../protocol/api';
import type { TestPartnership } from './partnership';

/**
 * Coordinator actions over the real HTTP API, for tests that need a set-up partnership
 * before the coordinator screens exist: setup, sign-in, publish a signed config, make codes.
 */
export interface CoordinatorClient {
  origin: string;
  request(method: string, path: string, body?: unknown): Promise<Response>;
  createEnrolmentCode(): Promise<EnrolmentCodeResponse>;
  revokeDevice(id: string): Promise<void>;
  devices(): Promise<Array<{ id: string; name: string; revoked: boolean }>>;
}

export const ADMIN = { email: 'coordinator@example.org', password: 'correct horse battery staple' };

export async function setUpPartnership(
  origin: string,
  partnership: TestPartnership,
): Promise<CoordinatorClient> {
  let cookie = '';
  const request = async (method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = { Origin: origin };
    if (cookie) headers.Cookie = cookie;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch(`${origin}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const set = res.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0]!;
    return res;
  };
  const expectOk = async (res: Response, what: string) => {
    if (!res.ok) throw new Error(`${what}: ${res.status} ${await res.text()}`);
    return res;
  };

  await expectOk(
    await request('POST', '/api/v1/setup', {
      partnershipName: 'Riverside Partnership',
      admin: ADMIN,
      keyring: {
        encryptionPublicKey: toBase64url(partnership.encryption.publicKeyRaw),
        signingPublicKey: toBase64url(partnership.signing.publicKeyRaw),
        wrapped: 'opaque-wrapped-private-keys-for-tests',
      },
    }),
    'setup',
  );
  await expectOk(await request('POST', '/api/v1/session', ADMIN), 'sign in');
  const { config } = await partnership.setupFile();
  await expectOk(
    await request('PUT', '/api/v1/config', {
      payload: config.payload,
      signature: config.signature,
    }),
    'publish config',
  );

  return {
    origin,
    request,
    async createEnrolmentCode() {
      const res = await expectOk(
        await request('POST', '/api/v1/enrolment-codes', { label: 'test' }),
        'code',
      );
      return (await res.json()) as EnrolmentCodeResponse;
    },
    async revokeDevice(id) {
      await expectOk(await request('DELETE', `/api/v1/devices/${id}`), 'revoke');
    },
    async devices() {
      const res = await expectOk(await request('GET', '/api/v1/devices'), 'devices');
      return (
        (await res.json()) as { devices: Array<{ id: string; name: string; revoked: boolean }> }
      ).devices;
    },
  };
}
