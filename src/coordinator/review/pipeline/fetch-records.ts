import * as z from 'zod/mini';
import {
  Cursor,
  MAX_RECORDS_PAGE,
  type RecordsResponse,
  type StoredRecord,
} from '../../../../protocol/api';
import { Day } from '../../../../protocol/day';
import type { RecordCache } from '../../../storage/record-cache';
import { ApiFailure, coordinatorText } from '../../api';

// Reads new records from the server into the cache, page by page from the cache's cursor, so
// a refresh asks only for what is new. The next page is already on its way while one is
// handed on; pages are cached afterwards (writeCache). A page is committed with its cursor in
// one transaction: stopping
// anywhere (a network cut, a closed tab) loses nothing and repeats nothing. If the server
// cannot be reached, what is cached can still be reviewed; the caller says so.

/** A page as parsed and validated, and the exact text it came as (cached and passed on as is). */
export interface FetchedPage {
  page: RecordsResponse;
  text: string;
}

export type FetchPage = (
  after: number,
  limit: number,
  signal?: AbortSignal,
) => Promise<FetchedPage>;

/** GET /api/v1/records?after=&limit= with the session cookie (a 401 ends the session). */
export const fetchPageFromServer: FetchPage = async (after, limit, signal) => {
  const text = await coordinatorText(
    `/records?after=${after}&limit=${limit}`,
    signal ? { signal } : {},
  );
  return { page: parsePage(text), text };
};

/**
 * What this loop relies on, checked here: the cursor and each record's place. The sealed
 * fields are checked where they are used: the worker's opener refuses anything malformed
 * (version, kid, lengths, strict base64url) and AES-GCM authenticates the rest, each refusal
 * counted with its reason. Checking 100 000 ciphertexts' shapes here as well cost about a
 * second of this thread (`npm run bench`), for nothing the opener does not already catch.
 */
const PageEnvelope = z.strictObject({
  records: z.array(
    z.looseObject({ seq: z.int().check(z.gte(1)), id: z.string(), receivedDay: Day }),
  ),
  next: z.nullable(Cursor),
});

/** Validates a records page's envelope (see PageEnvelope). */
export function parsePage(text: string): RecordsResponse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = PageEnvelope.safeParse(json);
  if (!parsed.success) {
    throw new ApiFailure(
      200,
      'bad_response',
      'The server sent an answer Hearth does not understand.',
    );
  }
  // The rest of each record is the opener's to check (above).
  return parsed.data as RecordsResponse;
}

export interface FetchOptions {
  cache: RecordCache;
  /** Where the cache's cursor stands (from `cache.prepare`). */
  after: number;
  signal?: AbortSignal;
  pageSize?: number;
  fetchPage?: FetchPage;
  /**
   * Each page's new records as soon as they arrive (they are then written to the cache), and
   * the page's text when it holds exactly those records (cheaper to hand to a worker).
   */
  onPage?: (records: StoredRecord[], text: string | undefined) => void;
}

export interface FetchOutcome {
  /** Records added to the cache. */
  fetched: number;
  cursor: number;
  /** Set when fetching stopped early; what was fetched before that is kept. */
  problem?: { offline: boolean; message: string; status: number };
  /**
   * Stores the fetched pages in the cache, in page order, each with its cursor in one
   * transaction. Left to the caller so it can run once the numbers are shown: keeping
   * ciphertext for offline review is not on the path to them. A failed write stops the later
   * ones, so the cursor never passes a page the cache does not hold.
   */
  writeCache(): Promise<void>;
}

export async function fetchNewRecords(options: FetchOptions): Promise<FetchOutcome> {
  const { cache, signal, onPage } = options;
  const pageSize = Math.min(options.pageSize ?? MAX_RECORDS_PAGE, MAX_RECORDS_PAGE);
  const fetchPage = options.fetchPage ?? fetchPageFromServer;
  let cursor = options.after;
  let fetched = 0;
  const writes: Array<() => Promise<void>> = [];
  const writeCache = async () => {
    for (const write of writes.splice(0)) await write();
  };
  let pending: Promise<FetchedPage> | undefined = fetchPage(cursor, pageSize, signal);
  while (pending) {
    let page: RecordsResponse;
    let text: string;
    try {
      ({ page, text } = await pending);
    } catch (e) {
      if (signal?.aborted) throw e;
      return { fetched, cursor, problem: describe(e), writeCache };
    }
    const records = page.records.filter((r) => r.seq > cursor);
    const whole = records.length === page.records.length;
    const upTo = records.reduce((max, r) => Math.max(max, r.seq), cursor);
    const more = page.next !== null && records.length > 0;
    pending = more ? fetchPage(upTo, pageSize, signal) : undefined;
    // A prefetch that fails after we stop reading must not surface as unhandled.
    pending?.catch(() => undefined);
    if (records.length) onPage?.(records, whole ? text : undefined);
    const kept = whole ? text : undefined;
    writes.push(() => cache.putPage(records, upTo, kept));
    fetched += records.length;
    cursor = upTo;
  }
  return { fetched, cursor, writeCache };
}

function describe(e: unknown): NonNullable<FetchOutcome['problem']> {
  if (e instanceof ApiFailure) {
    return { offline: e.status === 0, status: e.status, message: e.message };
  }
  return { offline: false, status: 0, message: e instanceof Error ? e.message : String(e) };
}
