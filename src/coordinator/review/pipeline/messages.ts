import type { PartnershipKeyPair } from '../../../crypto';
import type { DeviceEventRow, ResponseRow, UnreadableRow } from '../../analysis/types';

// Messages between the loader (page) and a decrypt worker. Decrypted rows cross the thread
// boundary only in memory. Ciphertext never does: a worker fetches the pages it opens from the
// server, reads cached pages from the record cache itself, and stores the pages it fetched
// there when the loader says it is their turn.

export type ToWorker =
  | { type: 'init'; keyPair: PartnershipKeyPair; cacheName: string }
  /** Open every cached record with after < seq ≤ upTo. */
  | { type: 'decrypt'; job: number; after: number; upTo: number }
  /**
   * Fetch the page of records after `after` from the server, say where it ends as soon as
   * the headers do ('ahead') and once its body is checked ('page'), then open it. The page
   * is kept until a 'cache' message or the worker's end.
   */
  | { type: 'fetch'; job: number; after: number; limit: number }
  /** Store the page fetched by job `page` in the record cache, with its cursor. */
  | { type: 'cache'; job: number; page: number };

/** What a chunk of records opened into. */
export interface OpenedRows {
  responses: ResponseRow[];
  deviceEvents: DeviceEventRow[];
  unreadable: UnreadableRow[];
}

/** Where a fetched page stands, all the loader needs to ask for the next one. */
export interface PagePlace {
  /** New records in it (seq above the `after` asked for). */
  count: number;
  /** The cursor after it: its highest seq, or `after` if it held nothing new. */
  upTo: number;
  /** The server has more after it. */
  more: boolean;
}

export type FromWorker =
  /** A fetched page's headers said where it ends (Hearth-Next): before its body, a hint. */
  | { type: 'ahead'; job: number; after: number }
  | ({ type: 'page'; job: number } & PagePlace)
  | {
      type: 'rows';
      job: number;
      /** OpenedRows as JSON text (rows-wire.ts). */
      json: string;
      /** Records this message accounts for (opened or not). */
      records: number;
    }
  | { type: 'done'; job: number }
  /** `status` and `code` when it was the server's answer that failed (0: unreachable). */
  | { type: 'failed'; job: number; message: string; status?: number; code?: string };
