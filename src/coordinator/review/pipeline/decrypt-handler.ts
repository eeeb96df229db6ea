import type { StoredRecord } from '../../../../protocol/api';
import { SealedPlaintext } from '../../../../protocol/response';
import { createRecordOpener, type RecordOpener } from '../../../crypto';
import { openRecordCache, type RecordCache } from '../../../storage/record-cache';
import type { DeviceEventRow, ResponseRow, UnreadableRow } from '../../analysis/types';
import type { FromWorker, ToWorker } from './messages';

// The decrypt worker's logic, apart from the worker global so it can be tested in Node:
// read ciphertext from the cache in chunks, open each record (one ECDH per sealing session,
// then AES-GCM), check the plaintext with the shared schema, and post rows back a chunk at a
// time. A record that cannot be opened or does not validate is counted with the reason.

/** Records read from IndexedDB and opened per step; rows are posted after each step. */
export const DECRYPT_CHUNK = 2000;

export type Post = (message: FromWorker) => void;

interface Rows {
  responses: ResponseRow[];
  deviceEvents: DeviceEventRow[];
  unreadable: UnreadableRow[];
}

/** Opens one chunk of stored records into rows. */
export async function openChunk(opener: RecordOpener, records: StoredRecord[]): Promise<Rows> {
  const opened = await opener.open(records);
  const rows: Rows = { responses: [], deviceEvents: [], unreadable: [] };
  opened.forEach((result, i) => {
    const record = records[i]!;
    const { id, seq } = record;
    if (!result.ok) {
      rows.unreadable.push({ id, seq, reason: result.error });
      return;
    }
    const parsed = SealedPlaintext.safeParse(result.plaintext);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
      rows.unreadable.push({
        id,
        seq,
        reason: `not a valid response${where}: ${issue?.message ?? 'invalid'}`,
      });
      return;
    }
    const p = parsed.data;
    if (p.kind === 'event') {
      rows.deviceEvents.push({ id, seq, day: p.day, event: p.event });
      return;
    }
    rows.responses.push({
      id,
      seq,
      receivedDay: record.receivedDay,
      formId: p.formId,
      formVersion: p.formVersion,
      locale: p.locale,
      day: p.day,
      ...(p.eventId === undefined ? {} : { eventId: p.eventId }),
      mode: p.mode,
      answers: p.answers,
    });
  });
  return rows;
}

export interface DecryptHandlerOptions {
  post: Post;
  /** Defaults to the real cache (IndexedDB) under the name given at init. */
  openCache?: (name: string) => RecordCache;
  chunkSize?: number;
}

/** A message handler; messages are processed strictly one after another. */
export function createDecryptHandler(
  options: DecryptHandlerOptions,
): (message: ToWorker) => Promise<void> {
  const { post, openCache = openRecordCache, chunkSize = DECRYPT_CHUNK } = options;
  let opener: RecordOpener | undefined;
  let cache: RecordCache | undefined;
  let queue: Promise<void> = Promise.resolve();

  async function decrypt(job: number, after: number, upTo: number): Promise<void> {
    if (!opener || !cache) throw new Error('decrypt worker: not initialised');
    const open = opener;
    // Read the next chunk while this one is opened: IndexedDB and AES-GCM overlap.
    let next = cache.readRange(after, chunkSize, upTo);
    for (;;) {
      const records = await next;
      if (records.length === 0) break;
      const last = records[records.length - 1]!.seq;
      next =
        records.length < chunkSize ? Promise.resolve([]) : cache.readRange(last, chunkSize, upTo);
      const rows = await openChunk(open, records);
      post({ type: 'rows', job, ...rows, records: records.length });
    }
  }

  function handle(message: ToWorker): Promise<void> {
    const run = async () => {
      if (message.type === 'init') {
        opener = createRecordOpener(message.keyPair);
        cache?.close();
        cache = openCache(message.cacheName);
        return;
      }
      try {
        await decrypt(message.job, message.after, message.upTo);
        post({ type: 'done', job: message.job });
      } catch (e) {
        post({
          type: 'failed',
          job: message.job,
          message: e instanceof Error ? e.message : String(e),
        });
      }
    };
    queue = queue.then(run, run);
    return queue;
  }
  return handle;
}
