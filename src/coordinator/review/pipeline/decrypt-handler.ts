import type { StoredRecord } from '../../../../protocol/api';
import { SealedPlaintext } from '../../../../protocol/response';
import { createRecordOpener, type RecordOpener } from '../../../crypto';
import { openRecordCache, pageRecords, type RecordCache } from '../../../storage/record-cache';
import type { FromWorker, OpenedRows, ToWorker } from './messages';

// The decrypt worker's logic, apart from the worker global so it can be tested in Node:
// take ciphertext from the cache (or a page just fetched) in chunks, open each record (one ECDH per sealing session,
// then AES-GCM), check the plaintext with the shared schema, and post rows back a chunk at a
// time. A record that cannot be opened or does not validate is counted with the reason.

/** Records opened per step; rows are posted after each step (smooth progress). */
export const DECRYPT_CHUNK = 2000;

export type Post = (message: FromWorker) => void;

/** Opens one chunk of stored records into rows. */
export async function openChunk(
  opener: RecordOpener,
  records: StoredRecord[],
): Promise<OpenedRows> {
  const opened = await opener.open(records);
  const rows: OpenedRows = { responses: [], deviceEvents: [], unreadable: [] };
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

  async function openAll(job: number, records: StoredRecord[]): Promise<void> {
    if (!opener) throw new Error('decrypt worker: not initialised');
    for (let i = 0; i < records.length; i += chunkSize) {
      const chunk = records.slice(i, i + chunkSize);
      const json = JSON.stringify(await openChunk(opener, chunk));
      post({ type: 'rows', job, json, records: chunk.length });
    }
  }

  async function run(message: Exclude<ToWorker, { type: 'init' }>): Promise<void> {
    if (message.type === 'open') {
      const { page } = message;
      const records = Array.isArray(page) ? page : pageRecords(page.text, page.first, page.last);
      return openAll(message.job, records);
    }
    if (!cache) throw new Error('decrypt worker: not initialised');
    // The cache reads its next page while this chunk is opened: IndexedDB and AES-GCM overlap.
    await cache.forEachChunk(
      message.after,
      chunkSize,
      (records) => openAll(message.job, records),
      message.upTo,
    );
  }

  function handle(message: ToWorker): Promise<void> {
    const step = async () => {
      if (message.type === 'init') {
        opener = createRecordOpener(message.keyPair);
        cache?.close();
        cache = openCache(message.cacheName);
        return;
      }
      try {
        await run(message);
        post({ type: 'done', job: message.job });
      } catch (e) {
        post({
          type: 'failed',
          job: message.job,
          message: e instanceof Error ? e.message : String(e),
        });
      }
    };
    queue = queue.then(step, step);
    return queue;
  }
  return handle;
}
