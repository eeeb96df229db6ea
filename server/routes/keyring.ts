// The partnership's public keys and the signed-in coordinator's own passphrase-wrapped copy of
// the private keys, for their browser to unlock (the server cannot). A coordinator replaces
// their copy when they choose a new passphrase; the server stores the blob without parsing it.
import { Hono } from 'hono';
import { MAX_WRAPPED_CHARS, PutWrappedRequest } from '../../protocol/api';
import { coordinatorGuard, coordinatorWriteGuard } from '../auth/guards';
import { ApiError } from '../errors';
import { type AppEnv, type Deps, today } from '../http/context';
import { readJson } from '../http/json-body';
import { requirePartnership } from './partnership';

/** Room for the largest blob after JSON string escaping. */
export const MAX_WRAPPED_BODY_BYTES = MAX_WRAPPED_CHARS * 2 + 16 * 1024;

function noKeys(): ApiError {
  return new ApiError(404, 'no_keyring', 'There is no wrapped key copy for this account.');
}

export function keyringRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/keyring', coordinatorGuard(deps), async (c) => {
    const { keyring } = await requirePartnership(deps);
    const wrapped = await deps.store.getWrappedKeys(c.get('coordinator').id);
    if (wrapped === undefined) throw noKeys();
    const { encryptionPublicKey, kid, signingPublicKey } = keyring;
    return c.json({ encryptionPublicKey, kid, signingPublicKey, wrapped });
  });

  // Self only: the session decides whose copy changes; there is no id in the path.
  app.put('/keyring/wrapped', coordinatorWriteGuard(deps), async (c) => {
    const body = await readJson(c, PutWrappedRequest, { maxBytes: MAX_WRAPPED_BODY_BYTES });
    const { id } = c.get('coordinator');
    const day = today(deps);
    const done = await deps.store.setWrappedKeys(id, body.wrapped, {
      day,
      actor: `coordinator:${id}`,
      action: 'passphrase_changed',
      detail: {},
    });
    if (!done) throw noKeys();
    return c.json({ ok: true });
  });

  return app;
}
