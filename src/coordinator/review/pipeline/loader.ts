import { MAX_RECORDS_PAGE } from '../../../../protocol/api';
import { computeKid, type UnlockedKeys } from '../../../crypto';
import { openRecordCache, RECORD_CACHE_DB } from '../../../storage/record-cache';
import { ApiFailure, endOnUnauthenticated } from '../../api';
import type { Dataset, Progress } from '../../analysis/types';
import {
  workerDecryptor,
  type DecryptorFactory,
  type PageJob,
  type RowsMessage,
} from './decryptor';
import { fetchPageFromServer, type FetchPage } from './fetch-page';
import type { PagePlace } from './messages';

// Review data for the screens. What is cached is opened at once while new pages are fetched;
// each new page is fetched here, the next one asked for as soon as its headers say where this
// one ends, and its body is handed (a Blob, unread) to a worker to check and open (the least
// busy of a few, so opening uses every core). Pages are read from the server from the cache's
// cursor, so a refresh asks only for what is new.
// Once the numbers are back the workers store the new pages in the cache, in page order, each
// with its cursor in one transaction: stopping anywhere loses nothing and repeats nothing.
// Decrypted rows exist only in the returned Dataset, in memory.

/** Why the server could not be read; what was fetched before it is kept. */
export interface LoadProblem {
  offline: boolean;
  message: string;
  status: number;
}

export interface LoadOptions {
  /** Only the encryption key pair is used (it goes to the worker, and nowhere else). */
  keys: Pick<UnlockedKeys, 'encryption'>;
  onProgress?: (progress: Progress) => void;
  signal?: AbortSignal;
  /** Test seams; the defaults are the real server, the real cache and a Web Worker. */
  cacheName?: string;
  fetchPage?: FetchPage;
  decryptor?: DecryptorFactory;
  pageSize?: number;
  /** Decrypt workers to run side by side (default: one per core, at most 4). */
  workers?: number;
}

export interface LoadResult {
  dataset: Dataset;
  /** Records newly fetched from the server. */
  fetched: number;
  /** Set when the server could not be read (offline, say): the dataset is what was cached. */
  problem?: LoadProblem;
  /** The cache held records of another partnership key and was emptied first. */
  cacheCleared: boolean;
  /**
   * Resolves once the fetched ciphertext is in the cache (offline review, and a refresh that
   * asks only for what is new); rejects if the browser would not store it (fetched again next
   * time). The workers, and the key they hold, end when it settles.
   */
  cached: Promise<void>;
}

/** A new page: being fetched, then checked and opened by a worker. */
interface PageRun {
  after: number;
  /** Once its body is with a worker; rejects (ApiFailure) if it could not be fetched. */
  job: Promise<PageJob>;
  rows: RowsMessage[];
  /** False once dropped: its rows are then nobody's (a hint that proved wrong, a failure). */
  live: boolean;
  /** The page after it, asked for on its Hearth-Next header. */
  ahead?: PageRun;
}

/** Cache writes still going after a load returned, per cache database. */
const caching = new Map<string, Promise<void>>();

const EMPTY: Dataset = { responses: [], deviceEvents: [], unreadable: [], lastSeq: 0 };

/** Everything: opens the whole cache, then what the server has that the cache lacks. */
export function loadDataset(options: LoadOptions): Promise<LoadResult> {
  return load(undefined, options);
}

/** Only what is new since `previous` (fetched and opened), appended to a copy of it. */
export function refreshDataset(previous: Dataset, options: LoadOptions): Promise<LoadResult> {
  return load(previous, options);
}

/** Decrypt workers: one per core up to 4 (main thread included: it is mostly waiting). */
function defaultWorkers(): number {
  const cores = typeof navigator === 'undefined' ? 1 : (navigator.hardwareConcurrency ?? 1);
  return Math.min(4, Math.max(1, cores));
}

