// First run: the partnership, its public keys and wrapped private keys, and the first admin.
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { SetupRequest, MAX_WRAPPED_CHARS } from '../../protocol/api';
import { fromBase64url } from '../../protocol/base64url';
import { originGuard } from '../auth/guards';
import { computeKid, isP256PublicKey, thumbprint } from '../auth/keys';
import { hashPassword } from '../auth/passwords';
import { ApiError } from '../errors';
import { type AppEnv, type Deps, today } from '../http/context';
import { readJson } from '../http/json-body';

const MAX_SETUP_BYTES = MAX_WRAPPED_CHARS + 16 * 1024;

export function setupRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/setup', async (c) => c.json({ initialised: await deps.store.isInitialised() }));

  // No session exists yet, so no cookie to protect; a foreign Origin is still refused.
  app.post('/setup', originGuard(deps, false), async (c) => {
    if (await deps.store.isInitialised()) throw alreadyInitialised();
    const body = await readJson(c, SetupRequest, { maxBytes: MAX_SETUP_BYTES });
    const encryptionKey = await p256Key(
      body.keyring.encryptionPublicKey,
      'keyring.encryptionPublicKey',
    );
    const signingKey = await p256Key(body.keyring.signingPublicKey, 'keyring.signingPublicKey');

    const admin = {
      id: randomUUID(),
      email: body.admin.email.toLowerCase(),
      role: 'admin' as const,
      passwordHash: await hashPassword(body.admin.password),
      wrapped: body.keyring.wrapped,
    };
    const day = today(deps);
    const done = await deps.store.initialise(
      {
        name: body.partnershipName,
        keyring: {
          encryptionPublicKey: body.keyring.encryptionPublicKey,
          kid: computeKid(encryptionKey),
          signingPublicKey: body.keyring.signingPublicKey,
          signingKeyThumbprint: thumbprint(signingKey),
        },
      },
      admin,
      day,
      {
        day,
        actor: `coordinator:${admin.id}`,
        action: 'setup',
        detail: { partnershipName: body.partnershipName, email: admin.email },
      },
    );
    if (!done) throw alreadyInitialised(); // another setup won the race
    return c.json({ ok: true }, 201);
  });

  return app;
}

function alreadyInitialised(): ApiError {
  return new ApiError(409, 'already_initialised', 'This server has already been set up.');
}

/** The raw key bytes, or 400 invalid_body when they are not a point on P-256. */
async function p256Key(b64u: string, path: string): Promise<Uint8Array> {
  let raw: Uint8Array | undefined;
  try {
    raw = fromBase64url(b64u);
  } catch {
    raw = undefined;
  }
  if (raw === undefined || !(await isP256PublicKey(raw))) {
    throw new ApiError(400, 'invalid_body', 'The body does not have the expected shape.', [
      { path, message: 'must be a raw uncompressed P-256 public key' },
    ]);
  }
  return raw;
}
