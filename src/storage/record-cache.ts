import Dexie, { type EntityTable } from 'dexie';
import type { StoredRecord } from '../../protocol/api';

// The coordinator's offline copy of the server's records, for review without a connection
// and so a refresh fetches only what is new. Ciphertext only, exactly as the server sent it:
// decrypted answers are never written here (or anywhere). DOM-free, so the decrypt worker
// reads it too. Its own database, apart from a tablet's "hearth" outbox.

export const RECORD_CACHE_DB = 'hearth-coordinator-cache';

/** The partnership key the cached records belong to, and how far the server was read. */
interface MetaRow {
  key: 'state';
  kid: string;
  /** Highest seq fetched (the cursor for `GET /records?after=`). */
  cursor: number;
}

class RecordCacheDb extends Dexie {
  records!: EntityTable<StoredRecord, 'seq'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name: string) {
    // Relaxed durability: a cache lost in a power cut is simply fetched again.
    super(name, { chromeTransactionDurability: 'relaxed' });
    // Migrations are append-only. v1: records by the server's seq, one state row.
    this.version(1).stores({ records: 'seq', meta: 'key' });
  }
}

export interface CacheState {
  cursor: number;
  count: number;
  /** True when the cache held another key's records and was emptied. */
  cleared: boolean;
}

export interface RecordCache {
  /** Use the cache for `kid`: if it holds records of another key, it is emptied first. */
  prepare(kid: string): Promise<CacheState>;
  /** Stores a page of records and the new cursor in one transaction (the cursor never outruns the records). */
  putPage(records: readonly StoredRecord[], cursor: number): Promise<void>;
  cursor(): Promise<number>;
  count(): Promise<number>;
  /** Records with seq > after. */
  countAfter(after: number): Promise<number>;
  /** Records with after < seq ≤ upTo (upTo optional), in seq order, at most `limit`. */
  readRange(after: number, limit: number, upTo?: number): Promise<StoredRecord[]>;
  /** Calls `onChunk` with every record after `after` (and ≤ upTo), `chunkSize` at a time. */
  forEachChunk(
    after: number,
    chunkSize: number,
    onChunk: (records: StoredRecord[]) => void | Promise<void>,
    upTo?: number,
  ): Promise<void>;
  clear(): Promise<void>;
  close(): void;
}

export function openRecordCache(name: string = RECORD_CACHE_DB): RecordCache {
  const db = new RecordCacheDb(name);

  const state = async () => db.meta.get('state');

  const cache: RecordCache = {
    async prepare(kid) {
      return db.transaction('rw', db.records, db.meta, async () => {
        const current = await state();
        if (current && current.kid === kid) {
          return { cursor: current.cursor, count: await db.records.count(), cleared: false };
        }
        const hadRecords = (await db.records.count()) > 0;
        await db.records.clear();
        await db.meta.put({ key: 'state', kid, cursor: 0 });
        return { cursor: 0, count: 0, cleared: hadRecords || current !== undefined };
      });
    },
    async putPage(records, cursor) {
      await db.transaction('rw', db.records, db.meta, async () => {
        const current = await state();
        if (!current) throw new Error('record cache: prepare(kid) first');
        if (records.length) await db.records.bulkPut(records as StoredRecord[]);
        if (cursor > current.cursor) await db.meta.put({ ...current, cursor });
      });
    },
    async cursor() {
      return (await state())?.cursor ?? 0;
    },
    count: () => db.records.count(),
    countAfter: (after) => db.records.where('seq').above(after).count(),
    readRange(after, limit, upTo) {
      const range =
        upTo === undefined
          ? db.records.where('seq').above(after)
          : db.records.where('seq').between(after, upTo, false, true);
      return range.limit(limit).toArray();
    },
    async forEachChunk(after, chunkSize, onChunk, upTo) {
      let from = after;
      for (;;) {
        const chunk = await cache.readRange(from, chunkSize, upTo);
        if (chunk.length === 0) return;
        await onChunk(chunk);
        from = chunk[chunk.length - 1]!.seq;
        if (chunk.length < chunkSize) return;
      }
    },
    async clear() {
      await db.transaction('rw', db.records, db.meta, async () => {
        await db.records.clear();
        await db.meta.clear();
      });
    },
    close: () => db.close(),
  };
  return cache;
}
