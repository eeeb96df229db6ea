import { MAX_BATCH_RECORDS } from '../../protocol/api';
import { randomId } from '../crypto/random';
import type { OutboxRow } from '../storage/db';
import {
  countDue,
  dueRecords,
  markConflicts,
  markRejected,
  removeSent,
  scheduleRetry,
} from '../storage/outbox';
import { getSyncStatus, type SyncStatus } from '../storage/sync-state';
import { backoffDelay } from './backoff';
import { postBatch, type BatchAnswer, type FetchLike } from './batch-client';
import { defaultLockManager, withSyncLock, type SyncLockManager } from './lock';
import { recordCompleted, recordFailure, recordStop } from './status';

// The sync engine (design §7). DOM-free: the page and the service worker both run it, and
// the Web Lock keeps it to one run at a time between them. A row leaves the outbox only
// after the server answered `stored` or `duplicate` for it.

export interface SyncDeps {
  fetch: FetchLike;
  /** Origin of the endpoint, '' for the app's own origin. */
  baseUrl: string;
  /** The device bearer token; undefined while the device is not enrolled. */
  getToken: () => Promise<string | undefined>;
  now: () => number;
  /** Uniform in [0, 1): jitter only, nothing secret. */
  random: () => number;
  locks: SyncLockManager;
  /** Per-request timeout (default 60 s): a hung request must not hold the lock forever. */
  timeoutMs?: number;
  /** Largest batch (default and maximum 500). */
  batchSize?: number;
}

export interface SyncOptions {
  /** "Sync now": ignore the backoff schedule (not the server's `Retry-After`, nor a 413). */
  force?: boolean;
  /** Records dealt with so far (acknowledged, or set aside) out of those due. */
  onProgress?: (p: { sent: number; total: number }) => void;
}

export type SyncOutcome =
  | { kind: 'nothing-to-send' }
  | { kind: 'sent'; stored: number; duplicates: number; conflicts: number; rejected: number }
  | { kind: 'retry-later'; retryAt: number; error: string }
  | { kind: 'stopped'; reason: 'not-enrolled' | 'unauthenticated' | 'revoked' }
  | { kind: 'busy' };

/** Deps for the running app or service worker: real fetch, clock, jitter and Web Locks. */
export function defaultSyncDeps(
  getToken: () => Promise<string | undefined>,
  baseUrl = '',
): SyncDeps {
  return {
    fetch: (input, init) => fetch(input, init),
    baseUrl,
    getToken,
    now: () => Date.now(),
    random: () => Math.random(),
    locks: defaultLockManager(),
  };
}

/** Send what is due, if no other tab or worker is already doing so. */
export function runSync(deps: SyncDeps, opts: SyncOptions = {}): Promise<SyncOutcome> {
  return withSyncLock(
    deps.locks,
    () => syncHoldingLock(deps, opts),
    (): SyncOutcome => ({ kind: 'busy' }),
  );
}

