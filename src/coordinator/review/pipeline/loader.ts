import { computeKid, type UnlockedKeys } from '../../../crypto';
import { openRecordCache, RECORD_CACHE_DB } from '../../../storage/record-cache';
import type { Dataset, Progress } from '../../analysis/types';
import { workerDecryptor, type DecryptorFactory, type RowsMessage } from './decryptor';
import { fetchNewRecords, type FetchOutcome, type FetchPage } from './fetch-records';

// Review data for the screens: what is cached is opened at once while new pages are fetched,
// and each fetched page is opened as soon as it is in the cache, so fetching, IndexedDB and
// AES-GCM overlap. Decrypted rows exist only in the returned Dataset, in memory.

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
}

export interface LoadResult {
  dataset: Dataset;
  /** Records newly fetched from the server. */
  fetched: number;
  /** Set when the server could not be read (offline, say): the dataset is what was cached. */
  problem?: NonNullable<FetchOutcome['problem']>;
  /** The cache held records of another partnership key and was emptied first. */
  cacheCleared: boolean;
}

const EMPTY: Dataset = { responses: [], deviceEvents: [], unreadable: [], lastSeq: 0 };

/** Everything: opens the whole cache, then what the server has that the cache lacks. */
export function loadDataset(options: LoadOptions): Promise<LoadResult> {
  return load(undefined, options);
}

/** Only what is new since `previous` (fetched and opened), appended to a copy of it. */
export function refreshDataset(previous: Dataset, options: LoadOptions): Promise<LoadResult> {
  return load(previous, options);
}

async function load(previous: Dataset | undefined, options: LoadOptions): Promise<LoadResult> {
  const { keys, signal, onProgress } = options;
  const cacheName = options.cacheName ?? RECORD_CACHE_DB;
  signal?.throwIfAborted();
  const kid = await computeKid(keys.encryption.publicKeyRaw);
  const cache = openRecordCache(cacheName);
  const decryptor = (options.decryptor ?? workerDecryptor)(keys.encryption, cacheName);
  const stop = () => decryptor.dispose();
  signal?.addEventListener('abort', stop, { once: true });
  try {
    const state = await cache.prepare(kid);
    const base = previous && !state.cleared && previous.lastSeq <= state.cursor ? previous : EMPTY;
    const dataset: Dataset = {
      responses: [...base.responses],
      deviceEvents: [...base.deviceEvents],
      unreadable: [...base.unreadable],
      lastSeq: base.lastSeq,
    };
    let total = await cache.countAfter(base.lastSeq);
    let done = 0;
    let fetching = true;
    const report = (phase: Progress['phase']) =>
      onProgress?.({ phase, done, total: phase === 'fetching' ? null : total });
    const onRows = (rows: RowsMessage) => {
      for (const r of rows.responses) dataset.responses.push(r);
      for (const r of rows.deviceEvents) dataset.deviceEvents.push(r);
      for (const r of rows.unreadable) dataset.unreadable.push(r);
      done += rows.records;
      report(fetching ? 'fetching' : 'decrypting');
    };
    report('fetching');
    // Jobs run in order in the worker, so rows arrive in seq order.
    const jobs: Promise<void>[] = [];
    const start = (after: number, upTo: number) => {
      const job = decryptor.decrypt(after, upTo, onRows);
      job.catch(() => undefined); // awaited below; this only stops an early stop being "unhandled"
      jobs.push(job);
    };
    if (state.cursor > base.lastSeq) start(base.lastSeq, state.cursor);
    const outcome = await fetchNewRecords({
      cache,
      after: state.cursor,
      ...(signal ? { signal } : {}),
      ...(options.fetchPage ? { fetchPage: options.fetchPage } : {}),
      ...(options.pageSize ? { pageSize: options.pageSize } : {}),
      onPage(after, upTo, records) {
        total += records;
        start(after, upTo);
      },
    });
    fetching = false;
    report('decrypting');
    await Promise.all(jobs);
    dataset.lastSeq = Math.max(base.lastSeq, outcome.cursor);
    report('done');
    return {
      dataset,
      fetched: outcome.fetched,
      ...(outcome.problem ? { problem: outcome.problem } : {}),
      cacheCleared: state.cleared,
    };
  } finally {
    signal?.removeEventListener('abort', stop);
    decryptor.dispose();
    cache.close();
  }
}
