// One-time enrolment codes (admin) and device enrolment with one (no auth: the code is the
// credential). A device gets a bearer token, shown once and stored hashed, and the signing key
// thumbprint to pin.
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { DEFAULT_CODE_HOURS, EnrolRequest, EnrolmentCodeRequest } from '../../protocol/api';
import { coordinatorWriteGuard, ownOrigin } from '../auth/guards';
import { RateLimiter } from '../auth/rate-limit';
import { newEnrolmentCode, normaliseEnrolmentCode, randomToken, secretHash } from '../auth/secrets';
import { ApiError, rateLimited } from '../errors';
import { type AppEnv, type Deps, today } from '../http/context';
import { readJson } from '../http/json-body';
import { requirePartnership } from './partnership';

function invalidCode(): ApiError {
  // One answer for unknown, used and expired codes: nothing to learn by guessing.
  return new ApiError(
    401,
    'invalid_code',
    'This enrolment code is not valid. Ask a coordinator for a new one.',
  );
}

export function enrolmentRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const attempts = new RateLimiter(deps.limits.enrol, deps.now);

  app.post('/enrolment-codes', coordinatorWriteGuard(deps, ['admin']), async (c) => {
    const body = await readJson(c, EnrolmentCodeRequest);
    const { keyring } = await requirePartnership(deps);
    const hours = body.expiresInHours ?? DEFAULT_CODE_HOURS;
    const code = newEnrolmentCode();
    const expiresAt = deps.now() + hours * 3_600_000;
    const day = today(deps);
    await deps.store.createEnrolmentCode(
      {
        codeHash: secretHash(normaliseEnrolmentCode(code)!),
        label: body.label ?? null,
        expiresAt,
        day,
      },
      {
        day,
        actor: `coordinator:${c.get('coordinator').id}`,
        action: 'enrolment_code_created',
        detail: { label: body.label ?? null, expiresInHours: hours },
      },
    );
    const fp = keyring.signingKeyThumbprint;
    const enrolUrl = `${ownOrigin(c, deps)}/outreach?enrol=${encodeURIComponent(code)}&fp=${fp}`;
    return c.json(
      { code, expiresAt: new Date(expiresAt).toISOString(), enrolUrl, signingKeyThumbprint: fp },
      201,
    );
  });

  app.post('/devices/enrol', async (c) => {
    const wait = attempts.take('enrol');
    if (wait > 0) throw rateLimited(wait, 'Too many enrolment attempts; try again shortly.');
    const body = await readJson(c, EnrolRequest);
    const code = normaliseEnrolmentCode(body.code);
    if (code === undefined) throw invalidCode();
    const id = randomUUID();
    const token = randomToken();
    const day = today(deps);
    const device = await deps.store.enrolDevice(
      {
        codeHash: secretHash(code),
        now: deps.now(),
        id,
        name: body.name ?? null,
        tokenHash: secretHash(token),
        day,
      },
      { day, actor: `device:${id}`, action: 'device_enrolled', detail: {} },
    );
    if (device === undefined) throw invalidCode();
    const partnership = await requirePartnership(deps);
    return c.json(
      {
        deviceId: device.id,
        token,
        partnershipName: partnership.name,
        signingKeyThumbprint: partnership.keyring.signingKeyThumbprint,
      },
      201,
    );
  });

  return app;
}
