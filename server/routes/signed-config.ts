// The signed partnership config. PUT (admin): the server checks the signature against the
// signing key stored at setup, so only the holder of the signing private key can publish.
// GET (devices and coordinators): the exact signed text, with the signing public key so a device
// can verify it against the thumbprint it pinned; ETag "v<version>" and 304.
import { Hono } from 'hono';
import { PutConfigRequest } from '../../protocol/api';
import { fromBase64url } from '../../protocol/base64url';
import { ConfigPayload } from '../../protocol/config';
import { coordinatorWriteGuard, deviceOrCoordinatorGuard } from '../auth/guards';
import { verifyConfigSignature } from '../auth/keys';
import { ApiError } from '../errors';
import { type AppEnv, type Deps, today } from '../http/context';
import { readWaitingHeader } from '../http/device-headers';
import { issues, readJson } from '../http/json-body';
import { requirePartnership } from './partnership';

/** Room for a 2 MiB payload after JSON string escaping. */
const MAX_CONFIG_BODY_BYTES = 8 * 1024 * 1024;

function invalidPayload(details: { path: string; message: string }[]): ApiError {
  return new ApiError(400, 'invalid_body', 'The config payload is not valid.', details);
}

export function configRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/config', deviceOrCoordinatorGuard(deps), async (c) => {
    const device = c.get('device') as AppEnv['Variables']['device'] | undefined;
    if (device !== undefined) {
      await deps.store.touchDevice(device.id, today(deps), readWaitingHeader(c));
    }
    const [config, partnership] = await Promise.all([
      deps.store.getConfig(),
      deps.store.getPartnership(),
    ]);
    if (config === undefined || partnership === undefined) {
      throw new ApiError(404, 'no_config', 'No config has been published yet.');
    }
    const etag = `"v${config.version}"`;
    c.header('ETag', etag);
    if (matchesEtag(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
    return c.json({ ...config, signingPublicKey: partnership.keyring.signingPublicKey });
  });

  app.put('/config', coordinatorWriteGuard(deps, ['admin']), async (c) => {
    const body = await readJson(c, PutConfigRequest, { maxBytes: MAX_CONFIG_BODY_BYTES });
    const { keyring } = await requirePartnership(deps);
    let signature: Uint8Array;
    try {
      signature = fromBase64url(body.signature);
    } catch {
      signature = new Uint8Array(0);
    }
    const key = fromBase64url(keyring.signingPublicKey);
    if (!(await verifyConfigSignature(key, body.payload, signature))) {
      throw new ApiError(
        400,
        'invalid_signature',
        'The signature does not verify with the partnership signing key.',
      );
    }

    let json: unknown;
    try {
      json = JSON.parse(body.payload);
    } catch {
      throw invalidPayload([{ path: 'payload', message: 'is not JSON' }]);
    }
    const parsed = ConfigPayload.safeParse(json);
    if (!parsed.success) {
      throw invalidPayload(issues(parsed.error).map((i) => ({ ...i, path: `payload.${i.path}` })));
    }
    const payload = parsed.data;
    const mismatched = [
      payload.kid !== keyring.kid && {
        path: 'payload.kid',
        message: 'is not the partnership key id',
      },
      payload.encryptionPublicKey !== keyring.encryptionPublicKey && {
        path: 'payload.encryptionPublicKey',
        message: 'is not the partnership encryption key',
      },
    ].filter((x) => x !== false);
    if (mismatched.length > 0) throw invalidPayload(mismatched);

    const day = today(deps);
    const coordinator = c.get('coordinator');
    const outcome = await deps.store.publishConfig(
      { version: payload.version, payload: body.payload, signature: body.signature },
      day,
      {
        day,
        actor: `coordinator:${coordinator.id}`,
        action: 'config_published',
        detail: { version: payload.version },
      },
    );
    if (outcome === 'stale') {
      throw new ApiError(
        409,
        'stale_version',
        'A config with this version or a later one is already published.',
      );
    }
    return c.json({ version: payload.version });
  });

  return app;
}

/** If-None-Match: `*` or a list of tags, weak or strong (compared weakly, RFC 9110 §13.1.2). */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag.replace(/^W\//, '') === etag;
  });
}
