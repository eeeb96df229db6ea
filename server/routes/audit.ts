// The audit log: read by admins; coordinators' browsers add what only they can see happen
// (a key unlocked, an export made), since the server never holds the keys or the plaintext.
import { Hono } from 'hono';
import { AuditPostRequest, AuditQuery, DEFAULT_AUDIT_PAGE } from '../../protocol/api';
import { coordinatorGuard, coordinatorWriteGuard } from '../auth/guards';
import { ApiError } from '../errors';
import { type AppEnv, type Deps, today } from '../http/context';
import { readJson } from '../http/json-body';
import { pageOf, readQuery } from '../http/query';

export function auditRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/audit', coordinatorGuard(deps, ['admin']), async (c) => {
    const query = readQuery(c, AuditQuery);
    const limit = query.limit === undefined ? DEFAULT_AUDIT_PAGE : Number(query.limit);
    const rows = await deps.store.listAudit(Number(query.after ?? '0'), limit + 1);
    const { items, next } = pageOf(rows, limit);
    return c.json({ entries: items, next });
  });

  app.post('/audit', coordinatorWriteGuard(deps), async (c) => {
    const body = await readJson(c, AuditPostRequest);
    // One row per response leaves the aggregates' disclosure control behind: admins only.
    if (body.action === 'export_rows' && c.get('coordinator').role !== 'admin') {
      throw new ApiError(403, 'forbidden', 'Only an admin can export one row per response.');
    }
    const seq = await deps.store.appendAudit({
      day: today(deps),
      actor: `coordinator:${c.get('coordinator').id}`,
      action: body.action,
      detail: body.detail ?? {},
    });
    return c.json({ seq }, 201);
  });

  return app;
}
