import { SealedRecord } from '../../protocol/sealed-record';
import { db, dbForAcknowledgedDeletes, type OutboxRow } from './db';

/**
 * Queue a sealed record. The caller seals first (sealing is async WebCrypto and cannot run
 * inside an IndexedDB transaction), so what reaches this function is already ciphertext:
 * either the whole sealed record is committed or nothing is.
 */
export async function enqueue(record: SealedRecord, formId: string): Promise<void> {
  const checked = SealedRecord.parse(record);
  const row: OutboxRow = {
    id: checked.id,
    formId,
    state: 'queued',
    attempts: 0,
    nextAttemptAt: 0,
    record: checked,
  };
  // `add` (not `put`) so an id collision can never overwrite a queued record.
  await db().outbox.add(row);
}

export interface OutboxSummary {
  /** Queued rows: waiting to be sent. */
  waiting: number;
  /** Rows the server holds a different record for: kept aside, shown, never resent. */
  conflicts: number;
  /** Rows the server refused as invalid: kept aside, shown, never resent. */
  rejected: number;
  /** Every row still on the device, per form (so a form update never strands one). */
  byForm: Record<string, number>;
}

/** Counts only, never content: what staff screens show. */
export async function outboxSummary(): Promise<OutboxSummary> {
  // Counted through the indexes, never by reading rows: with thousands queued, reading
  // them all on every progress update slowed sync itself down.
  const outbox = db().outbox;
  return db().transaction('r', outbox, async () => {
    const [total, conflicts, rejected, forms] = await Promise.all([
      outbox.count(),
      outbox.where('state').equals('conflict').count(),
      outbox.where('state').equals('rejected').count(),
      outbox.orderBy('formId').uniqueKeys(),
    ]);
    const counts = await Promise.all(forms.map((f) => outbox.where('formId').equals(f).count()));
    const byForm = Object.fromEntries(forms.map((f, i) => [String(f), counts[i]!]));
    return { waiting: total - conflicts - rejected, conflicts, rejected, byForm };
  });
}

// ---- Sync bookkeeping (src/sync). Only `removeSent` ever deletes a row. ----

/** Queued rows whose `nextAttemptAt` is at most `now` (any time when `force`). */
function dueRange(now: number, force: boolean) {
  const upper = force ? Infinity : now;
  return db()
    .outbox.where('[state+nextAttemptAt]')
    .between(['queued', -Infinity], ['queued', upper], true, true);
}

/**
 * Up to `limit` queued rows due by `now` (or all queued rows when `force`), soonest
 * `nextAttemptAt` first, leaving out the ids in `skip` (rows already tried in this run).
 */
export async function dueRecords(
  now: number,
  limit: number,
  force: boolean,
  skip: ReadonlySet<string> = new Set(),
): Promise<OutboxRow[]> {
  if (limit <= 0) return [];
  // Over-fetch by the (small) skip set so the index range read stays one getAll.
  const rows = await dueRange(now, force)
    .limit(limit + skip.size)
    .toArray();
  return rows.filter((row) => !skip.has(row.id)).slice(0, limit);
}

/** How many queued rows are due by `now` (all queued rows when `force`). */
export function countDue(now: number, force: boolean): Promise<number> {
  return dueRange(now, force).count();
}

/** The earliest `nextAttemptAt` of any queued row, or undefined when none is queued. */
export async function earliestAttemptAt(): Promise<number | undefined> {
  const first = await dueRange(Infinity, true).first();
  return first?.nextAttemptAt;
}

/** The server answered `stored` or `duplicate`: these rows leave the outbox, all at once. */
export async function removeSent(ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const relaxedDb = dbForAcknowledgedDeletes();
  await relaxedDb.transaction('rw', relaxedDb.outbox, () => relaxedDb.outbox.bulkDelete([...ids]));
}

/** The server holds another record under these ids: keep them aside, never resend. */
export async function markConflicts(ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db()
    .outbox.where('id')
    .anyOf([...ids])
    .modify({
      state: 'conflict',
      lastError: 'The server already holds a different response with this id.',
    });
}

/** The server refused these records as invalid: keep them aside with its reason. */
export async function markRejected(
  entries: readonly { id: string; message: string }[],
): Promise<void> {
  if (entries.length === 0) return;
  const outbox = db().outbox;
  await db().transaction('rw', outbox, async () => {
    for (const { id, message } of entries) {
      await outbox.update(id, { state: 'rejected', lastError: message });
    }
  });
}

/** Not acknowledged: try these rows again at `at` (attempts + 1), noting why. */
export async function scheduleRetry(
  ids: readonly string[],
  at: number,
  error: string,
): Promise<void> {
  if (ids.length === 0) return;
  await db()
    .outbox.where('id')
    .anyOf([...ids])
    .modify((row) => {
      // Only queued rows: a row set aside meanwhile stays aside.
      if (row.state !== 'queued') return;
      row.attempts += 1;
      row.nextAttemptAt = at;
      row.lastError = error;
    });
}
