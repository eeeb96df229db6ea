import type { PartnershipKeyPair } from '../../../crypto';
import type { DeviceEventRow, ResponseRow, UnreadableRow } from '../../analysis/types';

// Messages between the loader (page) and the decrypt worker. The worker reads ciphertext
// from the record cache itself, so only decrypted rows cross the thread boundary, and only
// in memory.

export type ToWorker =
  | { type: 'init'; keyPair: PartnershipKeyPair; cacheName: string }
  /** Open every cached record with after < seq ≤ upTo. Jobs run one at a time, in order. */
  | { type: 'decrypt'; job: number; after: number; upTo: number };

export type FromWorker =
  | {
      type: 'rows';
      job: number;
      responses: ResponseRow[];
      deviceEvents: DeviceEventRow[];
      unreadable: UnreadableRow[];
      /** Records this message accounts for (opened or not). */
      records: number;
    }
  | { type: 'done'; job: number }
  | { type: 'failed'; job: number; message: string };
