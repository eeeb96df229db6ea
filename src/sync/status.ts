import { earliestAttemptAt } from '../storage/outbox';
import { getSyncStatus, setSyncStatus, type SyncStatus } from '../storage/sync-state';

// How one sync run changes the persisted status. Called only while holding the sync lock.

/** A run that met no failure: forget backoff, stops and errors. */
export async function recordCompleted(at: number, acknowledged: boolean): Promise<void> {
  const { lastSuccessAt } = await getSyncStatus();
  const next: SyncStatus = { lastAttemptAt: at };
  if (acknowledged) next.lastSuccessAt = at;
  else if (lastSuccessAt !== undefined) next.lastSuccessAt = lastSuccessAt;
  await setSyncStatus(next);
}

/**
 * A failed attempt: the next automatic one waits until `retryAt`; when the server itself set
 * that time (`Retry-After`), not even "Sync now" goes earlier.
 */
export async function recordFailure(
  status: SyncStatus,
  f: { at: number; error: string; retryAt: number; serverSaid: boolean; ackAt?: number },
): Promise<void> {
  const next: SyncStatus = {
    lastAttemptAt: f.at,
    lastError: f.error,
    retryAt: f.retryAt,
    failures: (status.failures ?? 0) + 1,
  };
  const lastSuccessAt = f.ackAt ?? status.lastSuccessAt;
  if (lastSuccessAt !== undefined) next.lastSuccessAt = lastSuccessAt;
  if (f.serverSaid) next.notBefore = f.retryAt;
  await setSyncStatus(next);
}

/** 401/403: no automatic attempt until re-enrolment (`clearSyncStop`) or "Sync now". */
export async function recordStop(
  status: SyncStatus,
  s: { at: number; reason: 'unauthenticated' | 'revoked'; error: string; ackAt?: number },
): Promise<void> {
  const next: SyncStatus = { lastAttemptAt: s.at, lastError: s.error, stopped: s.reason };
  const lastSuccessAt = s.ackAt ?? status.lastSuccessAt;
  if (lastSuccessAt !== undefined) next.lastSuccessAt = lastSuccessAt;
  await setSyncStatus(next);
}

/**
 * When a trigger-less runtime (a timer) should next call `runSync`: the earliest queued
 * row's `nextAttemptAt`, but not before a backoff or `Retry-After`. Undefined when nothing
 * is queued or sync is stopped. A time at or before now means "now".
 */
export async function nextWakeAt(): Promise<number | undefined> {
  const status = await getSyncStatus();
  if (status.stopped) return undefined;
  const earliest = await earliestAttemptAt();
  if (earliest === undefined) return undefined;
  return Math.max(earliest, status.retryAt ?? 0, status.notBefore ?? 0);
}
