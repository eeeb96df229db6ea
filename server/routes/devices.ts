// The enrolled devices (any coordinator) and revocation (admin). A revoked device keeps its
// row, and its records stay; its token answers 403 device_revoked from then on.
import { Hono } from 'hono';
import { coordinatorGuard, coordinatorWriteGuard } from '../auth/guards';
import { ApiError } from '../errors';
import { type AppEnv, type Deps, today } from '../http/context';

export function deviceRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/devices', coordinatorGuard(deps), async (c) =>
    c.json({ devices: await deps.store.listDevices() }),
  );

  app.delete('/devices/:id', coordinatorWriteGuard(deps, ['admin']), async (c) => {
    const id = c.req.param('id') ?? '';
    const day = today(deps);
    const outcome =
      id.length > 100
        ? 'not_found'
        : await deps.store.revokeDevice(id, {
            day,
            actor: `coordinator:${c.get('coordinator').id}`,
            action: 'device_revoked',
            detail: { deviceId: id },
          });
    if (outcome === 'not_found') throw new ApiError(404, 'not_found', 'There is no such device.');
    return c.body(null, 204);
  });

  return app;
}