async function syncHoldingLock(deps: SyncDeps, opts: SyncOptions): Promise<SyncOutcome> {
  const force = opts.force ?? false;
  const status = await getSyncStatus();
  const start = deps.now();
  if (status.stopped && !force) return { kind: 'stopped', reason: status.stopped };
  const gate = Math.max(status.notBefore ?? 0, force ? 0 : (status.retryAt ?? 0));
  if (gate > start) {
    return { kind: 'retry-later', retryAt: gate, error: status.lastError ?? 'Waiting to retry.' };
  }
  let total = await countDue(start, force);
  if (total === 0) return { kind: 'nothing-to-send' };
  const token = await deps.getToken();
  if (!token) return { kind: 'stopped', reason: 'not-enrolled' };
  // Every queued row, due or not, for Hearth-Waiting: counted once per run, then kept up to
  // date from the answers (rows submitted during the run are counted by the next run).
  let queued = force ? total : await countDue(start, true);

  const counts = { stored: 0, duplicates: 0, conflicts: 0, rejected: 0 };
  const tried = new Set<string>(); // rows rescheduled in this run: not again in it
  let size = Math.max(1, Math.min(deps.batchSize ?? MAX_BATCH_RECORDS, MAX_BATCH_RECORDS));
  let done = 0;
  let ackAt: number | undefined;
  const progress = () => opts.onProgress?.({ sent: done, total });
  progress();

  // While batch k is being acknowledged in IndexedDB (deletes are slow with strict
  // durability), batch k+1 is already on the wire: rows for it are read before the deletes.
  let applying: Promise<void> = Promise.resolve();
  let prefetched: OutboxRow[] | undefined;
  let acknowledging = 0; // rows of the batch whose results are still being applied
  const settle = () => applying;
  for (;;) {
    const now = deps.now();
    const rows = prefetched ?? (await dueRecords(now, size, force, tried));
    prefetched = undefined;
    if (rows.length === 0) break;
    // Rows submitted while this run goes on raise the total.
    total = Math.max(total, done + acknowledging + rows.length);
    const answer = await postBatch({
      fetch: deps.fetch,
      baseUrl: deps.baseUrl,
      token,
      batchId: randomId(),
      records: rows.map((row) => row.record),
      now,
      timeoutMs: deps.timeoutMs ?? 60_000,
      waiting: Math.max(0, queued - rows.length),
    });

    if (answer.kind === 'ok') {
      ackAt = now;
      // Stored, duplicate and conflict rows leave the queue; unanswered ones stay.
      queued -= rows.filter((row) => answer.results.has(row.id)).length;
      // Read the next batch before this one's deletes, leaving this one's rows out.
      // (The previous batch's deletes finished first, so none of its rows can come back.)
      await settle();
      const acked = new Set(rows.map((row) => row.id));
      prefetched = await dueRecords(deps.now(), size, force, new Set([...tried, ...acked]));
      acknowledging = rows.length;
      applying = applyResults(deps, rows, answer.results, counts, tried, now).then((n) => {
        acknowledging = 0;
        done += n;
        progress();
      });
      continue;
    }
    await settle();
    if (answer.kind === 'invalid-records') {
      const entries = [...answer.records].map(([index, message]) => ({
        id: rows[index]!.id,
        message: `Refused by the server: ${message}`,
      }));
      await markRejected(entries);
      queued -= entries.length;
      counts.rejected += entries.length;
      done += entries.length;
      progress();
      continue; // the rest of the batch goes again at once
    }
    if (answer.kind === 'too-large' && rows.length > 1) {
      size = Math.ceil(rows.length / 2); // for the rest of this run
      continue;
    }
    if (answer.kind === 'unauthenticated' || answer.kind === 'revoked') {
      const error =
        answer.kind === 'revoked'
          ? 'This device has been revoked by the coordinator.'
          : 'The server did not accept this device’s credentials.';
      await recordStop(status, { at: now, reason: answer.kind, error, ...ack(ackAt) });
      return { kind: 'stopped', reason: answer.kind };
    }
    return fail(deps, status, rows, answer, now, ackAt);
  }
  await settle();

  await recordCompleted(deps.now(), ackAt !== undefined);
  return { kind: 'sent', ...counts };
}

/** Apply one 200: acknowledged rows leave, conflicts go aside, missing rows wait. */
async function applyResults(
  deps: SyncDeps,
  rows: readonly OutboxRow[],
  results: ReadonlyMap<string, string>,
  counts: { stored: number; duplicates: number; conflicts: number },
  tried: Set<string>,
  now: number,
): Promise<number> {
  const sent: string[] = [];
  const conflicts: string[] = [];
  const missing: OutboxRow[] = [];
  for (const row of rows) {
    const status = results.get(row.id);
    if (status === 'stored' || status === 'duplicate') sent.push(row.id);
    else if (status === 'conflict') conflicts.push(row.id);
    else missing.push(row);
    if (status === 'stored') counts.stored++;
    if (status === 'duplicate') counts.duplicates++;
  }
  counts.conflicts += conflicts.length;
  await removeSent(sent);
  await markConflicts(conflicts);
  if (missing.length > 0) {
    const attempts = Math.max(...missing.map((row) => row.attempts)) + 1;
    const ids = missing.map((row) => row.id);
    await scheduleRetry(ids, now + backoffDelay(attempts, deps.random), 'Not acknowledged.');
    for (const id of ids) tried.add(id);
  }
  return sent.length + conflicts.length;
}

/** A failed attempt: the batch waits for the backoff (or the server's Retry-After). */
async function fail(
  deps: SyncDeps,
  status: SyncStatus,
  rows: readonly OutboxRow[],
  answer: Extract<BatchAnswer, { message: string }>,
  now: number,
  ackAt: number | undefined,
): Promise<SyncOutcome> {
  const asked = 'retryAt' in answer ? answer.retryAt : undefined;
  const retryAt = asked ?? now + backoffDelay((status.failures ?? 0) + 1, deps.random);
  // The server's own "wait" (Retry-After, or any 429) binds "Sync now" too; a backoff not.
  const serverSaid = asked !== undefined || answer.kind === 'rate-limited';
  const error = answer.kind === 'too-large' ? 'Even one response was too large.' : answer.message;
  // A 429 is about the device's pace, not these records: their attempts stay as they were.
  if (answer.kind !== 'rate-limited') {
    await scheduleRetry(
      rows.map((row) => row.id),
      retryAt,
      error,
    );
  }
  await recordFailure(status, { at: now, error, retryAt, serverSaid, ...ack(ackAt) });
  return { kind: 'retry-later', retryAt, error };
}

function ack(ackAt: number | undefined): { ackAt?: number } {
  return ackAt === undefined ? {} : { ackAt };
}
