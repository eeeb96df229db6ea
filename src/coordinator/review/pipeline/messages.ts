import type { PartnershipKeyPair } from '../../../crypto';
import type { DeviceEventRow, ResponseRow, UnreadableRow } from '../../analysis/types';
import type { RowsWire } from './rows-wire';

// Messages between the loader (page) and a decrypt worker. Decrypted rows cross the thread
// boundary only in memory. Ciphertext crosses once, from the loader to one worker: a fetched
// page's body goes as a Blob, never read on the page's thread. A worker reads cached pages
// from the record cache itself, and stores the pages it was given there when the loader says
// it is their turn.

export type ToWorker =
  | { type: 'init'; keyPair: PartnershipKeyPair; cacheName: string }
  /** Open every cached record with after < seq ≤ upTo. */
  | { type: 'decrypt'; job: number; after: number; upTo: number }
  /**
   * Read and check the body of the records page the server sent for `after`, say where it
   * ends ('page'), then open it. The page is kept until a 'cache' message or the worker's end.
   */
  | { type: 'open'; job: number; after: number; body: Blob }
  /** Store the page fetched by job `page` in the record cache, with its cursor. */
  | { type: 'cache'; job: number; page: number };

/** What a chunk of records opened into. */
export interface OpenedRows {
  responses: ResponseRow[];
  deviceEvents: DeviceEventRow[];
  unreadable: UnreadableRow[];
}

/** Where a fetched page stands, once its body is checked. */
export interface PagePlace {
  /** New records in it (seq above the `after` asked for). */
  count: number;
  /** The cursor after it: its highest seq, or `after` if it held nothing new. */
  upTo: number;
  /** The server has more after it. */
  more: boolean;
}

export type FromWorker =
  | ({ type: 'page'; job: number } & PagePlace)
  | {
      type: 'rows';
      job: number;
      /** The chunk's plaintexts, for the page to parse and check (rows-wire.ts). */
      rows: RowsWire;
      /** Records this message accounts for (opened or not). */
      records: number;
    }
  | { type: 'done'; job: number }
  /** `status` and `code` when it was the server's answer that failed (0: unreachable). */
  | { type: 'failed'; job: number; message: string; status?: number; code?: string };