async function load(previous: Dataset | undefined, options: LoadOptions): Promise<LoadResult> {
  const { keys, signal, onProgress } = options;
  const cacheName = options.cacheName ?? RECORD_CACHE_DB;
  const pageSize = Math.min(options.pageSize ?? MAX_RECORDS_PAGE, MAX_RECORDS_PAGE);
  signal?.throwIfAborted();
  const kid = await computeKid(keys.encryption.publicKeyRaw);
  // A load starts from what the last one finished caching, never beside its writes.
  await caching.get(cacheName);
  const cache = openRecordCache(cacheName);
  let cached: Promise<void> | undefined;
  const factory = options.decryptor ?? workerDecryptor;
  const fetchPage = options.fetchPage ?? fetchPageFromServer;
  const pool = Array.from({ length: options.workers ?? defaultWorkers() }, () => ({
    decryptor: factory(keys.encryption, cacheName),
    queued: 0,
  }));
  // Ends the page fetches still going when the load stops or ends.
  const fetches = new AbortController();
  const stop = () => {
    fetches.abort();
    pool.forEach((w) => w.decryptor.dispose());
  };
  signal?.addEventListener('abort', stop, { once: true });
  const release = () => {
    signal?.removeEventListener('abort', stop);
    stop();
  };
  try {
    const state = await cache.prepare(kid);
    const base = previous && !state.cleared && previous.lastSeq <= state.cursor ? previous : EMPTY;
    let total = await cache.countAfter(base.lastSeq);
    let done = 0;
    let fetching = true;
    const report = (phase: Progress['phase']) =>
      onProgress?.({ phase, done, total: phase === 'fetching' ? null : total });
    // Each job's rows are kept apart and joined in job order, which is seq order (cached pages
    // first, then fetched pages in the order they were confirmed).
    const results: RowsMessage[][] = [];
    const jobs: Promise<void>[] = [];
    const leastBusy = () => pool.reduce((a, b) => (b.queued < a.queued ? b : a));
    const track = (job: Promise<void>) => {
      job.catch(() => undefined); // awaited below; this only stops an early stop being "unhandled"
      jobs.push(job);
    };
    report('fetching');
    for (const range of await cache.pageRanges(base.lastSeq)) {
      if (range.after >= state.cursor) break;
      const worker = leastBusy();
      worker.queued += range.count;
      const out: RowsMessage[] = [];
      results.push(out);
      const upTo = Math.min(range.upTo, state.cursor);
      const onRows = (rows: RowsMessage) => {
        out.push(rows);
        done += rows.records;
        worker.queued -= rows.records;
        report(fetching ? 'fetching' : 'decrypting');
      };
      track(worker.decryptor.decrypt(range.after, upTo, onRows));
    }

    // New pages: each asked for as soon as the one before it says where it ends, by its
    // headers (Hearth-Next) if the server sends them, else by its body. A page asked for on a
    // header is kept only if the body before it confirms the cursor; otherwise it is dropped
    // and asked for again. Fetching stays on this thread, which is mostly waiting: on a worker
    // busy with AES-GCM, a page's headers and body waited for the page before it to be opened.
    const handOver = async (run: PageRun): Promise<PageJob> => {
      const { after } = run;
      const response = await fetchPage(after, pageSize, fetches.signal);
      if (response.ahead !== undefined && run.live && fetching && !run.ahead) {
        run.ahead = startPage(response.ahead);
      }
      const body = await response.blob();
      if (!run.live) throw new DOMException('Page no longer needed', 'AbortError');
      const worker = leastBusy();
      const job = worker.decryptor.open(after, body, (rows) => {
        worker.queued -= rows.records;
        if (!run.live) return;
        run.rows.push(rows);
        done += rows.records;
        report(fetching ? 'fetching' : 'decrypting');
      });
      // Counted as a full page until its body is checked and says how many it holds.
      worker.queued += pageSize;
      job.place.then(
        (place) => (worker.queued += place.count - pageSize),
        () => (worker.queued -= pageSize),
      );
      job.opened.catch(() => undefined);
      return job;
    };
    const startPage = (after: number): PageRun => {
      const run = { after, rows: [], live: true } as Omit<PageRun, 'job'> as PageRun;
      run.job = handOver(run);
      run.job.catch(() => undefined); // awaited in order below, or dropped
      return run;
    };
    const drop = (run: PageRun | undefined) => {
      for (; run; run = run.ahead) {
        run.live = false;
        for (const rows of run.rows.splice(0)) done -= rows.records;
      }
    };
    const fetchedPages: PageJob[] = [];
    let cursor = state.cursor;
    let fetched = 0;
    let problem: LoadProblem | undefined;
    let run: PageRun | undefined = startPage(cursor);
    while (run) {
      let job: PageJob;
      let place: PagePlace;
      try {
        job = await run.job;
        place = await job.place;
      } catch (e) {
        if (signal?.aborted) throw e;
        drop(run);
        endOnUnauthenticated(e);
        problem = describe(e);
        break;
      }
      results.push(run.rows);
      track(job.opened);
      fetchedPages.push(job);
      total += place.count;
      fetched += place.count;
      cursor = place.upTo;
      const next: PageRun | undefined = run.ahead;
      if (place.more && next?.after === place.upTo) {
        run = next;
      } else {
        drop(next);
        run = place.more ? startPage(place.upTo) : undefined;
      }
    }
    fetching = false;
    report('decrypting');
    await Promise.all(jobs);
    // The numbers first: caching starts in a later task, after whatever the caller does with
    // the dataset at once (the screens' summaries), which would otherwise share the cores with
    // it. A failed write stops the later ones, so the cursor never passes a page the cache
    // does not hold.
    cached = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      for (const page of fetchedPages) await page.cache();
    })().finally(release);
    const dataset: Dataset = {
      responses: [...base.responses],
      deviceEvents: [...base.deviceEvents],
      unreadable: [...base.unreadable],
      lastSeq: Math.max(base.lastSeq, cursor),
    };
    for (const job of results) {
      for (const rows of job) {
        for (const r of rows.responses) dataset.responses.push(r);
        for (const r of rows.deviceEvents) dataset.deviceEvents.push(r);
        for (const r of rows.unreadable) dataset.unreadable.push(r);
      }
    }
    report('done');
    return {
      dataset,
      fetched,
      ...(problem ? { problem } : {}),
      cacheCleared: state.cleared,
      cached,
    };
  } finally {
    if (!cached) release();
    const settled = (cached ?? Promise.resolve())
      .catch(() => undefined)
      .finally(() => cache.close());
    caching.set(cacheName, settled);
  }
}

function describe(e: unknown): LoadProblem {
  if (e instanceof ApiFailure) {
    return { offline: e.status === 0, status: e.status, message: e.message };
  }
  return { offline: false, status: 0, message: e instanceof Error ? e.message : String(e) };
}
