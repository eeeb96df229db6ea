import Dexie, { type EntityTable } from 'dexie';
import type { StoredRecord } from '../../protocol/api';
import { decodeRecordsPage, type BinaryRecord } from '../../protocol/records-binary';

// The coordinator's offline copy of the server's records, for review without a connection
// and so a refresh fetches only what is new. Ciphertext only, exactly as the server sent it:
// decrypted answers are never written here (or anywhere). DOM-free, so the decrypt worker
// reads it too. Its own database, apart from a tablet's "hearth" outbox.
//
// Records are kept a page at a time (one row per page, pages never overlapping), as the body
// the server sent (the compact binary page, protocol/records-binary.ts; JSON text in caches
// written before it, still read): IndexedDB's cost is per row and per object, and a row per
// record made caching 100 000 records take far longer than fetching and opening them; a body
// is stored and read back as one block, and whoever reads it decodes it off the main thread.

export const RECORD_CACHE_DB = 'hearth-coordinator-cache';

/** The partnership key the cached records belong to, how far the server was read, how many. */
interface MetaRow {
  key: 'state';
  kid: string;
  /** Highest seq fetched (the cursor for `GET /records?after=`). */
  cursor: number;
  count: number;
}

/** A cached record: from a binary page (iv and ct as bytes) or a JSON one. */
export type CachedRecord = BinaryRecord | StoredRecord;

/**
 * One stored page: its records with first ≤ seq ≤ last (a body may hold others too, at or
 * below the cursor when it was stored: they are skipped when read).
 */
interface PageRow {
  last: number;
  first: number;
  /** A binary records page. */
  bytes?: ArrayBuffer;
  /** A JSON array of StoredRecord, or a records page `{ records: StoredRecord[], … }`. */
  text?: string;
}

/** Where a page is, without its records (so counting does not read the ciphertext). */
interface SpanRow {
  last: number;
  first: number;
  count: number;
}

class RecordCacheDb extends Dexie {
  pages!: EntityTable<PageRow, 'last'>;
  spans!: EntityTable<SpanRow, 'last'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name: string) {
    // Relaxed durability: a cache lost in a power cut is simply fetched again.
    super(name, { chromeTransactionDurability: 'relaxed' });
    // Migrations are append-only from here: a later version adds a `.version(2)` step.
    this.version(1).stores({ pages: 'last', spans: 'last', meta: 'key' });
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
  /**
   * Stores a page and the new cursor in one transaction (the cursor never outruns the
   * records). Records at or below the current cursor are already cached and are skipped.
   * `body`, if given, is the page the records were decoded from (binary, or JSON text), kept
   * as it is; without it the records are stored as JSON.
   */
  putPage(records: readonly StoredRecord[], cursor: number): Promise<void>;
  putPage(
    records: readonly Pick<StoredRecord, 'seq'>[],
    cursor: number,
    body: ArrayBuffer | string,
  ): Promise<void>;
  cursor(): Promise<number>;
  count(): Promise<number>;
  /** Records with seq > after. */
  countAfter(after: number): Promise<number>;
  /**
   * The stored pages holding records after `after`, as seq ranges (after, upTo] in order, with
   * each page's size (the first page's may include records at or before `after`).
   */
  pageRanges(after: number): Promise<{ after: number; upTo: number; count: number }[]>;
  /** Records with after < seq ≤ upTo (upTo optional), in seq order, at most `limit`. */
  readRange(after: number, limit: number, upTo?: number): Promise<CachedRecord[]>;
  /**
   * Calls `onChunk` with every record after `after` (and ≤ upTo), in seq order, at most
   * `chunkSize` at a time; the next stored page is read while `onChunk` runs.
   */
  forEachChunk(
    after: number,
    chunkSize: number,
    onChunk: (records: CachedRecord[]) => void | Promise<void>,
    upTo?: number,
  ): Promise<void>;
  clear(): Promise<void>;
  close(): void;
}

const within = (r: CachedRecord, after: number, upTo: number) => r.seq > after && r.seq <= upTo;

