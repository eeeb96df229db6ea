import type { PartnershipKeyPair } from '../../../crypto';
import type { RecordCache } from '../../../storage/record-cache';
import { createDecryptHandler } from './decrypt-handler';
import type { FromWorker, OpenedRows, ToWorker } from './messages';

// The loader's handle on the decrypt worker: jobs in, rows out, a promise per job. The same
// handle runs over a real Worker (the app) or over the handler in the same thread (tests).

/** A chunk of rows from a worker, and how many records it accounts for. */
export interface RowsMessage extends OpenedRows {
  records: number;
}
export type OpenPage = Extract<ToWorker, { type: 'open' }>['page'];

export interface Decryptor {
  /** Opens cached records with after < seq ≤ upTo; `onRows` gets them a chunk at a time. */
  decrypt(after: number, upTo: number, onRows: (rows: RowsMessage) => void): Promise<void>;
  /** Opens a page just fetched (its text, or its records). */
  open(page: OpenPage, onRows: (rows: RowsMessage) => void): Promise<void>;
  /** Ends the worker (and with it the key it held); pending jobs reject. */
  dispose(): void;
}

export type DecryptorFactory = (keyPair: PartnershipKeyPair, cacheName: string) => Decryptor;

interface Port {
  send(message: ToWorker): void;
  listen(listener: (message: FromWorker) => void, onError: (message: string) => void): void;
  close(): void;
}

function decryptorOver(port: Port, keyPair: PartnershipKeyPair, cacheName: string): Decryptor {
  const jobs = new Map<
    number,
    { onRows: (rows: RowsMessage) => void; resolve: () => void; reject: (e: Error) => void }
  >();
  let nextJob = 1;
  const failAll = (error: Error) => {
    for (const job of jobs.values()) job.reject(error);
    jobs.clear();
  };
  port.listen(
    (message) => {
      const job = jobs.get(message.job);
      if (!job) return;
      if (message.type === 'rows') {
        job.onRows({ ...(JSON.parse(message.json) as OpenedRows), records: message.records });
      } else {
        jobs.delete(message.job);
        if (message.type === 'done') job.resolve();
        else job.reject(new Error(`Records could not be decrypted: ${message.message}`));
      }
    },
    (message) => failAll(new Error(`The decrypt worker stopped: ${message}`)),
  );
  port.send({ type: 'init', keyPair, cacheName });
  const start = (onRows: (rows: RowsMessage) => void, message: (job: number) => ToWorker) => {
    const job = nextJob++;
    return new Promise<void>((resolve, reject) => {
      jobs.set(job, { onRows, resolve, reject });
      port.send(message(job));
    });
  };
  return {
    decrypt: (after, upTo, onRows) =>
      start(onRows, (job) => ({ type: 'decrypt', job, after, upTo })),
    open: (page, onRows) => start(onRows, (job) => ({ type: 'open', job, page })),
    dispose() {
      port.close();
      failAll(new DOMException('The review load was stopped', 'AbortError'));
    },
  };
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

/** The same logic in this thread: for tests, and where Workers are unavailable. */
export function inThreadDecryptor(openCache?: (name: string) => RecordCache): DecryptorFactory {
  return (keyPair, cacheName) => {
    let listener: ((message: FromWorker) => void) | undefined;
    let closed = false;
    const handle = createDecryptHandler({
      post: (message) => {
        if (!closed) listener?.(message);
      },
      ...(openCache ? { openCache } : {}),
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
