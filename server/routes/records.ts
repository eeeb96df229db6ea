// Sealed records for a coordinator's browser to open, oldest first, by cursor (the last seq).
import { Hono } from 'hono';
import { DEFAULT_RECORDS_PAGE, RECORDS_NEXT_HEADER, RecordsQuery } from '../../protocol/api';
import { RECORDS_BINARY_TYPE } from '../../protocol/records-binary';
import { coordinatorGuard } from '../auth/guards';
import type { AppEnv, Deps } from '../http/context';
import { pageOf, readQuery } from '../http/query';
import { encodeRecordsPage } from '../http/records-binary';

export function recordRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/records', coordinatorGuard(deps), async (c) => {
    const query = readQuery(c, RecordsQuery);
    const limit = query.limit === undefined ? DEFAULT_RECORDS_PAGE : Number(query.limit);
    const rows = await deps.store.listRecords(Number(query.after ?? '0'), limit + 1);
    const { items, next } = pageOf(rows, limit);
    if (next !== null) c.header(RECORDS_NEXT_HEADER, next);
    c.header('Vary', 'Accept');
    if (c.req.header('Accept')?.includes(RECORDS_BINARY_TYPE)) {
      c.header('Content-Type', RECORDS_BINARY_TYPE);
      return c.body(encodeRecordsPage(items, next));
    }
    return c.json({ records: items, next });
  });
  return app;
}
