import { MAX_RECORDS_PAGE, RecordsResponse, type StoredRecord } from '../../../../protocol/api';
import type { RecordCache } from '../../../storage/record-cache';
import { ApiFailure, coordinatorJson } from '../../api';

// Reads new records from the server into the cache, page by page from the cache's cursor, so
// a refresh asks only for what is new. A page is committed with its cursor in one
// transaction: stopping anywhere (a network cut, a closed tab) loses nothing and repeats
// nothing. If the server cannot be reached, what is cached can still be reviewed; the caller
// says so.

export type FetchPage = (
  after: number,
  limit: number,
  signal?: AbortSignal,
) => Promise<RecordsResponse>;

/** GET /api/v1/records?after=&limit= with the session cookie (a 401 ends the session). */
export const fetchPageFromServer: FetchPage = (after, limit, signal) =>
  coordinatorJson(
    `/records?after=${after}&limit=${limit}`,
    RecordsResponse,
    signal ? { signal } : {},
  );

export interface FetchOptions {
  cache: RecordCache;
  /** Where the cache's cursor stands (from `cache.prepare`). */
  after: number;
  signal?: AbortSignal;
  pageSize?: number;
  fetchPage?: FetchPage;
  /** After each page is committed: the seq range (after, upTo] is now in the cache. */
  onPage?: (after: number, upTo: number, records: number) => void;
}

export interface FetchOutcome {
  /** Records added to the cache. */
  fetched: number;
  cursor: number;
  /** Set when fetching stopped early; what was fetched before that is kept. */
  problem?: { offline: boolean; message: string; status: number };
}

export async function fetchNewRecords(options: FetchOptions): Promise<FetchOutcome> {
  const { cache, signal, onPage } = options;
  const pageSize = Math.min(options.pageSize ?? MAX_RECORDS_PAGE, MAX_RECORDS_PAGE);
  const fetchPage = options.fetchPage ?? fetchPageFromServer;
  let cursor = options.after;
  let fetched = 0;
  // The next page is requested while this one is written to the cache.
  let pending: Promise<RecordsResponse> | undefined = fetchPage(cursor, pageSize, signal);
  while (pending) {
    let page: RecordsResponse;
    try {
      page = await pending;
    } catch (e) {
      if (signal?.aborted) throw e;
      return { fetched, cursor, problem: describe(e) };
    }
    const records: StoredRecord[] = page.records.filter((r) => r.seq > cursor);
    const upTo = records.reduce((max, r) => Math.max(max, r.seq), cursor);
    const more = page.next !== null && records.length > 0;
    pending = more ? fetchPage(upTo, pageSize, signal) : undefined;
    // A prefetch that fails after we stop reading must not surface as unhandled.
    pending?.catch(() => undefined);
    await cache.putPage(records, upTo);
    if (records.length) onPage?.(cursor, upTo, records.length);
    fetched += records.length;
    cursor = upTo;
  }
  return { fetched, cursor };
}

function describe(e: unknown): NonNullable<FetchOutcome['problem']> {
  if (e instanceof ApiFailure) {
    return { offline: e.status === 0, status: e.status, message: e.message };
  }
  return { offline: false, status: 0, message: e instanceof Error ? e.message : String(e) };
}
