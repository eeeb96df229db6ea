// The partnership's public keys and the wrapped private keys, for a coordinator's browser to
// unlock with the passphrase (the server cannot).
import { Hono } from 'hono';
import { coordinatorGuard } from '../auth/guards';
import type { AppEnv, Deps } from '../http/context';
import { requirePartnership } from './partnership';

export function keyringRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/keyring', coordinatorGuard(deps), async (c) => {
    const { keyring } = await requirePartnership(deps);
    const { encryptionPublicKey, kid, signingPublicKey, wrapped } = keyring;
    return c.json({ encryptionPublicKey, kid, signingPublicKey, wrapped });
  });
  return app;
}
