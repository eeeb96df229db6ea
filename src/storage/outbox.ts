import { SealedRecord } from '../../protocol/sealed-record';
import { db, type OutboxRow } from './db';

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
  waiting: number;
  conflicts: number;
  byForm: Record<string, number>;
}

/** Counts only, never content: what staff screens show. */
export async function outboxSummary(): Promise<OutboxSummary> {
  const rows = await db().outbox.toArray();
  const byForm: Record<string, number> = {};
  let conflicts = 0;
  for (const row of rows) {
    if (row.state === 'conflict') conflicts++;
    byForm[row.formId] = (byForm[row.formId] ?? 0) + 1;
  }
  return { waiting: rows.length - conflicts, conflicts, byForm };
}
