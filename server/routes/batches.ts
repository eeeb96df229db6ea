// Device uploads. Idempotent per record (stored / duplicate / conflict); a batch is validated
// completely before anything is written, stored in one transaction, and answered 200 only after
// that transaction is committed.
import { Hono } from 'hono';
import { BatchRequest, MAX_BATCH_BYTES, type ValidationIssue } from '../../protocol/api';
import { deviceGuard } from '../auth/guards';
import { RateLimiter } from '../auth/rate-limit';
import { ApiError, rateLimited } from '../errors';
import { type AppEnv, type Deps, today } from '../http/context';
import { readWaitingHeader } from '../http/device-headers';
import { readJson } from '../http/json-body';
import { requirePartnership } from './partnership';

export function batchRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const perDevice = new RateLimiter(deps.limits.batches, deps.now);

  app.post('/batches', deviceGuard(deps), async (c) => {
    const device = c.get('device');
    const wait = perDevice.take(device.id);
    if (wait > 0) throw rateLimited(wait, 'Too many batches from this device; slow down.');

    const batch = await readJson(c, BatchRequest, {
      maxBytes: MAX_BATCH_BYTES,
      invalidCode: 'invalid_batch',
    });
    const { keyring } = await requirePartnership(deps);
    const wrongKey: ValidationIssue[] = [];
    batch.records.forEach((record, index) => {
      if (record.kid !== keyring.kid) {
        wrongKey.push({ path: `records.${index}.kid`, message: 'is not the partnership key id' });
      }
    });
    if (wrongKey.length > 0) {
      throw new ApiError(
        400,
        'invalid_batch',
        'Some records were not sealed for this partnership.',
        wrongKey.slice(0, 20),
      );
    }

    const statuses = await deps.store.storeBatch(
      batch.records,
      device.id,
      today(deps),
      readWaitingHeader(c),
    );
    return c.json({
      batchId: batch.batchId,
      results: batch.records.map((record, i) => ({ id: record.id, status: statuses[i]! })),
    });
  });

  return app;
}
