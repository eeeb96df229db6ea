import Dexie, { type EntityTable } from 'dexie';
import type { SealedRecord } from '../../protocol/sealed-record';

/**
 * One row of the outbox: a sealed record and its sync bookkeeping. Nothing here is
 * plaintext: `formId` names the form (so the outbox can be counted per form) and says
 * nothing about the answers; no time of day is kept.
 */
export interface OutboxRow {
  id: string;
  formId: string;
  state: 'queued' | 'conflict';
  attempts: number;
  /** Epoch ms before which sync should not retry this row (0 = now). */
  nextAttemptAt: number;
  lastError?: string;
  record: SealedRecord;
}

export class HearthDb extends Dexie {
  outbox!: EntityTable<OutboxRow, 'id'>;

  constructor(name = 'hearth') {
    super(name);
    // Migrations are append-only: never edit a published version, add the next one.
    // v1 (issue 2): the outbox of sealed records, indexed for sync (state, nextAttemptAt)
    // and for the per-form counts staff see.
    this.version(1).stores({
      outbox: 'id, state, formId, nextAttemptAt',
    });
  }
}

let instance: HearthDb | undefined;

/** The device database, opened lazily so first paint does not wait for IndexedDB. */
export function db(): HearthDb {
  instance ??= new HearthDb();
  return instance;
}
