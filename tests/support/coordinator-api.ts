import { toBase64url } from '../../protocol/base64url';
import type { CoordinatorInfo, EnrolmentCodeResponse, Role } from '../../protocol/api';
import type { TestPartnership } from './partnership';

/**
 * Coordinator actions over the real HTTP API, for tests that need a set-up partnership
 * without going through the coordinator screens: setup, sign-in, publish a signed config,
 * make codes, add coordinators.
 */
export interface CoordinatorClient {
  origin: string;
  request(method: string, path: string, body?: unknown): Promise<Response>;
  createEnrolmentCode(): Promise<EnrolmentCodeResponse>;
  revokeDevice(id: string): Promise<void>;
  devices(): Promise<Array<{ id: string; name: string; revoked: boolean; waiting: number | null }>>;
  /** POST /api/v1/coordinators as this (admin) client. */
  addCoordinator(who: NewCoordinator): Promise<CoordinatorInfo>;
}

export interface NewCoordinator {
  email: string;
  password: string;
  /** Default 'reviewer'. */
  role?: Role;
  /** Their own wrapped copy of the private keys; default an opaque test string. */
  wrapped?: string;
}

export const ADMIN = { email: 'coordinator@example.org', password: 'correct horse battery staple' };
export const REVIEWER = { email: 'reviewer@example.org', password: 'reviewer pass phrase' };
/** The setup copy of the wrapped keys when the caller does not bring real ones. */
export const TEST_WRAPPED = 'opaque-wrapped-private-keys-for-tests';

async function expectOk(res: Response, what: string): Promise<Response> {
  if (!res.ok) throw new Error(`${what}: ${res.status} ${await res.text()}`);
  return res;
}

/** A client with its own cookie jar (one session), sending the Origin the server checks. */
function client(origin: string): CoordinatorClient {
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
      return ((await res.json()) as { devices: Awaited<ReturnType<CoordinatorClient['devices']>> })
        .devices;
    },
    async addCoordinator(who) {
      const res = await expectOk(
        await request('POST', '/api/v1/coordinators', {
          email: who.email,
          password: who.password,
          role: who.role ?? 'reviewer',
          wrapped: who.wrapped ?? TEST_WRAPPED,
        }),
        'add coordinator',
      );
      return ((await res.json()) as { coordinator: CoordinatorInfo }).coordinator;
    },
  };
}

/** Signs in as `who` on a set-up server: a separate session (e.g. the reviewer's). */
export async function signInCoordinator(
  origin: string,
  who: { email: string; password: string },
): Promise<CoordinatorClient> {
  const c = client(origin);
  await expectOk(await c.request('POST', '/api/v1/session', who), 'sign in');
  return c;
}

/**
 * Sets up an empty server as ADMIN, signs in and publishes the partnership's signed config.
 * `wrapped` is the admin's wrapped private keys (default TEST_WRAPPED, which no passphrase opens).
 */
export async function setUpPartnership(
  origin: string,
  partnership: TestPartnership,
  wrapped: string = TEST_WRAPPED,
): Promise<CoordinatorClient> {
  const c = client(origin);
  await expectOk(
    await c.request('POST', '/api/v1/setup', {
      partnershipName: 'Riverside Partnership',
      admin: ADMIN,
      keyring: {
        encryptionPublicKey: toBase64url(partnership.encryption.publicKeyRaw),
        signingPublicKey: toBase64url(partnership.signing.publicKeyRaw),
        wrapped,
      },
    }),
    'setup',
  );
  await expectOk(await c.request('POST', '/api/v1/session', ADMIN), 'sign in');
  const { config } = await partnership.setupFile();
  await expectOk(
    await c.request('PUT', '/api/v1/config', {
      payload: config.payload,
      signature: config.signature,
    }),
    'publish config',
  );
  return c;
}
