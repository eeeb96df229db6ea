import Dexie, { type EntityTable } from 'dexie';
import type { SealedRecord } from '../../protocol/sealed-record';
import type { DraftRow } from './drafts';

/**
 * One row of the outbox: a sealed record and its sync bookkeeping. Nothing here is
 * plaintext: `formId` names the form (so the outbox can be counted per form) and says
 * nothing about the answers; no time of day is kept.
 */
export interface OutboxRow {
  id: string;
  formId: string;
  /**
   * `queued`: waiting to be sent. `conflict`: the server holds a different record under this
   * id; kept aside, never resent automatically. `rejected`: the server refused the record as
   * invalid (`lastError` says why); kept aside too, never deleted by sync.
   */
  state: 'queued' | 'conflict' | 'rejected';
  attempts: number;
  /** Epoch ms before which sync should not retry this row (0 = now). */
  nextAttemptAt: number;
  lastError?: string;
  record: SealedRecord;
}

export class HearthDb extends Dexie {
  outbox!: EntityTable<OutboxRow, 'id'>;
  drafts!: EntityTable<DraftRow, 'id'>;

  constructor(name = 'hearth', durability: 'strict' | 'relaxed' = 'strict') {
    // Strict durability: Chromium otherwise reports a commit before it reaches the disk, and
    // a response must survive a tablet that loses power straight after "Send".
    super(name, { chromeTransactionDurability: durability });
    // Migrations are append-only: never edit a published version, add the next one.
    // v1 (issue 2): the outbox of sealed records, indexed for sync (state, nextAttemptAt)
    // and for the per-form counts staff see.
    this.version(1).stores({
      outbox: 'id, state, formId, nextAttemptAt',
    });
    // v2 (issue 3, sync engine): a compound index so sync can take "queued rows due by now"
    // as one key range (`dueRecords`, `countDue`) instead of a filtered cursor over every row.
    this.version(2).stores({
      outbox: 'id, state, formId, nextAttemptAt, [state+nextAttemptAt]',
    });
    // v3 (issue 4): paused drafts and open attendance sheets, encrypted under the device key
    // (src/storage/drafts.ts). Indexed by kind so staff can list one kind of paused draft.
    this.version(3).stores({
      drafts: 'id, kind',
    });
  }
}

let instance: HearthDb | undefined;
let relaxed: HearthDb | undefined;

/** The device database, opened lazily so first paint does not wait for IndexedDB. */
export function db(): HearthDb {
  instance ??= new HearthDb();
  return instance;
}

/**
 * A second connection with relaxed durability, only for removing rows the server has
 * acknowledged: if a power cut loses such a delete, the record is simply sent again and
 * answered `duplicate`. Nothing that adds or changes a record may use it.
 */
export function dbForAcknowledgedDeletes(): HearthDb {
  relaxed ??= new HearthDb(db().name, 'relaxed');
  return relaxed;
}
