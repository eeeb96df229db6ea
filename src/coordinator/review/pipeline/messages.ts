import type { StoredRecord } from '../../../../protocol/api';
import type { PartnershipKeyPair } from '../../../crypto';
import type { DeviceEventRow, ResponseRow, UnreadableRow } from '../../analysis/types';

// Messages between the loader (page) and the decrypt worker. Decrypted rows cross the thread
// boundary only in memory. The worker reads cached ciphertext from the record cache itself;
// a page just fetched is handed over directly while it is being cached, so opening it does not
// wait for the cache write and then read it back.

export type ToWorker =
  | { type: 'init'; keyPair: PartnershipKeyPair; cacheName: string }
  /** Open every cached record with after < seq ≤ upTo. Jobs run one at a time, in order. */
  | { type: 'decrypt'; job: number; after: number; upTo: number }
  /**
   * Open a page just fetched: its JSON text when it holds exactly the new records (a string
   * crosses to a worker far more cheaply than 5 000 objects), else the records.
   */
  | {
      type: 'open';
      job: number;
      page: { text: string; first: number; last: number } | StoredRecord[];
    };

/** What a chunk of records opened into. */
export interface OpenedRows {
  responses: ResponseRow[];
  deviceEvents: DeviceEventRow[];
  unreadable: UnreadableRow[];
}

export type FromWorker =
  | {
      type: 'rows';
      job: number;
      /**
       * OpenedRows as JSON: the page parses JSON several times faster than it deserialises the
       * same objects from a structured clone, and it is the page's time that is scarce.
       */
      json: string;
      /** Records this message accounts for (opened or not). */
      records: number;
    }
  | { type: 'done'; job: number }
  | { type: 'failed'; job: number; message: string };
