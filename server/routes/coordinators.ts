// Coordinator accounts (admin only): the list, and adding one with its own wrapped copy of the
// private keys (wrapped in the admin's browser under a hand-over passphrase; opaque here).
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { AddCoordinatorRequest } from '../../protocol/api';
import { coordinatorGuard, coordinatorWriteGuard } from '../auth/guards';
import { hashPassword } from '../auth/passwords';
import { ApiError } from '../errors';
import { type AppEnv, type Deps, today } from '../http/context';
import { readJson } from '../http/json-body';
import { MAX_WRAPPED_BODY_BYTES } from './keyring';

function emailTaken(): ApiError {
  return new ApiError(
    409,
    'email_taken',
    'There is already a coordinator with this e-mail address.',
  );
}

export function coordinatorRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/coordinators', coordinatorGuard(deps, ['admin']), async (c) =>
    c.json({ coordinators: await deps.store.listCoordinators() }),
  );

  app.post('/coordinators', coordinatorWriteGuard(deps, ['admin']), async (c) => {
    const body = await readJson(c, AddCoordinatorRequest, { maxBytes: MAX_WRAPPED_BODY_BYTES });
    const email = body.email.toLowerCase();
    // Checked first so a taken e-mail costs no scrypt; the insert still refuses a race.
    if ((await deps.store.findCoordinatorByEmail(email)) !== undefined) throw emailTaken();
    const coordinator = {
      id: randomUUID(),
      email,
      role: body.role,
      passwordHash: await hashPassword(body.password),
      wrapped: body.wrapped,
    };
    const day = today(deps);
    const added = await deps.store.addCoordinator(coordinator, day, {
      day,
      actor: `coordinator:${c.get('coordinator').id}`,
      action: 'coordinator_added',
      detail: { coordinatorId: coordinator.id, email, role: body.role },
    });
    if (!added) throw emailTaken();
    return c.json({ coordinator: { id: coordinator.id, email, role: body.role } }, 201);
  });

  return app;
}
