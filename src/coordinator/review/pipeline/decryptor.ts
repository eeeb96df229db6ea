import type { PartnershipKeyPair } from '../../../crypto';
import { ApiFailure } from '../../../device/api';
import type { RecordCache } from '../../../storage/record-cache';
import { createDecryptHandler } from './decrypt-handler';
import type { FromWorker, OpenedRows, PagePlace, ToWorker } from './messages';
import { readRows } from './rows-wire';

// The loader's handle on a decrypt worker: jobs in, rows out, promises per job. The same
// handle runs over a real Worker (the app) or over the handler in the same thread (tests).

/** A chunk of rows from a worker, and how many records it accounts for. */
export interface RowsMessage extends OpenedRows {
  records: number;
}

/** A page fetched from the server, given to a worker to check and open. */
export interface PageJob {
  /** Once the page has been checked; rejects (ApiFailure bad_response) if it could not be. */
  place: Promise<PagePlace>;
  /** Once every record of the page has been opened (its rows given to `onRows`). */
  opened: Promise<void>;
  /** Stores the page in the record cache with its cursor (pages in order, after `opened`). */
  cache(): Promise<void>;
}

export interface Decryptor {
  /** Opens cached records with after < seq ≤ upTo; `onRows` gets them a chunk at a time. */
  decrypt(after: number, upTo: number, onRows: (rows: RowsMessage) => void): Promise<void>;
  /** Reads, checks and opens the body of the records page the server sent for `after`. */
  open(after: number, body: Blob, onRows: (rows: RowsMessage) => void): PageJob;
  /** Ends the worker (and with it the key it held); pending jobs reject. */
  dispose(): void;
}

export type DecryptorFactory = (keyPair: PartnershipKeyPair, cacheName: string) => Decryptor;

export interface Port {
  send(message: ToWorker): void;
  listen(listener: (message: FromWorker) => void, onError: (message: string) => void): void;
  close(): void;
}

interface Job {
  onRows: (rows: RowsMessage) => void;
  onPage?: (place: PagePlace) => void;
  resolve: () => void;
  reject: (e: Error) => void;
}

/** A decryptor over any message port (exported for tests). */
export function decryptorOver(
  port: Port,
  keyPair: PartnershipKeyPair,
  cacheName: string,
): Decryptor {
  const jobs = new Map<number, Job>();
  let nextJob = 1;
  const failAll = (error: Error) => {
    for (const job of jobs.values()) job.reject(error);
    jobs.clear();
  };
  port.listen(
    (message) => {
      const job = jobs.get(message.job);
      if (!job) return;
      if (message.type === 'page') {
        job.onPage?.({ count: message.count, upTo: message.upTo, more: message.more });
      } else if (message.type === 'rows') {
        let rows: OpenedRows;
        try {
          rows = readRows(message.rows);
        } catch (e) {
          // A chunk the page cannot read fails its job (the load says why), never hangs it.
          jobs.delete(message.job);
          job.reject(e instanceof Error ? e : new Error(String(e)));
          return;
        }
        job.onRows({ ...rows, records: message.records });
      } else {
        jobs.delete(message.job);
        if (message.type === 'done') job.resolve();
        else job.reject(jobError(message));
      }
    },
    (message) => failAll(new Error(`The decrypt worker stopped: ${message}`)),
  );
  port.send({ type: 'init', keyPair, cacheName });
  const start = (
    message: (job: number) => ToWorker,
    handlers: Omit<Job, 'resolve' | 'reject'> = { onRows: () => undefined },
  ) => {
    const job = nextJob++;
    const done = new Promise<void>((resolve, reject) => {
      jobs.set(job, { ...handlers, resolve, reject });
    });
    port.send(message(job));
    return { job, done };
  };
  return {
    decrypt: (after, upTo, onRows) =>
      start((job) => ({ type: 'decrypt', job, after, upTo }), { onRows }).done,
    open(after, body, onRows) {
      let onPage: (place: PagePlace) => void = () => undefined;
      const place = new Promise<PagePlace>((resolve) => (onPage = resolve));
      const { job, done } = start((job) => ({ type: 'open', job, after, body }), {
        onRows,
        onPage: (p) => onPage(p),
      });
      return {
        // A failure before the page was checked rejects its place too (after it, a no-op).
        place: Promise.race([place, done.then(() => place)]),
        opened: done,
        cache: () => start((cacheJob) => ({ type: 'cache', job: cacheJob, page: job })).done,
      };
    },
    dispose() {
      port.close();
      failAll(new DOMException('The review load was stopped', 'AbortError'));
    },
  };
}

/** A worker's failure: the server's own (status, code) as an ApiFailure, else a plain error. */
function jobError(message: Extract<FromWorker, { type: 'failed' }>): Error {
  if (message.status !== undefined) {
    return new ApiFailure(message.status, message.code ?? 'http_error', message.message);
  }
  return new Error(`Records could not be decrypted: ${message.message}`);
}

/** The app's decryptor: a module Web Worker (a separate chunk, built by Vite). */
export const workerDecryptor: DecryptorFactory = (keyPair, cacheName) => {
  const worker = new Worker(new URL('./decrypt.worker.ts', import.meta.url), { type: 'module' });
  return decryptorOver(
    {
      send: (message) => worker.postMessage(message),
      listen(listener, onError) {
        worker.onmessage = (event: MessageEvent<FromWorker>) => listener(event.data);
        worker.onerror = (event) => onError(event.message || 'error');
      },
      close: () => worker.terminate(),
    },
    keyPair,
    cacheName,
  );
};

/** Test seam for the in-thread decryptor; the default is the real cache. */
export interface InThreadSeams {
  openCache?: (name: string) => RecordCache;
}

/** The same logic in this thread: for tests, and where Workers are unavailable. */
export function inThreadDecryptor(seams: InThreadSeams = {}): DecryptorFactory {
  return (keyPair, cacheName) => {
    let listener: ((message: FromWorker) => void) | undefined;
    let closed = false;
    const handle = createDecryptHandler({
      post: (message) => {
        if (!closed) listener?.(message);
      },
      ...seams,
    });
    return decryptorOver(
      {
        send: (message) => void handle(message),
        listen: (l) => (listener = l),
        close: () => (closed = true),
      },
      keyPair,
      cacheName,
    );
  };
}