/** A stored page's records (checked before they were stored), in seq order. */
function recordsOf(page: PageRow): CachedRecord[] {
  let records: CachedRecord[];
  if (page.bytes) records = decodeRecordsPage(page.bytes).records;
  else {
    const parsed = JSON.parse(page.text ?? '[]') as StoredRecord[] | { records: StoredRecord[] };
    records = Array.isArray(parsed) ? parsed : parsed.records;
  }
  return records.filter((r) => within(r, page.first - 1, page.last)).sort((a, b) => a.seq - b.seq);
}

export function openRecordCache(name: string = RECORD_CACHE_DB): RecordCache {
  const db = new RecordCacheDb(name);
  const state = () => db.meta.get('state');

  /** The first stored page holding a seq above `after`, if any. */
  const pageAfter = (after: number) => db.pages.where('last').above(after).first();

  async function emptyFor(kid: string): Promise<void> {
    await db.pages.clear();
    await db.spans.clear();
    await db.meta.put({ key: 'state', kid, cursor: 0, count: 0 });
  }

  const cache: RecordCache = {
    prepare(kid) {
      return db.transaction('rw', db.pages, db.spans, db.meta, async () => {
        const current = await state();
        if (current && current.kid === kid) {
          return { cursor: current.cursor, count: current.count, cleared: false };
        }
        await emptyFor(kid);
        return { cursor: 0, count: 0, cleared: current !== undefined };
      });
    },
    async putPage(
      records: readonly Pick<StoredRecord, 'seq'>[],
      cursor: number,
      body?: ArrayBuffer | string,
    ) {
      await db.transaction('rw', db.pages, db.spans, db.meta, async () => {
        const current = await state();
        if (!current) throw new Error('record cache: prepare(kid) first');
        const fresh = records.filter((r) => r.seq > current.cursor).sort((a, b) => a.seq - b.seq);
        const first = fresh[0]?.seq;
        const last = fresh.at(-1)?.seq;
        if (first !== undefined && last !== undefined) {
          const kept = body ?? JSON.stringify(fresh);
          await db.pages.put(
            typeof kept === 'string' ? { last, first, text: kept } : { last, first, bytes: kept },
          );
          await db.spans.put({ last, first, count: fresh.length });
        }
        const next = Math.max(current.cursor, cursor, last ?? 0);
        await db.meta.put({ ...current, cursor: next, count: current.count + fresh.length });
      });
    },
    async cursor() {
      return (await state())?.cursor ?? 0;
    },
    async count() {
      return (await state())?.count ?? 0;
    },
    async countAfter(after) {
      let total = 0;
      for (const span of await db.spans.where('last').above(after).toArray()) {
        if (span.first > after) total += span.count;
        else {
          const page = await db.pages.get(span.last);
          total += page ? recordsOf(page).filter((r) => r.seq > after).length : 0;
        }
      }
      return total;
    },
    async pageRanges(after) {
      const spans = await db.spans.where('last').above(after).toArray();
      let from = after;
      return spans.map((span) => {
        const range = { after: from, upTo: span.last, count: span.count };
        from = span.last;
        return range;
      });
    },
    async readRange(after, limit, upTo = Number.MAX_SAFE_INTEGER) {
      const out: CachedRecord[] = [];
      let from = after;
      while (out.length < limit) {
        const page = await pageAfter(from);
        if (!page || page.first > upTo) break;
        for (const r of recordsOf(page))
          if (within(r, after, upTo) && out.length < limit) out.push(r);
        from = page.last;
      }
      return out;
    },
    async forEachChunk(after, chunkSize, onChunk, upTo = Number.MAX_SAFE_INTEGER) {
      let next: Promise<PageRow | undefined> = pageAfter(after);
      for (;;) {
        const page = await next;
        if (!page || page.first > upTo) return;
        next = page.last < upTo ? pageAfter(page.last) : Promise.resolve(undefined);
        next.catch(() => undefined); // read again by the next turn; only if onChunk throws is it unread
        const records = recordsOf(page).filter((r) => within(r, after, upTo));
        for (let i = 0; i < records.length; i += chunkSize) {
          await onChunk(records.slice(i, i + chunkSize));
        }
      }
    },
    async clear() {
      await db.transaction('rw', db.pages, db.spans, db.meta, async () => {
        await db.pages.clear();
        await db.spans.clear();
        await db.meta.clear();
      });
    },
    close: () => db.close(),
  };
  return cache;
}
